"""One evaluation as the scoring form shows it, and the saves that keep the store in step with it."""

from __future__ import annotations

from collections.abc import Callable

from red_desktop.core.domain import Evaluation, EvaluationState, Score
from red_desktop.core.errors import Problem
from red_desktop.core.store.evaluations import finalization_problems
from red_desktop.gui.scoring import operations
from red_desktop.gui.scoring.operations import EvaluationKey, Operation
from red_desktop.gui.store_service import Change, ChangeKind, StoreService


class ScoringSession:
    """Holds the levels and justifications shown; every change is submitted to the writer at once, in order.

    What the form shows leads; what the store answers updates only the evaluation's identity and state.
    `busy` is set while a state change (final / reopen) is on its way, so nothing else is started meanwhile.
    """

    def __init__(
        self,
        service: StoreService,
        key: EvaluationKey,
        evaluation: Evaluation | None,
        code: str,
        on_saved: Callable[[ScoringSession], None],
        on_failed: Callable[[ScoringSession, str], None],
    ):
        self.key = key
        self.code = code  # the proposal's, to name it in messages once the form shows another
        self._service = service
        self._on_saved = on_saved
        self._on_failed = on_failed
        scores = evaluation.scores if evaluation else ()
        self.levels: dict[str, int] = {s.subcriterion_id: s.level for s in scores}
        self.justifications: dict[str, str] = {s.subcriterion_id: s.justification for s in scores}
        self.state: EvaluationState | None = evaluation.state if evaluation else None
        self.pending = 0
        self.busy = False
        self.failed = False

    @property
    def final(self) -> bool:
        return self.state is EvaluationState.FINAL

    def set_score(self, sub_id: str, level: int, justification: str) -> None:
        self.levels[sub_id] = level
        self.justifications[sub_id] = justification
        self._submit(operations.save_score(self.key, sub_id, level, justification))

    def set_justification(self, sub_id: str, justification: str) -> None:
        """Saved with the level it justifies; a text without a level waits for the level."""
        if sub_id not in self.levels or self.justifications.get(sub_id) == justification:
            return
        self.set_score(sub_id, self.levels[sub_id], justification)

    def problems(self) -> list[Problem]:
        """What keeps the evaluation as shown from being final, by the core's own rule."""
        return finalization_problems(self.as_evaluation(), self.key.rubric)

    def as_evaluation(self) -> Evaluation:
        scores = tuple(
            Score(sub_id, level, self.justifications.get(sub_id, "")) for sub_id, level in self.levels.items()
        )
        rubric = self.key.rubric
        state = self.state or EvaluationState.DRAFT
        return Evaluation(self.key.proposal_uuid, self.key.evaluator_uuid, rubric.id, rubric.version, state, scores)

    def finalize(self) -> None:
        self.busy = True
        self._submit(operations.finalize(self.key))

    def reopen(self, reason: str) -> None:
        self.busy = True
        self._submit(operations.reopen(self.key, reason))

    def _submit(self, operation: Operation) -> None:
        self.pending += 1
        change = Change(ChangeKind.EVALUATION, (self.key.proposal_uuid,))
        self._service.submit(operation, self._on_success, self._on_failure, change)

    def _on_success(self, evaluation: Evaluation) -> None:
        self.pending -= 1
        self.state = evaluation.state
        self.busy = self.busy and self.pending > 0
        self._on_saved(self)

    def _on_failure(self, message: str) -> None:
        self.pending -= 1
        self.failed = True
        self.busy = self.busy and self.pending > 0
        self._on_failed(self, message)
