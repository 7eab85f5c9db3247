"""Opening a store: migrations, the schema snapshot, foreign/damaged/newer files untouched, one writer."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from red_desktop import paths
from red_desktop.core.errors import RedDesktopError, StoreError, StoreLockedError
from red_desktop.core.store import Store
from red_desktop.core.store.migrations import APPLICATION_ID, LATEST_VERSION
from tests.conftest import REPO
from tests.factories import bulk_store, damage_a_data_page
from tests.schema_steps import undo_migration_9

SNAPSHOT = Path(__file__).with_name("schema_snapshot.sql")


def schema_sql(path: Path) -> str:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name")
    text = "\n".join(f"-- {kind} {name}\n{sql};" for kind, name, sql in rows) + "\n"
    conn.close()
    return text


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_store_gets_every_migration(store: Store) -> None:
    assert store.schema_version == LATEST_VERSION
    assert store.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert store.meta.get("device_id")


def test_the_migrated_schema_matches_the_snapshot(store_path: Path) -> None:
    """A schema change needs a new migration and a deliberate update of tests/core/schema_snapshot.sql."""
    Store.open(store_path).close()
    assert schema_sql(store_path) == SNAPSHOT.read_text(encoding="utf-8")


def test_an_empty_file_becomes_a_store(store_path: Path) -> None:
    store_path.touch()
    with Store.open(store_path) as store:
        assert store.schema_version == LATEST_VERSION


def test_reopening_keeps_data_and_applies_nothing_twice(store_path: Path) -> None:
    with Store.open(store_path) as store:
        device = store.meta.get("device_id")
    with Store.open(store_path) as store:
        assert store.meta.get("device_id") == device


def test_a_store_newer_than_the_program_is_refused_untouched(store_path: Path) -> None:
    Store.open(store_path).close()
    conn = sqlite3.connect(store_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = digest(store_path)
    with pytest.raises(StoreError, match="newer RED Desktop"):
        Store.open(store_path)
    assert digest(store_path) == before


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        "proposal,title\nRED-1,Región\n".encode("cp1252"),
        b"\x00" * 4096,
    ],
)
def test_a_file_that_is_not_sqlite_is_refused_and_left_byte_for_byte(store_path: Path, content: bytes) -> None:
    store_path.write_bytes(content)
    with pytest.raises(StoreError, match="not a RED Desktop store"):
        Store.open(store_path)
    assert store_path.read_bytes() == content
    assert not store_path.with_name(store_path.name + "-wal").exists()


def test_a_damaged_sqlite_file_is_refused_and_left_untouched(store_path: Path) -> None:
    Store.open(store_path).close()
    data = bytearray(store_path.read_bytes())
    data[100:4096] = os.urandom(3996)  # the header survives, the first page does not
    store_path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="damaged|integrity"):
        Store.open(store_path)
    assert store_path.read_bytes() == bytes(data)


def test_another_programs_database_is_refused_untouched(store_path: Path) -> None:
    conn = sqlite3.connect(store_path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = digest(store_path)
    with pytest.raises(StoreError, match="another program"):
        Store.open(store_path)
    assert digest(store_path) == before


def test_a_path_with_spaces_and_accents_works_for_writers_and_readers(tmp_path: Path) -> None:
    path = tmp_path / "Evaluación del comité #3" / "región andina?.sqlite"
    with Store.open(path) as store:
        assert store.schema_version == LATEST_VERSION
    with Store.open(path, readonly=True) as reader:
        assert reader.integrity_check() == ["ok"]


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder"):
        Store.open(tmp_path)


def test_read_only_open_of_a_missing_store_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no RED Desktop store"):
        Store.open(tmp_path / "missing.sqlite", readonly=True)
    assert not (tmp_path / "missing.sqlite").exists()


def test_a_second_writer_in_the_same_process_is_refused(store: Store) -> None:
    with pytest.raises(StoreLockedError, match="already open for writing"):
        Store.open(store.path)
    with Store.open(store.path, readonly=True) as reader:  # readers are welcome
        assert reader.proposals.count() == 0


HOLDER = textwrap.dedent("""
    import sys, time
    from red_desktop.core.store import Store
    store = Store.open(sys.argv[1])
    print("open", flush=True)
    time.sleep(60)
