"""How far the season is: final evaluations counted by the end of each day, against the number the call needs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from red_desktop.core import formatting
from red_desktop.gui.charts.base import NEUTRAL, PALETTE, Chart
from red_desktop.gui.fill import fill


class DayAxis(pg.AxisItem):
    """Days (ordinals) written as ISO dates: read alike in every language, and sortable at a glance."""

    def tickStrings(self, values: Sequence[float], scale: float, spacing: float) -> list[str]:
        return [date.fromordinal(int(round(v))).isoformat() if v >= 1 else "" for v in values]

    def tickSpacing(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, float]]:  # noqa: N803
        # whole days only, at most a label every 90 pixels (an ISO date is ~70 wide)
        days = max(1.0, maxVal - minVal)
        most = max(1, int(size // 90))
        step = float(max(1, int(np.ceil(days / most))))
        return [(step, 0.0)]


class CompletionChart(Chart):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("CompletionChart", "Final evaluations over time"),
            "",
            QCoreApplication.translate("CompletionChart", "Final evaluations"),
            parent,
        )

    def configure(self, plot: pg.PlotWidget) -> None:
        plot.setAxisItems({"bottom": DayAxis("bottom")})
        plot.setMouseEnabled(x=False, y=False)

    def set_data(self, cumulative: Sequence[tuple[str, int]], needed: int) -> None:
        """`cumulative`: (ISO day, final evaluations counted by its end), in day order; `needed`: the season's
        total (each proposal's evaluators per proposal)."""
        self.clear()
        days = np.array([date.fromisoformat(day).toordinal() for day, _ in cumulative], dtype=float)
        counts = np.array([n for _, n in cumulative], dtype=float)
        today = float(date.today().toordinal())
        if len(days):
            # a step up on each day that saw final evaluations, flat until the next (and until today after the last)
            # to the end of today (or of the last day): a season whose finals all came today is a visible step
            xs = np.append(np.repeat(days, 2)[1:], max(today, float(days[-1])) + 1)
            self.plot.plot(
                xs,
                np.repeat(counts, 2),
                pen=pg.mkPen(PALETTE[0], width=2),
                name=QCoreApplication.translate("CompletionChart", "Final evaluations counted"),
            )
            self.plot.plot(days, counts, pen=None, symbol="o", symbolSize=6, symbolBrush=PALETTE[0])  # each day's
        line = pg.InfiniteLine(needed, angle=0, pen=pg.mkPen(NEUTRAL, width=1, style=Qt.PenStyle.DashLine))
        self.plot.addItem(line)
        self.legend.addItem(
            pg.PlotDataItem(pen=pg.mkPen(NEUTRAL, style=Qt.PenStyle.DashLine)),
            fill(QCoreApplication.translate("CompletionChart", "Needed: %1"), formatting.integer(needed)),
        )
        first = float(days[0]) if len(days) else today - 7
        self.plot.setXRange(first - 0.5, max(today, float(days[-1]) if len(days) else today) + 1.5, padding=0.02)
        top = max(needed, int(counts[-1]) if len(counts) else 0, 1)
        self.plot.setYRange(0, top * 1.08, padding=0)
        self.points = len(days)
