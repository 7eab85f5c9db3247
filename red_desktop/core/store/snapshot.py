"""Backups with SQLite's online backup API: a consistent copy even while the store is in use."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from red_desktop.core.errors import StoreError
from red_desktop.core.progress import Cancelled, NoProgress, Progress, check_cancelled
from red_desktop.core.store import Store
from red_desktop.core.store.connection import PRIVATE

PAGES_PER_STEP = 256


def backup_store(store: Store, destination: Path, progress: Progress | None = None) -> Path:
    """Copy the store to `destination` (a new file, never the store itself, readable by its owner only: it holds
    evaluations and decisions); returns the path written.

    The copy is the store as it was when the backup began: it is read in one read transaction, so saves
    made meanwhile by other connections neither block nor restart it (WAL). `progress` may cancel it;
    then nothing is left at the destination.
    """
    progress = progress or NoProgress()

    def step(left: int, total: int) -> None:
        progress.update(total - left, total)
        check_cancelled(progress)

    destination = Path(destination).expanduser()
    partial = destination.with_name(destination.name + ".partial")
    try:
        if destination.resolve() == store.path.resolve():
            raise StoreError("A backup cannot overwrite the store it copies; choose another file")
        destination.parent.mkdir(parents=True, exist_ok=True)
        _remove(partial)  # left by a copy that crashed: made again, private
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE))
        with _read_transaction(store.db.conn):
            target = sqlite3.connect(partial)
            try:
                store.db.conn.backup(target, pages=PAGES_PER_STEP, progress=lambda _, left, total: step(left, total))
            finally:
                target.close()
        partial.replace(destination)  # a crash mid-copy leaves no half backup under the chosen name
    except Cancelled:
        _remove(partial)
        raise
    except (OSError, sqlite3.Error) as exc:
        _remove(partial)
        raise StoreError(f"The backup to {destination} failed: {exc}") from None
    return destination


@contextlib.contextmanager
def _read_transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """Hold one snapshot of the store for the whole copy (unless the caller already holds a transaction)."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()  # BEGIN is deferred: this starts the read
        yield
    finally:
        conn.execute("ROLLBACK")


def default_backup_name(store: Store, now: datetime | None = None) -> str:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M")
    return f"{store.path.stem}-backup-{stamp}.sqlite"


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):  # where the copy failed, nothing may have been created
        path.unlink(missing_ok=True)
