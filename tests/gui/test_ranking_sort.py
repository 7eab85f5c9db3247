"""The committee ranking sorts in its model, with numpy over a column's values (issue 19: a proxy's Python
comparisons took seconds at 100,000 proposals): blanks last and the ineligible apart in either order, ties in the
ranking's order, the selection following its proposal, row lookups by uuid."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from red_desktop.core.committee import CommitteeData, build_committee
from red_desktop.core.demo import build_demo
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.committee.ranking_model import UUID_ROLE, RankingModel


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> Iterator[CommitteeData]:
    path = tmp_path_factory.mktemp("ranking") / "demo.sqlite"
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, proposals=40, evaluators=4, seed=3)
        yield build_committee(store, rubric)


def with_blanks_and_ties(data: CommitteeData) -> CommitteeData:
    """Two proposals without a total yet, and two with the same total."""
    ranking = list(data.ranking)
    ranking[2], ranking[3] = replace(ranking[2], total=None), replace(ranking[3], total=None)
    ranking[9] = replace(ranking[9], total=ranking[4].total)
    return replace(data, ranking=type(data.ranking)(ranking))


def table(model: RankingModel, qtbot: QtBot) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setSortingEnabled(True)
    return view


def shown(model: RankingModel) -> list:
    return [model.row_at(r) for r in range(model.rowCount())]


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_sorting_by_total_puts_blanks_last_and_keeps_the_ranking_order_in_ties(
    qtbot: QtBot, data: CommitteeData, rubric: Rubric, order: Qt.SortOrder
) -> None:
    model = RankingModel({c.id: c.id for c in rubric.criteria})
    view = table(model, qtbot)
    data = with_blanks_and_ties(data)
    model.set_data(data)
    view.sortByColumn(model.keys.index("total"), order)
    rows = shown(model)
    totals = [r.total for r in rows if r.total is not None]
    assert totals == sorted(totals, reverse=order == Qt.SortOrder.DescendingOrder)
    assert all(r.total is None for r in rows[len(totals) :]) and len(totals) < len(rows)
    for a, b in zip(rows, rows[1:]):  # equal totals: in the ranking's order
        if a.total is not None and a.total == b.total:
            assert data.ranking.index(a) < data.ranking.index(b)
    assert all(model.row_of(r.uuid) == model._rows.index(r) for r in rows)


def test_text_columns_sort_ignoring_case_and_the_ineligible_stay_apart(
    qtbot: QtBot, data: CommitteeData, rubric: Rubric
) -> None:
    model = RankingModel({c.id: c.id for c in rubric.criteria})
    view = table(model, qtbot)
    ranking = list(data.ranking)
    ranking[0] = replace(ranking[0], title="zebra crossing", eligible=False)
    ranking[1] = replace(ranking[1], title="Aardvark", eligible=True)
    model.set_ineligible_last(True)
    model.set_data(replace(data, ranking=type(data.ranking)(ranking)))
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        view.sortByColumn(model.keys.index("title"), order)
        rows = shown(model)
        eligible = [r for r in rows if r.eligible]
        assert rows[: len(eligible)] == eligible  # apart in either order
        titles = [r.title.casefold() for r in eligible]
        assert titles == sorted(titles, reverse=order == Qt.SortOrder.DescendingOrder)


def test_the_selected_proposal_stays_selected_through_a_sort_and_a_new_computation(
    qtbot: QtBot, data: CommitteeData, rubric: Rubric
) -> None:
    model = RankingModel({c.id: c.id for c in rubric.criteria})
    view = table(model, qtbot)
    model.set_data(data)
    chosen = data.ranking[5].uuid
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().select(model.index(model.row_of(chosen) or 0, 0), flags)
    view.sortByColumn(model.keys.index("code"), Qt.SortOrder.DescendingOrder)
    selected = view.selectionModel().selectedRows()
    assert [model.data(i, UUID_ROLE) for i in selected] == [chosen]
    assert selected[0].row() == model.row_of(chosen)
    model.set_data(data)  # a new computation keeps the order chosen
    codes = [r.code for r in shown(model)]
    assert codes == sorted(codes, key=str.casefold, reverse=True)
