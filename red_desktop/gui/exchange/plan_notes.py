"""What a package preview says about proposal codes and duplicates: codes another proposal holds here too (both
kept until the committee gives final codes), codes the package changes, and new proposals that look like one
already here."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from red_desktop.core.exchange.model import CodeNote, DuplicateNote, ImportPlan


class PlanNotesWidget(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Proposal"), self.tr("Note")])
        self.table.setAccessibleName(self.tr("Codes reconciled and likely duplicates"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
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
            self.tr("Codes reconciled: %1 · likely duplicates: %2")
            .replace("%1", str(len(plan.codes)))
            .replace("%2", str(len(plan.duplicates)))
        )
        self.table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        width = self.table.fontMetrics().horizontalAdvance("x" * 44)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), width))

    def _code_row(self, note: CodeNote) -> tuple[str, str]:
        proposal = f"{note.code} — {note.title}"
        if note.previous:
            return proposal, self.tr("New code; it was %1 here, and the old code still finds it").replace(
                "%1", note.previous
            )
        return proposal, self.tr(
            "The same code as “%1” here: both are kept until the committee gives final codes"
        ).replace("%1", note.other_title)

    def _duplicate_row(self, note: DuplicateNote) -> tuple[str, str]:
        return note.label, (
            self.tr("Perhaps the same project as %1: %2")
            .replace("%1", note.other_label)
            .replace("%2", ", ".join(note.reasons))
        )
