"""One adapter per kind of input widget: its raw state (for undo), its value (for the Proposal), its signals."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from red_desktop.gui.editor.country_combo import CountryComboBox
from red_desktop.gui.editor.labels import select_member, selected_member
from red_desktop.gui.editor.number_edit import NumberEdit

SECTOR_SEPARATORS = re.compile(r"[;,]")


class FieldAdapter:
    """raw() is what the widget shows, exactly, so undo restores it; value() is what the Proposal gets."""

    widget: QWidget
    changed: SignalInstance  # any change, by the user or by code
    finished: SignalInstance | None = None  # the user left the field: the next edit is a new undo step
    mergeable = True  # consecutive edits (typing) make one undo step; False: every change is its own step

    def raw(self) -> Any:
        raise NotImplementedError

    def set_raw(self, raw: Any) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        return self.raw()

    def load(self, value: Any) -> None:
        self.set_raw(value)


class TextAdapter(FieldAdapter):
    def __init__(self, widget: QLineEdit):
        self.widget = self.edit = widget
        self.changed = widget.textChanged
        self.finished = widget.editingFinished

    def raw(self) -> str:
        return self.edit.text()

    def set_raw(self, raw: str) -> None:
        self.edit.setText(raw)

    def value(self) -> Any:
        return self.edit.text().strip()

    def load(self, value: Any) -> None:
        self.set_raw(value)
        self.edit.setCursorPosition(0)  # a long text shows its beginning


class SectorsAdapter(TextAdapter):
    """Sectors typed as one line: 'quinua, lácteos; turismo'."""

    def value(self) -> tuple[str, ...]:
        return tuple(s.strip() for s in SECTOR_SEPARATORS.split(self.edit.text()) if s.strip())

    def load(self, value: tuple[str, ...]) -> None:
        super().load(", ".join(value))


class NumberAdapter(TextAdapter):
    def __init__(self, widget: NumberEdit):
        super().__init__(widget)
        self.number = widget

    def value(self) -> Any:
        return self.number.value()

    def load(self, value: Any) -> None:
        self.number.set_value(value)


class PlainTextAdapter(FieldAdapter):
    def __init__(self, widget: QPlainTextEdit):
        self.widget = self.edit = widget
        self.changed = widget.textChanged

    def raw(self) -> str:
        return self.edit.toPlainText()

    def set_raw(self, raw: str) -> None:
        self.edit.setPlainText(raw)

    def value(self) -> str:
        return self.edit.toPlainText().strip()


class EnumAdapter(FieldAdapter):
    mergeable = False

    def __init__(self, widget: QComboBox, enum: type[StrEnum]):
        self.widget = self.combo = widget
        self.enum = enum
        self.changed = widget.currentIndexChanged

    def raw(self) -> StrEnum | None:
        return selected_member(self.combo, self.enum)

    def set_raw(self, raw: StrEnum | None) -> None:
        select_member(self.combo, raw)


class CountryAdapter(FieldAdapter):
    def __init__(self, widget: CountryComboBox):
        self.widget = self.combo = widget
        self.changed = widget.currentTextChanged
        line = widget.lineEdit()
        assert line is not None, "the country combo is editable"
        self.finished = line.editingFinished

    def raw(self) -> str:
        return self.combo.currentText()

    def set_raw(self, raw: str) -> None:
        self.combo.set_text(raw)

    def value(self) -> str:
        return self.combo.code()

    def load(self, value: str) -> None:
        self.combo.set_code(value)
