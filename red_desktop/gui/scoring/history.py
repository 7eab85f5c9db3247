"""The scoring form's undo history: one step per level chosen, one per run of typing in a justification."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from red_desktop.gui.editor.undo_commands import FieldEditCommand


class ScoringHistory(QObject):
    """Told of each change the evaluator makes; undo and redo hand the value back to the form, which shows it and
    saves it as any change (so the store follows). Consecutive keystrokes in one justification merge, as in the
    proposal editor; leaving the box, choosing a level or an undo ends the run."""

    def __init__(
        self,
        parent: QObject,
        apply_level: Callable[[str, int], None],
        apply_text: Callable[[str, str], None],
    ):
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self._apply_level = apply_level
        self._apply_text = apply_text
        self._texts: dict[str, str] = {}  # each justification as last shown: the "before" of its next edit
        self._typing_in: str | None = None

    def clear(self) -> None:
        """Nothing to undo: another evaluation on screen, the store's values again, or a locked evaluation."""
        self.stack.clear()
        self._typing_in = None

    def showing(self, sub_id: str, text: str) -> None:
        """The form shows this justification itself (loading it): no edit."""
        self._texts[sub_id] = text
        self._typing_in = None

    def end_typing(self) -> None:
        self._typing_in = None

    def level_chosen(self, sub_id: str, old: int | None, new: int) -> None:
        self._typing_in = None
        text = self.tr("Level of {id}").format(id=sub_id)
        command = FieldEditCommand(text, f"{sub_id} level", old, new, self._on_level_step, merge=False)
        # The store keeps a score once given (it has no way to remove one), so a first level is no step back to
        # "no level": pushed as obsolete it is dropped, yet, as any new edit, it ends what could be redone.
        command.setObsolete(old is None)
        self.stack.push(command)

    def text_changed(self, sub_id: str, new: str) -> None:
        old = self._texts.get(sub_id, "")
        if new == old:
            return  # the form showing a text (loading, undo) is no edit
        self._texts[sub_id] = new
        merge = self._typing_in == sub_id
        self._typing_in = sub_id
        text = self.tr("Justification of {id}").format(id=sub_id)
        self.stack.push(FieldEditCommand(text, sub_id, old, new, self._on_text_step, merge))

    def _on_level_step(self, field: str, level: int) -> None:
        self._typing_in = None
        self._apply_level(field.removesuffix(" level"), level)

    def _on_text_step(self, sub_id: str, text: str) -> None:
        self.showing(sub_id, text)
        self._apply_text(sub_id, text)
