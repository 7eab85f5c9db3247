"""PDF evaluation sheets read back with pypdf: facts, scores, descriptors, accents, page numbering, hash, fonts."""

from __future__ import annotations

import argparse
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdf
import pytest

from red_desktop.core import formatting as fmt
from red_desktop.core.committee import build_committee
from red_desktop.core.demo import build_demo
from red_desktop.core.domain import Decision, DecisionKind, Evaluation, EvaluationState, Proposal
from red_desktop.core.eligibility import check_eligibility
from red_desktop.core.enum_labels import enum_label, value_label
from red_desktop.core.errors import NotFoundError, StoreError
from red_desktop.core.messages import words
from red_desktop.core.reports.content_hash import payload, sheet_hash
from red_desktop.core.reports.criteria_table import chunked
from red_desktop.core.reports.sheet import write_sheet
from red_desktop.core.reports.sheet_data import SheetData, sheet_for_aggregate, sheet_for_evaluation
from red_desktop.core.reports.standing import standing
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store

A4_POINTS = (595.3, 841.9)
LETTER_POINTS = (612.0, 792.0)


@pytest.fixture
def demo(store: Store, rubric: Rubric) -> Store:
    build_demo(store, rubric, proposals=20, evaluators=4, seed=3)
    return store


def pages_text(path: Path) -> list[str]:
    """Each page's text with runs of white space made single spaces, so wrapped lines read as one."""
    return [" ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(path).pages]


def evaluation_of(store: Store, state: EvaluationState, incomplete: bool = False) -> tuple[Proposal, Evaluation]:
    for p in store.proposals.all():
        for e in store.evaluations.for_proposal(p.uuid):
            if e.state is state and (len(e.scores) < 13) == incomplete:
                return p, e
    raise AssertionError(f"the demo has no {state} evaluation (incomplete={incomplete})")


def written(data: SheetData, folder: Path, name: str = "sheet.pdf", page_size: str = "A4") -> tuple[Path, str]:
    result = write_sheet(data, folder / name, page_size=page_size)
    return result.path, " ".join(pages_text(result.path))


# ---- the words and numbers of a sheet ----


def test_the_sheets_words_come_from_the_catalogue_and_its_enum_labels_from_enum_labels() -> None:
    """Every text being translated is the catalogue test's (tests/core/test_core_messages.py); here, that the sheet
    asks the catalogue under its context, and that an unknown language is English."""
    assert words("es").tc("sheet", "Region") == "Región" and words("pt").tc("sheet", "Region") == "Região"
    assert value_label("region_type", "marginalized", "es") == "Marginada"
    assert enum_label(None, "pt") == "Não definido"
    assert words("xx").tc("sheet", "Region") == "Region"  # an unknown language falls back to English


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        (
            "es",
            ("Agregado de 1 evaluación final", "1 evaluación en borrador no se cuenta"),
            ("Agregado de 2 evaluaciones finales", "2 evaluaciones en borrador no se cuentan"),
        ),
        (
            "pt",
            ("Agregado de 1 avaliação final", "1 avaliação em rascunho não é contada"),
            ("Agregado de 2 avaliações finais", "2 avaliações em rascunho não são contadas"),
        ),
    ],
)
def test_the_aggregate_sheet_counts_finals_and_drafts_in_the_languages_plural_forms(
    demo: Store, rubric: Rubric, tmp_path: Path, language: str, one: tuple[str, str], two: tuple[str, str]
) -> None:
    p, _ = evaluation_of(demo, EvaluationState.FINAL)
    data = sheet_for_aggregate(demo, rubric, p.uuid, language)
    for n, expected in ((1, one), (2, two)):
        _, text = written(replace(data, finals=n, drafts=n), tmp_path, f"{n}.pdf")
        assert all(said in text for said in expected), (n, text[:400])


