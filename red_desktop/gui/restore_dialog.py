"""File › Restore…: the current store's backups with their dates and counts; choosing one and confirming asks the
application to restore it (the store as it is is kept as a backup first). The list is read in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from red_desktop.core import formatting
from red_desktop.core.backups import BEFORE_RESTORE, DAILY, MANUAL, BackupInfo, list_backups
from red_desktop.gui.fill import fill
from red_desktop.gui.tasks import Executor


class RestoreDialog(QDialog):
    chosen = Signal(object)  # the BackupInfo to restore, once confirmed

    def __init__(self, store_path: Path, runner: Executor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setAccessibleName(self.tr("Restore from a backup"))
        self.backups: list[BackupInfo] = []
        self.loaded = False
        intro = QLabel(
            self.tr(
                "Choose a backup to bring back. The store as it is now is kept as a backup first, so a restore can "
                "itself be undone. The window closes the store while it is replaced, then opens it again."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.status = QLabel(self.tr("Reading the backups…"), self)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Kind"), self.tr("Proposals"), self.tr("Evaluations"), self.tr("Decisions")]
        )
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _: self._restore())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.status)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(buttons)
        self.resize(640, 400)
        runner.run(lambda: list_backups(store_path), context=self, on_done=self._show, on_failed=self._failed)

    def _show(self, found: list[BackupInfo]) -> None:
        self.backups, self.loaded = found, True
        self.status.setText(
            self.tr(
                "No backups of this store yet: one is made each day the window opens it, and red-desktop backup "
                "makes one at once."
            )
            if not found
            else self.tr("%n backup(s) of this store, newest first.", "", len(found))
        )
        self.table.setRowCount(len(found))
        for row, info in enumerate(found):
            cells = [formatting.short_moment(info.taken), self._kind(info)] + [
                "" if info.problem else formatting.integer(info.counts.get(t, 0))
                for t in ("proposals", "evaluations", "decisions")
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if info.problem:
                    item.setToolTip(info.problem)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)

    def _kind(self, info: BackupInfo) -> str:
        if info.problem:
            return self.tr("cannot be restored")
        return {
            DAILY: self.tr("automatic (daily)"),
            MANUAL: self.tr("made by hand"),
            BEFORE_RESTORE: self.tr("before a restore"),
        }.get(info.kind, info.kind)

    def _failed(self, message: str) -> None:
        self.loaded = True
        self.status.setText(message)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.backups):
            return None
        info = self.backups[rows[0].row()]
        return None if info.problem else info

    def select(self, info: BackupInfo) -> None:
        self.table.selectRow(self.backups.index(info))

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def _restore(self) -> None:
        info = self.selected()
        if info is None or not confirm(self, info):
            return
        self.chosen.emit(info)
        self.accept()


def confirm(parent: QWidget, info: BackupInfo) -> bool:
    """Asked once before anything is replaced."""
    taken = formatting.short_moment(info.taken)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("RestoreDialog", "Restore from a backup"),
        fill(
            QCoreApplication.translate(
                "RestoreDialog",
                "Replace the store with the backup taken %1? The store as it is now is kept as a backup first.",
            ),
            taken,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
