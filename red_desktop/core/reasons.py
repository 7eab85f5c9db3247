"""The evaluators' reasons side by side: per sub-criterion, each evaluator's level and justification, contested first.

"Contested" is the committee aggregate's own verdict (aggregation.ContestReason of kind "subcriterion", levels
LEVEL_GAP or more apart), passed in, so the window and the ranking never disagree on which sub-criteria it is.
The rule is here once, for the window and the dossier (reports/reasons.py): which sub-criteria the reasons name
(`contested_subcriteria`) and their order, contested first, each group in the rubric's (`contested_first`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from red_desktop.core.domain import Evaluation, EvaluationState
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store


@dataclass(frozen=True)
class Given:
    """One evaluator's level (None: not given) and justification ('' when none was written)."""

    evaluator: str
    level: int | None
    level_label: str
    justification: str


@dataclass(frozen=True)
class SubcriterionReasons:
    subcriterion_id: str
    name: str
    contested: bool
    low: int | None  # the lowest and highest level given, None without any
    high: int | None
    given: tuple[Given, ...]  # one per evaluator, in the order of ProposalReasons.evaluators


@dataclass(frozen=True)
class ProposalReasons:
    evaluators: tuple[str, ...]
    rows: tuple[SubcriterionReasons, ...]  # contested first, each group in the rubric's order

    @property
    def contested(self) -> tuple[SubcriterionReasons, ...]:
        return tuple(r for r in self.rows if r.contested)


class Flag(Protocol):
    """What the rule reads of a contest reason: aggregation.ContestReason, or the sheet's Reason carrying one."""

    @property
    def kind(self) -> str: ...

    @property
    def subcriterion_id(self) -> str | None: ...


def contested_subcriteria(reasons: Iterable[Flag]) -> frozenset[str]:
    """The sub-criteria the aggregate found contested (a spread of totals names none)."""
    return frozenset(r.subcriterion_id for r in reasons if r.kind == "subcriterion" and r.subcriterion_id)


def contested_first(subcriterion_ids: Iterable[str], contested: Iterable[str]) -> list[str]:
    """The sub-criteria, in the order given (the rubric's), the contested ones first."""
    flagged = frozenset(contested)
    ids = list(subcriterion_ids)
    return [s for s in ids if s in flagged] + [s for s in ids if s not in flagged]


def side_by_side(
    rubric: Rubric,
    finals: Sequence[tuple[str, Evaluation]],
    contested: Iterable[str],
    language: str,
) -> ProposalReasons:
    """`finals` are (evaluator name, final evaluation) pairs; they are shown in the order of the names."""
    ordered = sorted(finals, key=lambda pair: (pair[0], pair[1].uuid))
    flagged = frozenset(contested)
    sub_ids = contested_first((s.id for s in rubric.subcriteria), flagged)
    rows = tuple(_row(rubric, sub_id, ordered, sub_id in flagged, language) for sub_id in sub_ids)
    return ProposalReasons(tuple(name for name, _ in ordered), rows)


def proposal_reasons(
    store: Store, rubric: Rubric, proposal_uuid: str, contested: Iterable[str], language: str
) -> ProposalReasons:
    """The final evaluations of the proposal (and of those merged into it) against this rubric version; not those its
    evaluator declared a conflict of interest for, which the committee's figures leave out too."""
    finals, _left_out = store.interests.left_out(
        proposal_uuid,
        [
            e
            for e in store.evaluations.for_proposal(proposal_uuid)
            if e.state is EvaluationState.FINAL and (e.rubric_id, e.rubric_version) == (rubric.id, rubric.version)
        ],
    )
    names = _names(store, {e.evaluator_uuid for e in finals})
    return side_by_side(rubric, [(names[e.evaluator_uuid], e) for e in finals], contested, language)


def _names(store: Store, uuids: Iterable[str]) -> Mapping[str, str]:
    return {uuid: store.evaluators.get(uuid).name for uuid in uuids}


def _row(
    rubric: Rubric, sub_id: str, finals: Sequence[tuple[str, Evaluation]], contested: bool, language: str
) -> SubcriterionReasons:
    given = tuple(_given(rubric, name, evaluation, sub_id, language) for name, evaluation in finals)
    levels = [g.level for g in given if g.level is not None]
    return SubcriterionReasons(
        subcriterion_id=sub_id,
        name=rubric.subcriterion(sub_id).name.get_text(language),
        contested=contested,
        low=min(levels, default=None),
        high=max(levels, default=None),
        given=given,
    )


def _given(rubric: Rubric, name: str, evaluation: Evaluation, sub_id: str, language: str) -> Given:
    score = next((s for s in evaluation.scores if s.subcriterion_id == sub_id), None)
    if score is None:
        return Given(name, None, "", "")
    label = rubric.level_labels[score.level].get_text(language) if score.level in rubric.level_labels else ""
    return Given(name, score.level, label, score.justification.strip())
