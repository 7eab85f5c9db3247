"""The dossier's five committee charts as reportlab vector drawings, from the numbers of core.chart_data.

Drawn here, not by the window's pyqtgraph charts, so the headless `dossier` command needs no Qt and the PDF keeps
sharp text at 7.5 pt; each chart answers the same question as its window counterpart and looks like it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from reportlab.graphics.shapes import Circle, Drawing, Line, Rect
from reportlab.lib import colors

from red_desktop.core.calibration import MIN_POINTS, Calibration
from red_desktop.core.chart_data import Group, Points, RangeBars, RankIntervals, ShareBar, axis_start
from red_desktop.core.enum_labels import tendency_label
from red_desktop.core.formatting import number
from red_desktop.core.messages import words
from red_desktop.core.reports.chart_frame import (
    BLUE,
    CONTESTED,
    FRAME,
    INK,
    LIGHT_BLUE,
    LINE,
    NEUTRAL,
    ORANGE,
    TEXT,
    Entry,
    Scale,
    diamond,
    draw_legend,
    elide,
    label,
    legend_height,
    new_drawing,
    text_width,
    ticks,
    value_axis_x,
    value_axis_y,
    widest_tick,
)
from red_desktop.core.reports.styles import INTERVAL
from red_desktop.core.text import capitalized

ROW = 11.0  # points per proposal or evaluator in the horizontal charts
JITTER = 0.28  # of a group's slot, as in the window
MIN_LABEL = 24.0  # points: a category label narrower than this says nothing, so the labels are thinned out
TONES = {"harsh": ORANGE, "lenient": BLUE}
AMBER = colors.HexColor("#E69F00")  # the rank order's share, as the window's chart marks it
LOWEST = colors.HexColor("#009E73")  # the call's minimum share; its maximum is ORANGE, as in the window


class _Rows:
    """A horizontal chart: one row per category from the top, a value axis and its title below, then the legend."""

    def __init__(self, width: float, names: Sequence[str], entries: Sequence[Entry], title: str, right_room: float):
        self.legend = legend_height(entries, width)
        self.bottom = self.legend + 2 * LINE + 2
        self.top = self.bottom + len(names) * ROW
        self.left = min(max(map(text_width, names), default=0.0) + 8, width * 0.3)
        self.right = width - right_room
        self.drawing = new_drawing(width, self.top + 4)
        for i, name in enumerate(names):
            self.drawing.add(label(self.left - 4, self.y(i) - TEXT * 0.35, elide(name, self.left - 8), "end"))
        self.drawing.add(label((self.left + self.right) / 2, self.legend + 3, title, "middle"))
        draw_legend(self.drawing, entries, width)

    def y(self, row: int) -> float:
        return self.top - (row + 0.5) * ROW

    def scale(self, lo: float, hi: float) -> Scale:
        return Scale(lo, hi, self.left, self.right - self.left)


def ranking_chart(bars: RangeBars, language: str, width: float) -> Drawing:
    """Committee totals of the ranked proposals, each with its lowest-highest evaluator total; contested tinted."""
    w = words(language)
    lows, highs, totals = (np.array(v, dtype=float) for v in (bars.lows, bars.highs, bars.totals))
    start = axis_start(float(min(lows.min(), totals.min()))) if len(totals) else 0.0
    title = (
        w.tc("dossier", "Total (0–100)")
        if start <= 0
        else w.tc("dossier", "Total (0–100) · the bars start at {start}, not at 0", start=number(start, language, 0))
    )
    entries = [
        Entry("box", BLUE, w.tc("dossier", "Committee total")),
        Entry("box", CONTESTED, w.tc("dossier", "Contested")),
        Entry("line", INK, w.tc("dossier", "Lowest–highest evaluator")),
    ]
    hi = max(100.0, float(highs.max()) if len(highs) else 100.0)
    rows = _Rows(width, bars.codes, entries, title, widest_tick(start, hi, language) / 2 + 2)
    scale = rows.scale(start, hi)
    value_axis_x(rows.drawing, scale, rows.bottom, rows.top, language)
    for i, (total, low, high, contested) in enumerate(zip(totals, lows, highs, bars.contested, strict=True)):
        y = rows.y(i)
        tone = CONTESTED if contested else BLUE
        x0, x = scale.at(start), scale.at(total)
        rows.drawing.add(Rect(x0, y - 0.3 * ROW, x - x0, 0.6 * ROW, fillColor=tone, strokeColor=None))
        _whisker(rows.drawing, scale.at(low), scale.at(high), y, 0.25 * ROW)
        rows.drawing.add(Circle(x, y, 1.8, fillColor=INK, strokeColor=None))
    return rows.drawing


def calibration_chart(lines: Sequence[Calibration], language: str, width: float) -> Drawing | None:
    """Each evaluator's mean deviation from colleagues, ± two standard errors, against the rule's threshold."""
    shown = [c for c in lines if c.mean_deviation is not None]
    if not shown:
        return None
    w = words(language)
    means = np.array([c.mean_deviation for c in shown], dtype=float)
    errors = np.array([2 * (c.standard_error or 0.0) for c in shown], dtype=float)
    span = max(10.0, MIN_POINTS * 1.3, float(np.max(np.abs(means) + errors)) * 1.15)
    entries = [
        *(Entry("box", tone, capitalized(tendency_label(word, language))) for word, tone in TONES.items()),
        Entry("box", NEUTRAL, capitalized(tendency_label("in line", language))),
        Entry("line", INK, w.tc("dossier", "± two standard errors")),
        Entry(
            "dash",
            NEUTRAL,
            w.tc("dossier", "± {points} points: the rule's threshold", points=number(MIN_POINTS, language, 0)),
        ),
    ]
    rows = _Rows(
        width,
        [c.evaluator for c in shown],
        entries,
        w.tc("dossier", "Mean deviation from colleagues (points of total)"),
        12,
    )
    scale = rows.scale(-span, span)
    value_axis_x(rows.drawing, scale, rows.bottom, rows.top, language)
    for i, (line, mean, error) in enumerate(zip(shown, means, errors, strict=True)):
        y, zero, x = rows.y(i), scale.at(0.0), scale.at(mean)
        tone = TONES.get(line.tendency, NEUTRAL)
        rows.drawing.add(Rect(min(zero, x), y - 0.3 * ROW, abs(x - zero), 0.6 * ROW, fillColor=tone, strokeColor=None))
        _whisker(rows.drawing, scale.at(mean - error), scale.at(mean + error), y, 0.22 * ROW)
        rows.drawing.add(Circle(x, y, 1.8, fillColor=INK, strokeColor=None))
    rows.drawing.add(Line(scale.at(0), rows.bottom, scale.at(0), rows.top, strokeColor=INK, strokeWidth=0.8))
    for side in (-MIN_POINTS, MIN_POINTS):
        x = scale.at(side)
        rows.drawing.add(
            Line(x, rows.bottom, x, rows.top, strokeColor=NEUTRAL, strokeWidth=0.8, strokeDashArray=[3, 2])
        )
    return rows.drawing


def sensitivity_chart(intervals: RankIntervals, language: str, width: float) -> Drawing | None:
    """Each proposal's 5-95 % rank interval under perturbed weights, its rank now, and the top-N boundary."""
    if not intervals.codes:
        return None
    w = words(language)
    entries = [
        Entry("thick", BLUE, w.tc("dossier", "Stable rank")),
        Entry("thick", CONTESTED, w.tc("dossier", "Rank moves")),
        Entry("diamond", INK, w.tc("dossier", "Rank now")),
        Entry("line", ORANGE, w.tc("dossier", "Top {top} boundary", top=intervals.top_n)),
    ]
    hi = max(max(intervals.high), intervals.top_n + 1) + 0.5
    rows = _Rows(width, intervals.codes, entries, w.tc("dossier", "Rank ({interval} of samples)", interval=INTERVAL), 8)
    scale = rows.scale(0.5, hi)
    marks = [v for v in ticks(1, hi - 0.5, 10) if float(v).is_integer()]
    value_axis_x(rows.drawing, scale, rows.bottom, rows.top, language, marks)
    boundary = scale.at(intervals.top_n + 0.5)
    rows.drawing.add(Line(boundary, rows.bottom, boundary, rows.top, strokeColor=ORANGE, strokeWidth=1))
    for i, (base, low, high) in enumerate(zip(intervals.base, intervals.low, intervals.high, strict=True)):
        y = rows.y(i)
        tone = CONTESTED if low != high else BLUE
        rows.drawing.add(Line(scale.at(low - 0.3), y, scale.at(high + 0.3), y, strokeColor=tone, strokeWidth=4))
        rows.drawing.add(diamond(scale.at(base), y, 3.0, INK))
    return rows.drawing


