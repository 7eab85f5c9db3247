"""What every sub-manager of the store shares: the connection, the acting user, stamps and write transactions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from red_desktop.core.domain import Stamp, utc_now
from red_desktop.core.errors import StoreError
from red_desktop.core.messages import msg
from red_desktop.core.store.diagnosis import storage_problem

if TYPE_CHECKING:
    from sqlite_utils import Database

    from red_desktop.core.store import Store


class Manager:
    def __init__(self, store: Store):
        self._store = store

    @property
    def db(self) -> Database:
        return self._store.db

    @property
    def user(self) -> str:
        return self._store.user

    def new_stamp(self, at: str | None = None) -> Stamp:
        now = at or utc_now()
        return Stamp(revision=1, created_at=now, updated_at=now, updated_by=self.user)

    def bumped(self, stamp: Stamp, at: str | None = None) -> Stamp:
        return replace(stamp, revision=stamp.revision + 1, updated_at=at or utc_now(), updated_by=self.user)

    def insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Insert rows that all share the first row's columns, in one executemany.

        The store's own records have fixed columns, so sqlite-utils' per-value conversion in
        insert_all is pure overhead on the hot paths (demo data, imports, packages).
        """
        if not rows:
            return
        columns = list(rows[0])
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        self.db.conn.executemany(sql, [[row[c] for c in columns] for row in rows])

    @contextmanager
    def writing(self) -> Iterator[Database]:
        """One user action, one transaction (a savepoint when nested in a larger action)."""
        if self._store.readonly:
            raise StoreError(msg("read_only_store", "The store {path} is open read-only", path=str(self._store.path)))
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.IntegrityError as exc:
            raise StoreError(msg("change_refused", "The store refused the change: {why}", why=str(exc))) from None
        except sqlite3.OperationalError as exc:  # disk full, read-only file system, busy past the timeout
            problem = storage_problem(exc, self._store.path)
            if problem:
                raise StoreError(
                    msg(
                        "not_written",
                        "The change could not be written to {path}: {problem}",
                        path=str(self._store.path),
                        problem=problem,
                    )
                ) from None
            raise StoreError(
                msg(
                    "not_written",
                    "The change could not be written to {path} ({why}); nothing was saved",
                    path=str(self._store.path),
                    why=str(exc),
                )
            ) from None
