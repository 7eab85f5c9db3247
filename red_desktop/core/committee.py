"""Everything the committee view shows, computed at once from the store (in a worker, on its own connection)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd

from red_desktop.core.aggregation import DEFAULT_SPREAD_THRESHOLD, Method
from red_desktop.core.agreement import PanelAgreement, panel_agreement
from red_desktop.core.calibration import Calibration, calibrate, calibrated_totals
from red_desktop.core.domain import Decision
from red_desktop.core.ranking import RankedProposal, build_ranking, evaluation_scores
from red_desktop.core.rubric import Rubric
from red_desktop.core.scoring import TOTAL
from red_desktop.core.store import Store
from red_desktop.core.text import fold


@dataclass(frozen=True)
class CommitteeData:
    rubric: Rubric
    ranking: list[RankedProposal]
    finals: pd.DataFrame  # one row per final evaluation: proposal_uuid, evaluator_uuid, evaluator, criteria, total
    calibration: list[Calibration]
    calibrated: dict[str, float]  # proposal uuid -> calibrated total
    decisions: dict[str, Decision]
    agreement: PanelAgreement

    def proposal(self, uuid: str) -> RankedProposal | None:
        found = self.position(uuid)
        return None if found is None else self.ranking[found]

    def position(self, uuid: str) -> int | None:
        """Where the proposal stands in `ranking` (its row while the ranking is shown in its own order)."""
        return self._positions.get(uuid)

    @cached_property
    def _positions(self) -> dict[str, int]:
        """Made on first use (a frozen dataclass may still cache): asked on every selection, over 100,000 rows."""
        return {r.uuid: i for i, r in enumerate(self.ranking)}

    @cached_property
    def ranked_count(self) -> int:
        """How many proposals have a committee total."""
        return sum(r.total is not None for r in self.ranking)

    @cached_property
    def criterion_averages(self) -> tuple[float, ...]:
        """The portfolio's mean score per criterion over the proposals with a committee total: the radar's reference
        and the sheets' portfolio average, worked out once per computation, not on every selection or sheet."""
        ranked = [r for r in self.ranking if r.total is not None]
        if not ranked:
            return tuple(0.0 for _ in self.rubric.criterion_ids)
        return tuple(sum(r.criteria[c] or 0.0 for r in ranked) / len(ranked) for c in self.rubric.criterion_ids)

    def finals_of(self, uuid: str) -> pd.DataFrame:
        """The proposal's final evaluations (found through positions grouped once, not a scan of all of them)."""
        return self.finals.iloc[self._final_rows.get(uuid, [])]

    @cached_property
    def _final_rows(self) -> dict[str, Any]:
        return {str(uuid): rows for uuid, rows in self.finals.groupby("proposal_uuid", sort=False).indices.items()}

    @cached_property
    def table(self) -> pd.DataFrame:
        """The ranking as columns, a row per proposal in the ranking's order (None and missing figures are NaN):
        what charts and sorts work out with numpy instead of a Python loop over 100,000 proposals."""
        ranking = self.ranking
        columns: dict[str, Any] = {  # object columns: a missing region type stays None, not pandas' NaN
            key: pd.Series([getattr(r, key) for r in ranking], dtype=object)
            for key in ("uuid", "code", "country", "region_type", "priority_area")
        }
        columns["eligible"] = np.array([r.eligible for r in ranking], dtype=bool)
        columns["contested"] = np.array([r.contested for r in ranking], dtype=bool)
        columns["search"] = pd.Series([fold(f"{r.code} {r.title} {r.country}") for r in ranking], dtype=object)
        for key in ("rank", "total", "leverage", "spread", "evaluations"):
            columns[key] = np.array([getattr(r, key) for r in ranking], dtype=float)  # None: NaN
        for c in self.rubric.criterion_ids:
            columns[c] = np.array([r.criteria[c] for r in ranking], dtype=float)
        return pd.DataFrame(columns)

    def warm(self) -> CommitteeData:
        """Work out what a window asks for on every computation and selection now, on the thread that built the
        data (at 100,000 proposals each takes a tenth of a second or more)."""
        _ = self._positions, self.criterion_averages, self._final_rows, self.table
        return self


def build_committee(
    store: Store,
    rubric: Rubric,
    method: Method = Method.MEAN,
    spread_threshold: float = DEFAULT_SPREAD_THRESHOLD,
) -> CommitteeData:
    scores = evaluation_scores(store, rubric)
    ranking = build_ranking(store, rubric, method, spread_threshold, scores)
    scored = scores[0]
    kept = ["proposal_uuid", "evaluator_uuid", "evaluator", *rubric.criterion_ids, TOTAL]  # not the 271,250
    finals = scored.loc[scored["state"] == "final", kept].reset_index(drop=True)  # evaluation uuids at 100,000
    return CommitteeData(
        rubric=rubric,
        ranking=ranking,
        finals=finals,
        calibration=calibrate(scored),
        calibrated={str(k): float(v) for k, v in calibrated_totals(scored, method).items()},
        decisions=store.decisions.all(),
        agreement=panel_agreement(*scores),
    )
