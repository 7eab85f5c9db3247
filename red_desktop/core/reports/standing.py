"""A proposal's standing in the portfolio for its sheet: committee aggregate, rank, and the portfolio average.

From a prepared CommitteeData when the caller has one (a dossier), else from the proposal's own
evaluations and the store's score summaries (its rank among the stored committee totals, the
portfolio's figures as the summaries keep them): the same aggregate and competition rank as the
committee ranking in milliseconds at 100,000 proposals. When the summaries are not current for this
rubric (an evaluation recorded without refreshing them, another rubric's, a store upgraded before
its first full refresh), it aggregates every evaluation as the ranking does (seconds at that size)
rather than refreshing them: the sheet's store is often open read-only, and a refresh of every
proposal costs more still (22 s at 100,000).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import pandas as pd

from red_desktop.core.aggregation import ContestReason, aggregate, competition_rank
from red_desktop.core.committee import CommitteeData
from red_desktop.core.ranking import evaluation_scores
from red_desktop.core.rubric import Rubric
from red_desktop.core.scoring import TOTAL
from red_desktop.core.store import Store
from red_desktop.core.store.summaries import ScoreSummaries, committee_aggregates


@dataclass(frozen=True)
class Standing:
    average: tuple[float, ...]  # mean criterion scores of every proposal with a committee total
    ranked_count: int
    rank: int | None
    criteria: dict[str, float | None]  # the proposal's committee aggregate; empty without final evaluations
    total: float | None
    spread: float | None
    contested: bool
    reasons: tuple[ContestReason, ...]


def standing(store: Store, rubric: Rubric, proposal_uuid: str, committee: CommitteeData | None = None) -> Standing:
    if committee is not None:
        return _from_committee(committee, proposal_uuid)
    summaries = store.summaries
    with summaries.snapshot():
        portfolio = summaries.portfolio(rubric)
        if portfolio is None:
            return _from_every_evaluation(store, rubric, proposal_uuid)
        own = committee_aggregates(*store.evaluations.scored(rubric, [proposal_uuid]), rubric)
        if own is None or proposal_uuid not in own.index:  # no final evaluation, or merged into another proposal
            return Standing(portfolio.average, portfolio.ranked, None, {}, None, None, False, ())
        total = _number(own.loc[proposal_uuid, TOTAL])
        return _standing(own, rubric, proposal_uuid, portfolio.average, portfolio.ranked, _rank(summaries, total))


def _rank(summaries: ScoreSummaries, total: float | None) -> int | None:
    return None if total is None else summaries.rank(total)


def _from_every_evaluation(store: Store, rubric: Rubric, proposal_uuid: str) -> Standing:
    """The committee aggregate of every evaluation, as the ranking computes it."""
    frame = aggregate(*evaluation_scores(store, rubric), rubric)
    ids = rubric.criterion_ids
    average = tuple(float(frame[c].mean()) if len(frame) else 0.0 for c in ids)
    if proposal_uuid not in frame.index:
        return Standing(average, len(frame), None, {}, None, None, False, ())
    rank = competition_rank(frame[TOTAL].astype(float))[proposal_uuid]
    return _standing(frame, rubric, proposal_uuid, average, len(frame), None if pd.isna(rank) else int(rank))


def _standing(
    frame: pd.DataFrame, rubric: Rubric, proposal_uuid: str, average: tuple[float, ...], ranked: int, rank: int | None
) -> Standing:
    row: Any = frame.loc[proposal_uuid]
    return Standing(
        average=average,
        ranked_count=ranked,
        rank=rank,
        criteria={c: _number(row[c]) for c in rubric.criterion_ids},
        total=_number(row[TOTAL]),
        spread=_number(row["spread"]),
        contested=bool(row["contested"]),
        reasons=tuple(row["reasons"]),
    )


def _from_committee(committee: CommitteeData, proposal_uuid: str) -> Standing:
    """The committee's own figures, so a dossier's sheets agree with its ranking (method, threshold)."""
    average, ranked = committee.criterion_averages, committee.ranked_count  # once per committee, not per sheet
    mine = committee.proposal(proposal_uuid)
    if mine is None or mine.total is None:
        return Standing(average, ranked, None, {}, None, None, False, ())
    return Standing(
        average, ranked, mine.rank, dict(mine.criteria), mine.total, mine.spread, mine.contested, mine.reasons
    )


def _number(value: Any) -> float | None:
    number = float(value)
    return None if math.isnan(number) else number
