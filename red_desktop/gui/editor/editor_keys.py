"""Makes Ctrl+Z / Ctrl+Shift+Z in the editor's text fields reach the editor's one undo stack."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class EditorKeys(QObject):
    """An event filter on every text field of a form.

    A line edit keeps its own undo history and claims Ctrl+Z before any shortcut sees it; two
    undo histories would fight. Here the field never gets those keys, so the editor's actions
    (one undo step per field edit, across fields and actors) receive them. Leaving a field
    ends its typing run, so the next edit there is a new undo step.
    """

    def __init__(self, parent: QObject, left_field: Callable[[], None]):
        super().__init__(parent)
        self._left_field = left_field

    def watch(self, root: QWidget) -> None:
        for cls in (QLineEdit, QPlainTextEdit):
            for field in root.findChildren(cls):
                field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent):
            # Not accepted: the shortcut map goes on to the editor's Undo/Redo actions.
            return any(event.matches(keys) for keys in UNDO_KEYS)
        if kind == QEvent.Type.FocusOut:
            self._left_field()
        return False
