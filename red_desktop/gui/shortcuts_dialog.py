"""Help › Keyboard shortcuts: built from the window's own actions, so it never drifts from them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

# (where, keys, what): the words are marked here and translated when the dialog is built
EXTRA = (
    (
        str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Scoring form")),
        "0 – 4",
        str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Set the level of the focused sub-criterion")),
    ),
    (
        str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Scoring form")),
        "Tab / Shift+Tab",
        str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Next / previous field")),
    ),
)


class ShortcutsDialog(QDialog):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        rows = sorted(
            {
                (a.text().replace("&", "").rstrip("…"), a.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
                for a in actions
                if not a.shortcut().isEmpty()
            }
        )
        rows += [(self._extra_name(where, what), keys) for where, keys, what in EXTRA]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(self.tr("Shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (name, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 480)

    def _extra_name(self, where: str, what: str) -> str:
        """'Scoring form: Next / previous field', each part translated before they are put together."""
        return self.tr("{where}: {what}").format(
            where=QCoreApplication.translate("ShortcutsDialog", where),
            what=QCoreApplication.translate("ShortcutsDialog", what),
        )
