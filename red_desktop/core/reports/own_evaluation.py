"""Which evaluation a sheet is of: an evaluator's own, scored against the rubric in use. Light (no pandas), so the
window can ask whether there is one to print before the committee's modules are loaded."""

from __future__ import annotations

from red_desktop.core.domain import Evaluation
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store


def uses_rubric(evaluation: Evaluation, rubric: Rubric) -> bool:
    return (evaluation.rubric_id, evaluation.rubric_version) == (rubric.id, rubric.version)


def evaluation_by(store: Store, rubric: Rubric, proposal_uuid: str, evaluator_uuid: str) -> Evaluation | None:
    """The evaluator's evaluation of the proposal against this rubric version, if they have one."""
    mine = (e for e in store.evaluations.for_proposal(proposal_uuid) if e.evaluator_uuid == evaluator_uuid)
    return next((e for e in mine if uses_rubric(e, rubric)), None)
