"""Evaluator calibration: is an evaluator systematically harsh or lenient compared with their colleagues?

An evaluator's deviation on a proposal is their final total minus the mean final total of the *other*
evaluators of that proposal (leave-one-out: with two evaluators, each one's own score would otherwise
pull the consensus halfway towards it and halve every deviation). Proposals scored by that evaluator
alone say nothing about them and are left out. The calibration is the mean deviation over the
proposals they scored, with its standard error. One rule (`tendency`) names it, and the chart colours its bar
by the same rule: harsh or lenient only when the mean deviation is at least `min_points` away from zero AND
its ±2 SE interval excludes zero (so one odd proposal does not label anyone); otherwise "in line", even when
the interval excludes zero (a consistent but small difference: fewer than `min_points` points). With fewer
than `min_proposals` proposals compared: "too few proposals".

Calibrated totals subtract each evaluator's mean deviation from their totals before aggregating:
what the committee would see if every evaluator scored like the average colleague.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from red_desktop.core.aggregation import Method
from red_desktop.core.scoring import TOTAL

MIN_POINTS = 5.0
MIN_PROPOSALS = 3


@dataclass(frozen=True)
class Calibration:
    evaluator_uuid: str
    evaluator: str
    proposals: int  # proposals compared (scored by this evaluator and at least one other, finally)
    mean_deviation: float | None  # points of total, + lenient, - harsh
    sd: float | None
    standard_error: float | None
    tendency: str  # "harsh", "lenient", "in line", or "too few proposals"

    @property
    def interval(self) -> tuple[float, float] | None:
        """mean ± 2 SE, the interval the rule reads and the chart draws; None without a standard error."""
        if self.mean_deviation is None or self.standard_error is None:
            return None
        return self.mean_deviation - 2 * self.standard_error, self.mean_deviation + 2 * self.standard_error

    @property
    def excludes_zero(self) -> bool:
        """The ±2 SE interval lies wholly on one side of zero."""
        interval = self.interval
        return interval is not None and (interval[0] > 0 or interval[1] < 0)

    def to_json(self) -> dict[str, object]:
        return dict(self.__dict__)


def deviations(scored: pd.DataFrame) -> pd.DataFrame:
    """Each final evaluation's total against the mean of the other evaluators of its proposal.

    `scored` is evaluation_scores' frame (proposal_uuid, evaluator_uuid, evaluator, state, total).
    Returns evaluator_uuid, evaluator, proposal_uuid, total, others (their mean), deviation.
    """
    final = scored.loc[scored["state"] == "final", ["proposal_uuid", "evaluator_uuid", "evaluator", TOTAL]]
    totals = final.groupby("proposal_uuid")[TOTAL]
    count = totals.transform("count")
    others = (totals.transform("sum") - final[TOTAL]) / (count - 1).where(count > 1)
    out = final.assign(others=others, deviation=final[TOTAL] - others)
    return out[out["others"].notna()]


def calibrate(
    scored: pd.DataFrame, min_points: float = MIN_POINTS, min_proposals: int = MIN_PROPOSALS
) -> list[Calibration]:
    """One line per evaluator with a final evaluation, the harshest first."""
    names = scored.drop_duplicates("evaluator_uuid").set_index("evaluator_uuid")["evaluator"]
    finals = scored.loc[scored["state"] == "final", "evaluator_uuid"].unique()
    stats = deviations(scored).groupby("evaluator_uuid")["deviation"].agg(["count", "mean", "std"]).to_dict("index")
    lines = [_line(str(uuid), str(names[uuid]), stats.get(uuid), min_points, min_proposals) for uuid in finals]
    return sorted(lines, key=lambda c: (c.mean_deviation is None, c.mean_deviation or 0.0, c.evaluator))


def _line(
    uuid: str, name: str, row: Mapping[Hashable, Any] | None, min_points: float, min_proposals: int
) -> Calibration:
    if row is None:
        return Calibration(uuid, name, 0, None, None, None, "too few proposals")
    n, mean, sd = int(row["count"]), float(row["mean"]), float(row["std"])
    sd_value = None if n < 2 or np.isnan(sd) else sd
    se = None if sd_value is None else sd_value / np.sqrt(n)
    return Calibration(uuid, name, n, mean, sd_value, se, tendency(n, mean, se, min_points, min_proposals))


def tendency(
    proposals: int,
    mean: float | None,
    standard_error: float | None,
    min_points: float = MIN_POINTS,
    min_proposals: int = MIN_PROPOSALS,
) -> str:
    """The one rule: harsh or lenient when |mean| >= min_points AND mean ± 2 SE excludes zero, else in line.

    The interval must be a real one: without a standard error (no spread of deviations to estimate it from),
    nothing excludes zero and the evaluator is in line.
    """
    if proposals < min_proposals or mean is None:
        return "too few proposals"
    if standard_error is not None and abs(mean) >= min_points and abs(mean) > 2 * standard_error:
        return "lenient" if mean > 0 else "harsh"
    return "in line"


def calibrated_totals(scored: pd.DataFrame, method: Method = Method.MEAN) -> pd.Series:
    """Per proposal: the aggregate of its final totals after removing each evaluator's mean deviation, in 0-100."""
    final = scored[scored["state"] == "final"]
    shift = deviations(scored).groupby("evaluator_uuid")["deviation"].mean()
    adjusted = (final[TOTAL] - final["evaluator_uuid"].map(shift).fillna(0.0)).clip(0.0, 100.0)
    return adjusted.groupby(final["proposal_uuid"]).agg(str(method))