class _Plot:
    """A chart with a vertical value axis (its title above it) and a horizontal one, then the legend."""

    def __init__(self, width: float, height: float, y_title: str, x_title: str, entries: Sequence[Entry]):
        """`y_title` is the vertical axis's title (written above it), `x_title` the horizontal one's."""
        self.legend = legend_height(entries, width)
        self.bottom = self.legend + 2 * LINE + 2
        self.top = height - LINE - 2
        self.left = widest_tick(0, 100, "en") + 8
        self.right = width - 12
        self.drawing = new_drawing(width, height)
        self.drawing.add(label(self.left - 3, height - TEXT - 1, y_title))
        self.drawing.add(label((self.left + self.right) / 2, self.legend + 3, x_title, "middle"))
        draw_legend(self.drawing, entries, width)

    def y_scale(self, lo: float, hi: float) -> Scale:
        return Scale(lo, hi, self.bottom, self.top - self.bottom)


def _totals_axis(totals: Sequence[float], language: str) -> tuple[float, str]:
    """Where the totals' axis starts (as the ranking's bars do: 0 unless the totals are all far above it) and its
    title, which says so."""
    start = axis_start(min(totals)) if totals else 0.0
    w = words(language)
    title = (
        w.tc("dossier", "Total (0–100)")
        if start <= 0
        else w.tc("dossier", "Total (0–100) · the axis starts at {start}, not at 0", start=number(start, language, 0))
    )
    return start, title


