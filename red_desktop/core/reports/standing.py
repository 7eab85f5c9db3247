"""A proposal's standing in the portfolio for its sheet: committee aggregate, rank, and the portfolio average.

From a prepared CommitteeData when the caller has one (a dossier), else straight from the scored
evaluations: the same aggregate and competition rank as the committee ranking, without loading
every proposal with its actors for eligibility, which only the ranking's other columns need.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from red_desktop.core.aggregation import ContestReason, aggregate, competition_rank
from red_desktop.core.committee import CommitteeData
from red_desktop.core.ranking import evaluation_scores
from red_desktop.core.rubric import Rubric
from red_desktop.core.scoring import TOTAL
from red_desktop.core.store import Store


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
        return _from_committee(committee, rubric, proposal_uuid)
    frame = aggregate(*evaluation_scores(store, rubric), rubric)
    ids = rubric.criterion_ids
    average = tuple(float(frame[c].mean()) if len(frame) else 0.0 for c in ids)
    if proposal_uuid not in frame.index:
        return Standing(average, len(frame), None, {}, None, None, False, ())
    row: Any = frame.loc[proposal_uuid]
    rank = competition_rank(frame[TOTAL].astype(float))[proposal_uuid]
    return Standing(
        average=average,
        ranked_count=len(frame),
        rank=int(rank),
        criteria={c: _number(row[c]) for c in ids},
        total=_number(row[TOTAL]),
        spread=_number(row["spread"]),
        contested=bool(row["contested"]),
        reasons=tuple(row["reasons"]),
    )


def _from_committee(committee: CommitteeData, rubric: Rubric, proposal_uuid: str) -> Standing:
    """The committee's own figures, so a dossier's sheets agree with its ranking (method, threshold)."""
    ranked = [r for r in committee.ranking if r.total is not None]
    average = tuple(
        sum(r.criteria[c] or 0.0 for r in ranked) / len(ranked) if ranked else 0.0 for c in rubric.criterion_ids
    )
    mine = committee.proposal(proposal_uuid)
    if mine is None or mine.total is None:
        return Standing(average, len(ranked), None, {}, None, None, False, ())
    return Standing(
        average, len(ranked), mine.rank, dict(mine.criteria), mine.total, mine.spread, mine.contested, mine.reasons
    )


def _number(value: Any) -> float | None:
    number = float(value)
    return None if math.isnan(number) else number
