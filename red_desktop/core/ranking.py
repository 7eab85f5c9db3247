"""The committee ranking: every proposal with its aggregate scores, eligibility and contested flag."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd

from red_desktop.core.aggregation import (
    DEFAULT_SPREAD_THRESHOLD,
    ContestReason,
    Method,
    aggregate,
    competition_rank,
    ranking_order,
)
from red_desktop.core.eligibility import check_gates
from red_desktop.core.indicators import co_funding_leverage
from red_desktop.core.rubric import Rubric
from red_desktop.core.scoring import TOTAL
from red_desktop.core.store import Store
from red_desktop.core.store.evaluations import EXCLUDED
from red_desktop.core.store.proposal_facts import ProposalFacts


@dataclass(frozen=True, slots=True)
class RankedProposal:
    rank: int | None
    uuid: str
    code: str
    title: str
    country: str
    region_type: str | None
    priority_area: str | None
    criteria: dict[str, float | None]
    weights: dict[str, float]
    total: float | None
    eligible: bool
    failed_gates: tuple[str, ...]
    override_rationale: str | None
    evaluations: int
    spread: float | None
    contested: bool
    reasons: tuple[ContestReason, ...] = field(default=())
    leverage: float | None = None  # co-funding leverage, for the committee's charts
    status: str = ""  # the proposal's status (draft, submitted, under_review, decided)
    requested_amount: float = 0.0  # US$: what funding it costs the call (core.portfolio)
    conflicts_excluded: int = 0  # final evaluations left out: their evaluator declared a conflict of interest

    def to_json(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "uuid": self.uuid,
            "code": self.code,
            "title": self.title,
            "country": self.country,
            "region_type": self.region_type,
            "priority_area": self.priority_area,
            "criteria": self.criteria,
            "weights": self.weights,
            "total": self.total,
            "eligible": self.eligible,
            "failed_gates": list(self.failed_gates),
            "gate_override": self.override_rationale,
            "evaluations": self.evaluations,
            "spread": self.spread,
            "contested": self.contested,
            "contested_reasons": [r.to_dict() for r in self.reasons],
            "leverage": self.leverage,
            "status": self.status,
            "requested_amount": self.requested_amount,
            "conflicts_excluded": self.conflicts_excluded,
        }


def evaluation_scores(store: Store, rubric: Rubric) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every evaluation of this rubric version scored: (evaluations with criterion scores and total, level matrix)."""
    return store.evaluations.scored(rubric)


def build_ranking(
    store: Store,
    rubric: Rubric,
    method: Method = Method.MEAN,
    spread_threshold: float = DEFAULT_SPREAD_THRESHOLD,
    scores: tuple[pd.DataFrame, pd.DataFrame] | None = None,
    ineligible_last: bool = False,
) -> list[RankedProposal]:
    """`scores` is evaluation_scores' answer when the caller already has it; `ineligible_last` puts the
    ineligible proposals apart (see ineligible_apart)."""
    scored, levels = scores if scores is not None else evaluation_scores(store, rubric)
    aggregates = aggregate(scored, levels, rubric, method, spread_threshold)
    proposals = store.proposal_facts.all()
    # Each proposal's row of the aggregates by a dict (Python loops, which let the window's thread in between),
    # not by pandas' reindex over 100,000 uuids in one call that holds the interpreter.
    found = {uuid: i for i, uuid in enumerate(aggregates.index.tolist())}
    positions = np.fromiter((found.get(p.uuid, -1) for p in proposals), dtype=np.intp, count=len(proposals))
    rows = _Rows(aggregates, positions, rubric)
    totals = pd.Series(rows.totals)  # labelled by position among `proposals`
    ranks = competition_rank(totals).to_numpy(dtype=float, na_value=math.nan)
    order = ranking_order(totals, pd.Series([p.code for p in proposals])).to_numpy()
    overrides = store.overrides.rationales()
    ranking = [rows.ranked(proposals[i], i, ranks[i], overrides.get(proposals[i].uuid)) for i in order.tolist()]
    excluded = excluded_counts(scored)
    if excluded:
        ranking = [replace(r, conflicts_excluded=excluded[r.uuid]) if r.uuid in excluded else r for r in ranking]
    return ineligible_apart(ranking) if ineligible_last else ranking