def distribution_chart(groups: Sequence[Group], grouping: str, language: str, width: float, height: float) -> Drawing:
    """Committee totals by group: each proposal a dot, each group's median a bar; the labels thinned to fit."""
    w = words(language)
    entries = [
        Entry("dot", LIGHT_BLUE, w.tc("dossier", "Proposal")),
        Entry("thick", ORANGE, w.tc("dossier", "Median")),
    ]
    start, title = _totals_axis([t for g in groups for t in g.totals], language)
    plot = _Plot(width, height, title, grouping, entries)
    y = plot.y_scale(start - 2 * (start == 0), 102)
    value_axis_y(plot.drawing, y, plot.left, plot.right, language)
    n = max(len(groups), 1)
    slot = (plot.right - plot.left) / n
    step = 1
    while slot * step - 6 < MIN_LABEL and step < n:
        step += 1
    plot.drawing.add(Line(plot.left, plot.bottom, plot.right, plot.bottom, strokeColor=FRAME, strokeWidth=0.6))
    rng = np.random.default_rng(0)  # the same spread of dots every time, as in the window
    for i, group in enumerate(groups):
        middle = plot.left + (i + 0.5) * slot
        xs = middle + rng.uniform(-JITTER, JITTER, len(group.totals)) * slot
        for x, total in zip(xs, group.totals, strict=True):
            plot.drawing.add(Circle(x, y.at(total), 1.6, fillColor=LIGHT_BLUE, strokeColor=None))
        median = y.at(group.median)
        plot.drawing.add(
            Line(middle - 0.4 * slot, median, middle + 0.4 * slot, median, strokeColor=ORANGE, strokeWidth=2)
        )
        if i % step == 0:
            text = elide(f"{group.label} ({len(group.totals)})", slot * step - 6)
            plot.drawing.add(label(middle, plot.bottom - TEXT - 2, text, "middle"))
    return plot.drawing


