"""Say what is really wrong with the storage (issue 16, item 5): a full disk made every command, `check` too, say
the store "is damaged"; a store on read-only media could not even be read; an export onto a full disk printed a
ZipFile traceback after its message. The mount tests need root (a small tmpfs, a read-only bind mount) and are
skipped otherwise; the rest run anywhere."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from red_desktop.core.errors import StoreError
from red_desktop.core.store import Store, diagnosis
from red_desktop.core.store.diagnosis import storage_problem
from tests.conftest import REPO
from tests.factories import proposal

ROOT = sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("mount") is not None


def ioerror(name: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorname = name  # type: ignore[attr-defined]
    return error


class Usage(NamedTuple):
    total: int
    used: int
    free: int


def test_an_io_error_on_a_nearly_full_disk_is_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diagnosis.shutil, "disk_usage", lambda _: Usage(10 << 20, 10 << 20, 2048))
    problem = storage_problem(ioerror("SQLITE_IOERR_SHMSIZE"), tmp_path / "s.sqlite")
    assert (
        str(problem)
        == f"the disk holding {tmp_path} is full (2 KB free): nothing was saved; free some space and try again"
    )


def test_a_damaged_file_is_not_the_disks_fault(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(diagnosis.shutil, "disk_usage", lambda _: Usage(10 << 20, 10 << 20, 2048))
    corrupt = sqlite3.DatabaseError("database disk image is malformed")
    corrupt.sqlite_errorname = "SQLITE_CORRUPT"  # type: ignore[attr-defined]
    assert storage_problem(corrupt, tmp_path / "s.sqlite") is None


def test_an_io_error_with_room_on_the_disk_says_the_disk_failed(tmp_path: Path) -> None:
    problem = storage_problem(ioerror("SQLITE_IOERR_READ"), tmp_path / "s.sqlite")
    assert problem is not None and str(problem).startswith("the disk could not read or write")


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    if not ROOT:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def fill(folder: Path) -> None:
    with (folder / "filler").open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass


def red_desktop(*args: str) -> subprocess.CompletedProcess[str]:
    home = {"HOME": "/nonexistent-home", "XDG_STATE_HOME": "/tmp", "XDG_CONFIG_HOME": "/nonexistent-config"}
    env = {**os.environ, **home}
    return subprocess.run(
        [sys.executable, "-m", "red_desktop", *args], capture_output=True, text=True, cwd=REPO, env=env
    )


def test_a_full_disk_is_named_for_reading_and_writing_commands_and_nothing_is_lost(small_disk: Path) -> None:
    path = small_disk / "s.sqlite"
    with Store.open(path, user="ana") as store:
        store.proposals.add(proposal("RED-PE-2026-001"))
    fill(small_disk)
    for command in (
        ("check",),
        ("--user", "ana", "decide", "RED-PE-2026-001", "--decision", "reject", "--rationale", "r"),
    ):
        done = red_desktop(*command, "--db", str(path))
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        assert "is full" in done.stderr and "damaged" not in done.stderr, done.stderr
    (small_disk / "filler").unlink()
    with Store.open(path, readonly=True) as store:
        assert store.proposals.count() == 1 and store.integrity_check() == ["ok"]


def test_an_export_onto_a_full_disk_says_so_without_a_traceback(small_disk: Path, tmp_path: Path) -> None:
    store = tmp_path / "s.sqlite"
    assert red_desktop("demo", "--db", str(store), "--proposals", "30", "--evaluators", "2").returncode == 0
    fill(small_disk)
    done = red_desktop("export", "xlsx", "--db", str(store), "-o", str(small_disk / "out.xlsx"))
    assert done.returncode == 1 and "No space left on device" in done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler"]


@pytest.fixture
def read_only_copy(tmp_path: Path) -> Iterator[Path]:
    if not ROOT:
        pytest.skip("a read-only bind mount needs root on Linux")
    source, mount = tmp_path / "source", tmp_path / "media"
    source.mkdir()
    mount.mkdir()
    with Store.open(source / "s.sqlite", user="ana") as store:
        store.proposals.add(proposal("RED-PE-2026-001"))
    subprocess.run(["mount", "--bind", str(source), str(mount)], check=True)
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(mount)], check=True)
        yield mount / "s.sqlite"
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def test_a_store_on_read_only_media_is_read_and_refuses_changes_plainly(read_only_copy: Path) -> None:
    with Store.open(read_only_copy, readonly=True) as store:
        assert store.proposals.count() == 1
    with pytest.raises(StoreError, match="is on read-only media: the store can be read but not changed"):
        Store.open(read_only_copy, user="ana")
    assert red_desktop("check", "--db", str(read_only_copy)).returncode == 0
    done = red_desktop("rank", "--db", str(read_only_copy))
    assert done.returncode == 0 and "RED-PE-2026-001" in done.stdout, done.stderr
