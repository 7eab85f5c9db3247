"""A searchable country chooser: type part of a name or the two-letter code, or pick from the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from red_desktop.core import messages
from red_desktop.core.countries import country_choices, country_code, display
from red_desktop.core.text import fold
from red_desktop.gui.ui_loader import register_custom_widget


@register_custom_widget
class CountryComboBox(QComboBox):
    """Editable; code() answers the ISO code of the text, or the text itself when it names no country."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self._codes: dict[str, str] = {}  # folded display text, name or code -> code
        self._fill(messages.language())
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None, "the combo is editable"
        line.setPlaceholderText(self.tr("Type a country or its code, e.g. Perú or PE"))
        self.setCurrentIndex(-1)

    def _fill(self, language: str) -> None:
        region, rest = country_choices(language)
        for code, name in region:
            self._add(code, name)
        self.insertSeparator(self.count())
        for code, name in rest:
            self._add(code, name)

    def _add(self, code: str, name: str) -> None:
        text = display(code, name)
        self.addItem(text, code)
        for key in (text, name, code):
            self._codes.setdefault(fold(key), code)

    def code(self) -> str:
        """The ISO 3166-1 alpha-2 code for the text shown or a name of it in another language ("Brasil", "EEUU"), or
        the text as typed when it names no country."""
        text = self.currentText().strip()
        return self._codes.get(fold(text)) or country_code(text) or text

    def set_code(self, code: str) -> None:
        index = self.findData(code.upper()) if code else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(code)

    def set_text(self, text: str) -> None:
        """Show exactly this text, selecting the item that reads so if there is one (for undo)."""
        index = self.findText(text)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(text)
