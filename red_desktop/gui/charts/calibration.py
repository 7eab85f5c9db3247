"""Is any evaluator systematically harsh or lenient? Mean deviation from colleagues, with two standard errors."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from red_desktop.core.calibration import Calibration
from red_desktop.gui.charts.base import HARSH, LENIENT, NEUTRAL, Chart

TONES = {"harsh": HARSH, "lenient": LENIENT}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalibrationChart", text)


class CalibrationChart(Chart):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            _tr("Evaluator calibration"), _tr("Mean deviation from colleagues (points of total)"), "", parent
        )
        self.plot.invertY(True)

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
        tips = [
            _tr("%1: %2 points on average over %3 proposals (%4)")
            .replace("%1", c.evaluator).replace("%2", f"{c.mean_deviation:+.1f}")
            .replace("%3", str(c.proposals)).replace("%4", _tr(c.tendency))
            for c in shown
        ]  # fmt: skip
        self.plot.addItem(
            pg.ScatterPlotItem(means, y, data=tips, size=8, brush=pg.mkBrush("#202020"), pen=None, hoverable=True,
                               tip=lambda x, y, data: str(data))
        )  # fmt: skip
        for tone, label in ((HARSH, _tr("Harsh")), (LENIENT, _tr("Lenient")), (NEUTRAL, _tr("In line"))):
            self.legend.addItem(pg.BarGraphItem(x0=0, y=[0], height=0, width=[0], brush=tone), label)
        self.legend.addItem(pg.PlotDataItem(pen=pg.mkPen("#202020")), _tr("± two standard errors"))
        self.plot.getAxis("left").setTicks([[(i, c.evaluator) for i, c in enumerate(shown)]])
        span = max(10.0, float(np.max(np.abs(means) + errors)) * 1.15)
        self.plot.setXRange(-span, span, padding=0)
        self.plot.setYRange(-0.6, len(shown) - 0.4, padding=0)
        self.points = len(shown)

    @staticmethod
    def tendencies() -> tuple[str, ...]:
        """Marked for translation: the labels calibration gives."""
        return (_tr("harsh"), _tr("lenient"), _tr("in line"), _tr("too few proposals"))
