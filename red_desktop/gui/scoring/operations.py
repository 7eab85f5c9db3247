"""The scoring form's writes as store operations: each one user action, run on the StoreService's writer thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from red_desktop.core.domain import Evaluation
from red_desktop.core.errors import NotFoundError
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store

Operation = Callable[[Store], Evaluation]


@dataclass(frozen=True, eq=False)
class EvaluationKey:
    """Which evaluation a form shows: one evaluator's, of one proposal, against one rubric version."""

    proposal_uuid: str
    evaluator_uuid: str
    rubric: Rubric

    @property
    def ident(self) -> tuple[str, str, str, str]:
        return self.proposal_uuid, self.evaluator_uuid, self.rubric.id, self.rubric.version

    def find(self, store: Store) -> Evaluation | None:
        return next((e for e in store.evaluations.for_proposal(self.proposal_uuid) if self._matches(e)), None)

    def require(self, store: Store) -> Evaluation:
        evaluation = self.find(store)
        if evaluation is None:
            raise NotFoundError("This evaluation has not been started: choose a level first")
        return evaluation

    def _matches(self, e: Evaluation) -> bool:
        return e.evaluator_uuid == self.evaluator_uuid and (e.rubric_id, e.rubric_version) == (
            self.rubric.id,
            self.rubric.version,
        )


def save_score(key: EvaluationKey, sub_id: str, level: int, justification: str) -> Operation:
    """Set one score; the first score of a proposal opens the draft evaluation in the same transaction.

    The evaluation is looked up on the writer thread, in queue order, so quick successive clicks
    before the first save returns still create it only once.
    """

    def operation(store: Store) -> Evaluation:
        with store.transaction():
            evaluation = key.find(store) or store.evaluations.create(key.proposal_uuid, key.evaluator_uuid, key.rubric)
            return store.evaluations.set_score(evaluation.uuid, sub_id, level, justification, key.rubric)

    return operation


def finalize(key: EvaluationKey) -> Operation:
    def operation(store: Store) -> Evaluation:
        return store.evaluations.finalize(key.require(store).uuid, key.rubric)

    return operation


def reopen(key: EvaluationKey, reason: str) -> Operation:
    def operation(store: Store) -> Evaluation:
        return store.evaluations.reopen(key.require(store).uuid, reason, key.rubric)

    return operation
