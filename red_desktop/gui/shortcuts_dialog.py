"""Help › Keyboard shortcuts: built from the window's own actions, so it never drifts from them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

SCORING_FORM = str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Scoring form"))

# (where, keys, what): the words are marked here and translated when the dialog is built, the keys named by Qt
EXTRA = (
    (
        SCORING_FORM,
        ("0 – 4",),
        str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Set the level of the focused sub-criterion")),
    ),
    (
        SCORING_FORM,
        ("Left", "Right"),
        str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Lower / raise the level of the focused sub-criterion")),
    ),
    (
        SCORING_FORM,
        ("Tab", "Shift+Tab"),
        str(QT_TRANSLATE_NOOP("ShortcutsDialog", "Next / previous field")),
    ),
)


class ShortcutsDialog(QDialog):
    """`actions` are the window's; `form_actions` work only in the scoring form and are listed under its name."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None, form_actions: Sequence[QAction] = ()):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        rows = sorted({(_name(a), _keys(a)) for a in actions if not a.shortcut().isEmpty()})
        rows += [(self._extra_name(where, what), " / ".join(map(_native, keys))) for where, keys, what in EXTRA]
        rows += [(self._extra_name(SCORING_FORM, _name(a), translated=True), _keys(a)) for a in form_actions]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(self.tr("Shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (name, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self._fit_columns()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(max(520, self.sizeHint().width()), 480)

    def _fit_columns(self) -> None:
        """Both columns whole, in any language: the table is made as wide as its texts, the keys never cut."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        needed = sum(self.table.columnWidth(column) for column in range(self.table.columnCount()))
        needed += 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        self.table.setMinimumWidth(needed)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # a wider dialog widens the names
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def _extra_name(self, where: str, what: str, translated: bool = False) -> str:
        """'Scoring form: Next / previous field', each part translated before they are put together."""
        return self.tr("{where}: {what}").format(
            where=QCoreApplication.translate("ShortcutsDialog", where),
            what=what if translated else QCoreApplication.translate("ShortcutsDialog", what),
        )


def _name(action: QAction) -> str:
    return action.text().replace("&", "").rstrip("…")


def _native(keys: str) -> str:
    """A key as this desktop and language name it ("Mayúsculas+Tab"); a range such as "0 – 4" as it is."""
    return keys if " " in keys else QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def _keys(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
