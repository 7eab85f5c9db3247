"""Undo steps of the proposal editor: one per field edit (typing in a field merges), one per actor change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

FIELD_EDIT_ID = 1


class FieldEditCommand(QUndoCommand):
    """The widget already shows the new value when pushed; undo and redo re-apply through `apply`."""

    def __init__(self, text: str, field: str, old: Any, new: Any, apply: Callable[[str, Any], None], merge: bool):
        super().__init__(text)
        self.field = field
        self.old = old
        self.new = new
        self._apply = apply
        self._merge = merge
        self._pushed = False

    def id(self) -> int:
        return FIELD_EDIT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEditCommand) or other.field != self.field or not other._merge:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)  # typed and erased again: no step left to undo
        return True

    def redo(self) -> None:
        if self._pushed:
            self._apply(self.field, self.new)
        self._pushed = True

    def undo(self) -> None:
        self._apply(self.field, self.old)


class ActorsEditCommand(QUndoCommand):
    """A whole actors list before and after an add, edit or removal."""

    def __init__(self, text: str, old: tuple[Any, ...], new: tuple[Any, ...], apply: Callable[[tuple[Any, ...]], None]):
        super().__init__(text)
        self.old = old
        self.new = new
        self._apply = apply
        self._pushed = False

    def redo(self) -> None:
        if self._pushed:
            self._apply(self.new)
        self._pushed = True

    def undo(self) -> None:
        self._apply(self.old)