@pytest.mark.parametrize(
    ("language", "money", "decimal", "day"),
    [
        ("en", "$1,650,000", "0.92", "March 19, 2026"),
        ("es", "1.650.000 US$", "0,92", "19 de marzo de 2026"),
        ("pt", "US$ 1.650.000", "0,92", "19 de março de 2026"),
    ],
)
def test_amounts_numbers_and_dates_follow_the_language(language: str, money: str, decimal: str, day: str) -> None:
    assert fmt.amount(1_650_000.4, language).replace("\xa0", " ") == money  # no break inside an amount
    assert fmt.number(0.9166, language, 2) == decimal
    assert fmt.number(72.45, language, 1)[-1] == "5"  # half up, as the window rounds, not half even
    assert fmt.long_date("2026-03-19T15:35:00.000Z", language) == day
    assert fmt.country_name("pe", language) in {"Peru (PE)", "Perú (PE)"}


def test_an_english_evaluation_sheet_shows_facts_scores_descriptors_and_page_numbers(
    demo: Store, rubric: Rubric, tmp_path: Path
) -> None:
    p, e = evaluation_of(demo, EvaluationState.FINAL)
    data = sheet_for_evaluation(demo, rubric, e.uuid, "en")
    path, text = written(data, tmp_path)
    pages = pages_text(path)
    assert "Evaluation sheet" in text and p.code in text and rubric.version in text
    for fact in (
        fmt.country_name(p.country, "en"),
        p.region_name,
        value_label("region_type", data.proposal.region_type, "en"),
        fmt.amount(p.requested_amount, "en"),
        fmt.amount(p.counterpart_public, "en"),
        fmt.amount(p.counterpart_private, "en"),
        fmt.number(p.counterpart_total / p.requested_amount, "en", 2),
        fmt.integer(p.beneficiary_msmes, "en"),
        "Local government: ",
    ):
        assert " ".join(fact.split()) in text, fact
    evaluator = demo.evaluators.get(e.evaluator_uuid).name
    assert f"Evaluator: {evaluator}" in text and "State: Final" in text
    for score in e.scores:
        descriptor = rubric.subcriterion(score.subcriterion_id).descriptors[score.level].get_text("en")
        assert " ".join(descriptor.split()) in text, score.subcriterion_id
    for c in data.criteria:
        assert fmt.number(c.score or 0.0, "en", 2) in text
    assert f"{fmt.number(data.total or 0.0, 'en', 1)} / 100" in text
    assert f"Committee rank: {data.rank} of {data.ranked_count}" in text
    assert pages[0].endswith(f"Page 1 of {len(pages)}") or f"Page 1 of {len(pages)}" in pages[0]
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert "DRAFT" not in text
    assert "Signature" in text


def test_a_spanish_sheet_has_accented_labels_and_the_rubric_descriptors_in_spanish(
    demo: Store, rubric: Rubric, tmp_path: Path
) -> None:
    _, e = evaluation_of(demo, EvaluationState.FINAL)
    path, text = written(sheet_for_evaluation(demo, rubric, e.uuid, "es"), tmp_path)
    pages = pages_text(path)
    for word in ("Ficha de evaluación", "Región", "Área prioritaria", "Puntaje (0–4)", "Justificación", "País",
                 "Mipymes beneficiarias", "Evaluador", "Firma", "Posición en el comité"):  # fmt: skip
        assert word in text, word
    assert f"Página 1 de {len(pages)}" in pages[0]
    for score in e.scores:
        descriptor = rubric.subcriterion(score.subcriterion_id).descriptors[score.level].get_text("es")
        assert " ".join(descriptor.split()) in text
        assert rubric.level_labels[score.level].get_text("es") in text
    accented = {w for s in e.scores for w in re.findall(r"\w*[áéíóúñçãõü¿¡]\w*", s.justification)}
    assert accented and all(w in text for w in accented)


def test_a_draft_is_marked_on_every_page_and_its_partial_total_is_said(
    demo: Store, rubric: Rubric, tmp_path: Path
) -> None:
    _, draft = evaluation_of(demo, EvaluationState.DRAFT, incomplete=True)
    data = sheet_for_evaluation(demo, rubric, draft.uuid, "en")
    path, text = written(data, tmp_path)
    assert all("DRAFT" in page for page in pages_text(path))
    assert "State: Draft" in text and "Partial total" in text and "not scored" in text
    assert f"Incomplete: {13 - len(draft.scores)} of 13 sub-criteria without a level" in text
    spanish, _ = written(sheet_for_evaluation(demo, rubric, draft.uuid, "es"), tmp_path, "es.pdf")
    assert all("BORRADOR" in page for page in pages_text(spanish))


