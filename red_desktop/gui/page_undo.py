"""Edit › Undo and Redo for the whole window: they act on the undo history of the view in front."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack


class PageUndo(QObject):
    """One undo stack per page that has one (the editor's, the scoring form's); a page without one disables both
    actions. The actions carry the standard keys for the whole window, so they are the only binding of Ctrl+Z:
    the text fields of the pages leave those keys to them (see gui/editor/editor_keys.py)."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}
        self._nothing = QUndoStack(self)  # in front for a page without a history: both actions disabled
        self._group.addStack(self._nothing)
        self.undo_action = self._group.createUndoAction(parent, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self._group.createRedoAction(parent, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)

    @property
    def actions(self) -> tuple[QAction, QAction]:
        return self.undo_action, self.redo_action

    def add_page(self, page: int, stack: QUndoStack) -> None:
        self._group.addStack(stack)
        self._stacks[page] = stack

    def show_page(self, page: int) -> None:
        """The page now in front: its history, or none."""
        self._group.setActiveStack(self._stacks.get(page, self._nothing))
