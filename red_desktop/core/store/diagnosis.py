"""What is really wrong when SQLite fails because of where a store lies, not what it holds: a full disk, read-only
media, no permission. SQLite reports these as I/O errors ("disk I/O error" when it cannot grow its -shm file on a
full disk), which read as a damaged store; the storage is examined instead, so the message says what to do."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from red_desktop.core.messages import Message, msg

ALMOST_FULL = 4 << 20  # bytes free under which an I/O error is the disk's being full: SQLite grows files in pages
_STORAGE = ("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")


def storage_problem(error: sqlite3.Error | OSError, path: Path) -> Message | None:
    """The storage's fault in words, or None when the error is not the storage's (a damaged or foreign file)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if isinstance(error, sqlite3.Error) and not name.startswith(_STORAGE):
        return None
    folder = path.parent
    if read_only_media(folder):  # first: a read-only file system may also say it has no room
        return msg(
            "read_only_media",
            "{folder} is on read-only media: the store can be read but not changed",
            folder=str(folder),
        )
    free = _free(folder)
    if name == "SQLITE_FULL" or (free is not None and free < ALMOST_FULL):
        if free is None:
            return msg(
                "disk_full",
                "the disk holding {folder} is full: nothing was saved; free some space and try again",
                folder=str(folder),
            )
        return msg(
            "disk_full",
            "the disk holding {folder} is full ({free} free): nothing was saved; free some space and try again",
            folder=str(folder),
            free=_size(free),
        )
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return msg(
            "no_permission",
            "you may not write to {path} (its permissions): nothing was saved",
            path=str(path if path.exists() else folder),
        )
    if name.startswith("SQLITE_IOERR") or isinstance(error, OSError):
        return msg(
            "disk_error",
            "the disk could not read or write {path} ({error}); check the disk or the network drive",
            path=str(path),
            error=str(error),
        )
    return None


def read_only_media(folder: Path) -> bool:
    """True for a folder on a file system mounted read-only (a write-protected memory card, a CD)."""
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows: the permission checks decide there
        return False


def _free(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def _size(count: int) -> str:
    return f"{count / (1 << 20):.1f} MB" if count >= 1 << 20 else f"{count // 1024} KB"
