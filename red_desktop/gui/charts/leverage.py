"""Do proposals that bring more co-funding score higher? Total against co-funding leverage; click a point to select."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from red_desktop.core.chart_data import Points
from red_desktop.gui.charts.base import SELECTED, Chart, colour, number
from red_desktop.gui.fill import fill


class LeverageChart(Chart):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("LeverageChart", "Total against co-funding leverage"),
            QCoreApplication.translate("LeverageChart", "Co-funding leverage (counterpart / requested)"),
            QCoreApplication.translate("LeverageChart", "Total (0-100)"),
            parent,
        )
        self._uuids: tuple[str, ...] = ()

    def set_data(self, points: Points, selected: str | None = None) -> None:
        self.clear()
        self._uuids = points.uuids
        xs, ys = np.array(points.leverage, dtype=float), np.array(points.totals, dtype=float)
        tips = [
            fill(
                QCoreApplication.translate("LeverageChart", "%1: total %2, leverage %3"), c, number(y, 1), number(x, 2)
            )
            for c, x, y in zip(points.codes, xs, ys, strict=True)
        ]
        brushes = [pg.mkBrush(SELECTED if u == selected else colour(0)) for u in points.uuids]
        sizes = [13 if u == selected else 8 for u in points.uuids]
        scatter = pg.ScatterPlotItem(
            xs,
            ys,
            data=list(zip(points.uuids, tips, strict=True)),
            size=sizes,
            brush=brushes,
            pen=None,
            hoverable=True,
            tip=lambda x, y, data: data[1],
            name=QCoreApplication.translate("LeverageChart", "Proposal"),
        )
        scatter.sigClicked.connect(lambda _item, hit, _ev: self.proposal_clicked.emit(hit[0].data()[0]))
        self.plot.addItem(scatter)
        if selected in points.uuids:
            self.legend.addItem(
                pg.ScatterPlotItem(brush=pg.mkBrush(SELECTED), pen=None, size=13),
                QCoreApplication.translate("LeverageChart", "Selected"),
            )
        self.plot.setYRange(0, 100, padding=0.02)
        self.points = len(xs)
