"""The committee charts' data from the ranking's columns (CommitteeData.table, issue 19: no Python loop over
100,000 proposals on the window's thread), checked against the ranking proposal by proposal."""

from __future__ import annotations

from dataclasses import replace

import pytest

from red_desktop.core import chart_data
from red_desktop.core.committee import CommitteeData, build_committee
from red_desktop.core.demo import build_demo
from red_desktop.core.enum_labels import value_label
from red_desktop.core.rubric import Rubric
from red_desktop.core.scoring import TOTAL
from red_desktop.core.store import Store


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> CommitteeData:
    """A demo where some proposals have no region type, no request (no leverage) or no committee total."""
    path = tmp_path_factory.mktemp("charts") / "demo.sqlite"
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, proposals=60, evaluators=4, seed=8)
        committee = build_committee(store, rubric)
    ranking = list(committee.ranking)
    for i in range(0, 12, 3):
        ranking[i] = replace(ranking[i], region_type=None, leverage=None if i % 2 else ranking[i].leverage)
    ranking[5] = replace(ranking[5], total=None)
    return replace(committee, ranking=ranking)


@pytest.mark.parametrize("by", chart_data.GROUPINGS)
def test_each_group_holds_its_proposals_totals_in_ranking_order(data: CommitteeData, by: str) -> None:
    groups = chart_data.distribution(data, by, "es")
    assert [len(g.totals) for g in groups] == sorted((len(g.totals) for g in groups), reverse=True)
    for group in groups:
        mine = [
            r
            for r in data.ranking
            if r.total is not None
            and (getattr(r, by) if by == "country" else value_label(by, getattr(r, by), "es").split(" (")[0])
            == group.label
        ]
        assert group.totals == tuple(r.total for r in mine) and group.codes == tuple(r.code for r in mine)
    assert sum(len(g.totals) for g in groups) == sum(r.total is not None for r in data.ranking)


def test_leverage_points_are_the_proposals_with_both_figures(data: CommitteeData) -> None:
    points = chart_data.leverage_points(data)
    chosen = [r for r in data.ranking if r.total is not None and r.leverage is not None]
    assert points.uuids == tuple(r.uuid for r in chosen) and points.codes == tuple(r.code for r in chosen)
    assert points.leverage == tuple(r.leverage for r in chosen) and points.totals == tuple(r.total for r in chosen)
    assert len(chosen) < len(data.ranking)


def test_range_bars_span_each_proposals_final_totals(data: CommitteeData) -> None:
    bars = chart_data.range_bars(data, 8)
    for uuid, low, high in zip(bars.uuids, bars.lows, bars.highs, strict=True):
        totals = data.finals.loc[data.finals["proposal_uuid"] == uuid, TOTAL]
        assert (low, high) == (totals.min(), totals.max())
    assert data.ranking[5].uuid not in bars.uuids  # no committee total: no bar
