"""Export: what a package of this laptop's work would carry, whether to encrypt it and to whom, and writing it."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from red_desktop.core import formatting
from red_desktop.core.enum_labels import role_label
from red_desktop.core.exchange.model import ExportResult
from red_desktop.core.exchange.service import Signer, export_package
from red_desktop.core.progress import Progress
from red_desktop.core.settings import Role
from red_desktop.core.store import Store
from red_desktop.core.store.roster import TrustedKey
from red_desktop.gui.exchange import jobs
from red_desktop.gui.exchange.files import ask_save_path, default_package_name
from red_desktop.gui.exchange.keyring import KeyRing
from red_desktop.gui.exchange.roster_tab import can_receive_encrypted
from red_desktop.gui.exchange.values import count_label, short_time
from red_desktop.gui.fill import fill
from red_desktop.gui.latest_only import LatestOnly
from red_desktop.gui.progress_task import run_on_writer
from red_desktop.gui.scoring.message_banner import MessageBannerWidget
from red_desktop.gui.store_service import Change, ChangeKind, StoreService
from red_desktop.gui.tasks import Executor

COUNTED = (
    "proposals", "actors", "attachments", "evaluations", "scores", "decisions", "gate_overrides", "withdrawals",
)  # fmt: skip


class ExportWidget(QWidget):
    def __init__(self, service: StoreService, runner: Executor, keys: KeyRing, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.keys = keys
        self.counts: dict[str, int] | None = None
        # one count at a time; one started before the latest change is never shown
        self._counting = LatestOnly(runner, self._count_work, self._counted, self._count_failed, parent=self)
        self._stale = True
        self._folder = Path.home()
        intro = QLabel(
            self.tr(
                "A package carries this store's work to the committee, or the committee's decisions back: one "
                "signed file to take on a USB stick. Only what changed since the last export goes, unless you ask "
                "for everything."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = self._build_table()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("What the package would carry"))
        self.everything = QCheckBox(self.tr("E&verything, not just changes since the last export"), self)
        self.everything.setAccessibleName(self.tr("Export everything, not just changes since the last export"))
        self.recipient = QComboBox(self)
        self.recipient.setAccessibleName(self.tr("Encrypt the package to"))
        self.recipient.setMinimumContentsLength(36)
        self.export_button = QPushButton(self.tr("E&xport package…"), self)
        self.export_button.setAccessibleName(self.tr("Export a package"))
        self.export_button.setDefault(True)
        self.banner = MessageBannerWidget(self)
        self._build_layout(intro)
        self.everything.toggled.connect(lambda _: self.refresh())
        self.export_button.clicked.connect(self.export)
        keys.changed.connect(self._on_keys_changed)
        service.changed.connect(self._on_store_changed)
        # A file dialog by default; tests put a function here that answers at once.
        self.choose_package_path: Callable[[Path], Path | None] = lambda start: ask_save_path(
            self, self.tr("Export package"), start, self.tr("RED Desktop packages (*.redpkg)")
        )
        self.fill_recipients()
        self._on_keys_changed()

    def _build_table(self) -> QTableWidget:
        table = QTableWidget(len(COUNTED), 2, self)
        table.setHorizontalHeaderLabels([self.tr("Records"), self.tr("Count")])
        table.setAccessibleName(self.tr("Export counts"))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)  # every row alike, whatever its text
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for row, kind in enumerate(COUNTED):
            table.setItem(row, 0, QTableWidgetItem(count_label(kind)))
            table.setItem(row, 1, _number_item(None))
        height = header.sizeHint().height() + rows.defaultSectionSize() * len(COUNTED)
        table.setFixedHeight(height + 2 * table.frameWidth())
        table.setFixedWidth(max(300, table.fontMetrics().horizontalAdvance("x" * 40)))
        return table

    def _build_layout(self, intro: QLabel) -> None:
        carried = QGroupBox(self.tr("What the package will carry"), self)
        beside = QVBoxLayout()
        beside.addWidget(self.status)
        beside.addWidget(self.everything)
        beside.addStretch(1)
        inside = QHBoxLayout(carried)
        inside.addWidget(self.table)
        inside.addSpacing(12)
        inside.addLayout(beside, stretch=1)
        encryption = QGroupBox(self.tr("Encryption"), self)
        hint = QLabel(
            self.tr("Encrypted, only that key's owner can open the package: safer on a stick that may get lost."),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Encrypt to:"), self))
        row.addWidget(self.recipient)
        row.addStretch(1)
        inner = QVBoxLayout(encryption)
        inner.addLayout(row)
        inner.addWidget(hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(carried)
        layout.addWidget(encryption)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        layout.addStretch(1)

    # ---- who can receive it ----

    def fill_recipients(self) -> None:
        """None, then every trusted key that can receive encrypted packages; the first committee key by default."""
        chosen = self.recipient.currentData()
        reader = self.service.reader
        mine = self.keys.public.fingerprint if self.keys.public is not None else None
        keys = [
            k for k in (reader.roster.all() if reader else []) if can_receive_encrypted(k) and k.fingerprint != mine
        ]
        self.recipient.blockSignals(True)
        self.recipient.clear()
        self.recipient.addItem(self.tr("Nobody: not encrypted"), None)
        for key in keys:
            label = f"{key.identity.name} ({role_label(key.identity.role)}) · {key.fingerprint}"
            self.recipient.addItem(label, key.fingerprint)
        committee = next((k for k in keys if k.identity.role == Role.COMMITTEE_MEMBER.value), None)
        index = self.recipient.findData(chosen) if chosen else -1
        if index < 0 and committee is not None:
            index = self.recipient.findData(committee.fingerprint)
        self.recipient.setCurrentIndex(max(index, 0))
        self.recipient.blockSignals(False)

    def recipient_key(self) -> TrustedKey | None:
        fingerprint = self.recipient.currentData()
        reader = self.service.reader
        return reader.roster.get(fingerprint) if fingerprint and reader is not None else None

    # ---- the preview ----

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_store_changed(self, change: Change) -> None:
        if change.kind in (ChangeKind.ROSTER, ChangeKind.STORE):
            self.fill_recipients()
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _on_keys_changed(self) -> None:
        self.fill_recipients()
        self.export_button.setEnabled(self.keys.exists)
        self._stale = True
        if self.keys.signer is None or self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Count what an export would carry now, in the background (it needs the unlocked key)."""
        if self.keys.signer is None:
            self._counting.cancel()
            self._show_counts(None)
            self.status.setText(self._why_no_counts())
            return
        self._stale = False
        self.status.setText(self.tr("Counting…"))
        self._counting.request()

    def _count_work(self) -> Callable[[], dict[str, int]] | None:
        signer, path, everything = self.keys.signer, self.service.path, self.everything.isChecked()
        if signer is None:
            return None
        return lambda: jobs.count_export(path, signer, everything)

    def _why_no_counts(self) -> str:
        if not self.keys.read:
            return self.tr("Reading your key…")
        if not self.keys.exists:
            return self.tr("You need a key to export: create it above.")
        return self.tr("Unlock your key (above) to see what the package would carry.")

    def _counted(self, counts: dict[str, int]) -> None:
        self._show_counts(counts)
        if not any(counts.get(kind, 0) for kind in COUNTED):
            self.status.setText(
                self.tr(
                    "Nothing here changed since it last travelled in a package. Tick “Everything” to send it all again."
                )
                if not self.everything.isChecked()
                else self.tr("This store holds nothing your key may send.")
            )
        else:
            self.status.setText(self._since())

    def _since(self) -> str:
        """What "changes" means here, and when this store last exported a package."""
        if self.everything.isChecked():
            return self.tr("Everything this store holds that your key may send.")
        text = self.tr("What this store changed since it last travelled in a package, sent or received.")
        reader = self.service.reader
        sent = [p for p in (reader.exchange.packages() if reader is not None else []) if p["direction"] == "out"]
        if sent:
            text += " " + fill(
                self.tr("Last export: %1 (%2)."), short_time(sent[0]["handled_at"]), sent[0]["file_name"]
            )
        return text

    def _count_failed(self, message: str) -> None:
        self._show_counts(None)
        self.status.setText(f"<span style='color:#b00020'>{html.escape(message)}</span>")

    def _show_counts(self, counts: dict[str, int] | None) -> None:
        self.counts = counts
        for row, kind in enumerate(COUNTED):
            self.table.setItem(row, 1, _number_item(None if counts is None else counts.get(kind, 0)))

    # ---- exporting ----

    def export(self) -> None:
        """Export package…: unlock the key if need be, ask where, write it."""
        if not self.keys.exists:
            self.banner.show_message(self.tr("You need a key to export: create it above."))
            return
        self.keys.unlock(self, lambda _signer: self._ask_and_export())

    def _ask_and_export(self) -> None:
        target = self.choose_package_path(self._folder / default_package_name())
        if target is not None:
            self.export_to(target)

    def export_to(self, target: Path) -> None:
        signer = self.keys.signer
        if signer is None:
            self.banner.show_message(self.tr("Unlock your key first."))
            return
        if target.suffix.lower() != ".redpkg":
            target = target.with_name(target.name + ".redpkg")
        self._folder = target.parent
        everything, recipient = self.everything.isChecked(), self.recipient_key()
        self.export_button.setEnabled(False)
        run_on_writer(
            self.service,
            self,
            self.tr("Writing the package…"),
            lambda store, progress: _export(store, signer, target, everything, recipient, progress),
            self._exported,
            self._failed,
            Change(ChangeKind.EXCHANGE),
            on_cancelled=lambda: self.export_button.setEnabled(True),
        )

    def _exported(self, result: ExportResult) -> None:
        self.export_button.setEnabled(True)
        counted = [
            f"{count_label(kind)}: {formatting.integer(result.counts.get(kind, 0))}"
            for kind in COUNTED
            if result.counts.get(kind, 0)
        ]
        if result.encrypted_to:
            key = self.service.reader.roster.get(result.encrypted_to) if self.service.reader else None
            name = key.identity.name if key is not None else result.encrypted_to
            title = fill(self.tr("Package written to %1, encrypted to %2."), result.path, name)
        else:
            title = fill(self.tr("Package written to %1."), result.path)
        self.banner.show_message(title, counted or [self.tr("It carries no records.")], severity="info")

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(self.keys.exists)
        self.banner.show_message(self.tr("No package was written."), [message])


def _export(
    store: Store, signer: Signer, target: Path, everything: bool, recipient: TrustedKey | None, progress: Progress
) -> ExportResult:
    return export_package(store, signer, target, everything=everything, recipient=recipient, progress=progress)


def _number_item(value: int | None) -> QTableWidgetItem:
    item = QTableWidgetItem("–" if value is None else formatting.integer(value))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
