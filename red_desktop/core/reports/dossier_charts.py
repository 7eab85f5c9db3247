"""The dossier's chart section: the five committee charts of the dossier's own proposals, each with its caption.

The selection applies to every chart that shows proposals: a `--top 10` dossier charts those ten. Calibration is
about evaluators, over every proposal they scored, as the Calibration section's table is.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from red_desktop.core import chart_data
from red_desktop.core.committee import CommitteeData
from red_desktop.core.ranking import RankedProposal
from red_desktop.core.reports.charts import (
    calibration_chart,
    distribution_chart,
    leverage_chart,
    ranking_chart,
    sensitivity_chart,
)
from red_desktop.core.reports.dossier_labels import dossier_label
from red_desktop.core.reports.labels import Labels
from red_desktop.core.reports.styles import text
from red_desktop.core.sensitivity import RankingSensitivity

RANKING_ROWS = 40  # proposals in the ranking chart: 40 rows fill most of an A4 page
INTERVAL_ROWS = 25  # proposals in the sensitivity chart
PLOT_HEIGHT = 7.5 * cm  # the distribution and leverage charts


def chart_flowables(
    committee: CommitteeData,
    chosen: list[RankedProposal],
    sensitivity: RankingSensitivity | None,
    language: str,
    width: float,
    st: dict[str, Any],
) -> list[Flowable]:
    say = partial(dossier_label, language)
    view = replace(committee, ranking=chosen)
    out: list[Flowable] = []

    def add(key: str, drawing: Flowable | None, note: str = "", reason: str = "") -> None:
        caption = say(f"chart.{key}") + (f" {note}" if note else "")
        if drawing is None:
            out.append(Paragraph(text(f"{caption} {say('chart.none', reason=reason)}"), st["caption"]))
            return
        out.append(KeepTogether([drawing, Spacer(1, 3), Paragraph(text(caption), st["caption"])]))

    bars = chart_data.range_bars(view, RANKING_ROWS)
    scored = sum(r.total is not None for r in chosen)
    cut = say("chart.first", shown=len(bars.codes), total=scored) if len(bars.codes) < scored else ""
    add("ranking", ranking_chart(bars, language, width) if bars.codes else None, cut, say("empty"))
    grouping = Labels(language)["fact.region_type"]
    groups = chart_data.distribution(view, "region_type", language)
    add("distribution", distribution_chart(groups, grouping, language, width, PLOT_HEIGHT) if groups else None,
        reason=say("empty"))  # fmt: skip
    points = chart_data.leverage_points(view)
    add("leverage", leverage_chart(points, language, width, PLOT_HEIGHT), reason=say("chart.no_leverage"))
    add("calibration", calibration_chart(committee.calibration, language, width), reason=say("chart.no_calibration"))
    if sensitivity is not None:
        intervals = chart_data.rank_intervals(view, sensitivity, INTERVAL_ROWS)
        add("sensitivity", sensitivity_chart(intervals, language, width), reason=say("sensitivity.missing"))
    return out
