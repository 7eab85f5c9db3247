"""The Attachments tab's behaviour: add (button or drop), open with the system viewer, remove after asking."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, QTemporaryDir, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidgetItem, QMessageBox, QPushButton

from red_desktop.core.store.attachments import MAX_ATTACHMENT_BYTES, AttachmentInfo, human_size
from red_desktop.gui.editor.attachment_list import AttachmentListWidget
from red_desktop.gui.store_service import Change, StoreService

UUID_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the file's name, kept apart from the (translated) line shown


class AttachmentsSection(QObject):
    """Works on the proposal given to set_proposal(); None (not yet saved) disables it with a hint."""

    def __init__(self, service: StoreService, files: AttachmentListWidget, message: QLabel, buttons: list[QPushButton]):
        super().__init__(files)
        self._service = service
        self.files = files
        self.message = message
        self._add, self._open, self._remove = buttons
        self._proposal: str | None = None
        self._errors: list[str] = []
        self._viewing = QTemporaryDir()  # exported copies live until the program ends, for the viewer
        self.max_bytes = MAX_ATTACHMENT_BYTES
        self.confirm: Callable[[str], bool] = self._confirm
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self._add.clicked.connect(self.choose_files)
        self._open.clicked.connect(self.open_selected)
        self._remove.clicked.connect(self.remove_selected)
        files.files_dropped.connect(self.add_files)
        files.delete_requested.connect(self.remove_selected)
        files.itemActivated.connect(lambda _item: self.open_selected())
        files.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.set_proposal(None)

    def set_proposal(self, proposal_uuid: str | None) -> None:
        self._proposal = proposal_uuid
        self.files.setEnabled(proposal_uuid is not None)
        self._add.setEnabled(proposal_uuid is not None)
        if proposal_uuid is None:
            self.files.clear()
            self._say(self.tr("Files can be attached once the proposal is saved, that is when it has no problems."))
        else:
            self._say("")
            self.refresh()

    def refresh(self) -> None:
        reader = self._service.reader
        if self._proposal is None or reader is None:
            return
        self.files.clear()
        for info in reader.attachments.list(self._proposal):
            self.files.addItem(self._item(info))
        self._update_buttons()

    def _item(self, info: AttachmentInfo) -> QListWidgetItem:
        added = info.created_at[:16].replace("T", " ")
        line = self.tr("{name}  ·  {size}  ·  added {added}")
        item = QListWidgetItem(line.format(name=info.filename, size=human_size(info.size), added=added))
        item.setData(UUID_ROLE, info.uuid)
        item.setData(NAME_ROLE, info.filename)
        item.setToolTip(self.tr("{0}\nSHA-256 {1}").format(info.media_type, info.sha256))
        return item

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self.files.window(), self.tr("Attach files"))
        self.add_files([Path(name) for name in names])

    def add_files(self, paths: list[Path]) -> None:
        """Attach each file in turn (the file dialog and a drop both come here); each failure is shown."""
        if self._proposal is None or not paths:
            return
        self._say(self.tr("Attaching {0}…").format(", ".join(p.name for p in paths)))
        self._errors = []
        for path in paths:
            self._submit_add(self._proposal, path)

    def _submit_add(self, proposal: str, path: Path) -> None:
        limit = self.max_bytes
        self._service.submit(
            lambda store: store.attachments.add(proposal, path, max_bytes=limit),
            lambda _info: self._after_change(),
            self._on_add_failed,
            change=Change("attachment", (proposal,)),
        )

    def _on_add_failed(self, message: str) -> None:
        self._errors.append(message)
        self._say("\n".join(self._errors), problem=True)

    def _after_change(self) -> None:
        if not shiboken6.isValid(self.files):
            return  # the editor was closed while the store was still working
        if not self._errors:
            self._say("")
        self.refresh()

    def selected_uuid(self) -> str | None:
        item = self.files.currentItem()
        return None if item is None else str(item.data(UUID_ROLE))

    def open_selected(self) -> None:
        uuid = self.selected_uuid()
        if uuid is None:
            return
        folder = Path(self._viewing.path()) / uuid  # one folder per attachment: equal names never collide
        self._service.submit(
            lambda store: store.attachments.export(uuid, folder),
            self._on_exported,
            lambda message: self._say(message, problem=True),
        )

    def _on_exported(self, path: Path) -> None:
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            self._say(self.tr("No program on this computer opens {0}; it was saved as {1}").format(path.name, path))

    def remove_selected(self) -> None:
        uuid, item = self.selected_uuid(), self.files.currentItem()
        if uuid is None or self._proposal is None:
            return
        name = str(item.data(NAME_ROLE))
        if not self.confirm(name):
            return
        self._service.submit(
            lambda store: store.attachments.remove(uuid),
            lambda _none: self._after_change(),
            lambda message: self._say(message, problem=True),
            change=Change("attachment", (self._proposal,)),
        )

    def _confirm(self, name: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove attachment"), "", parent=self.files.window())
        box.setText(self.tr("Remove {0} from this proposal? This cannot be undone.").format(name))
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is remove

    def _say(self, text: str, problem: bool = False) -> None:
        if not shiboken6.isValid(self.message):
            return
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.message.setProperty("problem", problem)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _update_buttons(self) -> None:
        selected = self._proposal is not None and self.files.currentItem() is not None
        self._open.setEnabled(selected)
        self._remove.setEnabled(selected)
