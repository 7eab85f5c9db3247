"""A table whose lines are chosen whole: choosing one scrolls up or down to it, never sideways."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QTableView


class RowTableView(QTableView):
    """Qt scrolls the clicked cell into view, so a click on a half-shown column slid the Code column out of sight
    on a narrow window; a line is one choice, so only the vertical position follows it."""

    def scrollTo(  # noqa: N802 (Qt's name)
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QTableView.ScrollHint = QTableView.ScrollHint.EnsureVisible,
    ) -> None:
        across = self.horizontalScrollBar().value()
        super().scrollTo(index, hint)
        self.horizontalScrollBar().setValue(across)  # the user's own horizontal scrolling is kept
