"""Do some regions, countries or priority areas score systematically higher? Totals by group."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from red_desktop.core.chart_data import Group
from red_desktop.gui.charts.base import Chart, colour

JITTER = 0.28


class DistributionChart(Chart):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("DistributionChart", "Distribution of committee totals"),
            "",
            QCoreApplication.translate("DistributionChart", "Total (0-100)"),
            parent,
        )

    def set_data(self, groups: list[Group], grouping_label: str) -> None:
        self.clear()
        self.plot.setTitle(
            QCoreApplication.translate("DistributionChart", "Committee totals by %1").replace("%1", grouping_label),
            size="11pt",
        )
        self.plot.setLabel("bottom", grouping_label)
        rng = np.random.default_rng(0)  # the same spread of dots every time
        for i, group in enumerate(groups):
            totals = np.array(group.totals, dtype=float)
            xs = i + rng.uniform(-JITTER, JITTER, len(totals))
            tips = [f"{code}: {t:.1f}" for code, t in zip(group.codes, totals, strict=True)]
            dots = pg.ScatterPlotItem(
                xs,
                totals,
                data=tips,
                size=6,
                brush=pg.mkBrush(colour(0).lighter(130)),
                pen=None,
                hoverable=True,
                tip=lambda x, y, data: str(data),
                name=QCoreApplication.translate("DistributionChart", "Proposal") if i == 0 else None,
            )
            self.plot.addItem(dots)
            median = group.median
            line = pg.PlotDataItem(
                [i - 0.4, i + 0.4],
                [median, median],
                pen=pg.mkPen("#D55E00", width=3),
                name=QCoreApplication.translate("DistributionChart", "Median") if i == 0 else None,
            )
            self.plot.addItem(line)
            self.points += len(totals)
        labels = [(i, f"{g.label} ({len(g.totals)})") for i, g in enumerate(groups)]
        self.plot.getAxis("bottom").setTicks([labels])
        self.plot.setYRange(0, 100, padding=0.02)
        self.plot.setXRange(-0.6, max(len(groups), 1) - 0.4, padding=0)
