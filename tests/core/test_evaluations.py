"""Evaluations: scores audited one by one, finalisation refused with what is missing, final is locked."""

from __future__ import annotations

import sqlite3

import pytest

from red_desktop.core.domain import Evaluation, EvaluationState, Evaluator, Score
from red_desktop.core.errors import ConflictError, NotFoundError, StoreError, ValidationError
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from tests.factories import full_levels, proposal


@pytest.fixture
def draft(store: Store, rubric: Rubric) -> Evaluation:
    p = store.proposals.add(proposal())
    ana = store.evaluators.add(Evaluator("Ana Lucía Quispe"))
    return store.evaluations.create(p.uuid, ana.uuid, rubric)


def fill(store: Store, evaluation: Evaluation, rubric: Rubric, level: int = 2) -> None:
    for sub_id, value in full_levels(rubric, level).items():
        store.evaluations.set_score(evaluation.uuid, sub_id, value, "Sustentado en el diagnóstico", rubric)


def test_a_new_evaluation_is_a_draft_with_the_rubric_version(store: Store, draft: Evaluation, rubric: Rubric) -> None:
    loaded = store.evaluations.get(draft.uuid)
    assert loaded.state is EvaluationState.DRAFT
    assert (loaded.rubric_id, loaded.rubric_version) == (rubric.id, rubric.version)
    row = store.db.execute("SELECT rubric_id, rubric_version FROM evaluations").fetchone()
    assert row == ("red-default", "2026.1")


def test_one_evaluation_per_evaluator_proposal_and_rubric_version(
    store: Store, draft: Evaluation, rubric: Rubric
) -> None:
    with pytest.raises(ConflictError, match="already has an evaluation"):
        store.evaluations.create(draft.proposal_uuid, draft.evaluator_uuid, rubric)


def test_an_evaluation_needs_an_existing_proposal_and_evaluator(
    store: Store, draft: Evaluation, rubric: Rubric
) -> None:
    with pytest.raises(NotFoundError):
        store.evaluations.create("missing", draft.evaluator_uuid, rubric)
    with pytest.raises(NotFoundError):
        store.evaluations.create(draft.proposal_uuid, "missing", rubric)


def test_every_score_change_is_audited_with_old_and_new_value(store: Store, draft: Evaluation, rubric: Rubric) -> None:
    store.evaluations.set_score(draft.uuid, "B1", 2, "", rubric)
    store.evaluations.set_score(draft.uuid, "B1", 3, "Apalancamiento 0,83", rubric)
    scores = [(e.field, e.old_value, e.new_value) for e in store.audit.entries(draft.uuid) if e.action == "score"]
    assert scores == [("B1", None, "2"), ("B1", "2", "3")]
    assert all(e.actor == "tester" for e in store.audit.entries(draft.uuid))
    assert store.evaluations.get(draft.uuid).stamp.revision == 3


def test_setting_the_same_score_again_changes_nothing(store: Store, draft: Evaluation, rubric: Rubric) -> None:
    store.evaluations.set_score(draft.uuid, "A1", 2, "x", rubric)
    before = store.audit.count()
    store.evaluations.set_score(draft.uuid, "A1", 2, "x", rubric)
    assert store.audit.count() == before


@pytest.mark.parametrize("level", [5, -1, "3", 3.0, None])
def test_a_level_outside_0_to_4_is_refused_and_nothing_written(
    store: Store, draft: Evaluation, rubric: Rubric, level: object
) -> None:
    with pytest.raises(ValidationError, match="from 0 to 4"):
        store.evaluations.set_score(draft.uuid, "A1", level, "", rubric)  # type: ignore[arg-type]
    assert store.db["scores"].count == 0


def test_an_oversized_justification_is_refused(store: Store, draft: Evaluation, rubric: Rubric) -> None:
    with pytest.raises(ValidationError, match="justification"):
        store.evaluations.set_score(draft.uuid, "A1", 2, "x" * 10_001, rubric)


def test_mark_final_is_refused_with_everything_missing(store: Store, draft: Evaluation, rubric: Rubric) -> None:
    store.evaluations.set_score(draft.uuid, "A1", 4, "", rubric)
    store.evaluations.set_score(draft.uuid, "A2", 2, "", rubric)
    with pytest.raises(ValidationError) as refused:
        store.evaluations.finalize(draft.uuid, rubric)
    problems = {p.location: p.message for p in refused.value.problems}
    assert problems["A1"] == "level 4 needs a justification"
    assert "A2" not in problems
    assert problems["C4"] == "has no score"
    assert len(problems) == 12
    assert store.evaluations.get(draft.uuid).state is EvaluationState.DRAFT


