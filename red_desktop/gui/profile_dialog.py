"""Who is working: the evaluator's name, role and interface language (asked at the first start; Preferences later)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from red_desktop.core import formatting, messages
from red_desktop.core.enum_labels import role_label
from red_desktop.core.settings import Role
from red_desktop.gui.modal import accepted
from red_desktop.gui.ui_loader import find, load_form

FORM = "profile_dialog.ui"
CHILDREN = (
    (QLineEdit, "nameEdit"),
    (QComboBox, "roleCombo"),
    (QComboBox, "languageCombo"),
    (QLabel, "problemLabel"),
    (QDialogButtonBox, "buttons"),
)

# Marked for translation here (the form's own context), translated when the combo box is filled.
AS_THE_SYSTEM = str(QT_TRANSLATE_NOOP("ProfileDialog", "As the system"))


class ProfileDialog:
    """Wraps the Designer form; `ask()` returns (name, role, language) or None when cancelled."""

    def __init__(self, name: str, role: str, language: str, parent: QWidget | None = None):
        self.dialog: QDialog = load_form(FORM, parent)  # type: ignore[assignment]
        self.name = find(self.dialog, QLineEdit, "nameEdit")
        self.role = find(self.dialog, QComboBox, "roleCombo")
        self.language = find(self.dialog, QComboBox, "languageCombo")
        self.problem = find(self.dialog, QLabel, "problemLabel")
        self.buttons = find(self.dialog, QDialogButtonBox, "buttons")
        for choice in Role:
            self.role.addItem(role_label(choice, capital=True), choice.value)
        self.language.addItem(self.tr(AS_THE_SYSTEM), "")
        for code in messages.languages():  # each language by its own name: whoever reads it can find theirs
            self.language.addItem(formatting.language_name(code), code)
        self.name.setText(name)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.dialog.reject)
        self.name.textChanged.connect(lambda _: self._check())
        self._answer: tuple[str, Role, str] | None = None
        self._check()

    def tr(self, text: str) -> str:
        """ProfileDialog is no QObject: its texts share the Designer form's context, where lupdate files them."""
        return QCoreApplication.translate("ProfileDialog", text)

    def _check(self) -> bool:
        ok = bool(self.name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.problem.setText("" if ok else self.tr("Your name is needed: it is stamped on every change you make."))
        return ok

    def _on_accepted(self) -> None:
        if self._check():
            self._answer = self.values()  # read now: once answered, the dialog and its fields may be gone
            self.dialog.accept()

    def values(self) -> tuple[str, Role, str]:
        return self.name.text().strip(), Role(self.role.currentData()), str(self.language.currentData())

    def ask(self) -> tuple[str, Role, str] | None:
        """The answer, read when OK was pressed: at the first start, before the event loop runs, the answered dialog
        was deleted before its fields could be read (the program ended with an internal error)."""
        self._answer = None
        return self._answer if accepted(self.dialog) else None
