"""Conflicts of interest (issue 21): a declaration keeps its evaluator from evaluating the proposals it reaches, an
earlier final evaluation of theirs leaves the committee's figures (flagged), a committee member with one is recused,
and every change is audited."""

from __future__ import annotations

import pytest

from red_desktop.core.domain import (
    ActorType,
    Decision,
    DecisionKind,
    Evaluation,
    EvaluationState,
    Evaluator,
    InterestKind,
    Score,
)
from red_desktop.core.errors import ConflictError, ValidationError
from red_desktop.core.interests import bears
from red_desktop.core.ranking import build_ranking
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from tests.factories import actor, full_levels, proposal


def _final(store: Store, rubric: Rubric, proposal_uuid: str, evaluator: Evaluator, level: int) -> None:
    scores = tuple(Score(sub, value, "justificación") for sub, value in full_levels(rubric, level).items())
    evaluation = Evaluation(proposal_uuid, evaluator.uuid, rubric.id, rubric.version, EvaluationState.FINAL, scores)
    store.evaluations.record(evaluation, rubric)


@pytest.fixture
def season(store: Store, rubric: Rubric) -> tuple[Store, list[str], list[Evaluator]]:
    uuids = [
        store.proposals.add(
            proposal(
                f"RED-PE-2026-{i:03d}",
                executing_agency=agency,
                actors=(actor(ActorType.BUSINESS, name=name),),
            )
        ).uuid
        for i, (agency, name) in enumerate(
            [
                ("Gobierno Regional de Cusco — Gerencia de Desarrollo Económico", "Cámara de Comercio de Cusco"),
                ("Municipalidad de Arequipa", "Cooperativa Agraria Valle del Colca"),
                ("Gobiernos Regionales del Sur", "Cámara de Comercio de Cusco y Apurímac"),
            ],
            start=1,
        )
    ]
    people = [store.evaluators.add(Evaluator(name)) for name in ("Ana Quispe", "Bruno Salles", "Carla Mendoza")]
    return store, uuids, people


def test_a_conflicted_evaluator_cannot_begin_an_evaluation_and_is_told_why(season, rubric: Rubric) -> None:
    store, (first, second, _third), (ana, bruno, _carla) = season
    store.interests.declare(ana, InterestKind.PROPOSAL, "Mi hermana dirige el proyecto", proposal_uuid=first)
    with pytest.raises(ConflictError, match="Ana Quispe declared a conflict of interest.*RED-PE-2026-001.*hermana"):
        store.evaluations.create(first, ana.uuid, rubric)
    with pytest.raises(ConflictError, match="conflict of interest"):
        _final(store, rubric, first, ana, 2)
    assert store.evaluations.count() == 0
    store.evaluations.create(second, ana.uuid, rubric)  # another proposal: allowed
    store.evaluations.create(first, bruno.uuid, rubric)  # another evaluator: allowed
    assert store.evaluations.count() == 2


def test_an_earlier_final_evaluation_leaves_the_aggregate_flagged_until_the_declaration_is_withdrawn(
    season, rubric: Rubric
) -> None:
    store, (first, *_rest), (ana, bruno, carla) = season
    _final(store, rubric, first, ana, 3)
    _final(store, rubric, first, bruno, 1)
    _final(store, rubric, first, carla, 1)
    low = [r for r in build_ranking(store, rubric) if r.uuid == first][0]
    with_ana = low.total
    interest = store.interests.declare(ana, InterestKind.PROPOSAL, "Asesoré a la agencia", proposal_uuid=first)
    without = [r for r in build_ranking(store, rubric) if r.uuid == first][0]
    assert without.evaluations == 2 and without.conflicts_excluded == 1
    assert without.to_json()["conflicts_excluded"] == 1
    assert without.total is not None and with_ana is not None and without.total < with_ana
    assert store.summaries.get(first).total is None  # forgotten until refreshed: it would mislead
    store.summaries.refresh(rubric, [first])
    assert store.summaries.get(first).finals == 2 and store.summaries.get(first).total == pytest.approx(without.total)
    store.interests.withdraw(interest.uuid, "Declarada por error")
    back = [r for r in build_ranking(store, rubric) if r.uuid == first][0]
    assert back.total == pytest.approx(with_ana) and back.conflicts_excluded == 0
    actions = [e.action for e in store.audit.entries(interest.uuid)]
    assert actions == ["interest_declared", "interest_withdrawn"]


