"""Only an explicit new store makes one (issue 16, item 4): `init`, `demo` (and File › New store… in the window).
Every other command given a missing folder, a missing file, a 0-byte file or an empty SQLite database refuses with
one line and leaves the path exactly as it was — it used to become a new empty store that `import` wrote to."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from red_desktop.core.store import Store
from tests.cli.conftest import Run
from tests.conftest import REPO

KOBO = REPO / "tests" / "fixtures" / "imports" / "kobo_propuestas_es.xlsx"


def listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()} if folder.exists() else {}


def empty_database(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("DROP TABLE t")
    conn.close()
    assert path.stat().st_size > 0
    return path


@pytest.mark.parametrize("kind", ["missing folder", "missing file", "0-byte file", "empty database"])
@pytest.mark.parametrize(
    "command",
    [
        ("import", str(KOBO)),
        ("decide", "RED-PE-2026-001", "--decision", "reject", "--rationale", "Sin contrapartida"),
        ("check",),
    ],
    ids=["import", "decide", "check"],
)
def test_a_command_given_no_store_refuses_and_changes_nothing(
    run: Run, tmp_path: Path, kind: str, command: tuple[str, ...]
) -> None:
    folder = tmp_path / "stores"
    if kind != "missing folder":
        folder.mkdir()
    path = folder / "s.sqlite"
    if kind == "0-byte file":
        path.write_bytes(b"")
    elif kind == "empty database":
        empty_database(path)
    before = listing(folder)
    result = run(*command, "--db", str(path))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert f"There is no RED Desktop store at {path}" in line, line
    assert listing(folder) == before and folder.exists() == (kind != "missing folder")


def test_init_makes_a_store_once_and_then_commands_write_to_it(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    made = run("init", "--db", str(path))
    assert made.returncode == 0 and f"New store created at {path}" in made.stdout, made.stderr
    again = run("init", "--db", str(path))
    assert again.returncode == 1 and "is already a RED Desktop store; nothing was changed" in again.stderr
    assert run("import", str(KOBO), "--db", str(path)).returncode == 0
    with Store.open(path, readonly=True) as store:
        assert store.proposals.count() == 2


def test_init_makes_a_store_in_an_empty_file_and_refuses_another_programs_file(run: Run, tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert run("init", "--db", str(empty)).returncode == 0
    assert Store.identify(empty)
    other = tmp_path / "notes.sqlite"
    other.write_text("nombre,monto\nAna,1\n", encoding="utf-8")
    refused = run("init", "--db", str(other))
    assert refused.returncode == 1 and "not an SQLite database" in refused.stderr
    assert other.read_text(encoding="utf-8") == "nombre,monto\nAna,1\n"


def test_demo_still_makes_its_store(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    result = run("demo", "--db", str(path), "--proposals", "3", "--evaluators", "1", "--seed", "1")
    assert result.returncode == 0, result.stderr
    with Store.open(path, readonly=True) as store:
        assert store.proposals.count() == 3
