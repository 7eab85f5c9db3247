"""What a package preview says about proposal codes and duplicates: codes another proposal holds here too (both
kept until the committee gives final codes), codes the package changes, and new proposals that look like one
already here."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from red_desktop.core import formatting
from red_desktop.core.exchange.model import CodeNote, DuplicateNote, ImportPlan
from red_desktop.gui.fill import fill


class PlanNotesWidget(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Proposal"), self.tr("Other proposal or code"), self.tr("Note")])
        self.table.setAccessibleName(self.tr("Codes reconciled and likely duplicates"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)  # the reasons whole, on two lines if need be, even at 1024 px
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, stretch=1)

    def show_plan(self, plan: ImportPlan) -> None:
        rows = [*(self._code_row(n) for n in plan.codes), *(self._duplicate_row(d) for d in plan.duplicates)]
        self.setVisible(bool(rows))
        self.heading.setText(
            fill(
                self.tr("Codes reconciled: %1 · likely duplicates: %2"),
                formatting.integer(len(plan.codes)),
                formatting.integer(len(plan.duplicates)),
            )
        )
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        width = self.table.fontMetrics().horizontalAdvance("x" * 30)
        for column in (0, 1):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), width))
        self.table.resizeRowsToContents()

    def _code_row(self, note: CodeNote) -> tuple[str, str, str]:
        proposal = f"{note.code} — {note.title}"
        if note.previous:
            return proposal, note.previous, self.tr("New code; the old one still finds it")
        return proposal, note.other_title, self.tr("Same code: both kept until the committee gives final codes")

    def _duplicate_row(self, note: DuplicateNote) -> tuple[str, str, str]:
        return (
            note.label,
            note.other_label,
            fill(self.tr("Perhaps the same project: %1"), ", ".join(note.reasons)),
        )
