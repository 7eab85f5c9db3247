"""Is this proposal strong where the portfolio is, and do its evaluators see it alike? Criterion profile radar."""

from __future__ import annotations

import math

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
        self._y_range = (-5.0, 5.2)

    def configure(self, plot: pg.PlotWidget) -> None:
        plot.setAspectLocked(True)
        plot.hideAxis("bottom")
        plot.hideAxis("left")
        plot.showGrid(x=False, y=False)
        plot.setMouseEnabled(x=False, y=False)
        self.legend.max_columns = 4  # one row where the names fit: the height goes to the profile

    def set_data(self, radar: Radar) -> None:
        self.clear()
        self._names = []
        self.plot.setTitle(
            radar.title or QCoreApplication.translate("RadarChart", "Criterion profile (0-4)"), size="11pt"
        )
        angles = [math.pi / 2 - 2 * math.pi * i / len(radar.axes) for i in range(len(radar.axes))]
        self._draw_grid(radar.axes, angles)
        series: list[tuple[str, tuple[float, ...], QColor, float, Qt.PenStyle]] = [
            (
                QCoreApplication.translate("RadarChart", "Portfolio average"),
                radar.average,
                QColor("#8C8C8C"),
                2.0,
                Qt.PenStyle.DashLine,
            )
        ]
        for index, (name, values) in enumerate(sorted(radar.evaluators.items()), start=1):
            series.append((name, values, colour(index), 1.2, Qt.PenStyle.DotLine))
        if radar.proposal is not None:
            series.append(
                (
                    QCoreApplication.translate("RadarChart", "Committee aggregate"),
                    radar.proposal,
                    colour(0),
                    3.0,
                    Qt.PenStyle.SolidLine,
                )
            )
        for name, values, tone, width, style in series:
            self._draw_series(name, values, radar.axes, angles, tone, width, style)

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

    def _draw_series(
        self,
        name: str,
        values: tuple[float, ...],
        axes: tuple[str, ...],
        angles: list[float],
        tone: QColor,
        width: float,
        style: Qt.PenStyle,
    ) -> None:
        xs = np.array([v * math.cos(a) for v, a in zip(values, angles, strict=True)])
        ys = np.array([v * math.sin(a) for v, a in zip(values, angles, strict=True)])
        pen = pg.mkPen(tone, width=width, style=style)
        self.plot.plot([*xs, xs[0]], [*ys, ys[0]], pen=pen, name=name)
        tips = [f"{name}\n{axis}: {number(value, 2)}" for axis, value in zip(axes, values, strict=True)]
        dots = pg.ScatterPlotItem(xs, ys, data=tips, size=7, brush=pg.mkBrush(tone), pen=None, hoverable=True, tip=_tip)
        self.plot.addItem(dots)
        self.points += len(values)


def _tip(x: float, y: float, data: object) -> str:
    return str(data)
