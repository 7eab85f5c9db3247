"""One package as importing it would go (or went): who signed it and when, what it adds, updates, leaves
unchanged or keeps as a conflict, item by item; or why it is refused."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from red_desktop.core import formatting
from red_desktop.core.enum_labels import record_label, role_label
from red_desktop.core.exchange.model import ImportPlan, Outcome
from red_desktop.gui.exchange.plan_notes import PlanNotesWidget
from red_desktop.gui.exchange.values import outcome_label, short_time
from red_desktop.gui.fill import fill

REFUSED = "#b00020"
OUTCOME_COLOURS = {Outcome.ADDED: "#1b5e20", Outcome.UPDATED: "#0d47a1", Outcome.CONFLICT: "#b35c00"}


class PlanView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Package preview"))
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state.setAccessibleName(self.tr("Package status"))
        self.author = QLabel(self)
        self.fingerprint = QLabel(self)
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.created = QLabel(self)
        self.counts = QLabel(self)
        self.counts.setAccessibleName(self.tr("What the package does"))
        self.details = QWidget(self)
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Author:"), self.author)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        form.addRow(self.tr("Created:"), self.created)
        form.addRow(self.tr("Records:"), self.counts)
        self.table = self._build_table()
        self.notes = PlanNotesWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addWidget(self.details)
        layout.addWidget(self.table, stretch=2)
        layout.addWidget(self.notes, stretch=1)
        layout.addStretch(0)  # takes the room only while the table is hidden
        self.show_nothing()

    def _build_table(self) -> QTableWidget:
        headers = (self.tr("Kind"), self.tr("Record"), self.tr("Outcome"), self.tr("Detail"))
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(list(headers))
        table.setAccessibleName(self.tr("Records in the package"))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        return table

    def show_nothing(self) -> None:
        self.title.setText(self.tr("Choose package files, or drop them here, to see what importing them would do."))
        self.state.setText("")
        self.details.hide()
        self.table.hide()
        self.notes.hide()

    def show_checking(self, name: str) -> None:
        self.title.setText(f"<b>{html.escape(name)}</b>")
        self.state.setText(self.tr("Checking the signature and every record…"))
        self.details.hide()
        self.table.hide()
        self.notes.hide()

    def show_plan(self, plan: ImportPlan, imported: bool = False) -> None:
        self.title.setText(f"<b>{html.escape(plan.file_name)}</b>")
        self.state.setText(self._state(plan, imported))
        manifest = plan.manifest
        self.details.setVisible(manifest is not None)
        if manifest is not None:
            self.author.setText(f"{manifest.author.name} ({role_label(manifest.author.role)})")
            self.fingerprint.setText(manifest.author.fingerprint)
            scope = self.tr("everything") if manifest.scope == "all" else self.tr("changes since the previous package")
            self.created.setText(f"{short_time(manifest.created_at)} · {scope}")
            self.counts.setText(self.counts_text(plan))
        self._fill(plan)
        self.table.setVisible(bool(plan.items))
        self.notes.show_plan(plan)

    def _state(self, plan: ImportPlan, imported: bool) -> str:
        if plan.already_imported:
            return html.escape(plan.rejected or self.tr("Already imported; importing it again changes nothing."))
        if plan.rejected:
            refused = html.escape(self.tr("Refused:"))
            return f"<span style='color:{REFUSED}'><b>{refused}</b> {html.escape(plan.rejected)}</span>"
        lines = [
            self.tr("Imported.") if imported else self.tr("Ready to import: nothing is written until you apply it.")
        ]
        if plan.count(Outcome.CONFLICT):
            lines.append(
                self.tr("Records changed on both sides are kept as conflicts for you to resolve; nothing is lost.")
            )
        lines += plan.warnings
        return "<br>".join(html.escape(line) for line in lines)

    def counts_text(self, plan: ImportPlan) -> str:
        return fill(
            self.tr("added: %1 · updated: %2 · unchanged: %3 · conflicts: %4"),
            formatting.integer(plan.count(Outcome.ADDED)),
            formatting.integer(plan.count(Outcome.UPDATED)),
            formatting.integer(plan.count(Outcome.UNCHANGED)),
            formatting.integer(plan.count(Outcome.CONFLICT)),
        )

    def _fill(self, plan: ImportPlan) -> None:
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(plan.items))
        for row, item in enumerate(plan.items):
            cells = (
                record_label(item.entity.value, capital=True),
                item.label,
                outcome_label(item.outcome.value),
                item.detail,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column == 2 and item.outcome in OUTCOME_COLOURS:
                    cell.setForeground(QBrush(QColor(OUTCOME_COLOURS[item.outcome])))
                self.table.setItem(row, column, cell)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        label_width = self.table.fontMetrics().horizontalAdvance("x" * 48)
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), label_width))
