"""Filtering and sorting of the committee ranking in the window: text, what to show, blanks last either way."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from red_desktop.core.text import fold
from red_desktop.gui.committee.ranking_model import SORT_ROLE, RankingModel

SHOW = ("all", "contested", "ineligible", "undecided", "decided")


class RankingProxy(QSortFilterProxyModel):
    def __init__(self, model: RankingModel, parent: Any = None):
        super().__init__(parent)
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self._ranking = model
        self._text = ""
        self._show = "all"

    def set_filter(self, text: str, show: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._text, self._show = fold(text.strip()), show
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._text, self._show = fold(text.strip()), show
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        r = self._ranking.row_at(source_row)
        if self._text and self._text not in fold(f"{r.code} {r.title} {r.country}"):
            return False
        decided = self._ranking.decided(r.uuid)
        return {
            "all": True,
            "contested": r.contested,
            "ineligible": not r.eligible,
            "undecided": not decided,
            "decided": decided,
        }[self._show]

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        if self._ranking.ineligible_last:  # the eligible proposals first in either direction
            eligible = self._ranking.row_at(left.row()).eligible
            if eligible != self._ranking.row_at(right.row()).eligible:
                return eligible != descending
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:  # a blank comes last in either direction
            return (a is None) == descending and a is not b
        return bool(a < b)
