"""A store reached through a link is locked and journalled at its real file (issue 16, item 2): through a symbolic
link a second writer is refused like one through the real name, and a file with two names (a hard link) is refused
under both, untouched — two writers through a hard link used to damage the store ("disk image is malformed")."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from red_desktop.core.errors import StoreError, StoreLockedError
from red_desktop.core.store import Store
from tests.factories import proposal


@pytest.fixture
def store_file(tmp_path: Path) -> Path:
    path = tmp_path / "real" / "store.sqlite"
    with Store.open(path, user="ana") as store:
        store.proposals.add(proposal("RED-PE-2026-001"))
    return path


def symlink(target: Path, link: Path) -> Path:
    try:
        link.symlink_to(target)
    except OSError as error:  # Windows without the right to make links
        pytest.skip(f"cannot make a symbolic link here: {error}")
    return link


@pytest.mark.parametrize("first_through_link", [True, False])
def test_a_second_writer_through_a_symlink_is_refused(
    store_file: Path, tmp_path: Path, first_through_link: bool
) -> None:
    link = symlink(store_file, tmp_path / "link.sqlite")
    first, second = (link, store_file) if first_through_link else (store_file, link)
    with Store.open(first, user="ana") as store:
        with pytest.raises(StoreLockedError, match="already open for writing"):
            Store.open(second, user="ana")
        store.proposals.add(proposal("RED-PE-2026-002"))
    with Store.open(store_file, readonly=True) as store:
        assert store.proposals.count() == 2 and store.integrity_check() == ["ok"]


def test_a_store_opened_through_a_symlink_keeps_its_journal_and_lock_beside_the_real_file(
    store_file: Path, tmp_path: Path
) -> None:
    link = symlink(store_file, tmp_path / "link.sqlite")
    with Store.open(link, user="ana") as store:
        store.proposals.add(proposal("RED-PE-2026-002"))
        assert store_file.with_name("store.sqlite-wal").exists() and store_file.with_name("store.sqlite.lock").exists()
        assert not (tmp_path / "link.sqlite-wal").exists() and not (tmp_path / "link.sqlite.lock").exists()


@pytest.mark.parametrize("readonly", [False, True])
@pytest.mark.parametrize("through", ["original", "hard link"])
def test_a_store_with_a_hard_link_is_refused_under_either_name_untouched(
    store_file: Path, tmp_path: Path, readonly: bool, through: str
) -> None:
    other = tmp_path / "other.sqlite"
    try:
        os.link(store_file, other)
    except OSError as error:
        pytest.skip(f"cannot make a hard link here: {error}")
    before, beside = store_file.read_bytes(), sorted(store_file.parent.iterdir())
    with pytest.raises(StoreError, match="has 2 names \\(hard links\\)"):
        Store.open(store_file if through == "original" else other, user="ana", readonly=readonly)
    assert store_file.read_bytes() == before
    assert sorted(store_file.parent.iterdir()) == beside  # no journal, no lock made
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite", "real"]
