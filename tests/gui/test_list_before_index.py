"""The proposal list before its index lands (issue 19): its first lines from the first page of the code order, a
search answered by the store in the background, and every answer the index's once it lands."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from red_desktop.core.list_index import ListIndex
from red_desktop.core.listing import ListQuery
from red_desktop.core.store import Store
from red_desktop.core.store.proposals import Proposals
from red_desktop.gui.proposals.list_model import PAGE, ProposalListModel
from red_desktop.gui.proposals.list_view import ProposalListView
from red_desktop.gui.proposals.store_search import StoreSearch
from red_desktop.gui.store_service import StoreService
from red_desktop.gui.tasks import Executor
from tests.factories import bulk_store

SIZE = 1_000


@pytest.fixture(scope="module")
def bulk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bulk") / "bulk.sqlite"
    with Store.open(path, user="bulk") as store:
        bulk_store(store, SIZE)
    return path


@pytest.fixture
def service(bulk: Path) -> Iterator[StoreService]:
    service = StoreService(bulk, "tester")
    assert service.open() == ""
    yield service
    service.close()


def test_the_first_lines_read_one_page_of_the_code_order(service: StoreService) -> None:
    proposals = service.reader.proposals  # type: ignore[union-attr]
    pages: list[tuple[object, ...]] = []

    def code_order(*page: int) -> list[int]:
        pages.append(page)
        return proposals.ids_in_code_order(*page)

    model = ProposalListModel(proposals.rows, code_order, count=proposals.count)
    everything = proposals.ids_in_code_order()
    assert model.rowCount() == SIZE and pages == []  # nothing read until a line is shown
    assert model.row_at(0).rowid == everything[0] and model.row_at(PAGE - 1).rowid == everything[PAGE - 1]
    assert pages == [(0, PAGE)]
    model.sort(model.column_of("code"), Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).rowid == everything[-1] and pages[-1] == (SIZE - PAGE, PAGE)
    assert [model.row_at(r).rowid for r in range(SIZE)] == everything[::-1]  # every page read once, when shown
    assert len(pages) == SIZE // PAGE
    model.set_index(ListIndex(proposals.list_columns()))
    assert model._ids.tolist() == everything[::-1]


def test_a_search_typed_before_the_index_lands_is_answered_by_the_store(qtbot: QtBot, service: StoreService) -> None:
    proposals = service.reader.proposals  # type: ignore[union-attr]
    runner = Executor()
    path = service.path

    def search(term: str, deliver: Callable[[Sequence[int]], None]) -> None:
        def read() -> list[int]:
            with Store.open(path, readonly=True) as store:
                return store.proposals.search_in_code_order(term)

        runner.run(read, context=view, on_done=deliver)

    model = ProposalListModel(proposals.rows, proposals.ids_in_code_order, count=proposals.count, search=search)
    view = ProposalListView(model)
    qtbot.addWidget(view)
    view.show()
    QTest.keyClicks(view.filters.search, "Sao Joao")
    assert model.loading
    qtbot.waitUntil(lambda: model.answered, timeout=10_000)
    index = ListIndex(proposals.list_columns())
    expected = index.query(ListQuery(text="Sao Joao")).tolist()
    assert 0 < len(expected) < SIZE
    assert model._ids.tolist() == expected and model.loading
    assert view.count_label.text() == f"{len(expected):,} of {SIZE:,} proposals"
    model.sort(model.column_of("code"), Qt.SortOrder.DescendingOrder)  # the same answer the other way round
    assert model._ids.tolist() == expected[::-1] and model.answered
    model.sort(model.column_of("title"), Qt.SortOrder.AscendingOrder)  # only the index sorts by title
    assert not model.answered and "Preparing the search" in view.count_label.text()
    view.set_index(index)
    assert model.answered and model._ids.tolist() == index.query(ListQuery(text="Sao Joao", sort="title")).tolist()
    runner.shutdown()


def test_an_answer_for_a_term_no_longer_shown_is_dropped(service: StoreService) -> None:
    proposals = service.reader.proposals  # type: ignore[union-attr]
    asked: dict[str, Callable[[Sequence[int]], None]] = {}
    model = ProposalListModel(
        proposals.rows, proposals.ids_in_code_order, count=proposals.count, search=lambda t, d: asked.update({t: d})
    )
    view = ProposalListView(model)
    view.filters.search.setText("va")
    view.filters.search.setText("val")
    view.filters.search.setText("val")  # asked once however often the same query runs
    assert sorted(asked) == ["va", "val"]
    asked["val"]([3, 1])
    assert model._ids.tolist() == [3, 1] and model.answered
    asked["va"]([1, 2, 3])  # late, for a term typed before: the lines shown stay the answer to "val"
    assert model._ids.tolist() == [3, 1] and model.answered
    view.filters.search.setText("val ")  # the same term, folded: answered at once
    assert model._ids.tolist() == [3, 1]
    view.filters.search.setText("")
    assert model.rowCount() == SIZE and model.answered


class _Searching:
    """A list searched through StoreSearch before its index, whose store search runs `first` before the first term's
    reading; `searched` holds the terms the store was asked, in order."""

    def __init__(
        self, qtbot: QtBot, service: StoreService, monkeypatch: pytest.MonkeyPatch, first: Callable[[Proposals], object]
    ):
        proposals = service.reader.proposals  # type: ignore[union-attr]
        self.searched: list[str] = []
        real = Proposals.search_in_code_order

        def search_in_code_order(store_proposals: Proposals, term: str) -> list[int]:
            self.searched.append(term)
            if len(self.searched) == 1:
                first(store_proposals)
            return real(store_proposals, term)

        monkeypatch.setattr(Proposals, "search_in_code_order", search_in_code_order)
        self.runner = Executor()
        self._owner = QObject()
        searches = StoreSearch(self.runner, service.path, self._owner)
        self.model = ProposalListModel(
            proposals.rows, proposals.ids_in_code_order, count=proposals.count, search=searches.ask
        )
        self.view = ProposalListView(self.model)
        qtbot.addWidget(self.view)
        self.index = ListIndex(proposals.list_columns())


def test_a_term_typed_while_a_search_runs_is_searched_once_after_it(
    qtbot: QtBot, service: StoreService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing "Sao Joao" before the index lands started a scan of the whole table per keystroke, all at once (the last
    answered after all eight at 100,000 proposals); now the first keystroke's search, then the last term's."""
    first_may_end = threading.Event()
    list_ = _Searching(qtbot, service, monkeypatch, lambda _: first_may_end.wait(10))
    QTest.keyClicks(list_.view.filters.search, "Sao Joao")
    qtbot.waitUntil(lambda: list_.searched == ["s"], timeout=10_000)
    first_may_end.set()
    qtbot.waitUntil(lambda: list_.model.answered, timeout=10_000)
    assert list_.searched == ["s", "sao joao"]
    assert list_.model._ids.tolist() == list_.index.query(ListQuery(text="Sao Joao")).tolist()
    list_.runner.shutdown()


def test_a_search_under_way_is_interrupted_by_the_next_keystroke(
    qtbot: QtBot, service: StoreService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first keystroke's search ("s": nearly every proposal) took seconds at 100,000; the next term need not wait
    for it. Here the first search reads for a long while (a count to 500 million), unless it is interrupted."""
    long_read = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 500000000)"
    list_ = _Searching(
        qtbot, service, monkeypatch, lambda p: p.db.execute(f"{long_read} SELECT count(*) FROM c").fetchone()
    )
    QTest.keyClicks(list_.view.filters.search, "S")
    qtbot.waitUntil(lambda: list_.searched == ["s"], timeout=10_000)
    QTest.keyClicks(list_.view.filters.search, "ao")
    qtbot.waitUntil(lambda: list_.model.answered, timeout=10_000)
    assert list_.searched == ["s", "sao"]
    assert list_.model._ids.tolist() == list_.index.query(ListQuery(text="Sao")).tolist()
    list_.runner.shutdown()