def test_a_final_evaluation_is_locked_and_reopening_needs_a_reason(
    store: Store, draft: Evaluation, rubric: Rubric
) -> None:
    fill(store, draft, rubric)
    final = store.evaluations.finalize(draft.uuid, rubric)
    assert final.state is EvaluationState.FINAL
    with pytest.raises(ConflictError, match="final and locked"):
        store.evaluations.set_score(draft.uuid, "A1", 3, "", rubric)
    with pytest.raises(ValidationError, match="reason"):
        store.evaluations.reopen(draft.uuid, "  ", rubric)
    reopened = store.evaluations.reopen(draft.uuid, "Nueva carta de compromiso recibida", rubric)
    assert reopened.state is EvaluationState.DRAFT
    last = store.audit.entries(draft.uuid)[-1]
    assert (last.action, last.old_value, last.new_value, last.reason) == (
        "state",
        "final",
        "draft",
        "Nueva carta de compromiso recibida",
    )
    with pytest.raises(ConflictError, match="draft"):
        store.evaluations.reopen(draft.uuid, "again", rubric)


def test_scoring_with_another_rubric_version_is_refused(store: Store, draft: Evaluation, rubric: Rubric) -> None:
    from dataclasses import replace

    other = replace(rubric, version="2027.1")
    with pytest.raises(ConflictError, match="uses rubric red-default 2026.1"):
        store.evaluations.set_score(draft.uuid, "A1", 2, "", other)


def test_record_stores_a_whole_final_evaluation_or_nothing(store: Store, rubric: Rubric) -> None:
    p = store.proposals.add(proposal())
    luis = store.evaluators.add(Evaluator("Luis Mamani"))
    incomplete = Evaluation(
        p.uuid, luis.uuid, rubric.id, rubric.version, EvaluationState.FINAL, scores=(Score("A1", 2, ""),)
    )
    with pytest.raises(ValidationError, match="cannot be made final"):
        store.evaluations.record(incomplete, rubric)
    assert store.evaluations.count() == 0
    scores = tuple(Score(s, 2, "ok") for s in full_levels(rubric))
    stored = store.evaluations.record(
        Evaluation(p.uuid, luis.uuid, rubric.id, rubric.version, EvaluationState.FINAL, scores=scores), rubric
    )
    assert store.evaluations.get(stored.uuid).levels() == full_levels(rubric)
    assert len(store.audit.entries(stored.uuid)) == 14  # 13 scores and the state


def test_the_audit_log_is_append_only(store: Store, draft: Evaluation, rubric: Rubric) -> None:
    store.evaluations.set_score(draft.uuid, "A1", 2, "", rubric)
    for statement in ("UPDATE audit_log SET new_value = '4'", "DELETE FROM audit_log"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            store.db.execute(statement)
    assert store.audit.count() >= 2


def test_gate_override_is_recorded_with_its_rationale_and_audited(store: Store) -> None:
    p = store.proposals.add(proposal(region_type=None))
    with pytest.raises(ValidationError, match="rationale"):
        store.overrides.set(p.uuid, " ")
    store.overrides.set(p.uuid, "Tipo de región verificado en visita de campo")
    assert store.overrides.rationales() == {p.uuid: "Tipo de región verificado en visita de campo"}
    store.overrides.set(p.uuid, "Rationale revised")
    assert store.overrides.get(p.uuid).stamp.revision == 2
    store.overrides.clear(p.uuid, "New data shows the region type")
    assert store.overrides.get(p.uuid) is None
    assert [e.action for e in store.audit.entries(p.uuid)] == [
        "gate_override",
        "gate_override",
        "gate_override_removed",
    ]


def test_count_by_state(store: Store, draft: Evaluation, rubric: Rubric) -> None:
    assert store.evaluations.count_by_state() == {"draft": 1, "final": 0}


def test_store_errors_do_not_leak_sqlite_messages_unexplained(store: Store, rubric: Rubric) -> None:
    p = store.proposals.add(proposal())
    ghost = Evaluation(p.uuid, "no-such-evaluator", rubric.id, rubric.version)
    with pytest.raises((NotFoundError, StoreError)):
        store.evaluations.record(ghost, rubric)
