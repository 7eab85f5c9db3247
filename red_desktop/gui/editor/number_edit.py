"""A line edit for amounts, counts and coordinates in the interface language (1.234.567,89 or 1,234,567.89)."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from red_desktop.core import formatting
from red_desktop.gui.ui_loader import register_custom_widget

Number = float | int


@register_custom_widget
class NumberEdit(QLineEdit):
    """Shows numbers as core.formatting writes them, reads them with the same language's Qt locale; text that is
    no number is kept as typed.

    There is deliberately no blocking validator: "12 mil" or "-5" stay in the field and the
    proposal's validation reports them, instead of keystrokes silently disappearing.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._integer = False
        self._decimals = 2
        self._empty: Number | None = 0.0
        self.setMaxLength(40)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editingFinished.connect(self._on_editing_finished)

    def configure(self, *, integer: bool = False, decimals: int = 2, empty: Number | None = 0.0) -> None:
        """integer: whole numbers; decimals: the most shown; empty: the value of an empty field."""
        self._integer = integer
        self._decimals = 0 if integer else decimals
        self._empty = empty
        if empty is None:
            self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    @staticmethod
    def display_locale() -> QLocale:
        """The interface language's locale, to read what is typed (what is shown is written by core.formatting)."""
        locale = QLocale(formatting.locale_of())
        locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
        return locale

    def value(self) -> Number | None | str:
        """The number typed, the empty value, or the text itself when it is not a number."""
        text = self.text().strip()
        if not text:
            return self._empty
        locale = self.display_locale()
        if locale.groupSeparator().isspace():  # French 1 234 567: accept a plain space for the narrow one
            text = text.replace(" ", locale.groupSeparator())
        number, ok = locale.toDouble(text)
        if not ok and (plain := _ungrouped(text, locale)) is not None:
            number, ok = locale.toDouble(plain)
        if not ok:
            return self.text()
        if self._integer and number.is_integer():
            return int(number)
        return number

    def set_value(self, value: Number | None) -> None:
        self.setText(self.formatted(value))

    def formatted(self, value: Number | None) -> str:
        if value is None or (value == self._empty and self._empty is None):
            return ""
        if float(value).is_integer():
            return formatting.number(value, decimals=0)
        if self._decimals > 2:  # coordinates: 6 decimals at most, no trailing zeros; money keeps its cents
            return formatting.trimmed(value, decimals=self._decimals)
        return formatting.number(value, decimals=self._decimals)

    def not_a_number_message(self) -> str:
        """Why the text was refused, with an example in the user's own notation."""
        if self._empty is None:
            example = self.formatted(-11.95)
        else:
            example = self.formatted(1234567 if self._integer else 1234567.5)  # no 1_234_567: it misleads lupdate
        return self.tr("is not a number: type digits only, e.g. {0}").format(example)

    def _on_editing_finished(self) -> None:
        value = self.value()
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            formatted = self.formatted(value)
            if formatted != self.text():
                self.setText(formatted)


def _ungrouped(text: str, locale: QLocale) -> str | None:
    """`text` without its group separators when they group by thousands ("1.270", "12.700,5"), else None.

    Qt refuses some groupings its own locale data would not write, though people and core.formatting do: Spanish
    groups from five digits on in CLDR, so Qt read "1.270", the field's own display of 1270, as no number. A
    grouping that is not by thousands ("1.5") stays refused."""
    group, point = re.escape(locale.groupSeparator()), re.escape(locale.decimalPoint())
    if re.fullmatch(rf"[-+]?\d{{1,3}}(?:{group}\d{{3}})+(?:{point}\d+)?", text):
        return text.replace(locale.groupSeparator(), "")
    return None
