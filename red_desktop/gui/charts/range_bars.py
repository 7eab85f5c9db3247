"""Which proposals lead, and how far apart are their evaluators? Ranked totals with each one's evaluator range."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QPen
from PySide6.QtWidgets import QWidget

from red_desktop.core.chart_data import RangeBars, axis_start
from red_desktop.gui.charts.base import CONTESTED, SELECTED, Chart, colour, number
from red_desktop.gui.fill import fill

FUNDING_LINE = "#b91c1c"


class RangeBarsChart(Chart):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("RangeBarsChart", "Ranking: committee total and evaluator range"),
            QCoreApplication.translate("RangeBarsChart", "Total (0-100)"),
            "",
            parent,
        )
        self._uuids: tuple[str, ...] = ()
        self.start = 0.0
        self.brushes: list[QBrush] = []
        self.pens: list[QPen] = []
        self.line_at: int | None = None

    def configure(self, plot: pg.PlotWidget) -> None:
        plot.invertY(True)
        plot.setMouseEnabled(x=False, y=True)

    def _axis_label(self, start: float) -> str:
        if start <= 0:
            return QCoreApplication.translate("RangeBarsChart", "Total (0-100)")
        return fill(
            QCoreApplication.translate("RangeBarsChart", "Total (0-100) · bars start at %1, not at 0"), number(start, 0)
        )

    def set_data(self, bars: RangeBars, selected: str | None = None, line_at: int | None = None) -> None:
        """`line_at`: the bar above which the call's budget runs out in rank order (None: no line in sight)."""
        self.clear()
        self._uuids = bars.uuids
        n = len(bars.codes)
        if n == 0:
            return
        y = np.arange(n, dtype=float)
        totals, lows, highs = (np.array(v, dtype=float) for v in (bars.totals, bars.lows, bars.highs))
        start = axis_start(min(lows.min(), totals.min()))
        self.start = start
        self.plot.setLabel("bottom", self._axis_label(start))
        # The fill says contested or not; the selection is an outline around it, so a selected bar keeps its colour.
        self.brushes = [pg.mkBrush(CONTESTED if c else colour(0)) for c in bars.contested]
        self.pens = [pg.mkPen(SELECTED, width=3) if u == selected else pg.mkPen(None) for u in bars.uuids]
        self.plot.addItem(
            pg.BarGraphItem(x0=start, y=y, height=0.6, width=totals - start, brushes=self.brushes, pens=self.pens)
        )
        self.plot.addItem(
            pg.ErrorBarItem(x=totals, y=y, left=totals - lows, right=highs - totals, beam=0.3, pen=pg.mkPen("#202020"))
        )
        tips = [
            fill(
                QCoreApplication.translate("RangeBarsChart", "%1: total %2, evaluators %3-%4"),
                code,
                number(t, 1),
                number(lo, 1),
                number(hi, 1),
            )
            + (QCoreApplication.translate("RangeBarsChart", " (contested)") if contested else "")
            for code, t, lo, hi, contested in zip(bars.codes, totals, lows, highs, bars.contested, strict=True)
        ]
        ends = pg.ScatterPlotItem(
            totals,
            y,
            data=list(zip(bars.uuids, tips, strict=True)),
            size=9,
            hoverable=True,
            tip=lambda x, y, data: data[1],
            brush=pg.mkBrush("#202020"),
            pen=None,
        )
        ends.sigClicked.connect(lambda _item, points, _ev: self.proposal_clicked.emit(points[0].data()[0]))
        self.plot.addItem(ends)
        self.legend.addItem(
            pg.BarGraphItem(x0=0, y=[0], height=0, width=[0], brush=colour(0)),
            QCoreApplication.translate("RangeBarsChart", "Committee total"),
        )
        self.legend.addItem(
            pg.BarGraphItem(x0=0, y=[0], height=0, width=[0], brush=CONTESTED),
            QCoreApplication.translate("RangeBarsChart", "Contested"),
        )
        self.legend.addItem(
            pg.PlotDataItem(pen=pg.mkPen("#202020")),
            QCoreApplication.translate("RangeBarsChart", "Lowest-highest evaluator"),
        )
        if selected in bars.uuids:
            self.legend.addItem(
                pg.BarGraphItem(x0=0, y=[0], height=0, width=[0], brush=None, pen=pg.mkPen(SELECTED, width=3)),
                QCoreApplication.translate("RangeBarsChart", "Selected"),
            )
        if line_at is not None:
            line = pg.InfiniteLine(
                pos=line_at - 0.5, angle=0, pen=pg.mkPen(FUNDING_LINE, width=2, style=Qt.PenStyle.DashLine)
            )
            self.plot.addItem(line)
            self.legend.addItem(
                pg.PlotDataItem(pen=pg.mkPen(FUNDING_LINE, width=2, style=Qt.PenStyle.DashLine)),
                QCoreApplication.translate("RangeBarsChart", "The budget runs out (rank order)"),
            )
        self.line_at = line_at
        self.plot.getAxis("left").setTicks([[(i, code) for i, code in enumerate(bars.codes)]])
        self.plot.setXRange(start, max(100.0, float(highs.max())), padding=0.03)
        self.plot.setYRange(-0.6, n - 0.4, padding=0)
        self.points = n