def test_the_aggregate_sheet_shows_mean_levels_and_every_evaluators_justification(
    demo: Store, rubric: Rubric, tmp_path: Path
) -> None:
    p, _ = evaluation_of(demo, EvaluationState.FINAL)
    data = sheet_for_aggregate(demo, rubric, p.uuid, "es")
    _, text = written(data, tmp_path)
    finals = [e for e in demo.evaluations.for_proposal(p.uuid) if e.state is EvaluationState.FINAL]
    assert "Ficha de evaluación del comité" in text and f"Agregado de {len(finals)} evaluaciones finales" in text
    first = rubric.subcriteria[0].id
    levels = [next(s.level for s in e.scores if s.subcriterion_id == first) for e in finals]
    assert fmt.number(sum(levels) / len(levels), "es", 1) in text
    for e in finals:
        name = demo.evaluators.get(e.evaluator_uuid).name
        score = next(s for s in e.scores if s.subcriterion_id == first)
        assert f"{name}, nivel {score.level}:" in text
        assert " ".join(score.justification.split()[:6]) in text
    assert data.total is not None and f"{fmt.number(data.total, 'es', 1)} / 100" in text
    assert "No hay decisión registrada." in text and "Miembro del comité" in text


def test_an_override_and_a_decision_appear_with_their_rationale(demo: Store, rubric: Rubric, tmp_path: Path) -> None:
    failing = next(p for p in demo.proposals.all() if check_eligibility(p, rubric.gate_ids).failed_gates)
    _, before = written(sheet_for_aggregate(demo, rubric, failing.uuid, "en"), tmp_path, "before.pdf")
    assert "Ineligible" in before and "✗ not met" in before
    demo.overrides.set(failing.uuid, "Carta del municipio en trámite; compromiso verificado en visita.")
    members = ("Ana Lucía Quispe", "João Ribeiro")
    demo.decisions.record(
        Decision(failing.uuid, DecisionKind.APPROVE_WITH_CONDITIONS, "Sólida articulación.",
                 date.today().isoformat(), conditions="Convenio firmado antes del desembolso.",
                 members_present=members),
        rubric,
    )  # fmt: skip
    _, after = written(sheet_for_aggregate(demo, rubric, failing.uuid, "en"), tmp_path, "after.pdf")
    assert "Eligible by gate override" in after and "compromiso verificado en visita" in after
    assert "Decision: Approve with conditions" in after and "Convenio firmado antes del desembolso." in after
    assert all(m in after for m in members) and "Committee member" in after


# ---- paper, fonts, metadata ----


def test_a4_by_default_letter_by_option(demo: Store, rubric: Rubric, tmp_path: Path) -> None:
    _, e = evaluation_of(demo, EvaluationState.FINAL)
    data = sheet_for_evaluation(demo, rubric, e.uuid, "en")
    for size, expected in (("A4", A4_POINTS), ("Letter", LETTER_POINTS)):
        path, _ = written(data, tmp_path, f"{size}.pdf", page_size=size)
        box = pypdf.PdfReader(path).pages[0].mediabox
        assert (round(float(box.width), 1), round(float(box.height), 1)) == expected
    with pytest.raises(ValueError, match="A4, Letter"):
        write_sheet(data, tmp_path / "x.pdf", page_size="Legal")


def test_fonts_are_embedded_and_metadata_names_the_sheet(demo: Store, rubric: Rubric, tmp_path: Path) -> None:
    p, e = evaluation_of(demo, EvaluationState.FINAL)
    path, _ = written(sheet_for_evaluation(demo, rubric, e.uuid, "pt"), tmp_path)
    reader = pypdf.PdfReader(path)
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            fonts[str(font["/BaseFont"])] = (
                descendant["/FontDescriptor"].get_object() if "/FontDescriptor" in descendant else {}
            )
    assert fonts and all("DejaVuSans" in name for name in fonts), fonts.keys()
    assert all("/FontFile2" in descriptor for descriptor in fonts.values())  # embedded TrueType, every font
    meta = reader.metadata
    assert meta is not None and meta.creator == "RED Desktop"
    assert meta.title == f"Ficha de avaliação · {p.code}"
    assert meta.author == demo.evaluators.get(e.evaluator_uuid).name
    assert p.code in (meta.subject or "")


