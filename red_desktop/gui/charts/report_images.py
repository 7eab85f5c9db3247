"""The committee charts as PNG images for the dossier: the same chart code as the window, drawn offscreen.

Runs in the GUI thread (widgets); the command line starts an offscreen QApplication for it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from red_desktop.core import chart_data
from red_desktop.core.committee import CommitteeData
from red_desktop.core.sensitivity import RankingSensitivity
from red_desktop.gui.charts.base import render_png
from red_desktop.gui.charts.calibration import CalibrationChart
from red_desktop.gui.charts.distribution import DistributionChart
from red_desktop.gui.charts.leverage import LeverageChart
from red_desktop.gui.charts.range_bars import RangeBarsChart
from red_desktop.gui.charts.sensitivity import SensitivityChart

WIDTH, HEIGHT = 1500, 950  # about 16 x 10 cm at 240 dpi on the page


def committee_images(data: CommitteeData, sensitivity: RankingSensitivity | None) -> dict[str, bytes]:
    """Chart key -> PNG: ranking, totals by region type, leverage, calibration, sensitivity (when given)."""
    images: dict[str, bytes] = {}
    bars = RangeBarsChart()
    bars.set_data(chart_data.range_bars(data, 25))
    images["ranking"] = render_png(bars, WIDTH, HEIGHT)
    groups = DistributionChart()
    label = QCoreApplication.translate("CommitteePage", "region type")
    groups.set_data(chart_data.distribution(data, "region_type"), label)
    images["distribution"] = render_png(groups, WIDTH, HEIGHT)
    leverage = LeverageChart()
    leverage.set_data(chart_data.leverage_points(data))
    images["leverage"] = render_png(leverage, WIDTH, HEIGHT)
    calibration = CalibrationChart()
    calibration.set_data(data.calibration)
    images["calibration"] = render_png(calibration, WIDTH, HEIGHT)
    if sensitivity is not None:
        intervals = SensitivityChart()
        intervals.set_data(chart_data.rank_intervals(data, sensitivity, 25))
        images["sensitivity"] = render_png(intervals, WIDTH, HEIGHT)
    for chart in (bars, groups, leverage, calibration, *([intervals] if sensitivity is not None else [])):
        chart.deleteLater()
    return images
