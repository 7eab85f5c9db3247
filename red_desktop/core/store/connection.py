"""Opening a store file safely: refuse what is not ours, check integrity, take the write lock, set pragmas."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from red_desktop.core.errors import StoreError, StoreLockedError
from red_desktop.core.messages import Message, msg
from red_desktop.core.store.diagnosis import read_only_media, storage_problem
from red_desktop.core.store.migrations import APPLICATION_ID, LATEST_VERSION

if TYPE_CHECKING:
    from filelock import FileLock

BUSY_TIMEOUT_S = 5.0
PRIVATE = 0o600  # the permissions of what the program creates: a store, its lock, backups and exports


def real_path(path: Path) -> Path:
    """The store file's one real name, links followed; StoreError when the file has other names (hard links).

    SQLite keeps a store's -wal and -shm files beside the name it is opened by, and this program's write lock is
    a file beside it too: a store opened through a symbolic link must be locked and journalled at its real name,
    and a store reached by two hard links would have two journals and two locks (two writers through a hard link
    damaged it), so it is refused under every name."""
    real = path.resolve()
    try:
        links = real.stat().st_nlink if real.is_file() else 1
    except OSError:
        return real
    if links > 1:
        raise StoreError(
            msg(
                "hard_links",
                "{path} has {links} names (hard links): a store used under two names gets damaged, since each name "
                "has its own journal and lock. Remove the other names or copy the store to a new file; it was left "
                "untouched",
                path=str(path),
                links=links,
            )
        )
    return real


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def acquire_write_lock(path: Path) -> FileLock:
    """One writing process per store; the OS drops the lock if that process dies, even by kill -9."""
    from filelock import FileLock, Timeout  # only to write: a read-only open (red-desktop check) takes no lock

    lock = FileLock(str(lock_path(path)), timeout=0, mode=PRIVATE)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    except Timeout:
        raise StoreLockedError(
            msg(
                "store_locked",
                "The store {path} is already open for writing in another RED Desktop window or command; "
                "close it there first",
                path=str(path),
            )
        ) from None
    except OSError as exc:
        raise StoreError(_cannot_write(path, storage_problem(exc, path) or exc.strerror or str(exc))) from None
    return lock


def identify(path: Path) -> bool:
    """What the file is, read without creating anything beside it (no lock, journal, -wal or -shm file), so a
    file that is no store of ours is refused before the write lock is taken. True for a store, False for no
    file or an empty one (a new store); StoreError naming what is wrong otherwise. No integrity check."""
    return _examine(path, integrity=False)


def preflight(path: Path) -> bool:
    """Check an existing file before any connection may write to it, its integrity too (creating nothing beside
    it either). Returns whether it already is a store."""
    return _examine(path, integrity=True)


def no_store(path: Path) -> Message:
    """Why `path`, which identify() found holds no store, is not one: said to a user who meant to open a store."""
    if not path.parent.is_dir():
        what = msg("no_folder", "the folder {folder} does not exist", folder=str(path.parent))
    elif not path.exists():
        what = msg("no_file", "there is no such file")
    elif path.stat().st_size == 0:
        what = msg("empty_file", "the file is empty")
    else:
        what = msg("empty_database", "the file is an empty SQLite database")
    return msg(
        "no_store",
        "There is no RED Desktop store at {path} ({what}); nothing was created. Check the path, or make a new "
        "store with File › New store… or `red-desktop init --db PATH`",
        path=str(path),
        what=what,
    )


def _cannot_open(path: Path, problem: object) -> Message:
    return msg("cannot_open_store", "Cannot open the store {path}: {problem}", path=str(path), problem=problem)


def _cannot_write(path: Path, problem: object) -> Message:
    return msg(
        "cannot_write_store", "Cannot open the store {path} for writing: {problem}", path=str(path), problem=problem
    )


def _examine(path: Path, integrity: bool) -> bool:
    if not _is_sqlite(path):
        return False
    # Without a -wal file the database file is complete, and an immutable connection reads it without
    # creating the -wal and -shm files that a read-only connection leaves beside a WAL database.
    conn = connect_readonly(path, immutable=not path.with_name(path.name + "-wal").exists())
    try:
        return _inspect(conn, path, integrity)
    finally:
        conn.close()


def _is_sqlite(path: Path) -> bool:
    """False for a store yet to be made (no file, or an empty one); StoreError for a folder. What else the file is,
    SQLite says when it reads it: the file is never opened here. SQLite's locks on it are POSIX locks, which any
    close of any descriptor of the file in this process drops; without them another program's connection,
    closing last, deletes the -wal and -shm files under an open store, and the store's next saves are lost."""
    if path.is_dir():
        raise StoreError(msg("folder_not_store", "{path} is a folder, not a store file", path=str(path)))
    return path.exists() and path.stat().st_size > 0


