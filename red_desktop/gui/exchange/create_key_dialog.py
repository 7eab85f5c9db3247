"""Create my key: the profile's name and role, and an optional passphrase typed twice."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from red_desktop.core.enum_labels import role_label
from red_desktop.gui.modal import accepted


class CreateKeyDialog(QDialog):
    def __init__(self, name: str, role: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create my key"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(
            self.tr(
                "Your key signs the packages you export, so whoever imports them knows they are yours and "
                "unaltered. It stays on this laptop; the committee adds your public key file to its roster."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), QLabel(name, self))
        form.addRow(self.tr("Role:"), QLabel(role_label(role), self))
        form.addRow(self.tr("Passphrase (optional):"), self.passphrase)
        form.addRow(self.tr("Passphrase again:"), self.repeat)
        hint = QLabel(
            self.tr(
                "With a passphrase, RED Desktop asks for it once per session. Without one, anyone using this "
                "account on this laptop can sign as you."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for edit in (self.passphrase, self.repeat):
            edit.textChanged.connect(lambda _: self._check())
        self._check()
        self.setMinimumWidth(460)

    def _check(self) -> bool:
        ok = self.passphrase.text() == self.repeat.text()
        self.problem.setText("" if ok else self.tr("The two passphrases differ."))
        self.problem.setVisible(not ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def chosen_passphrase(self) -> bytes | None:
        text = self.passphrase.text()
        return text.encode("utf-8") if text else None

    def ask(self) -> tuple[bool, bytes | None]:
        """(created, passphrase): whether the user went ahead, and the passphrase chosen (None for none)."""
        went_ahead = accepted(self)
        return went_ahead, self.chosen_passphrase() if went_ahead else None
