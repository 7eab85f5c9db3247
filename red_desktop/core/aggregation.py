"""Committee aggregate of final evaluations per proposal: mean or median, spread, and why a proposal is contested.

A proposal with a single final evaluation has no spread (None, not 0.0: nobody could disagree) and is flagged
with a "single" reason, so that a ranking never presents one evaluator's score as an agreed one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from red_desktop.core.aggregation_method import DEFAULT_SPREAD_THRESHOLD, Method
from red_desktop.core.rubric import Rubric
from red_desktop.core.scoring import TOTAL

LEVEL_GAP = 2
TOLERANCE = 1e-9  # a spread equal to the threshold is not over it, whatever floating point makes of it


@dataclass(frozen=True)
class ContestReason:
    """Why a proposal is flagged: its totals spread too far ("spread"), two evaluators are far apart on one
    sub-criterion ("subcriterion"), or only one evaluator scored it, so nothing says others would agree ("single").

    `message` is the English sentence for the command line; the window words the reason from the other fields."""

    kind: str
    message: str
    subcriterion_id: str | None = None
    evaluators: tuple[str, ...] = ()
    levels: tuple[int, ...] = ()
    spread: float | None = None  # a "spread" reason's spread of totals and the threshold it is over
    threshold: float | None = None

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"kind": self.kind, "message": self.message}
        if self.subcriterion_id:
            out.update(subcriterion=self.subcriterion_id, evaluators=list(self.evaluators), levels=list(self.levels))
        return out


SINGLE_REASON = ContestReason("single", "a single final evaluation: no second evaluator to confirm or dispute it")


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
    spread = grouped[TOTAL].max() - grouped[TOTAL].min()
    result["spread"] = spread.where(result["evaluations"] > 1)  # one total has no spread: NaN, not 0.0
    reasons = _spread_reasons(result["spread"], spread_threshold)
    for proposal in result.index[result["evaluations"] == 1]:
        reasons.setdefault(str(proposal), []).append(SINGLE_REASON)
    for proposal, reason in _level_gap_reasons(final, levels.loc[final.index], rubric):
        reasons.setdefault(proposal, []).append(reason)
    result["reasons"] = pd.Series({p: reasons.get(p, []) for p in result.index}, dtype=object)
    result["contested"] = result["reasons"].map(bool)
    return result


def _spread_reasons(spread: pd.Series, threshold: float) -> dict[str, list[ContestReason]]:
    over = spread[spread > threshold + TOLERANCE]
    return {
        str(p): [
            ContestReason(
                "spread",
                f"totals spread {s:.1f} points, over the threshold of {threshold:g}",
                spread=float(s),
                threshold=threshold,
            )
        ]
        for p, s in over.items()
    }


def _level_gap_reasons(final: pd.DataFrame, levels: pd.DataFrame, rubric: Rubric) -> list[tuple[str, ContestReason]]:
    """Every (proposal, sub-criterion) whose lowest and highest level are LEVEL_GAP or more apart, with who gave them.

    `levels` rows are aligned with `final` rows, so everything is done by position on integer keys
    (proposal code x sub-criterion column), never by looking up strings.
    """
    matrix = levels.to_numpy(dtype=float)
    n_rows, n_cols = matrix.shape
    proposal_codes, proposals = pd.factorize(final["proposal_uuid"])
    rows = np.tile(np.arange(n_rows), n_cols)
    cols = np.repeat(np.arange(n_cols), n_rows)
    flat = matrix.T.ravel()
    keep = ~np.isnan(flat)
    rows, cols, flat = rows[keep], cols[keep], flat[keep]
    grouped = pd.Series(flat).groupby(proposal_codes[rows].astype(np.int64) * n_cols + cols)
    gap = grouped.max() - grouped.min()
    flagged = gap.index[gap >= LEVEL_GAP]
    low, high = grouped.idxmin()[flagged].to_numpy(), grouped.idxmax()[flagged].to_numpy()
    evaluators = final["evaluator"].to_numpy()
    sub_ids = levels.columns.to_numpy()
    names = {s.id: s.name.get_text("en") for s in rubric.subcriteria}
    reasons = []
    for key, lo, hi in zip(flagged.tolist(), low.tolist(), high.tolist()):
        sub_id = str(sub_ids[key % n_cols])
        who = (str(evaluators[rows[lo]]), str(evaluators[rows[hi]]))
        reasons.append(
            (proposals[key // n_cols], _gap_reason(sub_id, names[sub_id], who, (int(flat[lo]), int(flat[hi]))))
        )
    return reasons


def _gap_reason(sub_id: str, name: str, who: tuple[str, str], values: tuple[int, int]) -> ContestReason:
    message = f"{sub_id} {name}: {who[0]} gave {values[0]}, {who[1]} gave {values[1]}"
    return ContestReason("subcriterion", message, sub_id, (str(who[0]), str(who[1])), values)


def competition_rank(totals: pd.Series) -> pd.Series:
    """1, 2, 2, 4 ranking by descending total; proposals without a total get no rank."""
    return totals.rank(method="min", ascending=False, na_option="keep").astype("Int64")


def ranking_order(totals: pd.Series, codes: pd.Series) -> pd.Index:
    """Index sorted by total descending, ties and missing totals broken by code so the order is stable."""
    frame = pd.DataFrame({"total": totals, "code": codes})
    frame["has_total"] = ~np.isnan(frame["total"].astype(float))
    return frame.sort_values(["has_total", "total", "code"], ascending=[False, False, True]).index