# ---- the content hash ----


def test_the_content_hash_is_stable_across_exports_and_changes_with_a_score(
    demo: Store, rubric: Rubric, tmp_path: Path
) -> None:
    _, draft = evaluation_of(demo, EvaluationState.DRAFT, incomplete=True)  # the demo's drafts are unfinished
    data = sheet_for_evaluation(demo, rubric, draft.uuid, "en")
    first = write_sheet(data, tmp_path / "one.pdf")
    again = write_sheet(sheet_for_evaluation(demo, rubric, draft.uuid, "en"), tmp_path / "two.pdf")
    assert first.content_hash == again.content_hash == sheet_hash(data)
    assert re.fullmatch(r"[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}", first.content_hash)
    assert all(f"Content hash {first.content_hash}" in page for page in pages_text(first.path))
    spanish = sheet_for_evaluation(demo, rubric, draft.uuid, "es")
    assert sheet_hash(spanish) == first.content_hash  # the data, not the language it is printed in
    score = draft.scores[0]
    demo.evaluations.set_score(draft.uuid, score.subcriterion_id, (score.level + 1) % 5, score.justification, rubric)
    changed = write_sheet(sheet_for_evaluation(demo, rubric, draft.uuid, "en"), tmp_path / "three.pdf")
    assert changed.content_hash != first.content_hash
    assert f"Content hash {changed.content_hash}" in pages_text(changed.path)[0]


def test_the_hash_covers_the_record_and_not_the_portfolio_around_it(demo: Store, rubric: Rubric) -> None:
    _, e = evaluation_of(demo, EvaluationState.FINAL)
    data = sheet_for_evaluation(demo, rubric, e.uuid, "en")
    moved = replace(data, rank=(data.rank or 0) + 3, committee_total=1.0)
    assert sheet_hash(moved) == sheet_hash(data)
    retitled = replace(data, proposal=replace(data.proposal, title=data.proposal.title + "!"))
    assert sheet_hash(retitled) != sheet_hash(data)
    assert "language" not in payload(data) and payload(data)["rubric"] == [rubric.id, rubric.version]


# ---- long texts ----


def test_a_20000_character_justification_flows_over_pages_with_nothing_lost(
    demo: Store, rubric: Rubric, tmp_path: Path
) -> None:
    _, e = evaluation_of(demo, EvaluationState.FINAL)
    data = sheet_for_evaluation(demo, rubric, e.uuid, "es")
    words = " ".join(f"palabra{i:05d}" for i in range(2_000))[:20_000].rsplit(" ", 1)[0] + " último"
    assert len(words) > 19_900
    rows = list(data.rows)
    rows[1] = replace(rows[1], justifications=(replace(rows[1].justifications[0], text=words),))
    path, text = written(replace(data, rows=tuple(rows)), tmp_path, page_size="Letter")
    pages = pages_text(path)
    assert len(pages) >= 6
    assert set(re.findall(r"palabra\d{5}", text)) == set(re.findall(r"palabra\d{5}", words))
    assert text.count("último") >= 1 and words.split()[-2] in text
    assert all("Justificación" in page for page in pages[1:-1])  # the table's header row repeats
    assert "A2 (continuación)" in text  # a continued row opening a page names its sub-criterion
    assert f"Página {len(pages)} de {len(pages)}" in pages[-1]


def test_chunks_keep_every_character_but_the_spaces_they_are_cut_at() -> None:
    text = "Primera frase. " * 200 + "x" * 1_500 + "\nfin"
    pieces = chunked(text, 650)
    assert all(len(piece) <= 650 for piece in pieces)
    assert "".join(pieces).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")
    assert pieces[0].endswith(".")  # cut after a sentence when one ends in the second half


# ---- where a sheet goes ----


