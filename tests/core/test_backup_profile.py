"""Backups are complete, consistent SQLite stores; the profile's evaluator is found or added once."""

from __future__ import annotations

import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from red_desktop.core.errors import StoreError
from red_desktop.core.profile import ensure_evaluator
from red_desktop.core.progress import Cancelled
from red_desktop.core.store import Store, snapshot
from red_desktop.core.store.snapshot import backup_store, default_backup_name
from tests.factories import proposal


def test_a_backup_is_a_store_with_the_same_records(store: Store, tmp_path: Path) -> None:
    store.proposals.add(proposal())
    copy = backup_store(store, tmp_path / "backups" / "copy.sqlite")
    with Store.open(copy, readonly=True) as restored:
        assert restored.integrity_check() == ["ok"]
        assert restored.counts() == store.counts()
        assert restored.proposals.by_code("RED-PE-2026-001").title == proposal().title
    assert not (tmp_path / "backups" / "copy.sqlite.partial").exists()


def test_a_backup_never_overwrites_its_own_store(store: Store) -> None:
    with pytest.raises(StoreError, match="cannot overwrite"):
        backup_store(store, store.path)


def test_a_backup_into_an_impossible_place_says_so(store: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="backup to .* failed"):
        backup_store(store, blocker / "copy.sqlite")


class _Recording:
    """Progress that saves a proposal through another connection at every step, and may cancel."""

    def __init__(self, writer: Store, cancel_at: int | None = None):
        self.writer, self.cancel_at, self.steps = writer, cancel_at, []

    def update(self, done: int, total: int) -> None:
        self.steps.append((done, total))
        self.writer.proposals.add(proposal(f"RED-PE-2027-{len(self.steps):03d}"))

    def status(self, text: str) -> None:
        return None

    def cancelled(self) -> bool:
        return self.cancel_at is not None and len(self.steps) >= self.cancel_at


def _filled(store: Store, count: int) -> None:
    with store.transaction():
        for i in range(count):
            store.proposals.add(proposal(f"RED-PE-2026-{i:03d}", regional_diagnosis="x" * 5_000))


def test_saves_during_a_backup_go_on_and_the_copy_is_the_store_when_it_began(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshot, "PAGES_PER_STEP", 16)
    _filled(store, 120)
    progress = _Recording(store)
    with Store.open(store.path, readonly=True) as reader:
        copy = backup_store(reader, tmp_path / "copy.sqlite", progress)
    assert len(progress.steps) > 3  # copied in steps, never restarted: done only grows
    assert [done for done, _ in progress.steps] == sorted(done for done, _ in progress.steps)
    assert store.proposals.count() == 120 + len(progress.steps)
    with Store.open(copy, readonly=True) as restored:
        assert restored.integrity_check() == ["ok"]
        assert restored.proposals.count() == 120


def test_a_cancelled_backup_leaves_nothing(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshot, "PAGES_PER_STEP", 16)
    _filled(store, 120)
    with pytest.raises(Cancelled):
        backup_store(store, tmp_path / "copy.sqlite", _Recording(store, cancel_at=2))
    assert not any(p.name.startswith("copy") for p in tmp_path.iterdir())


def test_backup_names_carry_the_time(store: Store) -> None:
    assert default_backup_name(store, datetime(2026, 11, 28, 9, 5)) == "store-backup-20261128-0905.sqlite"


def test_the_profile_evaluator_is_added_once(store: Store) -> None:
    first = ensure_evaluator(store, " Ana Lucía Quispe ", "field_evaluator")
    again = ensure_evaluator(store, "Ana Lucía Quispe", "committee_member")
    assert first.uuid == again.uuid and store.evaluators.count() == 1


def test_a_backup_is_private_whatever_the_umask(store: Store, tmp_path: Path) -> None:
    """It holds evaluations and decisions: 0600 from the start, not chmodded after (it was 0644 under umask 022)."""
    old = os.umask(0o022)
    try:
        copy = backup_store(store, tmp_path / "copy.sqlite")
    finally:
        os.umask(old)
    assert oct(stat.S_IMODE(copy.stat().st_mode)) == "0o600"
