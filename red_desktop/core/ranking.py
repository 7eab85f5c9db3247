"""The committee ranking: every proposal with its aggregate scores, eligibility and contested flag."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd

from red_desktop.core.aggregation import (
    DEFAULT_SPREAD_THRESHOLD,
    ContestReason,
    Method,
    aggregate,
    competition_rank,
    ranking_order,
)
from red_desktop.core.domain import Proposal
from red_desktop.core.eligibility import check_eligibility
from red_desktop.core.indicators import co_funding_leverage
from red_desktop.core.rubric import Rubric
from red_desktop.core.scoring import TOTAL, level_matrix, score_matrix
from red_desktop.core.store import Store


@dataclass(frozen=True)
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
        }


def evaluation_scores(store: Store, rubric: Rubric) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every evaluation of this rubric version scored: (evaluations with criterion scores and total, level matrix)."""
    evaluations = store.evaluations.frame(rubric)
    levels = level_matrix(store.evaluations.scores_frame(rubric), rubric, list(evaluations.index))
    scored = evaluations.join(score_matrix(levels, evaluations["region_type"].tolist(), rubric))
    return scored, levels


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
    proposals = {p.uuid: p for p in store.proposals.all()}
    overrides = store.overrides.rationales()
    uuids = pd.Index(list(proposals), dtype=object)
    totals = aggregates[TOTAL].reindex(uuids).astype(float)
    ranks = competition_rank(totals)
    order = ranking_order(totals, pd.Series({u: p.code for u, p in proposals.items()}))
    records = {str(k): v for k, v in aggregates.to_dict("index").items()}  # per-row pandas access is slow
    rank_of = ranks.to_dict()
    ranking = [_ranked(proposals[u], records.get(u), rubric, rank_of[u], overrides.get(u)) for u in order]
    return ineligible_apart(ranking) if ineligible_last else ranking


def ineligible_apart(ranking: list[RankedProposal]) -> list[RankedProposal]:
    """The eligible proposals ranked among themselves (1, 2, 2, 4), then the ineligible ones in their order, with
    their figures but no rank: as they stand, the committee cannot approve them."""
    eligible = [r for r in ranking if r.eligible]
    totals = pd.Series([math.nan if r.total is None else r.total for r in eligible], dtype=float)
    ranks = competition_rank(totals).tolist()
    ranked = [replace(r, rank=None if pd.isna(k) else int(k)) for r, k in zip(eligible, ranks, strict=True)]
    return ranked + [replace(r, rank=None) for r in ranking if not r.eligible]


def _ranked(
    p: Proposal, row: Mapping[Any, Any] | None, rubric: Rubric, rank: Any, override: str | None
) -> RankedProposal:
    eligibility = check_eligibility(p, rubric.gate_ids, override)
    return RankedProposal(
        rank=None if pd.isna(rank) else int(rank),
        uuid=p.uuid,
        code=p.code,
        title=p.title,
        country=p.country,
        region_type=None if p.region_type is None else str(p.region_type),
        priority_area=None if p.priority_area is None else str(p.priority_area),
        criteria={c: _number(row[c]) if row else None for c in rubric.criterion_ids},
        weights=rubric.weights_for(p.region_type),
        total=_number(row[TOTAL]) if row else None,
        eligible=eligibility.eligible,
        failed_gates=eligibility.failed_gates,
        override_rationale=override if eligibility.overridden else None,
        evaluations=int(row["evaluations"]) if row else 0,
        spread=_number(row["spread"]) if row else None,
        contested=bool(row["contested"]) if row else False,
        reasons=tuple(row["reasons"]) if row else (),
        leverage=co_funding_leverage(p),
        status=str(p.status),
    )


def _number(value: Any) -> float | None:
    number = float(value)
    return None if math.isnan(number) else number
