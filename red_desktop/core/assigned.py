"""What the committee assigned to one evaluator, as their laptop lists it (issue 21): the proposals still to do first,
by due day, then those done; each with the state of the evaluator's own evaluation of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from red_desktop.core.domain import EvaluationState, Evaluator
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store


@dataclass(frozen=True)
class AssignedItem:
    proposal_uuid: str
    code: str
    title: str
    due_on: str | None
    state: str  # "" (not begun), "draft" or "final"
    overdue: bool

    @property
    def done(self) -> bool:
        return self.state == EvaluationState.FINAL


def assigned_to(store: Store, evaluator: Evaluator, rubric: Rubric, today: date | None = None) -> list[AssignedItem]:
    day = (today or date.today()).isoformat()
    assignments = [a for a in store.assignments.of(evaluator) if a.proposal_uuid]
    uuids = [a.proposal_uuid for a in assignments]
    labels = store.proposals.labels_of(uuids)
    states = store.evaluations.states_of(evaluator.uuid, rubric, uuids)
    items = [
        AssignedItem(
            a.proposal_uuid,
            *labels[a.proposal_uuid],
            a.due_on,
            states.get(a.proposal_uuid, ""),
            bool(a.due_on and a.due_on < day and states.get(a.proposal_uuid) != EvaluationState.FINAL),
        )
        for a in assignments
        if a.proposal_uuid in labels  # a proposal the handout named but this laptop does not hold yet: not listed
    ]
    return sorted(items, key=lambda i: (i.done, i.due_on or "9999-12-31", i.code))
