"""Table model over the proposal list: it holds row ids in display order and fetches rows when shown.

The ids come from the list's in-memory index (core/list_index.py); until the index of a newly opened
store is built, the model shows every proposal in code order and keeps any other query for when it lands.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from typing import Any

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from red_desktop.core import formatting
from red_desktop.core.domain import PriorityArea, ProposalStatus, RegionType
from red_desktop.core.enum_labels import short_enum_label
from red_desktop.core.list_index import ListIndex
from red_desktop.core.listing import ListQuery, OwnTotal, ProposalRow
from red_desktop.core.text import fold
from red_desktop.gui.fill import fill

_Index = QModelIndex | QPersistentModelIndex
PAGE = 100
CACHE_ROWS = 2_000  # bounded memory whatever the store's size
HIGHLIGHT = QBrush(QColor("#FFF1B8"))  # proposals an import just added or updated


def own_text(own: OwnTotal | None) -> str:
    """The current evaluator's total as the "My total" column shows it: 75.0, 75.0 draft, 8.3 partial."""
    if own is None:
        return "–"
    if own.partial:
        return fill(QCoreApplication.translate("ProposalListModel", "%1 partial"), formatting.number(own.total))
    if not own.final:
        return fill(QCoreApplication.translate("ProposalListModel", "%1 draft"), formatting.number(own.total))
    return formatting.number(own.total)


def own_tip(own: OwnTotal | None) -> str:
    if own is None:
        return QCoreApplication.translate("ProposalListModel", "You have not scored this proposal")
    if own.partial:
        return fill(
            QCoreApplication.translate(
                "ProposalListModel", "Your draft: %1 sub-criteria still without a level, so the total is partial"
            ),
            formatting.integer(own.missing),
        )
    if not own.final:
        return QCoreApplication.translate("ProposalListModel", "Your draft evaluation, every level given")
    return QCoreApplication.translate("ProposalListModel", "Your final evaluation")


# column key -> (header, how a row shows it, right-aligned). Headers are marked for lupdate here and translated
# when shown (headerData); str() because PySide's stubs type QT_TRANSLATE_NOOP's result as object.
COLUMNS: dict[str, tuple[str, Callable[[ProposalRow], str], bool]] = {
    "code": (str(QT_TRANSLATE_NOOP("ProposalListModel", "Code")), lambda r: r.code, False),
    "title": (str(QT_TRANSLATE_NOOP("ProposalListModel", "Title")), lambda r: r.title, False),
    "country": (str(QT_TRANSLATE_NOOP("ProposalListModel", "Country")), lambda r: r.country, False),
    "region_name": (str(QT_TRANSLATE_NOOP("ProposalListModel", "Region")), lambda r: r.region_name, False),
    "region_type": (
        str(QT_TRANSLATE_NOOP("ProposalListModel", "Region type")),
        lambda r: short_enum_label(RegionType(r.region_type)) if r.region_type else "–",
        False,
    ),
    "priority_area": (
        str(QT_TRANSLATE_NOOP("ProposalListModel", "Priority area")),
        lambda r: short_enum_label(PriorityArea(r.priority_area)) if r.priority_area else "–",
        False,
    ),
    "status": (
        str(QT_TRANSLATE_NOOP("ProposalListModel", "Status")),
        lambda r: short_enum_label(ProposalStatus(r.status)),
        False,
    ),
    "executing_agency": (
        str(QT_TRANSLATE_NOOP("ProposalListModel", "Executing agency")),
        lambda r: r.executing_agency,
        False,
    ),
    "requested_amount": (
        str(QT_TRANSLATE_NOOP("ProposalListModel", "Requested (USD)")),
        lambda r: formatting.number(r.requested_amount, decimals=0),
        True,
    ),
    "leverage": (
        str(QT_TRANSLATE_NOOP("ProposalListModel", "Leverage")),
        lambda r: formatting.optional(r.leverage, decimals=2),
        True,
    ),
    "evaluations": (
        str(QT_TRANSLATE_NOOP("ProposalListModel", "Evaluations")),
        lambda r: formatting.integer(r.evaluations),
        True,
    ),
    "finals": (str(QT_TRANSLATE_NOOP("ProposalListModel", "Final")), lambda r: formatting.integer(r.finals), True),
    "total": (
        str(QT_TRANSLATE_NOOP("ProposalListModel", "Committee")),
        lambda r: formatting.optional(r.total),
        True,
    ),
    "updated_at": (
        str(QT_TRANSLATE_NOOP("ProposalListModel", "Updated")),
        lambda r: formatting.short_moment(r.updated_at),
        False,
    ),
    # last, so a header state saved before it existed still restores the columns before it
    "own_total": (str(QT_TRANSLATE_NOOP("ProposalListModel", "My total")), lambda r: own_text(r.own), True),
}
HEADER_TIPS: dict[str, Callable[[], str]] = {
    "total": lambda: QCoreApplication.translate(
        "ProposalListModel", "Committee total: the mean of the final evaluations' totals, 0-100"
    ),
    "own_total": lambda: QCoreApplication.translate(
        "ProposalListModel", "My total: your own evaluation of the proposal, draft or final, 0-100"
    ),
}
DEFAULT_COLUMNS = ("code", "title", "country", "region_name", "region_type", "status", "finals", "total")