def _inspect(conn: sqlite3.Connection, path: Path, integrity: bool) -> bool:
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        verdict = conn.execute("PRAGMA quick_check").fetchone()[0] if integrity else "ok"
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise StoreError(
                msg(
                    "not_a_store",
                    "{path} is not a RED Desktop store (it is not an SQLite database); it was left untouched",
                    path=str(path),
                )
            ) from None
        problem = storage_problem(exc, path)
        if problem:
            raise StoreError(_cannot_open(path, problem)) from None
        raise StoreError(
            msg(
                "damaged_store",
                "{path} is damaged and cannot be read ({error}); it was left untouched",
                path=str(path),
                error=str(exc),
            )
        ) from None
    if app_id == 0 and version == 0 and tables == 0:
        return False
    if app_id != APPLICATION_ID:
        raise StoreError(
            msg(
                "foreign_database",
                "{path} is an SQLite database of another program, not a RED Desktop store; it was left untouched",
                path=str(path),
            )
        )
    if version > LATEST_VERSION:
        raise StoreError(
            msg(
                "newer_schema",
                "{path} was written by a newer RED Desktop (schema version {version}; this program knows up to "
                "{latest}); update RED Desktop to open it",
                path=str(path),
                version=version,
                latest=LATEST_VERSION,
            )
        )
    if verdict != "ok":
        raise StoreError(integrity_failed(path, verdict))
    return True


def integrity_failed(path: Path, verdict: str) -> Message:
    """SQLite lists every damaged cell, hundreds of lines for one bad page: the first problem says enough."""
    lines = [line for line in verdict.splitlines() if line.strip() and not line.startswith("***")]
    shown = (lines[0] + (" …" if len(lines) > 1 else "")) if lines else verdict
    return msg(
        "integrity_failed",
        "{path} failed its integrity check ({verdict}); restore it from a backup",
        path=str(path),
        verdict=shown,
    )


def connect_readonly(path: Path, immutable: bool = False) -> sqlite3.Connection:
    if not path.exists():
        raise StoreError(msg("no_store_file", "There is no store at {path}", path=str(path)))
    # On read-only media nothing can change the file, and SQLite could not make the -shm file a WAL store needs;
    # but changes still in a -wal file (a checkpoint the disk had no room for) are the store's latest state, and
    # an immutable reader would not see them: it reads such a store as SQLite can, through its -shm file.
    wal = path.with_name(path.name + "-wal")
    immutable = immutable or (read_only_media(path.parent) and not (wal.exists() and wal.stat().st_size > 0))
    options = "mode=ro&immutable=1" if immutable else "mode=ro"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True, timeout=BUSY_TIMEOUT_S)
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        raise StoreError(_cannot_open(path, storage_problem(exc, path) or str(exc))) from None
    return conn


def connect_writable(path: Path) -> sqlite3.Connection:
    """A connection that may write; a new store file is made readable by its owner only (SQLite gives its -wal
    and -shm files the store's permissions): it holds evaluations and decisions."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE))  # nothing else has it open yet
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(_cannot_write(path, storage_problem(exc, path) or str(exc))) from None
    return conn
