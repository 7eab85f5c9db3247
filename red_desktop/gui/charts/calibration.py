"""Is any evaluator systematically harsh or lenient? Mean deviation from colleagues, with two standard errors."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from red_desktop.core import formatting
from red_desktop.core.calibration import MIN_POINTS, Calibration
from red_desktop.core.enum_labels import tendency_label
from red_desktop.gui.charts.base import HARSH, LENIENT, NEUTRAL, Chart, signed
from red_desktop.gui.fill import fill

TONES = {"harsh": HARSH, "lenient": LENIENT}


class CalibrationChart(Chart):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("CalibrationChart", "Evaluator calibration"),
            QCoreApplication.translate("CalibrationChart", "Mean deviation from colleagues (points of total)"),
            "",
            parent,
        )
        self.threshold = MIN_POINTS

    def configure(self, plot: pg.PlotWidget) -> None:
        plot.invertY(True)

    def set_data(self, lines: list[Calibration]) -> None:
        self.clear()
        shown = [c for c in lines if c.mean_deviation is not None]
        if not shown:
            return
        y = np.arange(len(shown), dtype=float)
        means = np.array([c.mean_deviation for c in shown], dtype=float)
        errors = np.array([2 * (c.standard_error or 0.0) for c in shown], dtype=float)
        brushes = [pg.mkBrush(TONES.get(c.tendency, NEUTRAL)) for c in shown]
        self.plot.addItem(
            pg.BarGraphItem(x0=np.minimum(means, 0), y=y, height=0.6, width=np.abs(means), brushes=brushes)
        )
        self.plot.addItem(pg.ErrorBarItem(x=means, y=y, left=errors, right=errors, beam=0.25, pen=pg.mkPen("#202020")))
        self.plot.addItem(pg.InfiniteLine(0, angle=90, pen=pg.mkPen("#202020", width=1)))
        # the rule's threshold: a bar is coloured (and labelled) only beyond it, with its whiskers clear of zero
        for side in (-self.threshold, self.threshold):
            dashed = pg.mkPen("#808080", width=1, style=Qt.PenStyle.DashLine)
            self.plot.addItem(pg.InfiniteLine(side, angle=90, pen=dashed))
        tips = [
            fill(
                QCoreApplication.translate("CalibrationChart", "%1: %2 points on average over %3 proposals (%4)"),
                c.evaluator,
                signed(c.mean_deviation or 0.0, 1),
                str(c.proposals),
                tendency_label(c.tendency),
            )
            for c in shown
        ]
        self.plot.addItem(
            pg.ScatterPlotItem(
                means,
                y,
                data=tips,
                size=8,
                brush=pg.mkBrush("#202020"),
                pen=None,
                hoverable=True,
                tip=lambda x, y, data: str(data),
            )
        )
        for tone, label in (
            (HARSH, QCoreApplication.translate("CalibrationChart", "Harsh")),
            (LENIENT, QCoreApplication.translate("CalibrationChart", "Lenient")),
            (NEUTRAL, QCoreApplication.translate("CalibrationChart", "In line")),
        ):
            self.legend.addItem(pg.BarGraphItem(x0=0, y=[0], height=0, width=[0], brush=tone), label)
        self.legend.addItem(
            pg.PlotDataItem(pen=pg.mkPen("#202020")),
            QCoreApplication.translate("CalibrationChart", "± two standard errors"),
        )
        self.legend.addItem(
            pg.PlotDataItem(pen=pg.mkPen("#808080", style=Qt.PenStyle.DashLine)),
            fill(
                QCoreApplication.translate("CalibrationChart", "± %1 points: the rule's threshold"),
                formatting.trimmed(self.threshold),
            ),
        )
        self.plot.getAxis("left").setTicks([[(i, c.evaluator) for i, c in enumerate(shown)]])
        span = max(10.0, self.threshold * 1.3, float(np.max(np.abs(means) + errors)) * 1.15)
        self.plot.setXRange(-span, span, padding=0)
        self.plot.setYRange(-0.6, len(shown) - 0.4, padding=0)
        self.points = len(shown)
