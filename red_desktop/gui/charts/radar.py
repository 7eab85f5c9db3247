"""Is this proposal strong where the portfolio is, and do its evaluators see it alike? Criterion profile radar."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from red_desktop.core.chart_data import Radar
from red_desktop.gui.charts.base import Chart, colour, number

LEVELS = 4
LABEL_RADIUS = 4.35  # where the axes' names stand
NAME_ROOM = 0.85  # above the top name and below the lowest, for the name's line of text
MIN_HEIGHT = 280  # px: title, a profile about 200 px across and a legend in two rows


class RadarChart(Chart):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("RadarChart", "Criterion profile (0-4)"), "", "", parent)
        self.setMinimumHeight(MIN_HEIGHT)
        self._names: list[tuple[pg.TextItem, float]] = []  # each axis's name and where it stands (x)
        self._axes: tuple[str, ...] | None = None  # those the grid is drawn for
        self._series: list[_Drawn] = []  # the lines drawn, in the order of _series_of
        self._y_range = (-5.0, 5.2)

    def configure(self, plot: pg.PlotWidget) -> None:
        plot.setAspectLocked(True)
        plot.hideAxis("bottom")
        plot.hideAxis("left")
        plot.showGrid(x=False, y=False)
        plot.setMouseEnabled(x=False, y=False)
        self.legend.max_columns = 4  # one row where the names fit: the height goes to the profile

    def set_data(self, radar: Radar) -> None:
        """Each proposal shown redraws only its lines: the grid stays while the axes do, and the lines and dots of
        the last proposal take the new one's values (building the 25 items anew held the window's thread 80-140 ms
        at each selection, pyqtgraph's adding of an item being the cost)."""
        self.plot.setTitle(
            radar.title or QCoreApplication.translate("RadarChart", "Criterion profile (0-4)"), size="11pt"
        )
        angles = [math.pi / 2 - 2 * math.pi * i / len(radar.axes) for i in range(len(radar.axes))]
        if radar.axes != self._axes:
            self.clear()
            self._names, self._series = [], []
            self._draw_grid(radar.axes, angles)
            self._axes = radar.axes
        series = _series_of(radar)
        for gone in self._series[len(series) :]:
            self.plot.removeItem(gone.line)
            self.plot.removeItem(gone.dots)
            self.legend.removeItem(gone.line)
        del self._series[len(series) :]
        for index, one in enumerate(series):
            self._draw_series(index, one, radar.axes, angles)
        self.points = sum(len(one.values) for one in series)
        self._fit()

    def _draw_grid(self, axes: tuple[str, ...], angles: list[float]) -> None:
        grid = pg.mkPen(QColor("#D0D0D0"), width=1)
        for level in range(1, LEVELS + 1):
            xs = [level * math.cos(a) for a in [*angles, angles[0]]]
            ys = [level * math.sin(a) for a in [*angles, angles[0]]]
            self.plot.plot(xs, ys, pen=grid)
            label = pg.TextItem(str(level), color="#909090", anchor=(0.5, 1))
            label.setPos(0.08, level)
            self.plot.addItem(label)
        for name, angle in zip(axes, angles, strict=True):
            self.plot.plot([0, LEVELS * math.cos(angle)], [0, LEVELS * math.sin(angle)], pen=grid)
            anchor = (0.5 - 0.5 * math.cos(angle), 0.5 + 0.5 * math.sin(angle))
            text = pg.TextItem(name, color="#202020", anchor=anchor)
            text.setPos(LABEL_RADIUS * math.cos(angle), LABEL_RADIUS * math.sin(angle))
            self.plot.addItem(text)
            self._names.append((text, LABEL_RADIUS * math.cos(angle)))
        # Only as tall as the axes reach, with a line for their names: a triangle wastes no third of the height below.
        lowest = min(min(math.sin(a) for a in angles) * LABEL_RADIUS, 0.0)
        self._y_range = (lowest - NAME_ROOM, LABEL_RADIUS + NAME_ROOM)
        self.fit_labels()

    def fit_labels(self) -> None:
        """Wide enough for each axis's whole name at the width the chart has (a Spanish name was cut at 1024 px)."""
        width = self.plot.getPlotItem().getViewBox().width()
        half = 7.0
        for text, x in self._names:
            room = 1 - 2 * (text.boundingRect().width() + 8) / max(width, 1.0)  # the name's share of the width
            if room > 0.2:
                half = max(half, abs(x) / room)
        self.plot.setRange(xRange=(-half, half), yRange=self._y_range, padding=0)

    def _draw_series(self, index: int, one: _Series, axes: tuple[str, ...], angles: list[float]) -> None:
        """The `index`-th line of the profile: the one drawn there before takes these values, or a new one."""
        xs = np.array([v * math.cos(a) for v, a in zip(one.values, angles, strict=True)])
        ys = np.array([v * math.sin(a) for v, a in zip(one.values, angles, strict=True)])
        pen = pg.mkPen(one.tone, width=one.width, style=one.style)
        tips = [f"{one.name}\n{axis}: {number(value, 2)}" for axis, value in zip(axes, one.values, strict=True)]
        brush = pg.mkBrush(one.tone)
        if index < len(self._series):
            drawn = self._series[index]
            drawn.line.setData([*xs, xs[0]], [*ys, ys[0]], pen=pen, name=one.name)
            drawn.dots.setData(xs, ys, data=tips, brush=brush)
            self._rename(drawn.line, one.name)
            return
        line = self.plot.plot([*xs, xs[0]], [*ys, ys[0]], pen=pen, name=one.name)
        dots = pg.ScatterPlotItem(xs, ys, data=tips, size=7, brush=brush, pen=None, hoverable=True, tip=_tip)
        self.plot.addItem(dots)
        self._series.append(_Drawn(line, dots))

    def _rename(self, line: pg.PlotDataItem, name: str) -> None:
        """The legend's entry of a line drawn again: its name (an evaluator's) and its sample (the new pen)."""
        for sample, label in self.legend.items:
            if sample.item is line:
                if label.text != name:
                    label.setText(name)
                sample.update()


@dataclass(frozen=True)
class _Series:
    name: str
    values: tuple[float, ...]
    tone: QColor
    width: float
    style: Qt.PenStyle


@dataclass(frozen=True)
class _Drawn:
    line: pg.PlotDataItem
    dots: pg.ScatterPlotItem


def _series_of(radar: Radar) -> list[_Series]:
    """The portfolio's average, each evaluator's profile, and the committee's aggregate on top (drawn last)."""
    average = QCoreApplication.translate("RadarChart", "Portfolio average")
    series = [_Series(average, radar.average, QColor("#8C8C8C"), 2.0, Qt.PenStyle.DashLine)]
    for index, (name, values) in enumerate(sorted(radar.evaluators.items()), start=1):
        series.append(_Series(name, values, colour(index), 1.2, Qt.PenStyle.DotLine))
    if radar.proposal is not None:
        aggregate = QCoreApplication.translate("RadarChart", "Committee aggregate")
        series.append(_Series(aggregate, radar.proposal, colour(0), 3.0, Qt.PenStyle.SolidLine))
    return series


def _tip(x: float, y: float, data: object) -> str:
    return str(data)
