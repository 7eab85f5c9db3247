"""The store: one front object over a SQLite file, with a sub-manager per kind of record."""

from __future__ import annotations

import getpass
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from red_desktop.core.errors import StoreError
from red_desktop.core.messages import msg
from red_desktop.core.progress import Cancelled
from red_desktop.core.store.assignments import Assignments
from red_desktop.core.store.attachments import Attachments
from red_desktop.core.store.audit import AuditLog
from red_desktop.core.store.call import CallSettings
from red_desktop.core.store.connection import (
    acquire_write_lock,
    connect_readonly,
    connect_writable,
    identify,
    integrity_failed,
    no_store,
    preflight,
    real_path,
)
from red_desktop.core.store.decisions import Decisions
from red_desktop.core.store.evaluations import Evaluations, Evaluators
from red_desktop.core.store.exchange import Exchange
from red_desktop.core.store.imports import Imports
from red_desktop.core.store.interests import Interests
from red_desktop.core.store.meta import Meta
from red_desktop.core.store.migrations import LATEST_VERSION, migrate, schema_version
from red_desktop.core.store.overrides import GateOverrides
from red_desktop.core.store.proposal_facts import ProposalFactsReader
from red_desktop.core.store.proposals import Proposals
from red_desktop.core.store.roster import Roster
from red_desktop.core.store.sqlite_utils_loaded import database
from red_desktop.core.store.summaries import ScoreSummaries

if TYPE_CHECKING:
    from filelock import FileLock
    from sqlite_utils import Database

T = TypeVar("T")

TABLES = (
    "proposals", "actors", "evaluators", "evaluations", "scores", "gate_overrides", "decisions", "audit_log",
    "import_sources", "trusted_keys", "exchange_packages", "exchange_conflicts", "interests", "assignments",
)  # fmt: skip


def default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # getpass raises OSError or KeyError when no login name exists
        return "unknown"


class Store:
    """Open with Store.open(); use as a context manager or call close()."""

    def __init__(self, conn: sqlite3.Connection, path: Path, user: str, readonly: bool, lock: FileLock | None):
        self._conn = conn
        self.path = path
        self.user = user
        self.readonly = readonly
        self._lock = lock
        self.meta = Meta(self)
        self.audit = AuditLog(self)
        self.proposals = Proposals(self)
        self.proposal_facts = ProposalFactsReader(self)
        self.evaluators = Evaluators(self)
        self.evaluations = Evaluations(self)
        self.overrides = GateOverrides(self)
        self.decisions = Decisions(self)
        self.imports = Imports(self)
        self.attachments = Attachments(self)
        self.summaries = ScoreSummaries(self)
        self.roster = Roster(self)
        self.exchange = Exchange(self)
        self.call = CallSettings(self)
        self.interests = Interests(self)
        self.assignments = Assignments(self)

    @classmethod
    def open(
        cls, path: Path | str, user: str | None = None, readonly: bool = False, create: bool = True, verify: bool = True
    ) -> Store:
        """Open (migrating if needed) a store; refuse foreign, damaged, newer or locked files untouched. Where there
        is no store yet (no file, an empty one), make one when `create`, else refuse creating nothing: a command or
        a window given a mistyped path must not leave a new empty store there.

        A store opened for writing is first given SQLite's quick check (seconds at 100,000 proposals), so nothing is
        written into a damaged file; `verify=False` leaves it to the caller, who runs quick_check() before its
        first write (the window, off its GUI thread). Readers write nothing and are not checked: what they cannot
        read they say when they read it."""
        path = real_path(Path(path).expanduser())  # the lock and the journal beside the real file, whatever name
        user = user or default_user()
        if readonly:
            return cls._open_readonly(path, user)
        if not identify(path) and not create:  # a file that is no store is refused before a lock is made beside it
            raise StoreError(no_store(path))
        lock = acquire_write_lock(path)
        try:
            existed = preflight(path) if verify else identify(path)
            store = cls(connect_writable(path), path, user, readonly=False, lock=lock)
            migrate(store.db)
            if not existed:
                store.meta.initialise()
            return store
        except BaseException:
            lock.release()
            raise

    @staticmethod
    def identify(path: Path | str, existing: bool = False) -> bool:
        """Whether `path` holds a store (False: nothing or an empty file, where open() makes a new one); a file
        that open() would refuse raises StoreError naming why, and so does no store at all when `existing`.
        Quick, and creates nothing beside the file."""
        real = real_path(Path(path).expanduser())
        if not identify(real):
            if existing:
                raise StoreError(no_store(real))
            return False
        return True

    @classmethod
    def _open_readonly(cls, path: Path, user: str) -> Store:
        if not identify(path):  # one look at the file, creating nothing beside it
            raise StoreError(no_store(path))
        conn = connect_readonly(path)
        if schema_version(conn) < LATEST_VERSION:
            conn.close()
            raise StoreError(
                msg(
                    "older_schema",
                    "The store {path} uses an older schema; open it once for writing to upgrade it",
                    path=str(path),
                )
            )
        return cls(conn, path, user, readonly=True, lock=None)

    @cached_property
    def db(self) -> Database:
        """sqlite-utils over the store's connection, made when first needed, so that checking a store (schema_version,
        counts, integrity_check) does without it; loaded without pandas (sqlite_utils_loaded)."""
        return database(self._conn)

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """Group several manager calls into one user action: all of it is kept, or none of it."""
        with self.proposals.writing() as db:
            yield db

    @property
    def schema_version(self) -> int:
        return schema_version(self._conn)

    def counts(self) -> dict[str, int]:
        """Rows per table, counted as sqlite-utils' Table.count does, without loading it."""
        return {t: self._conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in TABLES}

    def quick_check(self) -> None:
        """SQLite's quick check; StoreError saying the store is damaged (restore it from a backup) if it fails."""
        try:
            verdict = self._conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            verdict = str(exc)
        if verdict != "ok":
            raise StoreError(integrity_failed(self.path, verdict))

    def integrity_check(self) -> list[str]:
        """SQLite's full integrity check plus foreign keys; ['ok'] when sound."""
        try:
            verdicts = [r[0] for r in self._conn.execute("PRAGMA integrity_check")]
            broken = list(self._conn.execute("PRAGMA foreign_key_check"))
        except sqlite3.DatabaseError as exc:
            return [f"cannot be read: {exc}"]
        return verdicts + [f"row {r[1]} of {r[0]} points to a missing {r[2]}" for r in broken]

    def read_cancellable(self, cancelled: Callable[[], bool], read: Callable[[Store], T]) -> T:
        """`read(self)`, ended by Cancelled (core.progress) once `cancelled()` says so: asked every 10,000 SQLite
        instructions while it reads (SQLite's progress handler), for a read another thread made stale, such as a
        search the next keystroke replaced. Unlike Connection.interrupt(), it is not lost between two statements."""
        self._conn.set_progress_handler(lambda: bool(cancelled()), 10_000)
        try:
            return read(self)
        except sqlite3.OperationalError as exc:
            if cancelled():
                raise Cancelled("a newer read replaced it") from exc
            raise
        finally:
            self._conn.set_progress_handler(None, 10_000)

    def close(self) -> None:
        self._conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


__all__ = ["Store", "TABLES"]
