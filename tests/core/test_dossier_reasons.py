"""The dossier's proposal sections show the evaluators' reasons side by side, contested first; its decisions section
gives each decision's history; the justifications are shortened only when a proposal would not fit two pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from red_desktop.core.committee import build_committee
from red_desktop.core.demo import build_demo
from red_desktop.core.domain import Decision, DecisionKind
from red_desktop.core.ranking import RankedProposal
from red_desktop.core.reports.dossier import write_dossier
from red_desktop.core.reports.reasons import clipped, ordered_rows
from red_desktop.core.reports.selection import Selection
from red_desktop.core.reports.sheet_data import sheet_for_aggregate
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store


def flat(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_a_contested_sub_criterion_shows_every_evaluator_level_and_reason_first(
    store: Store, rubric: Rubric, tmp_path: Path
) -> None:
    build_demo(store, rubric, proposals=16, evaluators=4, seed=6)
    committee = build_committee(store, rubric)
    ranked = next(r for r in committee.ranking if any(c.kind == "subcriterion" for c in r.reasons))
    data = sheet_for_aggregate(store, rubric, ranked.uuid, "en", committee)
    contested = next(c.subcriterion_id for c in ranked.reasons if c.kind == "subcriterion")
    row = next(r for r in data.rows if r.subcriterion_id == contested)
    chosen = Selection("proposal", ranked.uuid)
    written = write_dossier(store, rubric, committee, tmp_path / "d.pdf", selection=chosen, reasons="all")
    section = flat(written.path).split("Each evaluator's level and reasons side by side", 1)[1]
    for j in row.justifications:
        assert j.author in section
        assert f"{j.level} · {' '.join(j.text.split()[:6])}" in section, j
    first_plain = next(r.subcriterion_id for r in ordered_rows(data) if r.subcriterion_id not in ranked_ids(ranked))
    assert section.index(f"{contested} {row.name}") < section.index(f"{first_plain} ")
    assert "contested" in section.split(f"{contested} {row.name}", 1)[1][:60]


def test_the_default_dossier_gives_every_level_and_the_contested_reasons_side_by_side(
    store: Store, rubric: Rubric, tmp_path: Path
) -> None:
    """`--reasons contested`, the default: a one-line grid of every sub-criterion's levels, contested first, then
    the contested sub-criteria's justifications side by side; the others' justifications are left to the sheet."""
    build_demo(store, rubric, proposals=16, evaluators=4, seed=6)
    committee = build_committee(store, rubric)
    ranked = next(r for r in committee.ranking if any(c.kind == "subcriterion" for c in r.reasons))
    data = sheet_for_aggregate(store, rubric, ranked.uuid, "en", committee)
    contested = ranked_ids(ranked)
    written = write_dossier(store, rubric, committee, tmp_path / "d.pdf", selection=Selection("proposal", ranked.uuid))
    section = flat(written.path).split("Each evaluator's level for every sub-criterion", 1)[1]
    grid, given = section.split("Sub-criterion", 2)[1:]
    order = [r.subcriterion_id for r in ordered_rows(data)]
    assert [grid.index(f"{sub} ") for sub in order] == sorted(grid.index(f"{sub} ") for sub in order)
    assert set(order[: len(contested)]) == contested
    for row in data.rows:
        levels = " ".join("—" if j.level is None else str(j.level) for j in row.justifications)
        assert f"{row.name} " in grid and levels in grid.split(f"{row.subcriterion_id} {row.name}", 1)[1][:40]
        for j in row.justifications:
            words = " ".join(j.text.split()[:8])
            assert (f"{j.level} · {words}" in given) is (row.subcriterion_id in contested), (row.subcriterion_id, j)


def ranked_ids(ranked: RankedProposal) -> set[str]:
    return {c.subcriterion_id for c in ranked.reasons if c.kind == "subcriterion"}


def test_the_decisions_section_gives_a_revised_then_withdrawn_history_with_reasons(
    store: Store, rubric: Rubric, tmp_path: Path
) -> None:
    build_demo(store, rubric, proposals=6, evaluators=3, seed=2)
    target = next(r for r in build_committee(store, rubric).ranking if r.eligible)
    today = date.today().isoformat()
    first = Decision(target.uuid, DecisionKind.DEFER, "Faltan cartas", today, members_present=("Ana",))
    store.decisions.record(first, rubric)
    store.decisions.revise(replace(first, kind=DecisionKind.APPROVE, rationale="Cartas recibidas"), "Llegaron", rubric)
    store.decisions.withdraw(target.uuid, "Error de registro")
    for language, words in {
        "en": ["No decision in force.", "Decision history", "Decision recorded: Defer", "Rationale: Faltan cartas",
               "Decision revised: Defer → Approve", "Rationale: Cartas recibidas", "Reason: Llegaron",
               "Decision withdrawn (it was Approve)", "Reason: Error de registro"],
        "es": ["No hay ninguna decisión vigente.", "Historial de la decisión", "Decisión registrada: Aplazar",
               "Decisión revisada: Aplazar → Aprobar", "Motivo: Llegaron", "Decisión retirada (era Aprobar)",
               "Motivo: Error de registro"],
    }.items():  # fmt: skip
        written = write_dossier(
            store, rubric, build_committee(store, rubric), tmp_path / f"{language}.pdf", language=language
        )
        decisions = flat(written.path).split("6. ", 2)[2].split("7. ", 1)[0]
        assert target.code in decisions
        assert all(word in decisions for word in words), (language, [w for w in words if w not in decisions])
        places = [decisions.index(word) for word in words]
        assert places == sorted(places), language


def test_a_justification_is_cut_at_a_word_only_beyond_the_limit() -> None:
    assert clipped("short text", 50) == "short text"
    assert clipped("one two three four five six", None) == "one two three four five six"
    assert clipped("one two three four five six", 14) == "one two three…"


def test_a_proposal_section_after_a_withdrawal_says_the_decision_was_withdrawn(
    store: Store, rubric: Rubric, tmp_path: Path
) -> None:
    build_demo(store, rubric, proposals=6, evaluators=3, seed=2)
    target = next(r for r in build_committee(store, rubric).ranking if r.eligible)
    first = Decision(
        target.uuid, DecisionKind.DEFER, "Faltan cartas", date.today().isoformat(), members_present=("Ana",)
    )
    store.decisions.record(first, rubric)
    store.decisions.withdraw(target.uuid, "Error de registro")
    written = write_dossier(
        store, rubric, build_committee(store, rubric), tmp_path / "d.pdf", selection=Selection("proposal", target.uuid)
    )
    section = flat(written.path).split("7. Proposals", 2)[2]
    assert "No decision recorded." not in section
    assert "Decision: Withdrawn (it was Defer); no decision in force Withdrawn on: " in section
    assert f"Withdrawn by: {store.user} Reason: Error de registro" in section
