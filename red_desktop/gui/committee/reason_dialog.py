"""A reason the audit log records (a withdrawal, an override and its removal): OK waits for one, and says so."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class ReasonDialog(QDialog):
    def __init__(self, title: str, question: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.question = QLabel(question, self)
        self.question.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(question)
        self.text.setTabChangesFocus(True)
        self.question.setBuddy(self.text)
        self.note = QLabel(self.tr("Write a reason first: OK stays unavailable while it is empty."), self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Why OK is unavailable"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
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


def ask_reason(parent: QWidget | None, title: str, question: str) -> str | None:
    """The reason typed (stripped, never empty), or None if the user cancelled."""
    dialog = ReasonDialog(title, question, parent)
    try:
        return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
