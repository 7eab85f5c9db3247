"""What the program creates is its user's alone (issue 16, item 8): stores (and their lock, -wal and -shm files),
exports, dossiers and packages are 0600 whatever the umask, since they hold evaluations and decisions; they were
0644 under the usual umask 022."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from red_desktop.core.store import Store
from tests.cli.conftest import Run

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_store_and_its_companions_are_private_under_a_permissive_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        path = tmp_path / "s.sqlite"
        with Store.open(path, user="ana"):
            made = [
                path,
                path.with_name("s.sqlite-wal"),
                path.with_name("s.sqlite-shm"),
                path.with_name("s.sqlite.lock"),
            ]
            assert {p.name: oct(mode(p)) for p in made} == {p.name: "0o600" for p in made}
    finally:
        os.umask(old)


def test_the_programs_exports_and_dossier_are_private(run: Run, tmp_path: Path) -> None:
    store = tmp_path / "demo.sqlite"
    assert run("demo", "--db", str(store), "--proposals", "4", "--evaluators", "2", "--seed", "3").returncode == 0
    made = {
        "dossier.pdf": ("dossier", "--db", str(store), "-o", str(tmp_path / "dossier.pdf"), "--top", "2"),
        "ranking.xlsx": ("export", "xlsx", "--db", str(store), "-o", str(tmp_path / "ranking.xlsx")),
    }
    for name, command in made.items():
        done = run(*command)
        assert done.returncode == 0, done.stderr
        assert oct(mode(tmp_path / name)) == "0o600", name
    assert oct(mode(store)) == "0o600"
