"""The Attachments tab's behaviour: add (button or drop), open with the system viewer, remove after asking.

Only files of a type on VIEWABLE (documents, images, text) are handed to the desktop's default program, and only
when their declared media type is that type's: a program, a script or a launcher (.exe, .sh, .desktop, .js, ...,
whatever the sender says it is) would be run by it. Any other attachment, typed locally or received in a
package, is kept and listed, and only offered to be saved as a copy where the user chooses (never executable).
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, QTemporaryDir, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidgetItem, QMessageBox, QPushButton

from red_desktop.core import formatting
from red_desktop.core.store import Store
from red_desktop.core.store.attachments import MAX_ATTACHMENT_BYTES, AttachmentInfo, human_size
from red_desktop.gui.editor.attachment_list import AttachmentListWidget
from red_desktop.gui.store_service import Change, ChangeKind, StoreService

# What the desktop may open: extension -> the media types it may be declared as (besides what Python's mimetypes
# guesses for the extension). Office formats with macros (.docm, .xlsm), web pages and SVG (scripts) are not here.
_OFFICE = "application/vnd.openxmlformats-officedocument."
VIEWABLE: dict[str, frozenset[str]] = {
    ext: frozenset(types)
    for ext, types in {
        ".pdf": {"application/pdf"},
        ".png": {"image/png"},
        ".jpg": {"image/jpeg"},
        ".jpeg": {"image/jpeg"},
        ".gif": {"image/gif"},
        ".webp": {"image/webp"},
        ".bmp": {"image/bmp", "image/x-ms-bmp"},
        ".tif": {"image/tiff"},
        ".tiff": {"image/tiff"},
        ".txt": {"text/plain"},
        ".csv": {"text/csv", "text/plain", "application/vnd.ms-excel"},
        ".rtf": {"application/rtf", "text/rtf"},
        ".odt": {"application/vnd.oasis.opendocument.text"},
        ".ods": {"application/vnd.oasis.opendocument.spreadsheet"},
        ".odp": {"application/vnd.oasis.opendocument.presentation"},
        ".doc": {"application/msword"},
        ".docx": {_OFFICE + "wordprocessingml.document"},
        ".xls": {"application/vnd.ms-excel"},
        ".xlsx": {_OFFICE + "spreadsheetml.sheet"},
        ".ppt": {"application/vnd.ms-powerpoint"},
        ".pptx": {_OFFICE + "presentationml.presentation"},
    }.items()
}


def viewable(filename: str, media_type: str) -> bool:
    """Whether the desktop's default program may open this attachment: its extension is on VIEWABLE and its
    declared media type is one that extension may have. Anything else is only ever saved."""
    ext = Path(filename).suffix.lower()
    allowed = VIEWABLE.get(ext)
    if allowed is None:
        return False
    return media_type.lower() in allowed or media_type.lower() == (mimetypes.guess_type("x" + ext)[0] or "").lower()


def save_copy(store: Store, uuid: str, target: Path) -> Path:
    """In the writer: the attachment's content written to target (a plain file, never executable)."""
    return store.attachments.save_as(uuid, target)


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
        self.ask_save_target: Callable[[AttachmentInfo], Path | None] = self._ask_save_target
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
        added = formatting.short_moment(info.created_at)
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
            change=Change(ChangeKind.ATTACHMENT, (proposal,)),
            context=self,
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
        """Open a viewable attachment with the desktop's program; offer any other only to be saved."""
        uuid, reader = self.selected_uuid(), self._service.reader
        if uuid is None or reader is None:
            return
        info = reader.attachments.get(uuid)
        if not viewable(info.filename, info.media_type):
            self.offer_save(info)
            return
        folder = Path(self._viewing.path()) / uuid  # one folder per attachment: equal names never collide
        self._service.submit(
            lambda store: store.attachments.export(uuid, folder),
            self._on_exported,
            lambda message: self._say(message, problem=True),
            context=self,
        )

    def _on_exported(self, path: Path) -> None:
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            self._say(self.tr("No program on this computer opens {0}; it was saved as {1}").format(path.name, path))

    def offer_save(self, info: AttachmentInfo) -> None:
        """Save a copy where the user chooses; never opened, never made executable."""
        target = self.ask_save_target(info)
        if target is None:
            return
        uuid = info.uuid
        self._service.submit(
            lambda store: save_copy(store, uuid, target),
            lambda path: self._say(
                self.tr("{0} saved as {1}; RED Desktop does not open it").format(info.filename, path)
            ),
            lambda message: self._say(message, problem=True),
            context=self,
        )

    def _ask_save_target(self, info: AttachmentInfo) -> Path | None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Attachment not opened"), "", parent=self.files.window())
        box.setText(
            self.tr(
                "{0} is a kind of file RED Desktop does not open: opening it could run a program on this computer."
            ).format(info.filename)
        )
        box.setInformativeText(self.tr("You can save a copy and check it yourself, if you trust who sent it."))
        save = box.addButton(self.tr("&Save a copy…"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        if box.clickedButton() is not save:
            return None
        chosen, _ = QFileDialog.getSaveFileName(
            self.files.window(), self.tr("Save attachment as"), str(Path.home() / info.filename)
        )
        return Path(chosen) if chosen else None

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
            change=Change(ChangeKind.ATTACHMENT, (self._proposal,)),
            context=self,
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
