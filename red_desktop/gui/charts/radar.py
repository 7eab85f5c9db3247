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


class RadarChart(Chart):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("RadarChart", "Criterion profile (0-4)"), "", "", parent)
        self.plot.setAspectLocked(True)
        self.plot.hideAxis("bottom")
        self.plot.hideAxis("left")
        self.plot.showGrid(x=False, y=False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.legend.max_columns = 2

    def set_data(self, radar: Radar) -> None:
        self.clear()
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
            text.setPos(4.35 * math.cos(angle), 4.35 * math.sin(angle))
            self.plot.addItem(text)
        self.plot.setRange(xRange=(-7.0, 7.0), yRange=(-5.0, 5.2), padding=0)

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