""")


def test_a_second_process_is_refused_until_the_first_dies_even_by_kill_9(store_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(store_path)], stdout=subprocess.PIPE, text=True, cwd=REPO
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreLockedError):
            Store.open(store_path)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
    with Store.open(store_path) as store:  # the OS released the dead process's lock
        assert store.integrity_check() == ["ok"]


def test_the_default_store_follows_the_environment_variable(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(paths.DB_ENV_VAR, str(tmp_path / "committee.sqlite"))
    assert paths.default_store_path() == tmp_path / "committee.sqlite"
    monkeypatch.delenv(paths.DB_ENV_VAR)
    assert paths.default_store_path().name == paths.STORE_FILENAME
    assert paths.demo_store_path() != paths.default_store_path()


def test_a_version_1_store_with_data_is_upgraded_and_its_search_text_filled(store_path: Path) -> None:
    from sqlite_utils import Database

    from red_desktop.core.store.migrations import MIGRATIONS

    db = Database(sqlite3.connect(store_path))
    MIGRATIONS[0](db)
    db.execute("PRAGMA user_version = 1")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    stamp = "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'old'"
    db.execute(
        f"INSERT INTO proposals (uuid, code, title, country, region_name, status, created_at, updated_at,"
        f" updated_by) VALUES ('p1', 'RED-PE-1', 'Café de altura', 'PE', 'Región Junín', 'draft', {stamp})"
    )
    db.execute(
        f"INSERT INTO actors (uuid, proposal_uuid, position, name, actor_type, contribution_kind, evidence,"
        f" created_at, updated_at, updated_by) VALUES ('a1', 'p1', 0, 'Cooperativa Agraria São João',"
        f" 'business', 'cash', 'none', {stamp})"
    )
    db.conn.commit()
    db.close()
    with Store.open(store_path) as store:
        assert store.schema_version == LATEST_VERSION
        text = store.db.execute("SELECT search_text FROM proposals").fetchone()[0]
        assert "region junin" in text and "cafe de altura" in text and "sao joao" in text
        assert store.proposals.get("p1").title == "Café de altura"


def _foreign_database(path: Path, wal: bool) -> None:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()


NOT_STORES = {
    "a PDF": lambda p: p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
    "a CSV": lambda p: p.write_bytes("proposal,title\nRED-1,Región\n".encode("cp1252")),
    "another program's database": lambda p: _foreign_database(p, wal=False),
    "another program's WAL database": lambda p: _foreign_database(p, wal=True),
}


@pytest.mark.parametrize("kind", NOT_STORES)
@pytest.mark.parametrize("check", ["open", "identify"])
def test_a_file_that_is_not_a_store_leaves_nothing_beside_it(tmp_path: Path, kind: str, check: str) -> None:
    """Issue 12 item 8: File › Open store… on a PDF left `FILE.lock` next to the user's file."""
    folder = tmp_path / "documents"
    folder.mkdir()
    path = folder / "budget.pdf"
    NOT_STORES[kind](path)
    before = (sorted(p.name for p in folder.iterdir()), digest(path))
    refused = r"budget\.pdf is (not a RED Desktop store|an SQLite database of another program)"
    with pytest.raises(RedDesktopError, match=refused):
        getattr(Store, check)(path)
    assert (sorted(p.name for p in folder.iterdir()), digest(path)) == before


