"""A read another thread made stale stops at once (issue 19: the list's search before its index lands)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from red_desktop.core.progress import Cancelled
from red_desktop.core.store import Store
from tests.cli.conftest import new_store

LONG_READ = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 500000000) SELECT count(*) FROM c"


def test_a_read_stops_once_told_even_when_told_before_its_statement(tmp_path: Path) -> None:
    stop = threading.Event()
    stop.set()  # before the statement starts: an interrupt() then would be lost
    with Store.open(new_store(tmp_path / "s.sqlite"), readonly=True) as store:
        with pytest.raises(Cancelled):
            store.read_cancellable(stop.is_set, lambda s: s.db.execute(LONG_READ).fetchone())
        assert store.read_cancellable(lambda: False, lambda s: s.db.execute("SELECT 41 + 1").fetchone()[0]) == 42


def test_a_read_stopped_from_another_thread_midway(tmp_path: Path) -> None:
    stop = threading.Event()
    with Store.open(new_store(tmp_path / "s.sqlite"), readonly=True) as store:
        threading.Timer(0.2, stop.set).start()
        with pytest.raises(Cancelled):
            store.read_cancellable(stop.is_set, lambda s: s.db.execute(LONG_READ).fetchone())


def test_a_failing_read_not_stopped_fails_as_it_would(tmp_path: Path) -> None:
    with Store.open(new_store(tmp_path / "s.sqlite"), readonly=True) as store:
        with pytest.raises(sqlite3.OperationalError, match="no such table"):
            store.read_cancellable(lambda: False, lambda s: s.db.execute("SELECT * FROM nothing_here").fetchall())