def excluded_counts(scored: pd.DataFrame) -> dict[str, int]:
    """Per proposal, its final evaluations left out of the aggregate for a declared conflict of interest."""
    counts = scored.loc[scored["state"] == EXCLUDED, "proposal_uuid"].value_counts()
    return {str(uuid): int(n) for uuid, n in counts.items()}


def ineligible_apart(ranking: list[RankedProposal]) -> list[RankedProposal]:
    """The eligible proposals ranked among themselves (1, 2, 2, 4), then the ineligible ones in their order, with
    their figures but no rank: as they stand, the committee cannot approve them."""
    eligible = np.array([r.eligible for r in ranking], dtype=bool)
    totals = np.array([math.nan if r.total is None else r.total for r in ranking], dtype=float)
    positions, ranks = apart_order(eligible, totals)
    return [replace(ranking[p], rank=k) for p, k in zip(positions.tolist(), ranks, strict=True)]


def apart_order(eligible: np.ndarray, totals: np.ndarray) -> tuple[np.ndarray, list[int | None]]:
    """ineligible_apart by positions, for a ranking kept as columns: the positions of the eligible proposals then of
    the ineligible ones, and the rank each gets there."""
    positions = np.concatenate([np.flatnonzero(eligible), np.flatnonzero(~eligible)])
    ranks = competition_rank(pd.Series(totals[eligible], dtype=float)).tolist()
    ranked: list[int | None] = [None if pd.isna(k) else int(k) for k in ranks]
    return positions, ranked + [None] * int(np.count_nonzero(~eligible))


class ProfileWeights:
    """A region type's weights, one dict per weight profile shared by the proposals of that profile (not one dict
    per proposal: 100,000 of them)."""

    def __init__(self, rubric: Rubric):
        self._rubric = rubric
        self._made: dict[str, dict[str, float]] = {}

    def __call__(self, region_type: str | None) -> dict[str, float]:
        name = self._rubric.profile_name(region_type)
        if name not in self._made:  # not setdefault: that would make the dict for every proposal
            self._made[name] = self._rubric.weights_for(region_type)
        return self._made[name]


class _Rows:
    """The aggregates by position (one numpy array per column: per-row pandas access is slow at 100,000 rows) and
    one weights dict per weight profile, shared by the proposals of that profile."""

    def __init__(self, aggregates: pd.DataFrame, positions: np.ndarray, rubric: Rubric):
        """`positions`: each proposal's row in `aggregates`, -1 for one without a final evaluation."""
        self.rubric = rubric
        held = positions >= 0
        self.present = held.tolist()

        def column(key: str, blank: object, dtype: type = float) -> np.ndarray:
            out: np.ndarray = np.full(len(positions), blank, dtype=dtype)
            out[held] = aggregates[key].to_numpy(dtype=dtype)[positions[held]]
            return out

        self.totals = column(TOTAL, math.nan)
        self.criteria = [column(c, math.nan).tolist() for c in rubric.criterion_ids]
        self.total = self.totals.tolist()
        self.spread = column("spread", math.nan).tolist()
        self.evaluations = column("evaluations", 0).tolist()
        self.contested = column("contested", False, object).tolist()
        self.reasons = column("reasons", None, object).tolist()
        self.weights = ProfileWeights(rubric)

    def ranked(self, p: ProposalFacts, i: int, rank: float, override: str | None) -> RankedProposal:
        eligibility = check_gates(p.gates, self.rubric.gate_ids, override)
        row = self.present[i]
        return RankedProposal(
            rank=None if math.isnan(rank) else int(rank),
            uuid=p.uuid,
            code=p.code,
            title=p.title,
            country=p.country,
            region_type=p.region_type,
            priority_area=p.priority_area,
            criteria={c: _number(scores[i]) for c, scores in zip(self.rubric.criterion_ids, self.criteria)},
            weights=self.weights(p.region_type),
            total=_number(self.total[i]),
            eligible=eligibility.eligible,
            failed_gates=eligibility.failed_gates,
            override_rationale=override if eligibility.overridden else None,
            evaluations=int(self.evaluations[i]) if row else 0,
            spread=_number(self.spread[i]),
            contested=bool(self.contested[i]) if row else False,
            reasons=tuple(self.reasons[i]) if row else (),
            leverage=co_funding_leverage(p),
            status=p.status,
            requested_amount=p.requested_amount,
        )


def _number(value: Any) -> float | None:
    number = float(value)
    return None if math.isnan(number) else number
