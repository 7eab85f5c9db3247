"""The evaluators' reasons side by side: every final evaluation's level and justification per sub-criterion, the
sub-criteria the aggregate calls contested first, drafts and other rubric versions left out."""

from __future__ import annotations

from red_desktop.core.aggregation import ContestReason, aggregate
from red_desktop.core.committee import build_committee
from red_desktop.core.demo import build_demo
from red_desktop.core.domain import Evaluation, EvaluationState, Evaluator, Score
from red_desktop.core.ranking import evaluation_scores
from red_desktop.core.reasons import contested_first, contested_subcriteria, proposal_reasons, side_by_side
from red_desktop.core.reports.reasons import contested_ids, ordered_rows
from red_desktop.core.reports.sheet_data import sheet_for_aggregate
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from tests.factories import full_levels, proposal


def evaluation(rubric: Rubric, levels: dict[str, int], why: str, state: EvaluationState) -> Evaluation:
    scores = tuple(Score(sub, level, f"{why} ({sub})") for sub, level in levels.items())
    return Evaluation("p", "e", rubric.id, rubric.version, state, scores)


def test_contested_sub_criteria_come_first_each_group_in_the_rubric_order(rubric: Rubric) -> None:
    low = full_levels(rubric, 2)
    high = {**full_levels(rubric, 3), "B2": 4, "C3": 0, "A2": 0}
    finals = [
        ("Zoe", evaluation(rubric, high, "Carta firmada", EvaluationState.FINAL)),
        ("Ana", evaluation(rubric, low, "Sin carta", EvaluationState.FINAL)),
    ]
    shown = side_by_side(rubric, finals, {"C3", "B2"}, "es")
    assert shown.evaluators == ("Ana", "Zoe")  # by name
    assert [r.subcriterion_id for r in shown.rows[:4]] == ["B2", "C3", "A1", "A2"]  # A2 is 2 apart, not contested
    b2 = shown.rows[0]
    assert b2.contested and (b2.low, b2.high) == (2, 4) and b2.name == "Compromiso de los socios"
    assert [(g.evaluator, g.level, g.level_label, g.justification) for g in b2.given] == [
        ("Ana", 2, "parcial", "Sin carta (B2)"),
        ("Zoe", 4, "excelente", "Carta firmada (B2)"),
    ]
    assert [r.subcriterion_id for r in shown.contested] == ["B2", "C3"]
    assert len(shown.rows) == len(rubric.subcriteria)


def test_a_sub_criterion_left_without_a_level_says_so(rubric: Rubric) -> None:
    levels = full_levels(rubric, 3)
    del levels["A4"]
    shown = side_by_side(rubric, [("Ana", evaluation(rubric, levels, "x", EvaluationState.FINAL))], (), "en")
    a4 = next(r for r in shown.rows if r.subcriterion_id == "A4")
    assert a4.given[0].level is None and a4.given[0].justification == "" and a4.low is None
    assert not shown.contested


def test_only_the_sub_criteria_a_level_gap_contests_are_named_not_a_spread_of_totals() -> None:
    reasons = [
        ContestReason("spread", "totals spread 20.0 points"),
        ContestReason("subcriterion", "B2 ...", "B2", ("Ana", "Zoe"), (2, 4)),
    ]
    assert contested_subcriteria(reasons) == {"B2"}


def test_from_the_store_final_evaluations_only_with_the_aggregate_s_contested_sub_criteria(
    store: Store, rubric: Rubric
) -> None:
    target = store.proposals.add(proposal())
    people = [store.evaluators.add(Evaluator(name)) for name in ("Ana", "Bruno", "Carla")]
    given = [{**full_levels(rubric, 2)}, {**full_levels(rubric, 2), "B2": 4}, full_levels(rubric, 0)]
    for person, levels, state in zip(people, given, ("final", "final", "draft"), strict=True):
        draft = store.evaluations.create(target.uuid, person.uuid, rubric)
        for sub_id, level in levels.items():
            store.evaluations.set_score(draft.uuid, sub_id, level, f"{person.name} sobre {sub_id}", rubric)
        if state == "final":
            store.evaluations.finalize(draft.uuid, rubric)
    frame = aggregate(*evaluation_scores(store, rubric), rubric)
    contested = contested_subcriteria(frame.loc[target.uuid, "reasons"])
    assert contested == {"B2"}
    shown = proposal_reasons(store, rubric, target.uuid, contested, "en")
    assert shown.evaluators == ("Ana", "Bruno")  # Carla's draft is not the committee's to read
    first = shown.rows[0]
    assert first.subcriterion_id == "B2" and first.contested
    assert [(g.level, g.justification) for g in first.given] == [(2, "Ana sobre B2"), (4, "Bruno sobre B2")]


def test_one_rule_orders_the_window_and_the_dossier_alike(store: Store, rubric: Rubric) -> None:
    assert contested_first(["A1", "A2", "B1", "B2", "C1"], {"C1", "A2"}) == ["A2", "C1", "A1", "B1", "B2"]
    assert contested_first(["A1", "A2"], ()) == ["A1", "A2"]
    build_demo(store, rubric, proposals=16, evaluators=4, seed=6)
    committee = build_committee(store, rubric)
    ranked = [r for r in committee.ranking if any(c.kind == "subcriterion" for c in r.reasons)]
    assert ranked  # the demo has contested sub-criteria to order
    for r in ranked[:3]:
        sheet = sheet_for_aggregate(store, rubric, r.uuid, "en", committee)
        assert contested_subcriteria(sheet.reasons) == contested_subcriteria(r.reasons)  # the sheet's reasons too
        window = proposal_reasons(store, rubric, r.uuid, contested_subcriteria(r.reasons), "en")
        dossier = [row.subcriterion_id for row in ordered_rows(sheet)]
        assert [row.subcriterion_id for row in window.rows] == dossier
        assert contested_ids(sheet) == {row.subcriterion_id for row in window.contested}
