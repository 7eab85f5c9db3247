"""A change that needs a reason, kept in the audit log with the person's name: revoking a key, undoing a merge."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class ReasonDialog(QDialog):
    """Texts by QCoreApplication.translate under this class's name, so subclasses find them too."""

    def __init__(self, title: str, question: str, ok_text: str, placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        label = QLabel(question, self)
        label.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(placeholder)
        self.reason.setAccessibleName(QCoreApplication.translate("ReasonDialog", "Reason"))
        self.hint = QLabel(
            QCoreApplication.translate(
                "ReasonDialog", "A reason is required: it is kept in the audit log with your name."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(QLabel(QCoreApplication.translate("ReasonDialog", "Reason:"), self))
        layout.addWidget(self.reason)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(False)
        self.resize(480, self.sizeHint().height())

    def ask(self) -> str | None:
        """The reason given, or None if cancelled."""
        return self.reason.text().strip() if self.exec() == QDialog.DialogCode.Accepted else None


class RevokeDialog(ReasonDialog):
    def __init__(self, name: str, fingerprint: str, parent: QWidget | None = None):
        super().__init__(
            QCoreApplication.translate("RevokeDialog", "Revoke a key"),
            QCoreApplication.translate(
                "RevokeDialog",
                "Revoke the key of %1 (%2)? Packages signed with it will be refused from now on; what was "
                "imported stays.",
            )
            .replace("%1", name)
            .replace("%2", fingerprint),
            QCoreApplication.translate("RevokeDialog", "&Revoke"),
            QCoreApplication.translate("RevokeDialog", "e.g. laptop stolen on 3 March; left the programme"),
            parent,
        )
