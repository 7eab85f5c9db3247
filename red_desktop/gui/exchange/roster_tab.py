"""The roster: the keys this store trusts, who added each and when, which can receive encrypted packages, and
which were revoked and why. Adding a key asks the user to compare its fingerprint with its owner's."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from red_desktop.core import identity
from red_desktop.core.enum_labels import role_label
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.identity import PublicIdentity
from red_desktop.core.store.roster import TrustedKey
from red_desktop.gui.exchange.files import ask_open_path
from red_desktop.gui.exchange.values import short_time
from red_desktop.gui.fill import fill
from red_desktop.gui.reason_dialog import RevokeDialog
from red_desktop.gui.scoring.message_banner import MessageBannerWidget
from red_desktop.gui.store_service import Change, ChangeKind, StoreService

GREYED = QColor("#8a8a8a")
FINGERPRINT_COLUMN = 2


def can_receive_encrypted(key: TrustedKey) -> bool:
    return getattr(key.identity, "encryption_key", None) is not None and not key.revoked


def _brings_encryption_key(known: TrustedKey, public: PublicIdentity) -> bool:
    """A new file for a trusted key that had none: adding it again gives the roster its encryption key."""
    fresh = getattr(public, "encryption_key", None) is not None
    return fresh and getattr(known.identity, "encryption_key", None) is None and not known.revoked


class RosterWidget(QWidget):
    def __init__(self, service: StoreService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.keys: list[TrustedKey] = []
        intro = QLabel(
            self.tr(
                "Packages are accepted only from the keys on this roster. Add an evaluator's public key file after "
                "comparing its fingerprint with the one they read to you."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = self._build_table()
        self.add_button = QPushButton(self.tr("&Add key file…"), self)
        self.add_button.setAccessibleName(self.tr("Add a public key file to the roster"))
        self.revoke_button = QPushButton(self.tr("Re&voke…"), self)
        self.revoke_button.setAccessibleName(self.tr("Revoke the selected key"))
        self.revoke_button.setEnabled(False)
        self.banner = MessageBannerWidget(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, stretch=1)
        self.add_button.clicked.connect(self.add_key_file)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        # A file dialog by default; tests put a function here that answers at once.
        self.choose_key_file: Callable[[], Path | None] = lambda: ask_open_path(
            self, self.tr("Add a public key file"), Path.home(), self.tr("Public key files (*.json);;All files (*)")
        )
        service.changed.connect(self._on_store_changed)
        self.refresh()

    def _build_table(self) -> QTableWidget:
        headers = (
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Fingerprint"),
            self.tr("Added"),
            self.tr("Encrypted packages"),
            self.tr("Status"),
        )
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(list(headers))
        table.setAccessibleName(self.tr("Trusted keys"))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setStyleSheet("QTableView::item { padding: 0 6px; }")
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    # ---- reading ----

    def _on_store_changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.ROSTER, ChangeKind.STORE):
            self.refresh()

    def refresh(self) -> None:
        reader = self.service.reader
        self.keys = reader.roster.all() if reader is not None else []
        selected = self.selected_key()
        self.table.setRowCount(len(self.keys))
        for row, key in enumerate(self.keys):
            for column, item in enumerate(self._cells(key)):
                self.table.setItem(row, column, item)
        if selected is not None:
            self._select(selected.fingerprint)
        self._on_selection_changed()

    def _cells(self, key: TrustedKey) -> list[QTableWidgetItem]:
        added = fill(self.tr("%1 by %2"), short_time(key.added_at), key.added_by)
        encrypted = self.tr("yes") if can_receive_encrypted(key) else self.tr("no")
        if key.revoked:
            status = fill(
                self.tr("Revoked %1 by %2: %3"),
                short_time(key.revoked_at),
                key.revoked_by or "",
                key.revoke_reason or "",
            )
        else:
            status = self.tr("Trusted")
        texts = (
            key.identity.name,
            role_label(key.identity.role, capital=True),
            key.fingerprint,
            added,
            encrypted,
            status,
        )
        items = [QTableWidgetItem(text) for text in texts]
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        items[FINGERPRINT_COLUMN].setFont(mono)
        for item in items:
            item.setData(Qt.ItemDataRole.UserRole, key.fingerprint)
            if key.revoked:
                item.setForeground(QBrush(GREYED))
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
                item.setToolTip(status)
        return items

    def selected_key(self) -> TrustedKey | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        fingerprint = rows[0].data(Qt.ItemDataRole.UserRole)
        return next((k for k in self.keys if k.fingerprint == fingerprint), None)

    def _select(self, fingerprint: str) -> None:
        for row, key in enumerate(self.keys):
            if key.fingerprint == fingerprint:
                self.table.selectRow(row)
                return

    def _on_selection_changed(self) -> None:
        key = self.selected_key()
        self.revoke_button.setEnabled(key is not None and not key.revoked)

    # ---- adding ----

    def add_key_file(self) -> None:
        path = self.choose_key_file()
        if path is not None:
            self.add_key_from(path)

    def add_key_from(self, path: Path) -> None:
        try:
            public = identity.read_public_key(path)
        except RedDesktopError as exc:
            self.banner.show_message(self.tr("This file cannot be added to the roster."), [str(exc)])
            return
        known = self.service.reader.roster.get(public.fingerprint) if self.service.reader is not None else None
        if known is not None and not _brings_encryption_key(known, public):
            self._tell_known(known)
            return
        if not self.confirm_fingerprint(public):
            return
        self.service.submit(
            lambda store: store.roster.add(public),
            self._on_added,
            self._failed,
            Change(ChangeKind.ROSTER),
            context=self,
        )

    def _tell_known(self, key: TrustedKey) -> None:
        self._select(key.fingerprint)
        if key.revoked:
            text = fill(self.tr("%1's key is on the roster, revoked; it stays revoked."), key.identity.name)
        else:
            text = fill(self.tr("%1's key was already on the roster."), key.identity.name)
        self.banner.show_message(text, severity="info")

    def confirm_fingerprint(self, public: PublicIdentity) -> bool:
        """Ask the user to compare the fingerprint with the one its owner reads out."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Compare the fingerprint"))
        box.setText(fill(self.tr("Add %1 (%2) to the roster?"), public.name, role_label(public.role)))
        explanation = fill(
            self.tr(
                "Ask %1 to read their fingerprint to you (in person or by phone) and compare it with this one. "
                "If they differ, the file is not theirs: do not add it."
            ),
            public.name,
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setInformativeText(
            f"<p style='font-family: monospace; font-size: 15pt; font-weight: bold;'>{html.escape(public.fingerprint)}"
            f"</p><p>{html.escape(explanation)}</p>"
        )
        add = box.addButton(self.tr("They match: &add"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is add

    def _on_added(self, result: tuple[TrustedKey, bool]) -> None:
        key, added = result
        self.refresh()
        self._select(key.fingerprint)
        if added:
            text = fill(self.tr("%1's key was added to the roster."), key.identity.name)
        else:
            text = fill(self.tr("%1's key was already on the roster."), key.identity.name)
        self.banner.show_message(text, severity="info")

    # ---- revoking ----

    def revoke_selected(self) -> None:
        key = self.selected_key()
        if key is None or key.revoked:
            return
        reason = self.ask_reason(key)
        if reason is not None:
            self.revoke(key.fingerprint, reason)

    def ask_reason(self, key: TrustedKey) -> str | None:
        return RevokeDialog(key.identity.name, key.fingerprint, self).ask()

    def revoke(self, fingerprint: str, reason: str) -> None:
        self.service.submit(
            lambda store: store.roster.revoke(fingerprint, reason),
            self._on_revoked,
            self._failed,
            Change(ChangeKind.ROSTER),
            context=self,
        )

    def _on_revoked(self, key: TrustedKey) -> None:
        self.refresh()
        self.banner.show_message(fill(self.tr("%1's key was revoked."), key.identity.name), severity="info")

    def _failed(self, message: str) -> None:
        self.banner.show_message(self.tr("The roster was not changed."), [message])
