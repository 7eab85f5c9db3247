"""A reason the audit log records — a withdrawal, an override and its removal, a revoked key, an undone merge:
OK waits for one, and says so. Texts by QCoreApplication.translate under "ReasonDialog", so subclasses find them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from red_desktop.gui.fill import fill
from red_desktop.gui.modal import accepted


class ReasonDialog(QDialog):
    def __init__(
        self, title: str, question: str, parent: QWidget | None = None, *, ok_text: str = "", placeholder: str = ""
    ):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.question = QLabel(question, self)
        self.question.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(question)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(placeholder)
        self.question.setBuddy(self.text)
        self.note = QLabel(
            QCoreApplication.translate(
                "ReasonDialog", "A reason is required: it is kept in the audit log with your name."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setAccessibleName(QCoreApplication.translate("ReasonDialog", "Why OK is unavailable"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text:
            self.ok.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.question, self.text, self.note, self.buttons):
            layout.addWidget(widget)
        self.text.textChanged.connect(self._follow_text)
        self._follow_text()
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())

    def reason(self) -> str:
        return self.text.toPlainText().strip()

    def _follow_text(self) -> None:
        given = bool(self.reason())
        self.ok.setEnabled(given)
        self.note.setVisible(not given)

    def accept(self) -> None:
        if self.reason():  # Enter in a button box cannot get past a disabled OK, but a caller could
            super().accept()

    def ask(self) -> str | None:
        """The reason typed (stripped, never empty), or None if the user cancelled."""
        return self.reason() if accepted(self) else None


def ask_reason(
    parent: QWidget | None, title: str, question: str, *, ok_text: str = "", placeholder: str = ""
) -> str | None:
    return ReasonDialog(title, question, parent, ok_text=ok_text, placeholder=placeholder).ask()


class RevokeDialog(ReasonDialog):
    def __init__(self, name: str, fingerprint: str, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("RevokeDialog", "Revoke a key"),
            fill(
                QCoreApplication.translate(
                    "RevokeDialog",
                    "Revoke the key of %1 (%2)? Packages signed with it will be refused from now on; what was "
                    "imported stays.",
                ),
                name,
                fingerprint,
            ),
            parent,
            ok_text=QCoreApplication.translate("RevokeDialog", "&Revoke"),
            placeholder=QCoreApplication.translate("RevokeDialog", "e.g. laptop stolen on 3 March; left the programme"),
        )
