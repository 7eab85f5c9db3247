"""Rotating backups of a store and restoring one: where they are kept, which are pruned, and the safe replacement.

Every store has a folder of its own under the user data folder: backups/<store name>-<8 hex digits of its real
path's SHA-256>/ (two stores called the same in different folders never share one). Its files are named
<store name>-YYYYMMDD-HHMMSS-<kind>.sqlite, kind being `daily` (the automatic copy made once a day when the window
opens the store), `manual` (red-desktop backup) or `before-restore` (the store as it was before a restore replaced
it). Only the daily copies are rotated (rotation()); the others stay until removed by hand. Folder 0700, files 0600.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from red_desktop.core.errors import StoreError
from red_desktop.core.messages import msg
from red_desktop.core.progress import NoProgress, Progress, check_cancelled
from red_desktop.core.store import Store
from red_desktop.core.store.connection import BUSY_TIMEOUT_S, acquire_write_lock, connect_readonly, preflight, real_path
from red_desktop.core.store.snapshot import PAGES_PER_STEP, backup_store

DAILY, MANUAL, BEFORE_RESTORE = "daily", "manual", "before-restore"
KINDS = (DAILY, MANUAL, BEFORE_RESTORE)
DEFAULT_DAILY, DEFAULT_WEEKLY = 7, 4
COUNTED = ("proposals", "evaluations", "decisions")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<day>\d{8})-(?P<time>\d{6})-(?P<kind>daily|manual|before-restore)\.sqlite$")


# ---- the rotation policy: a pure function ----


def rotation(taken: Iterable[datetime], daily: int = DEFAULT_DAILY, weekly: int = DEFAULT_WEEKLY) -> set[datetime]:
    """Which of the daily copies taken at these times to keep: the newest copy of each of the `daily` most recent
    days that have one, and the newest copy of each of the `weekly` most recent ISO weeks that have one (the two
    rules overlap, as restic's --keep-daily/--keep-weekly do). Everything else is pruned; 0 and 0 keep nothing."""
    newest_first = sorted(set(taken), reverse=True)
    keep: set[datetime] = set()
    for by_week, count in ((False, daily), (True, weekly)):
        seen: list[object] = []
        for when in newest_first:
            key: object = when.isocalendar()[:2] if by_week else when.date()
            if key in seen:
                continue
            if len(seen) >= max(count, 0):
                break
            seen.append(key)
            keep.add(when)
    return keep


# ---- the folder and its files ----


def backups_root() -> Path:
    from red_desktop import paths

    return paths.user_data_dir() / "backups"


def backups_folder(store_path: Path, root: Path | None = None) -> Path:
    """The store's own folder of backups (not created here)."""
    real = Path(store_path).expanduser().resolve()
    digest = hashlib.sha256(str(real).encode("utf-8")).hexdigest()[:8]
    return (root or backups_root()) / f"{real.stem}-{digest}"


def backup_name(store_path: Path, kind: str, when: datetime) -> str:
    return f"{Path(store_path).stem}-{when:%Y%m%d-%H%M%S}-{kind}.sqlite"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was taken, what kind, and what it holds (counts empty and `problem` set when it
    cannot be restored)."""

    path: Path
    taken: datetime
    kind: str
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    schema_version: int = 0
    problem: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "taken": self.taken.isoformat(timespec="seconds"),
            "kind": self.kind,
            "size": self.size,
            "counts": self.counts,
            "schema_version": self.schema_version,
            "problem": self.problem,
        }


def parse_name(path: Path) -> tuple[datetime, str] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        return datetime.strptime(match["day"] + match["time"], "%Y%m%d%H%M%S"), match["kind"]
    except ValueError:
        return None


def list_backups(store_path: Path, root: Path | None = None, inspect: bool = True) -> list[BackupInfo]:
    """The store's backups, newest first; with `inspect`, each checked and counted (a damaged one says why)."""
    folder = backups_folder(store_path, root)
    found = []
    for path in folder.glob("*.sqlite") if folder.is_dir() else ():
        parsed = parse_name(path)
        if parsed is None:
            continue
        taken, kind = parsed
        info = BackupInfo(path, taken, kind, path.stat().st_size)
        if inspect:
            try:
                info = examine_backup(path, taken, kind)
            except StoreError as exc:
                info = BackupInfo(path, taken, kind, info.size, problem=str(exc))
        found.append(info)
    return sorted(found, key=lambda i: i.taken, reverse=True)


def examine_backup(path: Path, taken: datetime | None = None, kind: str = "") -> BackupInfo:
    """Check that `path` opens as a RED Desktop store (Store.open's checks: SQLite, our application id, a schema
    not newer than this program's, integrity) and count what it holds; StoreError saying why not."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise StoreError(msg("no_backup", "There is no backup at {path}", path=str(path)))
    if not preflight(path):
        raise StoreError(msg("empty_backup", "{path} is empty: it holds no RED Desktop store", path=str(path)))
    conn = connect_readonly(path, immutable=not path.with_name(path.name + "-wal").exists())
    try:
        verdicts = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if verdicts != ["ok"]:
            raise StoreError(
                msg(
                    "backup_damaged",
                    "{path} failed its integrity check ({verdicts}); it cannot be restored",
                    path=str(path),
                    verdicts="; ".join(verdicts[:3]),
                )
            )
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        counts = {t: _count(conn, t) for t in COUNTED}
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            msg(
                "backup_damaged",
                "{path} is damaged and cannot be read ({why}); it cannot be restored",
                path=str(path),
                why=str(exc),
            )
        ) from None
    finally:
        conn.close()
    if taken is None:
        parsed = parse_name(path)
        taken, kind = parsed if parsed else (datetime.fromtimestamp(path.stat().st_mtime), kind or "file")
    return BackupInfo(path, taken, kind, path.stat().st_size, counts, version)


def _count(conn: sqlite3.Connection, table: str) -> int:
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608 (our table names)
    except sqlite3.OperationalError:  # an older schema without the table
        return 0


# ---- making backups ----


def back_up(
    store: Store,
    kind: str = MANUAL,
    root: Path | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """A backup of the open store into its folder of backups (0600 in a 0700 folder); returns the file written."""
    folder = _private_folder(backups_folder(store.path, root))
    target = folder / backup_name(store.path, kind, now or datetime.now())
    return backup_store(store, target, progress)


def daily_backup(
    store_path: Path,
    daily: int = DEFAULT_DAILY,
    weekly: int = DEFAULT_WEEKLY,
    root: Path | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path | None:
    """The automatic backup: once a day (none if a daily copy of `now`'s day exists, or the policy keeps nothing),
    made on a read-only connection of its own so saves go on; then the daily copies are rotated. Returns the new
    copy or None."""
    now = now or datetime.now()
    if daily <= 0 and weekly <= 0:
        return None
    existing = [b for b in list_backups(store_path, root, inspect=False) if b.kind == DAILY]
    made = None
    if not any(b.taken.date() == now.date() for b in existing):
        with Store.open(store_path, readonly=True) as store:
            made = back_up(store, DAILY, root, now, progress)
        existing = [*existing, BackupInfo(made, now.replace(microsecond=0), DAILY, 0)]
    prune(existing, daily, weekly)
    return made


def prune(backups: list[BackupInfo], daily: int, weekly: int) -> list[Path]:
    """Remove the daily copies rotation() does not keep; returns the files removed."""
    dailies = [b for b in backups if b.kind == DAILY]
    keep = rotation([b.taken for b in dailies], daily, weekly)
    removed = []
    for b in dailies:
        if b.taken not in keep:
            with contextlib.suppress(FileNotFoundError):
                b.path.unlink()
                removed.append(b.path)
    return removed


def _private_folder(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
        os.chmod(folder.parent, 0o700)
    return folder


# ---- restoring ----


@dataclass(frozen=True)
class RestoreReport:
    store: Path
    restored: BackupInfo
    kept: Path | None  # the store as it was, kept as a backup first (None when there was none)
    counts: dict[str, int]

    def to_json(self) -> dict[str, object]:
        return {
            "store": str(self.store),
            "restored": self.restored.to_json(),
            "kept": str(self.kept) if self.kept else None,
            "counts": self.counts,
        }


def restore(
    store_path: Path,
    backup: Path,
    root: Path | None = None,
    now: datetime | None = None,
    progress: Progress | None = None,
    user: str | None = None,
) -> RestoreReport:
    """Replace the store with the backup; a refused backup, or a store in use, changes nothing.

    1. The backup is checked as Store.open checks a file (and fully for integrity).
    2. The store's write lock is taken (refused while a window or command writes to it), then its file alone:
       SQLite switches it out of WAL only when no other connection, of any program, has it open, which removes
       its -wal and -shm; an exclusive transaction then keeps others out until it is replaced. A store too
       damaged for that (no RED Desktop program can open it, since they all check it first) is copied as bytes.
    3. The store as it is is kept as a `before-restore` backup.
    4. The backup is copied beside the store (SQLite backup API), fsynced, and moved over it with os.replace;
       the folder is fsynced. Then the store is opened once, upgrading an older schema.
    """
    progress = progress or NoProgress()
    backup = Path(backup).expanduser()
    real = real_path(Path(store_path).expanduser())
    try:
        info = examine_backup(backup)
    except StoreError as exc:
        why = exc.args[0] if exc.args else ""
        raise StoreError(msg("nothing_restored", "{why}. Nothing was restored", why=why)) from None
    if backup.resolve() == real:
        raise StoreError(
            msg("restore_from_itself", "A store cannot be restored from itself; choose one of its backups")
        )
    if not real.parent.is_dir():
        raise StoreError(
            msg("no_folder", "The folder {folder} does not exist; nothing was restored", folder=str(real.parent))
        )
    now = now or datetime.now()
    lock = acquire_write_lock(real)
    try:
        folder = _private_folder(backups_folder(real, root))
        kept_name = folder / backup_name(real, BEFORE_RESTORE, now)
        holder, kept = _hold_and_keep(real, kept_name)
        try:
            check_cancelled(progress)
            _replace(real, backup, progress)
        finally:
            if holder is not None:
                holder.close()
    finally:
        lock.release()
    with Store.open(real, user=user, create=False) as store:  # upgrades an older schema; checks the result
        counts = {t: store.db[t].count for t in COUNTED}
    return RestoreReport(real, info, kept, counts)


def _hold_and_keep(real: Path, kept: Path) -> tuple[sqlite3.Connection | None, Path | None]:
    """The store's only connection, in an exclusive transaction, after the store is kept as a backup."""
    if not real.exists() or real.stat().st_size == 0:
        return None, None
    sound = True
    try:
        preflight(real)
    except StoreError:
        sound = False
    if not sound:  # no RED Desktop program opens it: kept as it is, -wal too, which then goes
        shutil.copyfile(real, kept)
        os.chmod(kept, 0o600)
        wal = real.with_name(real.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, kept.with_name(kept.name + "-wal"))
            os.chmod(kept.with_name(kept.name + "-wal"), 0o600)
        return None, kept
    conn = sqlite3.connect(str(real), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        try:
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlite3.OperationalError:
            mode = ""
        if mode != "delete":
            raise StoreError(
                msg(
                    "store_in_use",
                    "The store {path} is open in another program (a RED Desktop window or command reading it, or "
                    "another SQLite program); close it there and try again. Nothing was changed",
                    path=str(real),
                )
            )
        conn.execute("BEGIN")  # a read transaction: the backup API cannot copy from a connection that writes
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        target = sqlite3.connect(str(kept))
        try:
            conn.backup(target, pages=PAGES_PER_STEP)
        finally:
            target.close()
        os.chmod(kept, 0o600)
        conn.execute("COMMIT")
        conn.execute("BEGIN EXCLUSIVE")  # no one reads or writes the old file until it is replaced
    except BaseException:
        conn.close()
        with contextlib.suppress(OSError):
            kept.unlink(missing_ok=True)
        raise
    return conn, kept


def _replace(real: Path, backup: Path, progress: Progress) -> None:
    partial = real.with_name(f".{real.name}.restoring")
    try:
        source = connect_readonly(backup, immutable=not backup.with_name(backup.name + "-wal").exists())
        target = sqlite3.connect(str(partial))
        try:
            source.backup(
                target, pages=PAGES_PER_STEP, progress=lambda _, left, total: progress.update(total - left, total)
            )
        finally:
            target.close()
            source.close()
        _fsync(partial)
        os.chmod(partial, 0o600)
        os.replace(partial, real)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise StoreError(
            msg(
                "restore_failed",
                "The restore of {path} failed: {why}; the store was left as it was",
                path=str(real),
                why=str(exc),
            )
        ) from None
    for suffix in ("-wal", "-shm"):  # only a damaged store's, which nothing could open
        with contextlib.suppress(FileNotFoundError):
            real.with_name(real.name + suffix).unlink()
    _fsync(real.parent)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
