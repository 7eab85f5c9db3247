"""Another SQLite reader never makes a writing store lose its saves (issue 16, item 1).

SQLite's locks on a database file are POSIX locks: they belong to the process, and any close of any descriptor of
that file in the process drops them all. Once dropped, another program's connection closing last believes no one
else has the database open, checkpoints it and deletes its -wal and -shm files under the open connection, whose
next writes then fail ("disk I/O error") or vanish. So nothing in a process may open the store file outside SQLite
while a connection is open: not a read-only Store opened beside the writing one (as the window's workers do)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from red_desktop.core.store import Store
from tests.factories import proposal

READ = (
    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
    "print(c.execute('SELECT count(*) FROM proposals').fetchone()[0]); c.close()"
)


def read_elsewhere(path: Path, tool: str) -> str:
    if tool == "sqlite3 shell":
        command = [shutil.which("sqlite3") or "sqlite3", str(path), "SELECT count(*) FROM proposals;"]
    else:
        command = [sys.executable, "-c", READ, str(path)]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


TOOLS = [
    "python sqlite3",
    pytest.param(
        "sqlite3 shell", marks=pytest.mark.skipif(shutil.which("sqlite3") is None, reason="no sqlite3 shell installed")
    ),
]


@pytest.mark.parametrize("tool", TOOLS)
def test_a_reader_in_another_process_after_a_read_only_store_here_loses_nothing(tmp_path: Path, tool: str) -> None:
    path = tmp_path / "store.sqlite"
    with Store.open(path, user="ana") as store:
        store.proposals.add(proposal("RED-PE-2026-001"))
        with Store.open(path, readonly=True) as reader:  # as the window's workers open one
            assert reader.proposals.count() == 1
        assert read_elsewhere(path, tool) == "1"
        assert path.with_name(path.name + "-wal").exists()  # not deleted under the open connection
        store.proposals.add(proposal("RED-PE-2026-002"))
        store.proposals.add(proposal("RED-PE-2026-003"))
        assert read_elsewhere(path, tool) == "3"
    with Store.open(path, readonly=True) as store:
        assert store.proposals.count() == 3
        assert store.integrity_check() == ["ok"]


def test_identifying_the_open_store_keeps_its_locks(tmp_path: Path) -> None:
    """The window checks a file before opening it (Store.identify): done on the open store, the same rule holds."""
    path = tmp_path / "store.sqlite"
    with Store.open(path, user="ana") as store:
        store.proposals.add(proposal("RED-PE-2026-001"))
        assert Store.identify(path) is True
        assert read_elsewhere(path, "python sqlite3") == "1"
        assert path.with_name(path.name + "-wal").exists()
        store.proposals.add(proposal("RED-PE-2026-002"))
    with Store.open(path, readonly=True) as store:
        assert store.proposals.count() == 2
