"""Committee aggregate of final evaluations per proposal: mean or median, spread, and why a proposal is contested."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import pandas as pd

from red_desktop.core.rubric import Rubric
from red_desktop.core.scoring import TOTAL

DEFAULT_SPREAD_THRESHOLD = 15.0
LEVEL_GAP = 2
TOLERANCE = 1e-9  # a spread equal to the threshold is not over it, whatever floating point makes of it


class Method(StrEnum):
    MEAN = "mean"
    MEDIAN = "median"


@dataclass(frozen=True)
class ContestReason:
    """Why a proposal is contested: its totals spread too far, or two evaluators are far apart on one sub-criterion."""

    kind: str
    message: str
    subcriterion_id: str | None = None
    evaluators: tuple[str, ...] = ()
    levels: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"kind": self.kind, "message": self.message}
        if self.subcriterion_id:
            out.update(subcriterion=self.subcriterion_id, evaluators=list(self.evaluators), levels=list(self.levels))
        return out


def aggregate(
    evaluations: pd.DataFrame,
    levels: pd.DataFrame,
    rubric: Rubric,
    method: Method = Method.MEAN,
    spread_threshold: float = DEFAULT_SPREAD_THRESHOLD,
) -> pd.DataFrame:
    """Aggregate the final evaluations of each proposal.

    `evaluations` is indexed by evaluation_uuid with proposal_uuid, evaluator, state, the criterion
    scores and total; `levels` is the level matrix of the same evaluations. Returns one row per
    proposal with at least one final evaluation: criterion aggregates, total, evaluations, spread,
    contested and reasons.
    """
    final = evaluations[evaluations["state"] == "final"]
    columns = [*rubric.criterion_ids, TOTAL]
    grouped = final.groupby("proposal_uuid", sort=False)
    result = grouped[columns].agg(str(method))
    result["evaluations"] = grouped.size()
    result["spread"] = grouped[TOTAL].max() - grouped[TOTAL].min()
    reasons = _spread_reasons(result["spread"], spread_threshold)
    for proposal, reason in _level_gap_reasons(final, levels.loc[final.index], rubric):
        reasons.setdefault(proposal, []).append(reason)
    result["reasons"] = pd.Series({p: reasons.get(p, []) for p in result.index}, dtype=object)
    result["contested"] = result["reasons"].map(bool)
    return result


def _spread_reasons(spread: pd.Series, threshold: float) -> dict[str, list[ContestReason]]:
    over = spread[spread > threshold + TOLERANCE]
    return {
        p: [ContestReason("spread", f"totals spread {s:.1f} points, over the threshold of {threshold:g}")]
        for p, s in over.items()
    }


def _level_gap_reasons(final: pd.DataFrame, levels: pd.DataFrame, rubric: Rubric) -> list[tuple[str, ContestReason]]:
    by_proposal = levels.groupby(final["proposal_uuid"], sort=False)
    gaps = (by_proposal.max() - by_proposal.min()).stack()
    flagged = gaps[gaps >= LEVEL_GAP]
    reasons = []
    for proposal, sub_id in flagged.index:
        mine = levels.loc[final.index[final["proposal_uuid"] == proposal], sub_id].dropna()
        low_id, high_id = mine.idxmin(), mine.idxmax()
        names = (str(final.at[low_id, "evaluator"]), str(final.at[high_id, "evaluator"]))
        values = (int(mine[low_id]), int(mine[high_id]))
        name = rubric.subcriterion(sub_id).name.get_text("en")
        message = f"{sub_id} {name}: {names[0]} gave {values[0]}, {names[1]} gave {values[1]}"
        reasons.append((proposal, ContestReason("subcriterion", message, sub_id, names, values)))
    return reasons


def competition_rank(totals: pd.Series) -> pd.Series:
    """1, 2, 2, 4 ranking by descending total; proposals without a total get no rank."""
    return totals.rank(method="min", ascending=False, na_option="keep").astype("Int64")


def ranking_order(totals: pd.Series, codes: pd.Series) -> pd.Index:
    """Index sorted by total descending, ties and missing totals broken by code so the order is stable."""
    frame = pd.DataFrame({"total": totals, "code": codes})
    frame["has_total"] = ~np.isnan(frame["total"].astype(float))
    return frame.sort_values(["has_total", "total", "code"], ascending=[False, False, True]).index