def leverage_chart(points: Points, language: str, width: float, height: float) -> Drawing | None:
    """Committee total against co-funding leverage, one dot per proposal that has both."""
    if not points.codes:
        return None
    w = words(language)
    entries = [Entry("dot", BLUE, w.tc("dossier", "Proposal"))]
    start, title = _totals_axis(points.totals, language)
    plot = _Plot(width, height, title, w.tc("dossier", "Co-funding leverage (counterpart / requested)"), entries)
    y = plot.y_scale(start - 2 * (start == 0), 102)
    value_axis_y(plot.drawing, y, plot.left, plot.right, language)
    x = Scale(0.0, max(points.leverage) * 1.05 or 1.0, plot.left, plot.right - plot.left)
    value_axis_x(plot.drawing, x, plot.bottom, plot.top, language)
    for leverage, total in zip(points.leverage, points.totals, strict=True):
        plot.drawing.add(Circle(x.at(leverage), y.at(total), 1.8, fillColor=BLUE, strokeColor=None, fillOpacity=0.8))
    return plot.drawing


def _whisker(drawing: Drawing, x0: float, x1: float, y: float, beam: float) -> None:
    drawing.add(Line(x0, y, x1, y, strokeColor=INK, strokeWidth=0.8))
    for x in (x0, x1):
        drawing.add(Line(x, y - beam, x, y + beam, strokeColor=INK, strokeWidth=0.8))


def share_chart(bars: Sequence[ShareBar], grouping: str, language: str, width: float) -> Drawing | None:
    """Each group value's share of the funded amount in the best set (a bar) and in rank order (a diamond), against
    the call's lowest and highest share for it: the window's group shares chart (gui/charts/group_shares.py)."""
    if not bars:
        return None
    w = words(language)
    entries = [
        Entry("box", BLUE, w.tc("dossier", "Best set")),
        Entry("diamond", AMBER, w.tc("dossier", "Rank order")),
    ]
    if any(b.lowest is not None for b in bars):
        entries.append(Entry("thick", LOWEST, w.tc("dossier", "Call's minimum")))
    if any(b.highest is not None for b in bars):
        entries.append(Entry("thick", ORANGE, w.tc("dossier", "Call's maximum")))
    title = w.tc("dossier", "Share of the funded amount by {grouping} ({unit})", grouping=grouping, unit="%")
    rows = _Rows(width, [b.label for b in bars], entries, title, 12)
    hi = max(100.0, *(100 * b.share for b in bars))
    scale = rows.scale(0.0, hi)
    value_axis_x(rows.drawing, scale, rows.bottom, rows.top, language)
    for i, bar in enumerate(bars):
        y = rows.y(i)
        x0 = scale.at(0.0)
        rows.drawing.add(Rect(x0, y - 0.3 * ROW, scale.at(100 * bar.share) - x0, 0.6 * ROW, fillColor=BLUE,
                              strokeColor=None))  # fmt: skip
        for bound, tone in ((bar.lowest, LOWEST), (bar.highest, ORANGE)):
            if bound is not None:
                x = scale.at(100 * bound)
                rows.drawing.add(Line(x, y - 0.45 * ROW, x, y + 0.45 * ROW, strokeColor=tone, strokeWidth=2))
        rows.drawing.add(diamond(scale.at(100 * bar.rank_order_share), y, 3.2, AMBER))
    return rows.drawing
