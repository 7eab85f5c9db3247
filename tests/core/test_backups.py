"""Rotating backups and restore: which copies are kept, one automatic copy a day, and a restore that checks the copy,
keeps the store as it was, and refuses whatever it cannot do safely, changing nothing."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from red_desktop.core import backups
from red_desktop.core.backups import BEFORE_RESTORE, DAILY, daily_backup, list_backups, restore, rotation
from red_desktop.core.errors import StoreError, StoreLockedError
from red_desktop.core.store import Store
from tests.factories import proposal

SUNDAY = datetime(2026, 12, 6, 9, 30)  # ISO week 49 of 2026 ends on this day


def _days(count: int, last: datetime = SUNDAY) -> list[datetime]:
    return [last - timedelta(days=i) for i in range(count)]


# ---- the rotation policy ----


def test_every_day_for_two_months_keeps_the_last_seven_days_and_the_last_of_four_weeks() -> None:
    kept = rotation(_days(60), daily=7, weekly=4)
    last_week = set(_days(7))  # Monday 30 November to Sunday 6 December: week 49
    sundays = {SUNDAY - timedelta(weeks=w) for w in range(4)}  # the newest copy of weeks 49, 48, 47, 46
    assert kept == last_week | sundays
    assert len(kept) == 10


def test_days_without_a_copy_are_not_counted() -> None:
    taken = [SUNDAY - timedelta(days=d) for d in (0, 3, 10, 11, 30, 31, 32, 60)]
    assert rotation(taken, daily=3, weekly=0) == set(taken[:3])
    # weeks with a copy: 49 (day 0, 3), 48 (day 10, 11), 45 (day 30, 31, 32), 41 (day 60)
    assert rotation(taken, daily=0, weekly=3) == {taken[0], taken[2], taken[4]}


def test_of_two_copies_on_one_day_the_newest_is_kept() -> None:
    morning, evening = SUNDAY.replace(hour=8), SUNDAY.replace(hour=20)
    assert rotation([morning, evening], daily=7, weekly=4) == {evening}


def test_a_policy_of_nothing_keeps_nothing_and_no_copies_keep_nothing() -> None:
    assert rotation(_days(10), daily=0, weekly=0) == set()
    assert rotation([], daily=7, weekly=4) == set()


# ---- the automatic daily backup ----


def _filled(store: Store, count: int, start: int = 0) -> None:
    with store.transaction():
        for i in range(start, start + count):
            store.proposals.add(proposal(f"RED-PE-2026-{i:03d}"))


def test_one_automatic_backup_a_day_private_and_rotated(store: Store, tmp_path: Path) -> None:
    _filled(store, 2)
    root = tmp_path / "backups"
    first = daily_backup(store.path, root=root, now=SUNDAY - timedelta(days=20))
    assert first is not None and first.parent == backups.backups_folder(store.path, root)
    assert stat.S_IMODE(first.stat().st_mode) == 0o600 and stat.S_IMODE(first.parent.stat().st_mode) == 0o700
    assert daily_backup(store.path, root=root, now=SUNDAY - timedelta(days=20, hours=-3)) is None  # same day
    for day in range(19, -1, -1):
        daily_backup(store.path, daily=7, weekly=4, root=root, now=SUNDAY - timedelta(days=day))
    found = list_backups(store.path, root)
    assert [b.taken.date() for b in found] == sorted(
        {d.date() for d in rotation(_days(21), daily=7, weekly=4)}, reverse=True
    )
    assert all(b.kind == DAILY and b.counts["proposals"] == 2 and not b.problem for b in found)


def test_the_backup_folder_belongs_to_the_store_by_its_real_path(tmp_path: Path) -> None:
    one, other = tmp_path / "a" / "store.sqlite", tmp_path / "b" / "store.sqlite"
    assert backups.backups_folder(one, tmp_path) != backups.backups_folder(other, tmp_path)
    assert backups.backups_folder(one, tmp_path).name.startswith("store-")


# ---- restore ----


@pytest.fixture
def yesterday(store: Store, tmp_path: Path) -> Path:
    """The store with three proposals, backed up automatically yesterday; two proposals added since."""
    _filled(store, 3)
    made = daily_backup(store.path, root=tmp_path / "backups", now=datetime.now() - timedelta(days=1))
    assert made is not None
    _filled(store, 2, start=3)
    return made


def test_restore_brings_back_yesterdays_automatic_backup(store: Store, yesterday: Path, tmp_path: Path) -> None:
    path = store.path
    store.close()
    report = restore(path, yesterday, root=tmp_path / "backups")
    assert report.counts["proposals"] == 3 and report.restored.kind == DAILY
    assert report.restored.taken.date() == (datetime.now() - timedelta(days=1)).date()
    with Store.open(path) as restored:
        assert restored.integrity_check() == ["ok"] and restored.proposals.count() == 3
    assert report.kept is not None and report.kept.name.endswith(f"-{BEFORE_RESTORE}.sqlite")
    assert stat.S_IMODE(report.kept.stat().st_mode) == 0o600
    with Store.open(report.kept, readonly=True) as kept:  # the store as it was, five proposals
        assert kept.proposals.count() == 5
    assert [b.kind for b in list_backups(path, tmp_path / "backups")] == [BEFORE_RESTORE, DAILY]
    assert not any(p.name.endswith(".restoring") for p in path.parent.iterdir())


def _unchanged(path: Path, root: Path) -> tuple[bytes, list[str]]:
    return path.read_bytes(), sorted(p.name for p in root.rglob("*"))


def _refused(path: Path, backup: Path, root: Path, match: str) -> None:
    before = _unchanged(path, root)
    with pytest.raises(StoreError, match=match):
        restore(path, backup, root=root)
    assert _unchanged(path, root) == before
    with Store.open(path, readonly=True) as still:
        assert still.proposals.count() == 5


def test_a_damaged_backup_is_refused_changing_nothing(store: Store, yesterday: Path, tmp_path: Path) -> None:
    store.close()
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(yesterday.read_bytes())
    page = 4096
    for at in range(page * 2, len(data) - page, page):  # every page's header but the first two: b-tree pages broken
        data[at : at + 8] = b"\xff" * 8
    damaged.write_bytes(bytes(data))
    _refused(store.path, damaged, tmp_path / "backups", "damaged|integrity")
    cut = tmp_path / "cut.sqlite"
    cut.write_bytes(yesterday.read_bytes()[:5000])
    _refused(store.path, cut, tmp_path / "backups", "damaged|integrity")
    noise = tmp_path / "noise.sqlite"
    noise.write_bytes(b"not a database at all" * 100)
    _refused(store.path, noise, tmp_path / "backups", "not an SQLite database")


def test_a_backup_whose_index_disagrees_with_its_table_is_refused(
    store: Store, yesterday: Path, tmp_path: Path
) -> None:
    """Damage SQLite's quick check does not see (Store.open's check), its full integrity check does."""
    store.close()
    wrong = tmp_path / "wrong-index.sqlite"
    wrong.write_bytes(yesterday.read_bytes())
    conn = sqlite3.connect(wrong)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_schema SET sql = 'CREATE INDEX proposals_country ON proposals (status)' "
        "WHERE name = 'proposals_country'"
    )
    conn.commit()
    conn.close()
    _refused(store.path, wrong, tmp_path / "backups", "integrity check")


def test_a_foreign_sqlite_file_is_refused_changing_nothing(store: Store, yesterday: Path, tmp_path: Path) -> None:
    store.close()
    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE notes (text)")
    conn.commit()
    conn.close()
    _refused(store.path, foreign, tmp_path / "backups", "another program")


def test_a_backup_of_a_newer_schema_is_refused_changing_nothing(store: Store, yesterday: Path, tmp_path: Path) -> None:
    store.close()
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(yesterday.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    _refused(store.path, newer, tmp_path / "backups", "newer RED Desktop")


def test_restore_is_refused_while_another_writer_holds_the_store(store: Store, yesterday: Path, tmp_path: Path) -> None:
    store.proposals.add(proposal("RED-PE-2026-099"))  # still open for writing here
    before = _unchanged(store.path, tmp_path / "backups")
    with pytest.raises(StoreLockedError, match="already open for writing"):
        restore(store.path, yesterday, root=tmp_path / "backups")
    assert _unchanged(store.path, tmp_path / "backups") == before
    assert store.proposals.count() == 6


def test_restore_is_refused_while_another_program_has_the_store_open(
    store: Store, yesterday: Path, tmp_path: Path
) -> None:
    store.close()
    reader = sqlite3.connect(f"{store.path.as_uri()}?mode=ro", uri=True)
    try:
        reader.execute("SELECT count(*) FROM proposals").fetchone()
        _refused(store.path, yesterday, tmp_path / "backups", "open in another program")
    finally:
        reader.close()


def test_a_damaged_store_is_replaced_and_kept_as_it_was(store: Store, yesterday: Path, tmp_path: Path) -> None:
    path = store.path
    store.close()
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError):
        Store.open(path).close()
    report = restore(path, yesterday, root=tmp_path / "backups")
    assert report.counts["proposals"] == 3
    assert report.kept is not None and report.kept.read_bytes() == bytes(data)


def test_a_store_cannot_be_restored_from_itself(store: Store, tmp_path: Path) -> None:
    path = store.path
    store.close()
    with pytest.raises(StoreError, match="from itself"):
        restore(path, path, root=tmp_path / "backups")
