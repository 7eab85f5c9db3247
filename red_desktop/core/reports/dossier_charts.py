"""The dossier's chart section: the five committee charts of the dossier's own proposals, each with its caption.

The selection applies to every chart that shows proposals: a `--top 10` dossier charts those ten. Calibration is
about evaluators, over every proposal they scored, as the Calibration section's table is.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from red_desktop.core import chart_data
from red_desktop.core.committee import CommitteeData
from red_desktop.core.messages import Words, words
from red_desktop.core.ranking import RankedProposal
from red_desktop.core.reports.charts import (
    calibration_chart,
    distribution_chart,
    leverage_chart,
    ranking_chart,
    sensitivity_chart,
)
from red_desktop.core.reports.styles import INTERVAL, text
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
    w = words(language)
    view = replace(committee, ranking=chosen)
    out: list[Flowable] = []

    def add(key: str, drawing: Flowable | None, note: str = "", reason: str = "") -> None:
        caption = _caption(w, key) + (f" {note}" if note else "")
        if drawing is None:
            none = w.tc("dossier", "No chart: {reason}", reason=reason)
            out.append(Paragraph(text(f"{caption} {none}"), st["caption"]))
            return
        out.append(KeepTogether([drawing, Spacer(1, 3), Paragraph(text(caption), st["caption"])]))

    bars = chart_data.range_bars(view, RANKING_ROWS)
    scored = sum(r.total is not None for r in chosen)
    empty = w.tc("dossier", "No proposal matches this selection.")
    cut = ""
    if len(bars.codes) < scored:
        cut = w.tc("dossier", "The first {shown} of the {total} proposals of this dossier.", shown=len(bars.codes),
                   total=scored)  # fmt: skip
    add("ranking", ranking_chart(bars, language, width) if bars.codes else None, cut, empty)
    grouping = w.tc("sheet", "Region type")
    groups = chart_data.distribution(view, "region_type", language)
    add("distribution", distribution_chart(groups, grouping, language, width, PLOT_HEIGHT) if groups else None,
        reason=empty)  # fmt: skip
    points = chart_data.leverage_points(view)
    no_leverage = w.tc("dossier", "no proposal of this dossier has both a committee total and co-funding figures.")
    add("leverage", leverage_chart(points, language, width, PLOT_HEIGHT), reason=no_leverage)
    no_calibration = w.tc("dossier", "no evaluator has scored enough proposals alongside colleagues.")
    add("calibration", calibration_chart(committee.calibration, language, width), reason=no_calibration)
    if sensitivity is not None:
        intervals = chart_data.rank_intervals(view, sensitivity, INTERVAL_ROWS)
        missing = w.tc("dossier", "The sensitivity was not computed for this dossier.")
        add("sensitivity", sensitivity_chart(intervals, language, width), reason=missing)
    return out


def _caption(w: Words, chart: str) -> str:
    said = {
        "ranking": w.tc(
            "dossier",
            "Committee totals of the first ranked proposals, with each one's lowest and highest evaluator total.",
        ),
        "distribution": w.tc("dossier", "Committee totals by region type; the bar is the median."),
        "leverage": w.tc(
            "dossier", "Committee total against co-funding leverage (counterpart funds per dollar requested)."
        ),
        "calibration": w.tc(
            "dossier",
            "Each evaluator's mean deviation from colleagues on the same proposals, ± two standard errors.",
        ),
        "sensitivity": w.tc(
            "dossier",
            "Rank intervals ({interval} of samples) when the criterion weights move a little.",
            interval=INTERVAL,
        ),
    }
    return said[chart]