class ProposalListModel(QAbstractTableModel):
    """`fetch_rows(ids)` and `fetch_code_order()` are the store's reads (read-only, GUI thread, indexed).

    With `count` (the number of proposals listed), the code order is read a page at a time as the lines are shown,
    `fetch_code_order(offset, limit)`, until the index lands: the window shows its first lines at once however
    large the store (reading the whole order took 0.2 s at 100,000 proposals, twice, before the window showed).
    `search` (a term, then what to do with its rowids in code order) answers a search before the index lands, from
    the store in the background; the index answers it again once it lands."""

    def __init__(
        self,
        fetch_rows: Callable[[Sequence[int]], list[ProposalRow]],
        fetch_code_order: Callable[..., Sequence[int]],
        parent: Any = None,
        *,
        count: Callable[[], int] | None = None,
        search: Callable[[str, Callable[[Sequence[int]], None]], None] | None = None,
    ):
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._index: ListIndex | None = None
        self._keys = list(COLUMNS)
        self._fetch_code_order = fetch_code_order
        self._search = search
        self._early: tuple[str, NDArray[np.int64]] | None = None  # a search answered before the index: term, rowids
        self._asked: str | None = None  # the search asked of the store last, not answered yet
        self._paged = count is not None
        # Read once: the view's first sorts ask for it again before the index lands (0.2 s a read at 100,000); paged,
        # -1 until a page is read
        if count is not None:
            self._code_order: NDArray[np.int64] = np.full(count(), -1, dtype=np.int64)
        else:
            self._code_order = np.array(fetch_code_order(), dtype=np.int64)
        self._ids = self._code_order
        self._cache: OrderedDict[int, ProposalRow] = OrderedDict()
        self.query = ListQuery()
        self._highlighted: frozenset[str] = frozenset()

    def highlight(self, uuids: frozenset[str]) -> None:
        """Mark these proposals (the ones an import just wrote) until the next highlight."""
        self._highlighted = uuids
        self._every_line_changed()

    def forget(self, uuids: Collection[str]) -> None:
        """These proposals changed: their lines are read again from the store when next shown, at once, not when
        the list's index is next built (from a process apart at 100,000 proposals, seconds later)."""
        stale = [rowid for rowid, row in self._cache.items() if row.uuid in uuids]
        for rowid in stale:
            del self._cache[rowid]
        if stale:
            self._every_line_changed()

    def highlighted(self) -> frozenset[str]:
        return self._highlighted

    def _every_line_changed(self) -> None:
        if self._ids.size:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self._keys) - 1))

    # ---- what the view asks ----

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ProposalListModel", COLUMNS[self._keys[section]][0])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS.get(self._keys[section], lambda: None)()
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            # at the column's start: a wide column half in sight (Region, beside the scoring form) showed a blank
            # header, its centred title out of sight
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = self._keys[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[key][1](self.row_at(index.row()))
        if role == Qt.ItemDataRole.ToolTipRole and key in ("title", "executing_agency", "region_name"):
            return COLUMNS[key][1](self.row_at(index.row()))
        if role == Qt.ItemDataRole.ToolTipRole and key == "own_total":
            return own_tip(self.row_at(index.row()).own)
        if role == Qt.ItemDataRole.BackgroundRole and self._highlighted:
            return HIGHLIGHT if self.row_at(index.row()).uuid in self._highlighted else None
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[key][2]:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(_replace(self.query, sort=self._keys[column], descending=descending))

    # ---- what the window asks ----

    def set_query(self, query: ListQuery) -> None:
        """Show the query's proposals (answered in memory); rows are fetched from the store as they are displayed."""
        if self._index is not None:
            ids = self._index.query(query)
        elif (early := self._early_answer(query, ask=True)) is not None:
            ids = early[::-1] if query.descending else early
        else:
            ids = self._ids  # kept until the index lands (set_index runs the query then)
        self.beginResetModel()
        self.query = query
        self._ids = ids
        self._cache.clear()
        self.endResetModel()

    def set_index(self, index: ListIndex) -> None:
        self._index = index
        self._early = None
        self.set_query(self.query)

    @property
    def loading(self) -> bool:
        """True until the first index arrives: only code order without filters can be shown meanwhile."""
        return self._index is None

    @property
    def answered(self) -> bool:
        """Whether the lines shown are the query's: always once the index landed; before it, code order, or a
        search alone (no filter) in code order once the store has answered it."""
        return self._index is not None or self._early_answer(self.query) is not None

    def _early_answer(self, query: ListQuery, ask: bool = False) -> NDArray[np.int64] | None:
        """Before the index: the proposals of a query in code order that is a search alone (no filter), ascending,
        if known (and, `ask`, asked of the store in the background if not); None when only the index answers it."""
        plain = ListQuery(sort=query.sort, descending=query.descending)
        if query.sort != "code":
            return None
        if query == plain:
            return self._code_order
        term = fold(query.text.strip())
        if replace(query, text="") != plain or not term:
            return None
        if self._early is not None and self._early[0] == term:
            return self._early[1]
        if ask and self._search is not None and term != self._asked:
            self._asked = term
            self._search(term, lambda ids: self._searched(term, ids))
        return None

    def _searched(self, term: str, ids: Sequence[int]) -> None:
        if self._asked == term:
            self._asked = None
        if self._index is not None or fold(self.query.text.strip()) != term:
            return  # the index answers from now on, or the user typed on: only the term shown is kept
        self._early = (term, np.asarray(ids, dtype=np.int64))
        self.set_query(self.query)

    def refresh(self) -> None:
        self.set_query(self.query)

    def row_at(self, row: int) -> ProposalRow:
        rowid = int(self._ids[row])
        cached = self._cache.get(rowid)
        if cached is None:
            self._load_page(row)
            rowid = int(self._ids[row])  # a page of the code order read meanwhile
            cached = self._cache[rowid]
        self._cache.move_to_end(rowid)
        return cached

    def rowid_of(self, uuid: str) -> int | None:
        return None if self._index is None else self._index.rowid_of(uuid)

    def row_of_rowid(self, rowid: int) -> int | None:
        found = np.flatnonzero(self._ids == rowid)
        return int(found[0]) if len(found) else None

    def column_key(self, column: int) -> str:
        return self._keys[column]

    def column_of(self, key: str) -> int:
        return self._keys.index(key)

    def _load_page(self, row: int) -> None:
        start = (row // PAGE) * PAGE
        self._read_code_order(start, start + PAGE)
        items = self._fetch_rows(self._ids[start : start + PAGE].tolist())
        owns = self._index.own_of([item.rowid for item in items]) if self._index is not None else []
        for item, own in zip(items, owns or [None] * len(items), strict=True):
            self._cache[item.rowid] = item if own is None else replace(item, own=own)
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)

    def _read_code_order(self, start: int, stop: int) -> None:
        """The pages of the code order behind these lines, where still unread (before the index lands)."""
        ascending = self._ids is self._code_order
        if not self._paged or self._index is not None or not (ascending or self._ids.base is self._code_order):
            return  # everything read, or the index's answer, or a search's
        count = len(self._code_order)
        for row in range(start, min(stop, len(self._ids))):
            if self._ids[row] >= 0:
                continue
            first = ((row if ascending else count - 1 - row) // PAGE) * PAGE
            page = np.asarray(self._fetch_code_order(first, PAGE), dtype=np.int64)[: count - first]
            self._code_order[first : first + len(page)] = page
            if len(page) < min(PAGE, count - first):  # proposals gone since they were counted: read all again
                self._code_order[:] = np.resize(np.asarray(self._fetch_code_order(), dtype=np.int64), count)


def _replace(query: ListQuery, **changes: Any) -> ListQuery:
    return replace(query, **changes)
