"""The proposals the committee assigned to this evaluator, above the Scoring view's list (issue 21): those still to
do first, by due day, an overdue one in red; choosing one makes it the current proposal. Hidden when nothing is
assigned (a store without a committee's handout)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from red_desktop.core import formatting
from red_desktop.core.assigned import AssignedItem
from red_desktop.core.errors import RedDesktopError
from red_desktop.gui.editor.problem_marker import PROBLEM_COLOUR
from red_desktop.gui.fill import fill

UUID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE = QColor(PROBLEM_COLOUR)  # the red the window marks what needs doing with
ROWS_SHOWN = 6  # the list below keeps the rest of the height
STATE_MARKS = {"": "–", "draft": "✎", "final": "✓"}


class AssignedPanel(QWidget):
    chosen = Signal(str)  # the proposal's uuid

    def __init__(self, load: Callable[[], Sequence[AssignedItem]], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._load = load
        self._language = language
        self.heading = QLabel(self)
        self.heading.setAccessibleName(self.tr("Assigned to you"))
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Proposals assigned to you"))
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Due"), self.tr("State")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)  # as the list's
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.table.itemActivated.connect(self._on_activated)
        self.table.itemClicked.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        self.items: list[AssignedItem] = []
        self.hide()

    def refresh(self) -> None:
        """Read the assignments again (a handful of indexed reads); a store that cannot say leaves the panel hidden."""
        try:
            self.items = list(self._load())
        except RedDesktopError:
            self.items = []
        self._show()

    def _show(self) -> None:
        items = self.items
        self.setVisible(bool(items))
        if not items:
            return
        to_do = sum(1 for i in items if not i.done)
        late = sum(1 for i in items if i.overdue)
        heading = fill(self.tr("Assigned to you: %1 to do of %2"), str(to_do), str(len(items)))
        if late:
            heading += " · " + fill(self.tr("%1 overdue"), str(late))
        self.heading.setText(f"<b>{heading}</b>")
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = (item.code, formatting.short_day(item.due_on or "", self._language), self._state(item.state))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(UUID_ROLE, item.proposal_uuid)
                cell.setToolTip(f"{item.code} — {item.title}\n{self._said(item.state)}")
                if item.overdue:
                    cell.setForeground(QBrush(OVERDUE))
                self.table.setItem(row, column, cell)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(min(len(items), ROWS_SHOWN)))
        self.table.setFixedHeight(height + (2 if len(items) <= ROWS_SHOWN else 0))

    def _state(self, state: str) -> str:
        return STATE_MARKS.get(state, state)  # a mark, the words in the tooltip: the list keeps its two columns

    def _said(self, state: str) -> str:
        said = {
            "": self.tr("Not begun"),
            "draft": self.tr("Your evaluation is a draft"),
            "final": self.tr("Your evaluation is final"),
        }
        return said.get(state, state)

    def needed_width(self) -> int:
        """Room for every column whole, with the frame and the margins (the page's list column widens to it)."""
        table, header = self.table, self.table.horizontalHeader()
        columns = header.length()  # each sized to its contents
        layout = self.layout()
        margins = (layout.contentsMargins().left() + layout.contentsMargins().right()) if layout is not None else 0
        scroll = table.verticalScrollBar().sizeHint().width() if len(self.items) > ROWS_SHOWN else 0
        return columns + 2 * table.frameWidth() + margins + scroll + 2

    def set_margins(self, left: int, right: int) -> None:
        """In line with the list below it."""
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(left, 0, right, 4)

    def _on_activated(self, cell: QTableWidgetItem) -> None:
        uuid = cell.data(UUID_ROLE)
        if uuid:
            self.chosen.emit(str(uuid))
