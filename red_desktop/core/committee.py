"""Everything the committee view shows, computed at once from the store (in a worker, on its own connection)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from red_desktop.core.aggregation import DEFAULT_SPREAD_THRESHOLD, Method
from red_desktop.core.agreement import PanelAgreement, panel_agreement
from red_desktop.core.calibration import Calibration, calibrate, calibrated_totals
from red_desktop.core.domain import Decision
from red_desktop.core.ranking import RankedProposal, build_ranking, evaluation_scores
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store


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
        return next((r for r in self.ranking if r.uuid == uuid), None)


def build_committee(
    store: Store,
    rubric: Rubric,
    method: Method = Method.MEAN,
    spread_threshold: float = DEFAULT_SPREAD_THRESHOLD,
) -> CommitteeData:
    scores = evaluation_scores(store, rubric)
    ranking = build_ranking(store, rubric, method, spread_threshold, scores)
    scored = scores[0]
    finals = scored[scored["state"] == "final"]
    return CommitteeData(
        rubric=rubric,
        ranking=ranking,
        finals=finals,
        calibration=calibrate(scored),
        calibrated={str(k): float(v) for k, v in calibrated_totals(scored, method).items()},
        decisions=store.decisions.all(),
        agreement=panel_agreement(*scores),
    )
