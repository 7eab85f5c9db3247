"""Issue 19: the list's search text (56 MB at 100,000 proposals) and folded titles, regions and agencies kept in a
file mapped into memory, their pages handed back after each read, so the window settles under 400 MB; the same
answers as in memory."""

from __future__ import annotations

import mmap
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from red_desktop.core import handover
from red_desktop.core.list_index import ListIndex
from red_desktop.core.listing import LIST_COLUMNS, ListQuery
from red_desktop.core.spilled import SpilledBytes
from red_desktop.core.store import Store
from tests.factories import bulk_store

TERMS = ["a", "jo", "sao", "são joão", "del-rei", "2026-0", "zzz", "e", "regi", "valle"]


@pytest.fixture(scope="module")
def bulk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store.open(tmp_path_factory.mktemp("spill") / "bulk.sqlite", user="bulk") as store:
        bulk_store(store, 1_500)
        yield store


def _rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        line = next(line for line in status if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def test_spilled_bytes_read_back_as_written_and_leave_no_file_behind(tmp_path: Path) -> None:
    data = bytes(range(256)) * 4_000
    spilled = SpilledBytes(data, tmp_path / "cache")
    assert spilled.spilled and spilled.buffer[:] == data and spilled.buffer.find(b"\xfe\xff\x00", 3) == 254
    assert list((tmp_path / "cache").iterdir()) == []  # unnamed: gone with the mapping or the process
    spilled.release()
    assert spilled.buffer[:] == data


def test_a_folder_that_cannot_take_the_file_keeps_the_bytes_in_memory(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    spilled = SpilledBytes(b"kept", not_a_folder)
    assert not spilled.spilled and spilled.buffer == b"kept"
    assert not SpilledBytes(b"", tmp_path).spilled and not SpilledBytes(b"kept", None).spilled


@pytest.mark.skipif(not sys.platform.startswith("linux") or not os.path.exists("/proc/self/status"), reason="Linux")
def test_released_pages_leave_the_process_memory(tmp_path: Path) -> None:
    spilled = SpilledBytes(os.urandom(1 << 20) * 64, tmp_path)  # 64 MiB
    assert len(spilled.buffer[::4096]) == 64 * 256  # a byte of every page read
    before = _rss_mib()
    spilled.release()
    assert before - _rss_mib() > 32


def test_an_index_with_its_search_text_on_disk_answers_as_one_in_memory(bulk: Store, tmp_path: Path) -> None:
    columns = bulk.proposals.list_columns()
    in_memory, on_disk = ListIndex(columns), ListIndex(columns, spill=tmp_path)
    assert on_disk._text._spilled.spilled and not in_memory._text._spilled.spilled
    assert all(column._spilled.spilled for column in on_disk._folded.values())  # titles, regions, agencies
    for key in LIST_COLUMNS:  # sorted by folded texts read back from disk, and by the rest
        for descending in (False, True):
            query = ListQuery(sort=key, descending=descending)
            assert on_disk.query(query).tolist() == in_memory.query(query).tolist(), query
    for uuid, rowid in list(zip(columns["uuid"], columns["rowid"], strict=True))[::97]:
        assert on_disk.rowid_of(str(uuid)) == in_memory.rowid_of(str(uuid)) == rowid
    assert on_disk.rowid_of("no such proposal") is None
    for term in TERMS:
        assert on_disk.query(ListQuery(text=term)).tolist() == in_memory.query(ListQuery(text=term)).tolist(), term
    for text in ["s", "sa", "sao", "sao ", "sao j", "sao", "ao j"]:  # typed: each reads the last one's matches
        assert on_disk.query(ListQuery(text=text)).tolist() == in_memory.query(ListQuery(text=text)).tolist()
    uuids = list(columns["uuid"][::5])
    patched = on_disk.patched(bulk.proposals.list_columns(uuids), uuids)
    assert patched._text._spilled.spilled  # a patch keeps its text on disk too
    for term in TERMS:
        assert patched.query(ListQuery(text=term)).tolist() == in_memory.query(ListQuery(text=term)).tolist(), term


def test_an_index_built_apart_and_read_back_in_parts_answers_as_the_one_built_here(bulk: Store, tmp_path: Path) -> None:
    """Issue 19: a large store's index is built in a process of its own and handed back in parts (arrays and bytes
    only); read back, its texts kept on disk, it answers every query as the index built in the window did."""
    columns = bulk.proposals.list_columns()
    here = ListIndex(columns)
    parts = here.to_parts()
    assert all(isinstance(part, bytes) for part in parts)
    there = ListIndex.from_parts(parts, spill=tmp_path)
    assert len(there) == len(here) and there._text._spilled.spilled and not there._code._spilled.spilled
    assert there.facets() == here.facets()
    for key in LIST_COLUMNS:
        for descending in (False, True):
            query = ListQuery(sort=key, descending=descending)
            assert there.query(query).tolist() == here.query(query).tolist(), query
    for term in TERMS:
        assert there.query(ListQuery(text=term)).tolist() == here.query(ListQuery(text=term)).tolist(), term
    uuids = list(columns["uuid"][::7])
    patched = there.patched(bulk.proposals.list_columns(uuids), uuids)  # a small store's patch of it still works
    assert patched.query(ListQuery(sort="title")).tolist() == here.query(ListQuery(sort="title")).tolist()
    assert there.own_of(columns["rowid"][:5]) == here.own_of(columns["rowid"][:5])


def test_an_index_handed_over_through_a_mapped_file_answers_as_the_one_built_here(
    bulk: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19: the parts of an index built apart come through a file (core/handover.py), its texts mapped where
    they lie and searched there, not copied into the window's memory; nothing is left in the cache folder."""
    monkeypatch.setattr(handover, "FILE_FROM", 1)
    monkeypatch.setattr(handover, "MAP_FROM", 1)
    here = ListIndex(bulk.proposals.list_columns())
    parts = handover.taken(handover.hand_over(here.to_parts(), tmp_path / "handover"))
    assert all(isinstance(part, mmap.mmap) for part in parts) and not list((tmp_path / "handover").iterdir())
    there = ListIndex.from_parts(parts, spill=tmp_path / "spill")
    assert there._text._spilled.spilled and there._code._spilled.spilled  # mapped, though code is never spilled
    assert not (tmp_path / "spill").exists() or not list((tmp_path / "spill").iterdir())  # not written twice
    for term in TERMS:
        assert there.query(ListQuery(text=term)).tolist() == here.query(ListQuery(text=term)).tolist(), term
    for key in LIST_COLUMNS:
        query = ListQuery(sort=key, descending=True)
        assert there.query(query).tolist() == here.query(query).tolist(), query
