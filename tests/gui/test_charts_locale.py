"""The charts write figures as the interface language does: "0,2" and "40,2" in Spanish, on axes and in tooltips."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from red_desktop.core import messages
from red_desktop.core.chart_data import Points
from red_desktop.gui.charts.base import number, signed
from red_desktop.gui.charts.calibration import CalibrationChart
from red_desktop.gui.charts.distribution import DistributionChart
from red_desktop.gui.charts.leverage import LeverageChart
from red_desktop.gui.charts.radar import RadarChart
from red_desktop.gui.charts.range_bars import RangeBarsChart
from red_desktop.gui.charts.sensitivity import SensitivityChart


@pytest.fixture
def spanish() -> Iterator[None]:
    messages.set_language("es")  # the interface language, which the figures follow
    yield
    messages.set_language("en")


def test_the_leverage_axes_write_decimals_with_a_comma_in_spanish(qtbot: QtBot, spanish: None) -> None:
    chart = LeverageChart()
    qtbot.addWidget(chart)
    bottom, left = chart.plot.getAxis("bottom"), chart.plot.getAxis("left")
    assert bottom.tickStrings([0.0, 0.2, 0.4], 1.0, 0.2) == ["0,0", "0,2", "0,4"]
    assert left.tickStrings([0.0, 20.0, 40.0], 1.0, 20.0) == ["0", "20", "40"]
    assert bottom.tickStrings([-1e-17], 1.0, 0.5) == ["0,0"]  # a zero computed as -1e-17 is no "-0,0"


def test_every_chart_draws_with_the_locale_axis(qtbot: QtBot, spanish: None) -> None:
    for kind in (LeverageChart, RadarChart, RangeBarsChart, DistributionChart, CalibrationChart, SensitivityChart):
        chart = kind()
        qtbot.addWidget(chart)
        assert chart.plot.getAxis("bottom").tickStrings([0.5], 1.0, 0.5) == ["0,5"], kind.__name__


def test_the_leverage_tooltips_write_decimals_with_a_comma_in_spanish(qtbot: QtBot, spanish: None) -> None:
    chart = LeverageChart()
    qtbot.addWidget(chart)
    chart.set_data(Points(("u1",), ("RED-AR-2026-001",), (0.25,), (40.2,)))
    tip = chart.tip(0)
    assert "40,2" in tip and "0,25" in tip and "40.2" not in tip


def test_figures_follow_the_locale_and_read_back_in_english() -> None:
    assert (number(40.24, 1), signed(1.26, 1), signed(-0.01, 1)) == ("40.2", "+1.3", "0.0")