def test_a_declaration_by_name_reaches_every_proposal_bearing_the_name_as_whole_words(season) -> None:
    store, (first, second, third), (ana, bruno, _carla) = season
    store.interests.declare(ana, InterestKind.AGENCY, "Trabajé allí", subject="gobierno regional de CUSCO")
    store.interests.declare(bruno, InterestKind.ACTOR, "Socio", subject="Camara de Comercio de Cusco")
    pairs = store.interests.conflicted_pairs()
    assert pairs == {(ana.uuid, first), (bruno.uuid, first), (bruno.uuid, third)}
    assert store.interests.conflicted_pairs([second, third]) == {(bruno.uuid, third)}
    assert [sorted(store.interests.reached(i)) for i in store.interests.all()] == [[first], sorted([first, third])]
    assert bears("Gobiernos Regionales del Sur", "Gobierno Regional") is False  # not a part of a word
    assert bears("Municipalidad  de   Arequipa (MDA)", "municipalidad de arequipa") is True


@pytest.mark.parametrize(
    ("kind", "options", "field"),
    [
        (InterestKind.PROPOSAL, {"reason": "  "}, "reason"),
        (InterestKind.AGENCY, {"reason": "Trabajé allí", "subject": " — "}, "agency"),
        (InterestKind.ACTOR, {"reason": "Socio", "subject": "x" * 201}, "actor"),
        (InterestKind.PROPOSAL, {"reason": "Primo"}, "proposal"),
    ],
)
def test_a_bad_declaration_is_refused_naming_what_is_wrong_and_writes_nothing(season, kind, options, field) -> None:
    store, _uuids, (ana, *_others) = season
    with pytest.raises(ValidationError) as raised:
        store.interests.declare(ana, kind, options.pop("reason"), **options)
    assert field in str(raised.value)
    assert store.interests.count() == 0 and store.audit.entries() == store.audit.entries()


def test_withdrawing_needs_a_reason_and_happens_once(season) -> None:
    store, (first, *_rest), (ana, *_others) = season
    interest = store.interests.declare(ana, InterestKind.PROPOSAL, "Primo", proposal_uuid=first)
    with pytest.raises(ValidationError, match="reason"):
        store.interests.withdraw(interest.uuid, " ")
    store.interests.withdraw(interest.uuid[:8], "Ya no trabaja allí")
    with pytest.raises(ConflictError, match="already withdrawn"):
        store.interests.withdraw(interest.uuid, "otra vez")
    assert store.interests.conflicted_pairs() == set()


def test_a_conflicted_committee_member_is_recorded_as_recused_not_as_present(season, rubric: Rubric) -> None:
    store, (first, second, _third), (ana, bruno, carla) = season
    store.interests.declare(carla, InterestKind.PROPOSAL, "Fui consultora del proyecto", proposal_uuid=first)
    for person in (ana, bruno):
        _final(store, rubric, first, person, 2)
    decision = store.decisions.record(
        Decision(first, DecisionKind.REJECT, "Débil", "2026-12-01", members_present=("Carla Mendoza", "Bruno Salles")),
        rubric,
    )
    assert decision.members_present == ("Bruno Salles",) and decision.members_recused == ("Carla Mendoza",)
    stored = store.decisions.get(first)
    assert stored is not None and stored.members_recused == ("Carla Mendoza",)
    with pytest.raises(ConflictError, match="Every member present"):
        store.interests.declare(bruno, InterestKind.PROPOSAL, "Socio", proposal_uuid=second)
        store.decisions.record(
            Decision(second, DecisionKind.REJECT, "Débil", "2026-12-01", members_present=("Bruno Salles",)), rubric
        )
    assert store.decisions.get(second) is None


def test_the_sheet_and_the_dossier_say_who_was_recused(season, rubric: Rubric, tmp_path) -> None:
    from pypdf import PdfReader

    from red_desktop.core.committee import build_committee
    from red_desktop.core.reports.dossier import write_dossier
    from red_desktop.core.reports.sheet import write_sheet
    from red_desktop.core.reports.sheet_data import sheet_for_aggregate

    store, (first, *_rest), (ana, bruno, carla) = season
    _final(store, rubric, first, carla, 3)  # before she declared the conflict
    store.interests.declare(carla, InterestKind.PROPOSAL, "Consultora", proposal_uuid=first)
    for person in (ana, bruno):
        _final(store, rubric, first, person, 2)
    store.decisions.record(
        Decision(first, DecisionKind.REJECT, "Débil", "2026-12-01", members_present=("Carla Mendoza", "Ana Quispe")),
        rubric,
    )
    data = sheet_for_aggregate(store, rubric, first, "en")
    assert data.finals == 2 and data.excluded == ("Carla Mendoza",)
    sheet = write_sheet(data, tmp_path / "sheet.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(sheet.path).pages).split())
    assert "Recused: Carla Mendoza" in text
    assert "Left out for a declared conflict of interest: the final evaluation of Carla Mendoza" in text
    dossier = write_dossier(store, rubric, build_committee(store, rubric), tmp_path / "dossier.pdf")
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(dossier.path).pages).split())
    assert "Recused for a declared conflict of interest: Carla Mendoza." in text
    assert "Members present: Ana Quispe." in text
