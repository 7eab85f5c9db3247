"""Filtering and sorting of the committee ranking in the window: text, what to show, blanks last either way."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from red_desktop.core.text import fold
from red_desktop.gui.committee.ranking_model import RankingModel

SHOW = ("all", "contested", "ineligible", "undecided", "decided")


class RankingProxy(QSortFilterProxyModel):
    """Filters the ranking; sorting it is the model's (RankingModel.sort, numpy over a column's values), the
    proxy keeping the model's order."""

    def __init__(self, model: RankingModel, parent: Any = None):
        super().__init__(parent)
        self.setSourceModel(model)
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
        if not self._text and self._show == "all":  # asked for every row after each change: answered at once
            return True
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._ranking.sort(column, order)
