"""Revoke a key: the reason is required, and kept in the audit log with the revoker's name."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class RevokeDialog(QDialog):
    def __init__(self, name: str, fingerprint: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revoke a key"))
        self.setAccessibleName(self.windowTitle())
        question = QLabel(
            self.tr(
                "Revoke the key of %1 (%2)? Packages signed with it will be refused from now on; what was "
                "imported stays."
            )
            .replace("%1", name)
            .replace("%2", fingerprint),
            self,
        )
        question.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. laptop stolen on 3 March; left the programme"))
        self.reason.setAccessibleName(self.tr("Reason for revoking"))
        self.hint = QLabel(self.tr("A reason is required: it is kept in the audit log with your name."), self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Revoke"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(QLabel(self.tr("Reason:"), self))
        layout.addWidget(self.reason)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(False)
        self.resize(480, self.sizeHint().height())

    def ask(self) -> str | None:
        """The reason given, or None if cancelled."""
        return self.reason.text().strip() if self.exec() == QDialog.DialogCode.Accepted else None
