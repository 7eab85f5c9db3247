"""Files attached to a proposal as evidence, kept in the store with their SHA-256 and exported for viewing."""

from __future__ import annotations

import builtins
import hashlib
import mimetypes
import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from red_desktop.core.domain import new_uuid
from red_desktop.core.errors import NotFoundError, RedDesktopError
from red_desktop.core.store.base import Manager
from red_desktop.core.store.rows import stamp_columns

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
MAX_FILENAME = 255  # the attachments table's CHECK
CHUNK_BYTES = 1024 * 1024
DEFAULT_MEDIA_TYPE = "application/octet-stream"
# Characters no file system accepts in a name (Windows' list is the longest), and control characters.
_UNSAFE_NAME = re.compile(r'[\x00-\x1f<>:"/\\|?*]')
_INFO_COLUMNS = "uuid, proposal_uuid, filename, media_type, size, sha256, created_at"


class AttachmentError(RedDesktopError):
    """A file that cannot be attached, exported or found; the message names the file."""


@dataclass(frozen=True)
class AttachmentInfo:
    uuid: str
    proposal_uuid: str
    filename: str
    media_type: str
    size: int
    sha256: str
    created_at: str


def human_size(size: int) -> str:
    """A byte count as people read it in a file manager: 512 bytes, 3.4 KB, 25 MB."""
    if size < 1024:
        return f"{size:,} bytes"
    value = float(size)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            break
    return f"{value:,.1f}".rstrip("0").rstrip(".") + f" {unit}"


def safe_filename(name: str) -> str:
    """A name that is valid on every file system and within the table's limit, keeping the extension."""
    cleaned = _UNSAFE_NAME.sub("_", Path(name.replace("\\", "/")).name).strip(" .") or "attachment"
    if len(cleaned) <= MAX_FILENAME:
        return cleaned
    suffix = Path(cleaned).suffix[:20]
    return cleaned[: MAX_FILENAME - len(suffix)] + suffix


def read_limited(path: Path, max_bytes: int) -> tuple[bytes, str]:
    """The file's content and SHA-256, read in chunks; refused if unreadable or larger than max_bytes."""
    if path.is_dir():
        raise AttachmentError(f"{path.name or path} cannot be attached: it is a folder, not a file")
    if not path.is_file():
        raise AttachmentError(f"{path.name or path} cannot be attached: there is no such file")
    digest = hashlib.sha256()
    chunks: list[bytes] = []
    total = 0
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK_BYTES):
                total += len(chunk)
                if total > max_bytes:
                    raise _too_big(path, max_bytes)
                digest.update(chunk)
                chunks.append(chunk)
    except OSError as exc:
        raise AttachmentError(f"{path.name} cannot be attached: it cannot be read ({exc.strerror or exc})") from None
    return b"".join(chunks), digest.hexdigest()


def _too_big(path: Path, max_bytes: int) -> AttachmentError:
    try:
        size = f" is {human_size(path.stat().st_size)};"
    except OSError:
        size = ""
    return AttachmentError(
        f"{path.name} cannot be attached:{size} attachments are limited to {human_size(max_bytes)}. "
        "Nothing was attached."
    )


def _info_from_row(row: Mapping[str, Any]) -> AttachmentInfo:
    return AttachmentInfo(**{name: row[name] for name in _INFO_COLUMNS.split(", ")})


class Attachments(Manager):
    def add(self, proposal_uuid: str, path: Path, max_bytes: int = MAX_ATTACHMENT_BYTES) -> AttachmentInfo:
        """Attach a copy of the file to the proposal; the same content twice on one proposal is refused."""
        path = Path(path)
        if path.is_file() and path.stat().st_size > max_bytes:
            raise _too_big(path, max_bytes)  # refused before reading a byte of a huge file
        content, sha256 = read_limited(path, max_bytes)
        stamp = self.new_stamp()
        media_type = mimetypes.guess_type(path.name)[0] or DEFAULT_MEDIA_TYPE
        info = AttachmentInfo(
            new_uuid(), proposal_uuid, safe_filename(path.name), media_type, len(content), sha256, stamp.created_at
        )
        with self.writing():
            self._store.proposals.require(proposal_uuid)
            self._refuse_duplicate(info)
            row = {name: getattr(info, name) for name in _INFO_COLUMNS.split(", ")}
            row.update(content=content, **stamp_columns(stamp))
            self.insert("attachments", [row])
        return info

    def _refuse_duplicate(self, info: AttachmentInfo) -> None:
        sql = "SELECT filename FROM attachments WHERE proposal_uuid = ? AND sha256 = ?"
        row = self.db.execute(sql, [info.proposal_uuid, info.sha256]).fetchone()
        if row is not None:
            raise AttachmentError(
                f"{info.filename} is already attached to this proposal (as {row[0]}, same content); nothing was added"
            )

    def list(self, proposal_uuid: str) -> builtins.list[AttachmentInfo]:
        """The proposal's attachments, oldest first, without their content."""
        sql = f"SELECT {_INFO_COLUMNS} FROM attachments WHERE proposal_uuid = ? ORDER BY created_at, filename"
        return [_info_from_row(row) for row in self.db.query(sql, [proposal_uuid])]

    def get(self, uuid: str) -> AttachmentInfo:
        rows = builtins.list(self.db.query(f"SELECT {_INFO_COLUMNS} FROM attachments WHERE uuid = ?", [uuid]))
        if not rows:
            raise NotFoundError(f"No attachment with id {uuid}")
        return _info_from_row(rows[0])

    def content(self, uuid: str) -> bytes:
        row = self.db.execute("SELECT content FROM attachments WHERE uuid = ?", [uuid]).fetchone()
        if row is None:
            raise NotFoundError(f"No attachment with id {uuid}")
        return bytes(row[0])

    def export(self, uuid: str, folder: Path) -> Path:
        """Write the attachment into folder under its own name (made unique if taken) and return the path."""
        info = self.get(uuid)
        content = self.content(uuid)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = _free_path(folder / safe_filename(info.filename), content)
            _write_atomically(target, content)
        except OSError as exc:
            raise AttachmentError(f"{info.filename} could not be written to {folder} ({exc.strerror or exc})") from None
        return target

    def save_as(self, uuid: str, target: Path) -> Path:
        """Write the attachment to the file a user chose (replaced whole or left as it was; never executable)."""
        info = self.get(uuid)
        try:
            _write_atomically(target, self.content(uuid))
        except OSError as exc:
            raise AttachmentError(f"{info.filename} could not be saved as {target} ({exc.strerror or exc})") from None
        return target

    def remove(self, uuid: str) -> None:
        with self.writing() as db:
            if db.execute("DELETE FROM attachments WHERE uuid = ?", [uuid]).rowcount == 0:
                raise NotFoundError(f"No attachment with id {uuid}")


def _free_path(target: Path, content: bytes) -> Path:
    """target itself if free or already holding this content, else 'name (2).ext', 'name (3).ext', ..."""
    candidate = target
    number = 1
    while candidate.exists() and not (candidate.is_file() and candidate.read_bytes() == content):
        number += 1
        candidate = target.with_name(f"{target.stem} ({number}){target.suffix}")
    return candidate


def _write_atomically(target: Path, content: bytes) -> None:
    descriptor, temporary = tempfile.mkstemp(dir=target.parent, prefix=".red-", suffix=".part")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
