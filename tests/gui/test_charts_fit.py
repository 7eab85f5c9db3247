"""Committee charts fit their window: the ranking's axis covers the data and says where it starts, legends keep
whole texts and stay under the plot after a resize, group labels do not overlap, and a selection keeps the colour."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetrics
from pytestqt.qtbot import QtBot

from red_desktop.core import chart_data
from red_desktop.core.chart_data import axis_start
from red_desktop.core.committee import CommitteeData, build_committee
from red_desktop.core.demo import build_demo
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.charts.base import CONTESTED, SELECTED
from red_desktop.gui.charts.distribution import DistributionChart
from red_desktop.gui.charts.radar import RadarChart
from red_desktop.gui.charts.range_bars import RangeBarsChart


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> Iterator[CommitteeData]:
    path = tmp_path_factory.mktemp("fit") / "demo.sqlite"
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, proposals=120, evaluators=5, seed=1)
        yield build_committee(store, rubric)


def _shown(qtbot: QtBot, chart: object, width: int, height: int) -> None:
    qtbot.addWidget(chart)
    chart.resize(width, height)  # type: ignore[attr-defined]
    chart.show()  # type: ignore[attr-defined]
    qtbot.waitExposed(chart)


def test_ranking_axis_covers_the_data_and_says_where_the_bars_start(qtbot: QtBot, data: CommitteeData) -> None:
    chart = RangeBarsChart()
    _shown(qtbot, chart, 700, 500)
    bars = chart_data.range_bars(data, top=20)
    chart.set_data(bars)
    (left, right), _ = chart.plot.getPlotItem().getViewBox().viewRange()
    assert right >= max(bars.highs) and right >= 100
    assert left <= chart.start <= min(min(bars.lows), min(bars.totals)) - 5
    if chart.start > 0:  # close leading totals are spread out, and the axis says the bars do not start at 0
        assert chart.start % 10 == 0
        assert f"{chart.start:.0f}" in chart.plot.getAxis("bottom").labelText
    assert axis_start(12.0) == 0.0 and axis_start(86.0) == 80.0 and axis_start(84.0) == 70.0


def test_legend_texts_stay_whole_and_the_legend_stays_in_the_chart(qtbot: QtBot, data: CommitteeData) -> None:
    chart = RangeBarsChart()
    _shown(qtbot, chart, 560, 380)
    bars = chart_data.range_bars(data, top=20)
    chart.set_data(bars, selected=bars.uuids[0])
    for width in (420, 900, 480):
        chart.resize(width, 380)
        plot_item = chart.plot.getPlotItem()
        qtbot.waitUntil(lambda w=width: abs(chart.plot.width() - w) < 2)
        qtbot.waitUntil(
            lambda plot_item=plot_item: (
                plot_item.mapRectToScene(chart.legend.geometry()).right() <= plot_item.sceneBoundingRect().right() + 1
            )
        )
        for _sample, label in chart.legend.items:
            whole = QFontMetrics(label.item.font()).horizontalAdvance(label.item.toPlainText())
            assert label.item.toPlainText() in {"Committee total", "Contested", "Lowest-highest evaluator", "Selected"}
            assert label.width() >= whole


def test_radar_legend_stays_under_the_plot_after_a_resize(qtbot: QtBot, data: CommitteeData) -> None:
    chart = RadarChart()
    _shown(qtbot, chart, 700, 420)
    leader = next(r for r in data.ranking if r.total is not None)
    chart.set_data(chart_data.radar(data, leader.uuid))
    view = chart.plot.getPlotItem().getViewBox()

    def below() -> bool:
        plot = view.sceneBoundingRect()
        legend = chart.legend.sceneBoundingRect()
        return legend.top() >= plot.bottom() - 1 and not legend.intersects(plot.adjusted(0, 0, 0, -2))

    qtbot.waitUntil(below)
    for size in ((420, 300), (900, 600), (560, 360)):
        chart.resize(*size)
        chart.set_data(chart_data.radar(data, leader.uuid))  # a new proposal after the resize re-fills the legend
        qtbot.waitUntil(below)


def test_group_labels_do_not_overlap_and_the_first_has_one(qtbot: QtBot, data: CommitteeData) -> None:
    chart = DistributionChart()
    _shown(qtbot, chart, 640, 400)
    groups = chart_data.distribution(data, "country")
    chart.set_data(groups, "country")
    view = chart.plot.getPlotItem().getViewBox()
    for width in (640, 900, 420):
        chart.resize(width, 400)
        qtbot.waitUntil(lambda w=width: abs(chart.plot.width() - w) < 2)
        chart.fit_labels()
        axis = chart.plot.getAxis("bottom")
        metrics = QFontMetrics(axis.style.get("tickFont") or QFont(axis.font()))
        assert chart.shown and chart.shown[0][0] == 0 and chart.shown[0][1]
        rects = []
        for index, text in chart.shown:
            x = view.mapViewToScene(QPointF(index, 0)).x()
            w = metrics.horizontalAdvance(text)
            rects.append(QRectF(x - w / 2, 0, w, 10))
        for a, b in zip(rects, rects[1:]):
            assert not a.intersects(b)
        left, right = view.sceneBoundingRect().left(), view.sceneBoundingRect().right()
        assert rects[0].left() >= left - 1 and rects[-1].right() <= right + 1
    assert all(label in axis.toolTip() for label in chart.labels)


def test_a_selected_contested_bar_keeps_its_colour(qtbot: QtBot, data: CommitteeData) -> None:
    chart = RangeBarsChart()
    qtbot.addWidget(chart)
    bars = chart_data.range_bars(data, top=40)
    index = bars.contested.index(True)
    chart.set_data(bars, selected=bars.uuids[index])
    assert chart.brushes[index].color() == QColor(CONTESTED)
    assert chart.pens[index].color() == QColor(SELECTED) and chart.pens[index].widthF() >= 2
    others = [p for i, p in enumerate(chart.pens) if i != index]
    assert all(p.style().name == "NoPen" for p in others)
