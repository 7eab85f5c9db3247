"""Backups are complete, consistent SQLite stores; the profile's evaluator is found or added once."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from red_desktop.core.backup import backup_store, default_backup_name
from red_desktop.core.errors import StoreError
from red_desktop.core.profile import ensure_evaluator
from red_desktop.core.store import Store
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


def test_backup_names_carry_the_time(store: Store) -> None:
    assert default_backup_name(store, datetime(2026, 11, 28, 9, 5)) == "store-backup-20261128-0905.sqlite"


def test_the_profile_evaluator_is_added_once(store: Store) -> None:
    first = ensure_evaluator(store, " Ana Lucía Quispe ", "field_evaluator")
    again = ensure_evaluator(store, "Ana Lucía Quispe", "committee_member")
    assert first.uuid == again.uuid and store.evaluators.count() == 1
