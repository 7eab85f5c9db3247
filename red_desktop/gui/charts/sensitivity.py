"""Which ranks are fragile? Each proposal's 5-95 % rank interval when the criterion weights move a little."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from red_desktop.core.chart_data import RankIntervals
from red_desktop.gui.charts.base import CONTESTED, Chart, colour, number
from red_desktop.gui.fill import fill


class SensitivityChart(Chart):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("SensitivityChart", "Rank intervals under perturbed weights"),
            QCoreApplication.translate("SensitivityChart", "Rank (5-95 % of samples)"),
            "",
            parent,
        )

    def configure(self, plot: pg.PlotWidget) -> None:
        plot.invertY(True)

    def set_data(self, intervals: RankIntervals) -> None:
        self.clear()
        n = len(intervals.codes)
        if n == 0:
            return
        y = np.arange(n, dtype=float)
        base, low, high = (np.array(v, dtype=float) for v in (intervals.base, intervals.low, intervals.high))
        fragile = [lo != hi for lo, hi in zip(intervals.low, intervals.high, strict=True)]
        for i in range(n):
            tone = CONTESTED if fragile[i] else colour(0)
            self.plot.plot([low[i] - 0.3, high[i] + 0.3], [y[i], y[i]], pen=pg.mkPen(tone, width=6))
        tips = [
            fill(
                self.tr("%1: rank %2, between %3 and %4 in 90 % of samples; in the top %5 in %6 % of them"),
                code,
                str(b),
                str(lo),
                str(hi),
                str(intervals.top_n),
                number(100 * p, 0),
            )
            for code, b, lo, hi, p in zip(
                intervals.codes, intervals.base, intervals.low, intervals.high, intervals.p_top, strict=True
            )
        ]
        marks = pg.ScatterPlotItem(
            base,
            y,
            data=list(zip(intervals.uuids, tips, strict=True)),
            size=9,
            symbol="d",
            brush=pg.mkBrush("#202020"),
            pen=None,
            hoverable=True,
            tip=lambda x, y, data: data[1],
        )
        marks.sigClicked.connect(lambda _item, points, _ev: self.proposal_clicked.emit(points[0].data()[0]))
        self.plot.addItem(marks)
        self.plot.addItem(pg.InfiniteLine(intervals.top_n + 0.5, angle=90, pen=pg.mkPen("#D55E00", width=1)))
        self.legend.addItem(pg.PlotDataItem(pen=pg.mkPen(colour(0), width=6)), self.tr("Stable rank"))
        self.legend.addItem(pg.PlotDataItem(pen=pg.mkPen(CONTESTED, width=6)), self.tr("Rank moves"))
        self.legend.addItem(pg.ScatterPlotItem(symbol="d", brush=pg.mkBrush("#202020"), pen=None), self.tr("Rank now"))
        self.legend.addItem(
            pg.PlotDataItem(pen=pg.mkPen("#D55E00")), fill(self.tr("Top %1 boundary"), str(intervals.top_n))
        )
        self.plot.getAxis("left").setTicks([[(i, code) for i, code in enumerate(intervals.codes)]])
        self.plot.setXRange(0.5, max(float(high.max()), intervals.top_n + 1.0) + 0.5, padding=0.02)
        self.plot.setYRange(-0.6, n - 0.4, padding=0)
        self.points = n
