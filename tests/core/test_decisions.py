"""Committee decisions: validated, one per proposal, locking its evaluations, revised or withdrawn with a reason."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from red_desktop.core.decision_rules import decision_problems
from red_desktop.core.domain import Decision, DecisionKind, Evaluator, ProposalStatus, Score
from red_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from tests.factories import full_levels, proposal

TODAY = date.today().isoformat()


def decision(proposal_uuid: str, **changes: object) -> Decision:
    base = Decision(
        proposal_uuid,
        DecisionKind.APPROVE_WITH_CONDITIONS,
        "Sólida articulación público-privada; riesgo en la escala.",
        TODAY,
        conditions="Presentar carta de compromiso del gobierno regional.",
        members_present=("Ana Lucía Quispe", "João Ribeiro"),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.fixture
def evaluated(store: Store, rubric: Rubric) -> tuple[str, str]:
    """A proposal with a draft evaluation; returns (proposal uuid, evaluation uuid)."""
    stored = store.proposals.add(proposal())
    evaluator = store.evaluators.add(Evaluator("Ana Lucía Quispe"))
    draft = store.evaluations.create(stored.uuid, evaluator.uuid, rubric)
    return stored.uuid, draft.uuid


def test_a_decision_is_stored_audited_and_marks_the_proposal_decided(
    store: Store, rubric: Rubric, evaluated: tuple[str, str]
) -> None:
    proposal_uuid, _ = evaluated
    stored = store.decisions.record(decision(proposal_uuid), rubric)
    assert store.decisions.get(proposal_uuid) == stored
    assert stored.members_present == ("Ana Lucía Quispe", "João Ribeiro") and stored.stamp.revision == 1
    assert store.proposals.get(proposal_uuid).status is ProposalStatus.DECIDED
    entries = [e for e in store.audit.entries(proposal_uuid) if e.action == "decision"]
    assert {e.field for e in entries} == {"decision", "rationale", "conditions", "decided_on", "members_present"}
    assert next(e for e in entries if e.field == "decision").new_value == "approve_with_conditions"


def test_a_decision_locks_the_evaluations_drafts_included(
    store: Store, rubric: Rubric, evaluated: tuple[str, str]
) -> None:
    proposal_uuid, draft = evaluated
    sub = rubric.subcriteria[0].id
    before = store.proposals.get(proposal_uuid).status
    store.decisions.record(decision(proposal_uuid, kind=DecisionKind.REJECT, conditions=""), rubric)
    with pytest.raises(ConflictError, match="decided on this proposal .reject.*locked"):
        store.evaluations.set_score(draft, sub, 2, "", rubric)
    with pytest.raises(ConflictError, match="locked"):
        store.evaluations.create(proposal_uuid, store.evaluators.add(Evaluator("Luis Mamani")).uuid, rubric)
    store.decisions.withdraw(proposal_uuid, "Se recibió información nueva del gobierno regional")
    assert store.evaluations.set_score(draft, sub, 2, "", rubric).scores[0].level == 2
    assert store.proposals.get(proposal_uuid).status is before  # what it was before the decision
    withdrawn = [e for e in store.audit.entries(proposal_uuid) if e.action == "decision_withdrawn"]
    assert [(e.old_value, e.reason) for e in withdrawn] == [
        ("reject", "Se recibió información nueva del gobierno regional")
    ]


def test_a_final_evaluation_cannot_be_reopened_once_decided(store: Store, rubric: Rubric) -> None:
    stored = store.proposals.add(proposal())
    evaluator = store.evaluators.add(Evaluator("Ana Lucía Quispe"))
    draft = store.evaluations.create(stored.uuid, evaluator.uuid, rubric)
    for sub, level in full_levels(rubric, 2).items():
        store.evaluations.set_score(draft.uuid, sub, level, "", rubric)
    store.evaluations.finalize(draft.uuid, rubric)
    store.decisions.record(decision(stored.uuid, kind=DecisionKind.APPROVE, conditions=""), rubric)
    with pytest.raises(ConflictError, match="locked"):
        store.evaluations.reopen(draft.uuid, "revisar", rubric)


def test_a_second_decision_needs_a_revision_with_a_reason(
    store: Store, rubric: Rubric, evaluated: tuple[str, str]
) -> None:
    proposal_uuid, _ = evaluated
    first = store.decisions.record(decision(proposal_uuid), rubric)
    with pytest.raises(ConflictError, match="already has a decision"):
        store.decisions.record(decision(proposal_uuid, kind=DecisionKind.DEFER), rubric)
    with pytest.raises(ValidationError, match="reason: is required"):
        store.decisions.revise(replace(first, kind=DecisionKind.DEFER), "  ", rubric)
    revised = store.decisions.revise(
        replace(first, kind=DecisionKind.DEFER, conditions=""), "Falta el estudio de mercado", rubric
    )
    assert (revised.kind, revised.stamp.revision, revised.uuid) == (DecisionKind.DEFER, 2, first.uuid)
    with pytest.raises(ConflictError, match="changed elsewhere"):
        store.decisions.revise(replace(first, kind=DecisionKind.REJECT, conditions=""), "otra vez", rubric)  # stale
    kinds = [(e.old_value, e.new_value, e.reason) for e in store.audit.entries(proposal_uuid) if e.field == "decision"]
    assert kinds == [
        (None, "approve_with_conditions", ""),
        ("approve_with_conditions", "defer", "Falta el estudio de mercado"),
    ]


def test_revising_or_withdrawing_nothing_is_refused(store: Store, rubric: Rubric) -> None:
    stored = store.proposals.add(proposal())
    with pytest.raises(NotFoundError, match="no decision yet"):
        store.decisions.withdraw(stored.uuid, "razón")
    with pytest.raises(NotFoundError):
        store.decisions.record(decision("no-such-proposal"), rubric)


@pytest.mark.parametrize(
    ("changes", "location"),
    [
        ({"kind": "accept"}, "decision"),
        ({"rationale": "   "}, "rationale"),
        ({"rationale": "x" * 5_001}, "rationale"),
        ({"conditions": ""}, "conditions"),  # approve with conditions needs them
        ({"decided_on": "28/11/2026"}, "decided_on"),
        ({"decided_on": "2999-01-01"}, "decided_on"),
        ({"decided_on": "1999-12-31"}, "decided_on"),
        ({"members_present": ()}, "members_present"),
        ({"members_present": ("Ana", " ")}, "members_present[2]"),
        ({"members_present": ("Ana", "ana ")}, "members_present[2]"),
    ],
)
def test_invalid_decisions_name_the_problem_and_write_nothing(
    store: Store, rubric: Rubric, evaluated: tuple[str, str], changes: dict[str, object], location: str
) -> None:
    proposal_uuid, _ = evaluated
    with pytest.raises(ValidationError) as refused:
        store.decisions.record(decision(proposal_uuid, **changes), rubric)
    assert [p.location for p in refused.value.problems] == [location]
    assert store.decisions.count() == 0
    assert store.proposals.get(proposal_uuid).status is not ProposalStatus.DECIDED


def test_every_problem_is_reported_at_once() -> None:
    bad = Decision("p", DecisionKind.APPROVE_WITH_CONDITIONS, "", "yesterday", conditions="", members_present=())
    assert [p.location for p in decision_problems(bad)] == ["rationale", "conditions", "decided_on", "members_present"]


def test_scores_are_unchanged_by_a_decision(store: Store, rubric: Rubric, evaluated: tuple[str, str]) -> None:
    proposal_uuid, draft = evaluated
    store.evaluations.set_score(draft, rubric.subcriteria[0].id, 3, "", rubric)
    before = store.evaluations.get(draft).scores
    store.decisions.record(decision(proposal_uuid), rubric)
    assert store.evaluations.get(draft).scores == before
    assert isinstance(before[0], Score)
