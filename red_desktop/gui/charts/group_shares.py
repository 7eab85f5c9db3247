"""Does the funded set honour the call's commitments? Each group's share of the funded amount, in the best set and
in rank order, against the call's lowest and highest share for it."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from red_desktop.core import formatting
from red_desktop.core.chart_data import ShareBar
from red_desktop.gui.charts.base import Chart, colour, number
from red_desktop.gui.fill import fill

LOWEST, HIGHEST = "#009E73", "#D55E00"
MOST_BARS = 10  # more overlap (20 countries in 100 px, seen by a tester): the largest shares and those with rules


def _most(bars: list[ShareBar]) -> list[ShareBar]:
    """At most MOST_BARS: every bar the call has a rule on, then the largest shares in either set, in their order."""
    if len(bars) <= MOST_BARS:
        return bars
    ruled = [b for b in bars if b.lowest is not None or b.highest is not None]
    others = sorted((b for b in bars if b not in ruled), key=lambda b: -max(b.share, b.rank_order_share))
    kept = set(map(id, ruled + others[: max(0, MOST_BARS - len(ruled))]))
    return [b for b in bars if id(b) in kept]


class GroupSharesChart(Chart):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("GroupSharesChart", "Share of the funded amount by group"),
            QCoreApplication.translate("GroupSharesChart", "Share of the funded amount (%)"),
            "",
            parent,
        )
        self.labels: list[str] = []

    def configure(self, plot: pg.PlotWidget) -> None:
        plot.invertY(True)
        plot.setMouseEnabled(x=False, y=False)

    def set_data(self, bars: list[ShareBar], grouping_label: str) -> None:
        self.clear()
        shown = _most(bars)
        title = fill(QCoreApplication.translate("GroupSharesChart", "Share of the funded amount by %1"), grouping_label)
        if len(shown) < len(bars):
            title += " " + fill(
                QCoreApplication.translate("GroupSharesChart", "(the largest %1 of %2)"),
                formatting.integer(len(shown)),
                formatting.integer(len(bars)),
            )
        self.plot.setTitle(title, size="11pt")
        bars = shown
        n = len(bars)
        self.labels = [b.label for b in bars]
        if n == 0:
            return
        y = np.arange(n, dtype=float)
        shares = np.array([b.share for b in bars]) * 100
        self.plot.addItem(
            pg.BarGraphItem(
                x0=0,
                y=y,
                height=0.6,
                width=shares,
                brush=colour(0),
                name=QCoreApplication.translate("GroupSharesChart", "Best set"),
            )
        )
        tips = [self._tip(b) for b in bars]
        ranked = pg.ScatterPlotItem(
            np.array([b.rank_order_share for b in bars]) * 100,
            y,
            data=tips,
            symbol="d",
            size=11,
            brush=pg.mkBrush(colour(1)),
            pen=pg.mkPen("#202020"),
            hoverable=True,
            tip=lambda x, y, data: data,
            name=QCoreApplication.translate("GroupSharesChart", "Rank order"),
        )
        self.plot.addItem(ranked)
        for bound, hue, name in (
            (lambda b: b.lowest, LOWEST, QCoreApplication.translate("GroupSharesChart", "Call's minimum")),
            (lambda b: b.highest, HIGHEST, QCoreApplication.translate("GroupSharesChart", "Call's maximum")),
        ):
            xs, ys = [], []
            for i, bar in enumerate(bars):
                value = bound(bar)
                if value is not None:
                    xs += [value * 100, value * 100, np.nan]
                    ys += [i - 0.42, i + 0.42, np.nan]
            if xs:
                self.plot.addItem(pg.PlotDataItem(xs, ys, pen=pg.mkPen(hue, width=3), connect="finite", name=name))
        self.plot.getAxis("left").setTicks([[(i, label) for i, label in enumerate(self.labels)]])
        self.plot.setXRange(0, max(100.0, float(shares.max())), padding=0.03)
        self.plot.setYRange(-0.6, n - 0.4, padding=0)
        self.points = n

    @staticmethod
    def _tip(bar: ShareBar) -> str:
        text = fill(
            QCoreApplication.translate(
                "GroupSharesChart", "%1: %2 % of the funded amount (%3, %4 proposals); in rank order %5 %"
            ),
            bar.label,
            number(bar.share * 100, 1),
            formatting.amount(bar.amount),
            formatting.integer(bar.count),
            number(bar.rank_order_share * 100, 1),
        )
        if bar.lowest is not None:
            text += "\n" + fill(
                QCoreApplication.translate("GroupSharesChart", "the call asks at least %1 %"),
                number(bar.lowest * 100, 1),
            )
        if bar.highest is not None:
            text += "\n" + fill(
                QCoreApplication.translate("GroupSharesChart", "the call allows at most %1 %"),
                number(bar.highest * 100, 1),
            )
        return text