def test_identify_tells_a_new_path_an_empty_file_and_a_store_apart_creating_nothing(tmp_path: Path) -> None:
    assert Store.identify(tmp_path / "new.sqlite") is False
    (tmp_path / "empty.sqlite").touch()
    assert Store.identify(tmp_path / "empty.sqlite") is False
    Store.open(tmp_path / "ours.sqlite").close()
    before = sorted(p.name for p in tmp_path.iterdir())
    assert Store.identify(tmp_path / "ours.sqlite") is True
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_version_6_store_with_data_keeps_every_row_when_its_codes_become_labels(store_path: Path, rubric) -> None:
    """Migration 7 rebuilds the proposals table (its code no longer unique): rows, rowids, evaluations, summaries
    and references all survive, and two proposals may then share a code."""
    from dataclasses import replace

    from sqlite_utils import Database

    from red_desktop.core.demo import build_demo
    from red_desktop.core.store.migrations import MIGRATIONS, migrate

    with Store.open(store_path, user="demo") as store:
        build_demo(store, rubric, 12, 3, 5)
    db = Database(sqlite3.connect(store_path))
    before = {
        table: db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        for table in ("actors", "evaluations", "scores", "proposal_scores")
    }
    proposals = db.execute("SELECT rowid, uuid, code, title FROM proposals ORDER BY rowid").fetchall()
    db.conn.close()
    _back_to_version_6(store_path)
    db = Database(sqlite3.connect(store_path))
    db.execute("PRAGMA foreign_keys = ON")
    assert migrate(db) == list(range(7, LATEST_VERSION + 1)) and len(MIGRATIONS) == LATEST_VERSION
    assert db.execute("SELECT rowid, uuid, code, title FROM proposals ORDER BY rowid").fetchall() == proposals
    for table, rows in before.items():
        assert db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall() == rows
    assert db.execute("PRAGMA foreign_key_check").fetchall() == [] and db.execute("PRAGMA foreign_keys").fetchone()[0]
    db.conn.close()
    with Store.open(store_path, user="tester") as store:
        assert store.integrity_check() == ["ok"]
        first = next(store.proposals.all())
        twin = replace(first, uuid="twin", code="RED-XX-TWIN", actors=())
        store.proposals.add(twin)
        store.db.execute("UPDATE proposals SET code = ? WHERE uuid = 'twin'", [first.code])  # as an import may
        assert sorted(store.proposals.holders(first.code)) == sorted([first.uuid, "twin"])


def _back_to_version_6(path: Path) -> None:
    """The schema a store had before migration 7, with its data: the unique code and nothing new."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'proposals'").fetchone()[0]
    old = sql.replace("code TEXT NOT NULL,", "code TEXT NOT NULL UNIQUE,").replace(
        ", merged_into TEXT REFERENCES proposals (uuid) DEFERRABLE INITIALLY DEFERRED", ""
    )
    indexes = [
        r[0]
        for r in conn.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'proposals'")
        if r[0] and "merged" not in r[0] and "proposals_code" not in r[0]
    ]
    columns = [r[1] for r in conn.execute("PRAGMA table_info(proposals)") if r[1] != "merged_into"]
    names = ", ".join(columns)
    with conn:
        undo_migration_9(conn)
        for table in ("proposal_criterion_scores", "portfolio_scores"):  # migration 8 (its triggers go with them)
            conn.execute(f"DROP TABLE {table}")
        conn.execute("DROP INDEX proposal_scores_rubric")
        conn.execute("DROP TRIGGER proposals_former_code")
        conn.execute("DROP TABLE former_codes")
        conn.execute(old.replace('CREATE TABLE "proposals"', "CREATE TABLE proposals_old"))
        conn.execute(f"INSERT INTO proposals_old (rowid, {names}) SELECT rowid, {names} FROM proposals")
        conn.execute("DROP TABLE proposals")
        conn.execute("ALTER TABLE proposals_old RENAME TO proposals")
        for index in indexes:
            conn.execute(index)
        conn.execute("PRAGMA user_version = 6")
    conn.close()


def test_a_store_damaged_inside_is_refused_for_writing_checked_on_demand_and_read_without_a_check(
    store_path: Path,
) -> None:
    """Issue 19: the quick check costs seconds at 100,000 proposals. A writer still pays it before its first write
    (a damaged file is never written), or leaves it to its caller (verify=False: the window checks off its GUI
    thread); a reader writes nothing and is not checked at open."""
    with Store.open(store_path, user="t") as store:
        bulk_store(store, 200)
    damaged = damage_a_data_page(store_path)
    with pytest.raises(StoreError) as refused:
        Store.open(store_path)
    assert refused.value.message_code in {"integrity_failed", "damaged_store"}
    with Store.open(store_path, readonly=True) as reader:  # was refused at open: the check is no reader's
        assert reader.schema_version == LATEST_VERSION
    with Store.open(store_path, verify=False) as writer:
        with pytest.raises(StoreError) as checked:
            writer.quick_check()
    assert checked.value.message_code == "integrity_failed" and "restore it from a backup" in str(checked.value)
    assert "\n" not in str(checked.value)  # SQLite's hundreds of lines: the first problem is said
    assert store_path.read_bytes() == damaged


def test_a_sound_store_passes_the_quick_check(store: Store) -> None:
    store.quick_check()
