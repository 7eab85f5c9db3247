"""Everything an evaluation sheet shows, gathered from the store once, so drawing it never touches the store.

Values stay as data (ISO codes, enum values, numbers, ISO dates); the sheet formats and labels them
in its language. Texts that come from the rubric (names, descriptors, gate names) are taken in the
sheet's language here, because the drawing code has no rubric.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from typing import TypedDict

from red_desktop.core.aggregation import ContestReason
from red_desktop.core.committee import CommitteeData
from red_desktop.core.domain import ActorType, Decision, Evaluation, EvaluationState, Proposal
from red_desktop.core.eligibility import check_eligibility
from red_desktop.core.errors import ConflictError
from red_desktop.core.indicators import COVERAGE_GROUP_COUNT, actor_type_coverage, co_funding_leverage
from red_desktop.core.reports.own_evaluation import uses_rubric
from red_desktop.core.reports.standing import Standing, standing
from red_desktop.core.rubric import Rubric
from red_desktop.core.scoring import score_levels
from red_desktop.core.store import Store

EVALUATION = "evaluation"
AGGREGATE = "aggregate"


@dataclass(frozen=True)
class ProposalFacts:
    uuid: str
    code: str
    title: str
    country: str  # ISO 3166-1 alpha-2
    region_name: str
    region_type: str | None
    priority_area: str | None
    requested_amount: float
    counterpart_public: float
    counterpart_private: float
    leverage: float | None
    beneficiary_msmes: int
    actors: tuple[tuple[str, int], ...]  # (actor type, count) in the domain's order, types present only
    coverage: int  # distinct actor groups of the five the strategy names


@dataclass(frozen=True)
class Justification:
    author: str  # the evaluator's name on an aggregate sheet; '' on an evaluation sheet
    level: int | None
    text: str


@dataclass(frozen=True)
class Row:
    """One sub-criterion: the level given (an evaluation) or the mean of the final levels (an aggregate)."""

    criterion_id: str
    subcriterion_id: str
    name: str
    level: float | None
    descriptor_level: int | None  # the level whose descriptor is shown: the mean rounded half up on an aggregate
    level_label: str
    descriptor: str
    justifications: tuple[Justification, ...]


@dataclass(frozen=True)
class CriterionScore:
    id: str
    name: str
    weight: float
    score: float | None


@dataclass(frozen=True)
class GateResult:
    id: str
    name: str
    passed: bool


@dataclass(frozen=True)
class Reason:
    """Why a proposal is contested, as data the sheet words in its language."""

    kind: str  # "spread" or "subcriterion"
    subcriterion_id: str = ""
    subcriterion_name: str = ""
    evaluators: tuple[str, ...] = ()
    levels: tuple[int, ...] = ()


@dataclass(frozen=True)
class RadarSeries:
    role: str  # "proposal", "average" or "evaluator"
    name: str  # the evaluator's name; the sheet labels the other roles
    values: tuple[float, ...]


@dataclass(frozen=True)
class DecisionFacts:
    kind: str
    decided_on: str
    rationale: str
    conditions: str
    members_present: tuple[str, ...]
    members_recused: tuple[str, ...] = ()


@dataclass(frozen=True)
class WithdrawalFacts:
    """The decision withdrawn that left the proposal without one: what it was, when (ISO 8601 UTC), who, why."""

    kind: str
    at: str
    by: str
    reason: str


@dataclass(frozen=True)
class SheetData:
    kind: str  # EVALUATION or AGGREGATE
    language: str
    rubric_id: str
    rubric_version: str
    rubric_name: str
    proposal: ProposalFacts
    state: str  # an evaluation's state; "final" for an aggregate with final evaluations, "" without
    evaluator: str  # '' on an aggregate sheet
    evaluation_uuids: tuple[str, ...]
    date: str  # ISO date the sheet's content is from
    date_basis: str  # "evaluation", "decision" or "finals"
    rows: tuple[Row, ...]
    criteria: tuple[CriterionScore, ...]
    total: float | None
    missing: int  # sub-criteria without a level (an evaluation) or without any final level (an aggregate)
    finals: int
    drafts: int
    spread: float | None
    contested: bool
    reasons: tuple[Reason, ...]
    gates: tuple[GateResult, ...]
    eligible: bool
    override_rationale: str | None
    decision: DecisionFacts | None
    rank: int | None  # portfolio context: changes when other proposals are scored
    ranked_count: int
    committee_total: float | None  # portfolio context on an evaluation sheet
    radar_axes: tuple[str, ...]
    radar: tuple[RadarSeries, ...]
    withdrawal: WithdrawalFacts | None = None  # an aggregate without a decision whose last one was withdrawn
    excluded: tuple[str, ...] = ()  # evaluators whose final evaluation is left out: a declared conflict of interest

    @property
    def is_draft(self) -> bool:
        return self.kind == EVALUATION and self.state == EvaluationState.DRAFT.value


class _Common(TypedDict):
    language: str
    rubric_id: str
    rubric_version: str
    rubric_name: str
    proposal: ProposalFacts
    gates: tuple[GateResult, ...]
    eligible: bool
    override_rationale: str | None
    rank: int | None
    ranked_count: int
    radar_axes: tuple[str, ...]


def sheet_for_evaluation(
    store: Store, rubric: Rubric, evaluation_uuid: str, language: str, committee: CommitteeData | None = None
) -> SheetData:
    """One evaluator's evaluation; the committee's rank and portfolio average come from `committee` when given."""
    evaluation = store.evaluations.get(evaluation_uuid)
    _check_rubric(evaluation, rubric)
    proposal = store.proposals.get(evaluation.proposal_uuid)
    levels = evaluation.levels()
    score = score_levels(levels, rubric, proposal.region_type)
    place = standing(store, rubric, proposal.uuid, committee)
    texts = {s.subcriterion_id: s.justification for s in evaluation.scores}
    rows = tuple(
        _row(
            rubric,
            sub.id,
            levels.get(sub.id),
            language,
            (Justification("", levels.get(sub.id), texts.get(sub.id, "")),),
        )
        for sub in rubric.subcriteria
    )
    criteria = _criteria(rubric, proposal, score.criteria, language)
    return SheetData(
        kind=EVALUATION,
        date=evaluation.stamp.updated_at[:10],
        date_basis="evaluation",
        state=evaluation.state.value,
        evaluator=store.evaluators.get(evaluation.evaluator_uuid).name,
        evaluation_uuids=(evaluation.uuid,),
        rows=rows,
        criteria=criteria,
        total=score.total,
        missing=len(score.missing),
        finals=1 if evaluation.state is EvaluationState.FINAL else 0,
        drafts=1 if evaluation.state is EvaluationState.DRAFT else 0,
        spread=None,
        contested=False,
        reasons=(),
        decision=None,
        committee_total=place.total,
        radar=_radar(place, ("proposal", "", tuple(c.score or 0.0 for c in criteria))),
        **_common(store, rubric, proposal, language, place),
    )


def sheet_for_aggregate(
    store: Store, rubric: Rubric, proposal_uuid: str, language: str, committee: CommitteeData | None = None
) -> SheetData:
    """The committee aggregate of a proposal's final evaluations: mean levels, every evaluator's justification."""
    proposal = store.proposals.get(proposal_uuid)
    place = standing(store, rubric, proposal_uuid, committee)
    evaluations = [e for e in store.evaluations.for_proposal(proposal_uuid) if uses_rubric(e, rubric)]
    finals, left_out = store.interests.left_out(
        proposal_uuid, [e for e in evaluations if e.state is EvaluationState.FINAL]
    )
    names = {e.uuid: store.evaluators.get(e.evaluator_uuid).name for e in finals}
    finals.sort(key=lambda e: (names[e.uuid], e.uuid))
    rows = tuple(_aggregate_row(rubric, sub.id, finals, names, language) for sub in rubric.subcriteria)
    decision = store.decisions.get(proposal_uuid)
    own = [
        ("evaluator", names[e.uuid], tuple(score_levels(e.levels(), rubric, proposal.region_type).criteria.values()))
        for e in finals
    ]
    committee_scores = tuple((place.criteria.get(c) or 0.0) for c in rubric.criterion_ids)
    return SheetData(
        kind=AGGREGATE,
        date=decision.decided_on[:10] if decision else max((e.stamp.updated_at for e in finals), default="")[:10],
        date_basis="decision" if decision else "finals",
        state=EvaluationState.FINAL.value if finals else "",
        evaluator="",
        evaluation_uuids=tuple(e.uuid for e in finals),
        rows=rows,
        criteria=_criteria(rubric, proposal, place.criteria, language),
        total=place.total,
        missing=sum(1 for r in rows if r.level is None),
        finals=len(finals),
        drafts=len(evaluations) - len(finals) - len(left_out),
        excluded=tuple(sorted(store.evaluators.get(e.evaluator_uuid).name for e in left_out)),
        spread=place.spread,
        contested=place.contested,
        reasons=tuple(_reason(r, rubric, language) for r in place.reasons),
        decision=_decision(decision) if decision else None,
        committee_total=place.total,
        radar=_radar(place, *own, *((("proposal", "", committee_scores),) if finals else ())),
        withdrawal=None if decision else _withdrawal(store, proposal_uuid),
        **_common(store, rubric, proposal, language, place),
    )


def _common(store: Store, rubric: Rubric, proposal: Proposal, language: str, place: Standing) -> _Common:
    """The fields both sheets fill alike: rubric, proposal facts, eligibility, rank, radar axes."""
    override = store.overrides.get(proposal.uuid)
    eligibility = check_eligibility(proposal, rubric.gate_ids, override.rationale if override else None)
    return _Common(
        language=language,
        rubric_id=rubric.id,
        rubric_version=rubric.version,
        rubric_name=rubric.name.get_text(language),
        proposal=_facts(proposal),
        gates=tuple(
            GateResult(g.id, g.name.get_text(language), g.id not in eligibility.failed_gates) for g in rubric.gates
        ),
        eligible=eligibility.eligible,
        override_rationale=eligibility.override_rationale if eligibility.overridden else None,
        rank=place.rank,
        ranked_count=place.ranked_count,
        radar_axes=tuple(c.name.get_text(language) for c in rubric.criteria),
    )


def _check_rubric(evaluation: Evaluation, rubric: Rubric) -> None:
    if not uses_rubric(evaluation, rubric):
        raise ConflictError(
            f"This evaluation uses rubric {evaluation.rubric_id} {evaluation.rubric_version}, "
            f"not {rubric.id} {rubric.version}"
        )


def _facts(p: Proposal) -> ProposalFacts:
    counts = Counter(a.actor_type for a in p.actors)
    return ProposalFacts(
        uuid=p.uuid,
        code=p.code,
        title=p.title,
        country=p.country,
        region_name=p.region_name,
        region_type=None if p.region_type is None else p.region_type.value,
        priority_area=None if p.priority_area is None else p.priority_area.value,
        requested_amount=p.requested_amount,
        counterpart_public=p.counterpart_public,
        counterpart_private=p.counterpart_private,
        leverage=co_funding_leverage(p),
        beneficiary_msmes=p.beneficiary_msmes,
        actors=tuple((t.value, counts[t]) for t in ActorType if counts[t]),
        coverage=round(actor_type_coverage(p) * COVERAGE_GROUP_COUNT),
    )


def _row(
    rubric: Rubric, sub_id: str, level: float | None, language: str, justifications: tuple[Justification, ...]
) -> Row:
    sub = rubric.subcriterion(sub_id)
    shown = None if level is None else int(_half_up(level))
    return Row(
        criterion_id=sub.criterion_id,
        subcriterion_id=sub.id,
        name=sub.name.get_text(language),
        level=level,
        descriptor_level=shown,
        level_label=rubric.level_labels[shown].get_text(language) if shown is not None else "",
        descriptor=sub.descriptors[shown].get_text(language) if shown is not None else "",
        justifications=justifications,
    )


def _aggregate_row(rubric: Rubric, sub_id: str, finals: list[Evaluation], names: dict[str, str], language: str) -> Row:
    given = [(e, next((s for s in e.scores if s.subcriterion_id == sub_id), None)) for e in finals]
    justifications = tuple(
        Justification(names[e.uuid], s.level if s else None, s.justification if s else "") for e, s in given
    )
    levels = [s.level for _, s in given if s is not None]
    mean = round(statistics.fmean(levels), 1) if levels else None  # shown with one decimal
    return _row(rubric, sub_id, mean, language, justifications)


def _half_up(value: float) -> float:
    return float(int(value + 0.5))


def _criteria(
    rubric: Rubric, proposal: Proposal, scores: dict[str, float] | dict[str, float | None], language: str
) -> tuple[CriterionScore, ...]:
    weights = rubric.weights_for(proposal.region_type)
    total = sum(weights.values()) or 1.0
    return tuple(
        CriterionScore(c.id, c.name.get_text(language), 100.0 * weights[c.id] / total, scores.get(c.id))
        for c in rubric.criteria
    )


def _radar(place: Standing, *series: tuple[str, str, tuple[float, ...]]) -> tuple[RadarSeries, ...]:
    """The portfolio average (mean criterion scores of every ranked proposal, as the committee chart) first."""
    return (RadarSeries("average", "", place.average), *(RadarSeries(*s) for s in series))


def _reason(reason: ContestReason, rubric: Rubric, language: str) -> Reason:
    if reason.kind != "subcriterion" or not reason.subcriterion_id:
        return Reason("spread")
    return Reason(
        "subcriterion",
        reason.subcriterion_id,
        rubric.subcriterion(reason.subcriterion_id).name.get_text(language),
        reason.evaluators,
        reason.levels,
    )


def _withdrawal(store: Store, proposal_uuid: str) -> WithdrawalFacts | None:
    entry = store.decisions.withdrawal(proposal_uuid)
    return None if entry is None else WithdrawalFacts(entry.old_value or "", entry.at, entry.actor, entry.reason)


def _decision(decision: Decision) -> DecisionFacts:
    return DecisionFacts(
        decision.kind.value,
        decision.decided_on,
        decision.rationale,
        decision.conditions,
        decision.members_present,
        decision.members_recused,
    )
