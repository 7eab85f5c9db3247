"""Committee charts on a known demo store: what they plot, their tooltips and clicks, and their PNG rendering."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from red_desktop.core import chart_data
from red_desktop.core.committee import CommitteeData, build_committee
from red_desktop.core.demo import build_demo
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.charts.base import render_png
from red_desktop.gui.charts.calibration import CalibrationChart
from red_desktop.gui.charts.distribution import DistributionChart
from red_desktop.gui.charts.leverage import LeverageChart
from red_desktop.gui.charts.radar import RadarChart
from red_desktop.gui.charts.range_bars import RangeBarsChart


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> Iterator[CommitteeData]:
    path = tmp_path_factory.mktemp("charts") / "demo.sqlite"
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, proposals=40, evaluators=5, seed=4)
        yield build_committee(store, rubric)


def test_each_chart_plots_what_the_store_holds(qtbot: QtBot, data: CommitteeData) -> None:
    ranked = [r for r in data.ranking if r.total is not None]
    with_leverage = [r for r in ranked if r.leverage is not None]
    leader = ranked[0]
    radar, bars, spread, leverage, calibration = (
        RadarChart(), RangeBarsChart(), DistributionChart(), LeverageChart(), CalibrationChart()
    )  # fmt: skip
    for chart in (radar, bars, spread, leverage, calibration):
        qtbot.addWidget(chart)
    radar.set_data(chart_data.radar(data, leader.uuid))
    evaluators = int((data.finals["proposal_uuid"] == leader.uuid).sum())
    assert radar.points == len(data.rubric.criteria) * (2 + evaluators)  # average, aggregate, each evaluator
    bars.set_data(chart_data.range_bars(data, top=15))
    assert bars.points == min(15, len(ranked))
    spread.set_data(chart_data.distribution(data, "country"), "country")
    assert spread.points == len(ranked)
    leverage.set_data(chart_data.leverage_points(data), selected=leader.uuid)
    assert leverage.points == len(with_leverage)
    calibration.set_data(data.calibration)
    assert calibration.points == sum(1 for c in data.calibration if c.mean_deviation is not None) == 5


def test_range_bars_show_each_proposals_evaluator_range(data: CommitteeData) -> None:
    bars = chart_data.range_bars(data, top=10)
    for uuid, total, low, high in zip(bars.uuids, bars.totals, bars.lows, bars.highs, strict=True):
        finals = data.finals.loc[data.finals["proposal_uuid"] == uuid, "total"]
        assert (low, high) == (pytest.approx(finals.min()), pytest.approx(finals.max()))
        assert low - 1e-9 <= total <= high + 1e-9
    assert list(bars.totals) == sorted(bars.totals, reverse=True)


def test_clicking_a_point_selects_its_proposal(qtbot: QtBot, data: CommitteeData) -> None:
    chart = LeverageChart()
    qtbot.addWidget(chart)
    points = chart_data.leverage_points(data)
    chart.set_data(points)
    scatter = next(item for item in chart.plot.getPlotItem().items if hasattr(item, "sigClicked"))
    spot = scatter.points()[3]
    with qtbot.waitSignal(chart.proposal_clicked) as clicked:
        scatter.sigClicked.emit(scatter, [spot], None)
    assert clicked.args == [points.uuids[3]]


def test_charts_render_to_png_offscreen(qtbot: QtBot, data: CommitteeData, tmp_path: Path) -> None:
    chart = CalibrationChart()
    qtbot.addWidget(chart)
    chart.set_data(data.calibration)
    png = render_png(chart, 800, 500)
    image = QImage.fromData(png)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and (image.width(), image.height()) == (800, 500)


def test_an_unknown_grouping_is_refused(data: CommitteeData) -> None:
    with pytest.raises(ValueError, match="grouping must be one of"):
        chart_data.distribution(data, "sector")


def test_a_large_portfolio_is_drawn_as_an_even_sample_and_any_proposal_can_be_selected(qtbot: QtBot) -> None:
    """Issue 19: 100,000 points with a brush each stalled the GUI thread for seconds. Beyond MAX_POINTS an even
    sample through the ranking is drawn, the legend says so, and a click or a tooltip names the right proposal."""
    from red_desktop.core.chart_data import Points
    from red_desktop.gui.charts.leverage import MAX_POINTS

    count = 12_000
    points = Points(
        tuple(f"u{i}" for i in range(count)),
        tuple(f"RED-XX-{i:05d}" for i in range(count)),
        tuple(i / count for i in range(count)),
        tuple(100 - i * 80 / count for i in range(count)),
    )
    chart = LeverageChart()
    qtbot.addWidget(chart)
    chart.set_data(points, selected="u7")  # u7 is not among the points drawn: it is marked all the same
    assert chart.points == MAX_POINTS
    scatter = next(item for item in chart.plot.getPlotItem().items if hasattr(item, "sigClicked") and item.name())
    assert "5,000" in scatter.name() and "12,000" in scatter.name()
    spot = scatter.points()[-1]
    with qtbot.waitSignal(chart.proposal_clicked) as clicked:
        scatter.sigClicked.emit(scatter, [spot], None)
    assert clicked.args == ["u11999"] and chart.tip(int(spot.data())).startswith("RED-XX-11999:")
    assert chart._selection is not None and chart._selection.isVisible()
    assert chart._selection.getData()[0][0] == pytest.approx(7 / count)


def test_the_committee_lookups_answer_as_the_scans_they_replace(data: CommitteeData) -> None:
    """Issue 19: a proposal, its final evaluations and the portfolio's averages were found by scanning every row
    on each selection; they are looked up now, with the same answers."""
    import numpy as np

    warmed = data.warm()
    for r in data.ranking[:10]:
        assert warmed.proposal(r.uuid) is r
        scanned = data.finals[data.finals["proposal_uuid"] == r.uuid]
        assert warmed.finals_of(r.uuid).equals(scanned)
    assert warmed.proposal("no such uuid") is None and warmed.finals_of("no such uuid").empty
    ranked = [r for r in data.ranking if r.total is not None]
    expected = tuple(float(np.mean([r.criteria[c] or 0.0 for r in ranked])) for c in data.rubric.criterion_ids)
    assert warmed.criterion_averages == pytest.approx(expected)


def test_a_large_distribution_is_drawn_as_a_sample_with_its_medians_of_all(qtbot: QtBot) -> None:
    from red_desktop.core.chart_data import Group
    from red_desktop.gui.charts.base import MAX_POINTS

    groups = [
        Group("Emergente", tuple(float(i % 97) for i in range(9_000)), tuple(f"E{i}" for i in range(9_000))),
        Group("Marginada", tuple(float(i % 89) for i in range(3_000)), tuple(f"M{i}" for i in range(3_000))),
    ]
    chart = DistributionChart()
    qtbot.addWidget(chart)
    chart.set_data(groups, "Region type")
    assert chart.points <= MAX_POINTS
    dots = [item for item in chart.plot.getPlotItem().items if isinstance(item, pg.ScatterPlotItem)]
    assert "12,000" in dots[0].name()
    spot = dots[1].points()[-1]
    assert dots[1].opts["tip"](x=0, y=0, data=spot.data()) == f"M{int(spot.data())}: {float(int(spot.data()) % 89):.1f}"
    assert groups[0].median == pytest.approx(float(np.median(groups[0].totals)))


def test_radar_drawn_again_shows_the_new_proposals_lines_alone(qtbot: QtBot, data: CommitteeData) -> None:
    """The radar keeps its grid and reuses its lines from one proposal to the next: what it then shows (lines,
    dots, legend) is what a radar drawn afresh for that proposal shows, whatever the number of evaluators."""
    counts = data.finals.groupby("proposal_uuid", observed=True).size()
    many, few = str(counts.idxmax()), str(counts.idxmin())
    assert counts[many] > counts[few]

    def drawn(chart: RadarChart) -> tuple[list[str], list[list[float]], int]:
        items = chart.plot.getPlotItem().items
        legend = [label.text for _, label in chart.legend.items]
        dots = [list(np.round(i.getData()[0], 6)) for i in items if isinstance(i, pg.ScatterPlotItem)]
        return legend, dots, len(items)

    for first, second in ((many, few), (few, many)):
        reused, fresh = RadarChart(), RadarChart()
        qtbot.addWidget(reused)
        qtbot.addWidget(fresh)
        reused.set_data(chart_data.radar(data, first))
        reused.set_data(chart_data.radar(data, second))
        fresh.set_data(chart_data.radar(data, second))
        assert drawn(reused) == drawn(fresh)
        assert reused.points == fresh.points
