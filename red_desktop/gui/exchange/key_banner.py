"""Your key, at the top of the Exchange view: who you sign as and its fingerprint, or how to get a key."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from red_desktop.core.enum_labels import role_label
from red_desktop.core.identity import PublicIdentity
from red_desktop.gui.exchange.create_key_dialog import CreateKeyDialog
from red_desktop.gui.exchange.files import ask_save_path
from red_desktop.gui.exchange.keyring import KeyRing
from red_desktop.gui.fill import fill

MONOSPACE = "font-family: monospace;"


class KeyBannerWidget(QFrame):
    def __init__(self, keys: KeyRing, parent: QWidget | None = None):
        super().__init__(parent)
        self.keys = keys
        self.setObjectName("keyBanner")
        self.setStyleSheet("QFrame#keyBanner { border: 1px solid palette(mid); border-radius: 4px; }")
        self.setAccessibleName(self.tr("Your key"))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Your key"))
        self.create_button = QPushButton(self.tr("Create my &key…"), self)
        self.create_button.setAccessibleName(self.tr("Create my key"))
        self.unlock_button = QPushButton(self.tr("&Unlock…"), self)
        self.unlock_button.setAccessibleName(self.tr("Unlock my key"))
        self.unlock_button.setToolTip(self.tr("Type your key's passphrase to sign packages and open encrypted ones"))
        self.export_button = QPushButton(self.tr("Export my &public key…"), self)
        self.export_button.setAccessibleName(self.tr("Export my public key"))
        self.export_button.setToolTip(self.tr("Write the file the committee adds to its roster"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, stretch=1)
        for button in (self.create_button, self.unlock_button, self.export_button):
            layout.addWidget(button)
        self.create_button.clicked.connect(self.create_key)
        self.unlock_button.clicked.connect(lambda: self.keys.unlock(self))
        self.export_button.clicked.connect(self.export_public_key)
        # A file dialog by default; tests put a function here that answers at once.
        self.choose_public_key_path: Callable[[Path], Path | None] = lambda start: ask_save_path(
            self, self.tr("Export my public key"), start, self.tr("Public key files (*.json);;All files (*)")
        )
        keys.changed.connect(self._on_keys_changed)
        self._on_keys_changed()

    def _on_keys_changed(self) -> None:
        keys = self.keys
        self.create_button.setVisible(keys.read and not keys.exists)
        self.unlock_button.setVisible(keys.exists and keys.signer is None)
        self.export_button.setVisible(keys.exists)
        self.text.setText(self._describe())

    def _describe(self) -> str:
        keys = self.keys
        if not keys.read:
            return self.tr("Reading your key…")
        if keys.public is None:
            problem = f"<br><span style='color:#b00020'>{html.escape(keys.problem)}</span>" if keys.problem else ""
            name, role = keys.profile()
            command = f"red-desktop profile create --name &quot;{html.escape(name)}&quot; --role {html.escape(role)}"
            return (
                fill(
                    self.tr(
                        "<b>You have no key yet.</b> Your key signs the packages you export so that the committee "
                        "knows they are yours. Create it here, or with %1."
                    ),
                    f"<code>{command}</code>",
                )
                + problem
            )
        text = self._who(keys.public)
        if keys.signer is None:
            text += " · " + self.tr("locked: protected by a passphrase")
        if keys.problem:
            text += f"<br><span style='color:#b00020'>{html.escape(keys.problem)}</span>"
        return text

    def _who(self, public: PublicIdentity) -> str:
        return fill(
            self.tr("Your key: %1 (%2), fingerprint %3"),
            f"<b>{html.escape(public.name)}</b>",
            html.escape(role_label(public.role)),
            f"<span style='{MONOSPACE} font-weight: bold;'>{html.escape(public.fingerprint)}</span>",
        )

    def create_key(self) -> None:
        name, role = self.keys.profile()
        go, passphrase = CreateKeyDialog(name, role, self).ask()
        if go:
            self.keys.create(self, passphrase, lambda _signer: None, self._failed)

    def export_public_key(self) -> None:
        public = self.keys.public
        if public is None:
            return
        start = Path.home() / f"{_file_stem(public.name)}.pub.json"
        target = self.choose_public_key_path(start)
        if target is not None:
            exported = lambda public: self._exported(public, target)  # noqa: E731
            self.keys.export_public_key(self, target, exported, self._failed)

    def _exported(self, public: PublicIdentity, target: Path) -> None:
        QMessageBox.information(
            self,
            self.tr("Public key exported"),
            fill(
                self.tr(
                    "Your public key is in %1.\n\nGive this file to the committee. When they add it, read them its "
                    "fingerprint, %2, so they know the file is yours."
                ),
                str(target),
                public.fingerprint,
            ),
        )

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Your key"), message)


def _file_stem(name: str) -> str:
    kept = "".join(c if c.isalnum() or c in "-_" else "-" for c in name.strip())
    return kept.strip("-") or "my-key"
