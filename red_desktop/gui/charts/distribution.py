"""Do some regions, countries or priority areas score systematically higher? Totals by group."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from red_desktop.core import formatting
from red_desktop.core.chart_data import Group
from red_desktop.gui.charts.base import MAX_POINTS, Chart, colour, number, sample, sampled_name
from red_desktop.gui.fill import fill

JITTER = 0.28
GAP = 8  # pixels between two category labels
MIN_LABEL = 34  # pixels: narrower than this, a label says nothing and the labels are thinned out


class DistributionChart(Chart):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("DistributionChart", "Distribution of committee totals"),
            "",
            QCoreApplication.translate("DistributionChart", "Total (0-100)"),
            parent,
        )
        self.labels: list[str] = []
        self.shown: list[tuple[int, str]] = []

    def set_data(self, groups: list[Group], grouping_label: str) -> None:
        self.clear()
        self.plot.setTitle(
            fill(QCoreApplication.translate("DistributionChart", "Committee totals by %1"), grouping_label),
            size="11pt",
        )
        self.plot.setLabel("bottom", grouping_label)
        rng = np.random.default_rng(0)  # the same spread of dots every time
        count = sum(len(g.totals) for g in groups)
        # Beyond MAX_POINTS in all, each group drawn as an even sample of its dots (the median is of all of them)
        share = MAX_POINTS / count if count > MAX_POINTS else 1.0
        drawn = [sample(len(g.totals), max(1, int(len(g.totals) * share))) for g in groups]
        name = QCoreApplication.translate("DistributionChart", "Proposal")
        if share < 1.0:
            name = sampled_name(sum(len(d) for d in drawn), count)
        for i, (group, shown) in enumerate(zip(groups, drawn, strict=True)):
            totals = np.array(group.totals, dtype=float)[shown]
            xs = i + rng.uniform(-JITTER, JITTER, len(totals))
            dots = pg.ScatterPlotItem(
                xs,
                totals,
                data=shown,  # each dot's position in its group, its tooltip worded when shown
                size=6,
                brush=pg.mkBrush(colour(0).lighter(130)),
                pen=None,
                hoverable=True,
                tip=lambda x, y, data, group=group: f"{group.codes[int(data)]}: {number(group.totals[int(data)], 1)}",
                name=name if i == 0 else None,
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
            self.points += len(totals)  # drawn
        self.labels = [f"{g.label} ({formatting.integer(len(g.totals))})" for g in groups]
        axis = self.plot.getAxis("bottom")
        axis.setToolTip(
            "\n".join(f"{label}: {self._median_text(g.median)}" for label, g in zip(self.labels, groups, strict=True))
        )
        self.plot.setYRange(0, 100, padding=0.02)
        self.plot.setXRange(-0.5, max(len(groups), 1) - 0.5, padding=0)  # fit_labels widens it when thinning
        self.fit_labels()

    @staticmethod
    def _median_text(median: float) -> str:
        return fill(QCoreApplication.translate("DistributionChart", "median %1"), number(median, 1))

    def fit_labels(self) -> None:
        """Each group's label under it, elided to the group's share of the axis; when even short labels would
        touch, every second (third, ...) one only. The axis tooltip lists them all whole."""
        if not getattr(self, "labels", None):
            return
        axis = self.plot.getAxis("bottom")
        metrics = QFontMetrics(axis.style.get("tickFont") or axis.font())
        width = self.plot.getPlotItem().getViewBox().width()
        n = len(self.labels)
        step = 1  # label every step-th group; the axis keeps half a step of room beyond the first and last group

        def room(step: int) -> int:
            return int(width / (n - 1 + step) * step - GAP)

        while room(step) < MIN_LABEL and step < n:
            step += 1
        self.plot.setXRange(-step / 2, n - 1 + step / 2, padding=0)
        self.shown = [
            (i, metrics.elidedText(label, Qt.TextElideMode.ElideRight, max(room(step), 1)))
            for i, label in enumerate(self.labels)
            if i % step == 0
        ]
        axis.setTicks([self.shown])