def test_an_unwritable_target_is_refused_and_a_failure_leaves_nothing(
    demo: Store, rubric: Rubric, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, e = evaluation_of(demo, EvaluationState.FINAL)
    data = sheet_for_evaluation(demo, rubric, e.uuid, "en")
    out = tmp_path / "out"
    out.mkdir()
    for target in (out / "missing" / "x.pdf", out):
        with pytest.raises(StoreError, match="Cannot write the sheet") as caught:
            write_sheet(data, target)
        assert "\n" not in str(caught.value)
    target = out / "kept.pdf"
    target.write_bytes(b"the previous sheet")

    def broken(data: SheetData, partial: Path, *rest: object) -> int:
        partial.write_bytes(b"half a sheet")
        raise RuntimeError("drawing failed")

    monkeypatch.setattr("red_desktop.core.reports.sheet._build", broken)
    with pytest.raises(RuntimeError):
        write_sheet(data, target)
    assert target.read_bytes() == b"the previous sheet"
    assert [p.name for p in out.iterdir()] == ["kept.pdf"]  # no partial file left beside it


# ---- where the figures come from ----


def test_standing_from_the_store_equals_the_committees(demo: Store, rubric: Rubric) -> None:
    committee = build_committee(demo, rubric)
    for p in list(demo.proposals.all())[:8]:
        own, shared = standing(demo, rubric, p.uuid), standing(demo, rubric, p.uuid, committee)
        assert (own.rank, own.ranked_count, own.contested) == (shared.rank, shared.ranked_count, shared.contested)
        assert own.total == pytest.approx(shared.total) if shared.total is not None else own.total is None
        assert own.average == pytest.approx(shared.average)


def test_the_sheet_command_finds_the_proposal_and_the_evaluator(
    demo: Store, rubric: Rubric, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from red_desktop.cli import sheet as sheet_command

    p, e = evaluation_of(demo, EvaluationState.FINAL)
    name = demo.evaluators.get(e.evaluator_uuid).name
    demo.close()  # the command opens the store itself, read-only
    args = argparse.Namespace(
        code=p.code, output=tmp_path / "s.pdf", evaluator=name, lang="pt", letter=True, db=demo.path, demo=False,
        user="tester", json=True, rubric=None,
    )  # fmt: skip
    assert sheet_command.run(args) == 0
    assert name in " ".join(pages_text(tmp_path / "s.pdf"))
    with pytest.raises(NotFoundError, match="No proposal with code RED-XX"):
        sheet_command.run(replace_args(args, code="RED-XX-2026-999"))
    with pytest.raises(NotFoundError, match="No evaluator named"):
        sheet_command.run(replace_args(args, evaluator="Nadie"))


def replace_args(args: argparse.Namespace, **changes: object) -> argparse.Namespace:
    return argparse.Namespace(**{**vars(args), **changes})


def test_a_withdrawn_decision_says_what_it_was_when_who_and_why(demo: Store, rubric: Rubric, tmp_path: Path) -> None:
    p, _ = evaluation_of(demo, EvaluationState.FINAL)
    never = sheet_for_aggregate(demo, rubric, p.uuid, "en")
    decision = Decision(
        p.uuid, DecisionKind.DEFER, "Falta el acta.", date.today().isoformat(), members_present=("Ana",)
    )
    demo.decisions.record(decision, rubric)
    demo.decisions.withdraw(p.uuid, "Error en el acta: se votó otra propuesta")
    entry = demo.audit.entries(p.uuid)[-1]
    data = sheet_for_aggregate(demo, rubric, p.uuid, "en")
    assert data.decision is None and data.withdrawal is not None
    assert (data.withdrawal.kind, data.withdrawal.at, data.withdrawal.by) == ("defer", entry.at, demo.user)
    assert sheet_hash(data) != sheet_hash(never)  # what the sheet certifies changed
    when = f"{fmt.long_date(entry.at, 'en')}, {entry.at[11:16]} UTC"
    _, text = written(data, tmp_path, "en.pdf")
    assert "No decision recorded." not in text
    assert f"Decision: Withdrawn (it was Defer); no decision in force Withdrawn on: {when}" in text
    assert f"Withdrawn by: {demo.user} Reason: Error en el acta: se votó otra propuesta" in text
    _, spanish = written(sheet_for_aggregate(demo, rubric, p.uuid, "es"), tmp_path, "es.pdf")
    assert "Decisión: Retirada (era Aplazar); no hay ninguna decisión vigente" in spanish
    assert f"Retirada por: {demo.user} Motivo: Error en el acta" in spanish
    demo.decisions.record(replace(decision, rationale="Votada de nuevo."), rubric)
    assert sheet_for_aggregate(demo, rubric, p.uuid, "en").withdrawal is None  # a decision in force again
