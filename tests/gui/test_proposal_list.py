"""The proposal list over a 10,000-proposal store, driven through its widgets: it shows what the core finds."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from red_desktop.core.list_index import ListIndex
from red_desktop.core.listing import ListQuery
from red_desktop.core.store import Store
from red_desktop.gui.proposals.list_model import CACHE_ROWS, ProposalListModel
from red_desktop.gui.proposals.list_view import ProposalListView
from red_desktop.gui.store_service import StoreService
from tests.factories import bulk_store

SIZE = 10_000


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.sqlite"
    with Store.open(path, user="bulk") as store:
        bulk_store(store, SIZE)
    return path


@pytest.fixture
def view(qtbot: QtBot, big_store: Path) -> Iterator[ProposalListView]:
    service = StoreService(big_store, "tester")
    assert service.open() == ""
    reader = service.reader
    assert reader is not None
    widget = ProposalListView(ProposalListModel(reader.proposals.rows, reader.proposals.ids_in_code_order))
    qtbot.addWidget(widget)
    widget.proposals = reader.proposals  # type: ignore[attr-defined]  # for core_codes
    widget.set_index(ListIndex(reader.proposals.list_columns()))
    widget.show()
    yield widget
    service.close()


def shown_codes(view: ProposalListView) -> list[str]:
    return [view.model.row_at(r).code for r in range(view.model.rowCount())]


def core_codes(view: ProposalListView, query: ListQuery) -> list[str]:
    """The core's answer from an index of its own."""
    proposals = view.proposals  # type: ignore[attr-defined]
    return [row.code for row in proposals.rows(ListIndex(proposals.list_columns()).query(query))]


def test_the_whole_list_opens_in_code_order(view: ProposalListView) -> None:
    assert view.model.rowCount() == SIZE
    codes = shown_codes(view)
    assert codes == sorted(codes)
    assert view.count_label.text() == "10,000 proposals"


def test_typing_filtering_and_sorting_by_clicking_show_what_the_core_finds(
    qtbot: QtBot, view: ProposalListView
) -> None:
    qtbot.keyClicks(view.filters.search, "sao joao")
    brazil = view.filters.combos["countries"]
    brazil.setCurrentIndex(brazil.findData("BR"))
    state = view.filters.evaluation
    state.setCurrentIndex(state.findData("final"))
    header = view.table.horizontalHeader()
    total = view.model.column_of("total")
    view.set_column_visible("total", True)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, total))
    first_order = view.model.query.descending
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, total))
    assert view.model.query.descending != first_order
    expected = core_codes(
        view,
        ListQuery(
            text="sao joao",
            countries=frozenset({"BR"}),
            evaluation_state="final",
            sort="total",
            descending=view.model.query.descending,
        ),
    )
    assert 100 < len(expected) < SIZE
    assert shown_codes(view) == expected
    totals = [view.model.row_at(r).total for r in range(view.model.rowCount())]
    assert totals == sorted(totals, reverse=view.model.query.descending)  # type: ignore[type-var]
    assert view.count_label.text() == f"{len(expected):,} of 10,000 proposals"


def test_sort_survives_a_change_of_filter(view: ProposalListView) -> None:
    view.model.sort(view.model.column_of("region_name"), Qt.SortOrder.DescendingOrder)
    view.filters.search.setText("valle")
    assert (view.model.query.sort, view.model.query.descending, view.model.query.text) == ("region_name", True, "valle")
    assert shown_codes(view) == core_codes(view, replace(view.model.query))


def test_memory_stays_bounded_while_scrolling_everything(view: ProposalListView) -> None:
    for row in range(0, SIZE, 37):
        view.model.row_at(row)
    assert len(view.model._cache) <= CACHE_ROWS


def test_the_selection_survives_a_new_index(view: ProposalListView) -> None:
    view.select_row(1234)
    chosen = view.selected_uuid()
    view.set_index(ListIndex(view.proposals.list_columns()))  # type: ignore[attr-defined]
    assert view.selected_uuid() == chosen


def test_before_its_index_lands_the_list_shows_everything_and_keeps_the_search(qtbot: QtBot, big_store: Path) -> None:
    with Store.open(big_store, readonly=True) as reader:
        widget = ProposalListView(ProposalListModel(reader.proposals.rows, reader.proposals.ids_in_code_order))
        qtbot.addWidget(widget)
        assert widget.model.loading and widget.model.rowCount() == SIZE
        assert widget.count_label.text() == "10,000 proposals"
        widget.filters.search.setText("sao joao")
        assert widget.model.rowCount() == SIZE  # nothing to answer with yet
        assert widget.count_label.text() == "Preparing the search over 10,000 proposals…"
        index = ListIndex(reader.proposals.list_columns())
        widget.set_index(index)
        assert not widget.model.loading
        expected = index.query(ListQuery(text="sao joao")).tolist()
        assert 100 < len(expected) < SIZE
        assert [widget.model.row_at(r).rowid for r in range(widget.model.rowCount())] == expected
        assert widget.count_label.text() == f"{len(expected):,} of 10,000 proposals"


def _section_centre(header, section: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    return QPoint(x, header.height() // 2)
