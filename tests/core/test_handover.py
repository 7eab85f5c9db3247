"""A process apart's large answer handed to the window through a file mapped into memory (core/handover.py)."""

from __future__ import annotations

import mmap
import os
import time
from pathlib import Path

import pytest

from red_desktop.core import handover
from red_desktop.core.handover import FILE_FROM, MAP_FROM, PartsInFile, hand_over, taken


def _parts(*sizes: int) -> list[bytes]:
    return [os.urandom(size) for size in sizes]


def test_a_large_answer_goes_through_a_file_each_part_where_it_can_be_mapped(tmp_path: Path) -> None:
    parts = _parts(10, FILE_FROM, 0, MAP_FROM - 1, MAP_FROM, 3)
    handed = hand_over(parts, tmp_path)
    assert isinstance(handed, PartsInFile) and Path(handed.path).parent == tmp_path
    assert all(at % mmap.ALLOCATIONGRANULARITY == 0 for at in handed.offsets())
    taken_parts = taken(handed)
    assert [bytes(part) for part in taken_parts] == parts
    assert [isinstance(part, mmap.mmap) for part in taken_parts] == [False, True, False, False, True, False]
    assert not list(tmp_path.iterdir())  # its name gone at once; its space once the parts are let go


def test_small_answers_and_other_answers_go_as_they_are(tmp_path: Path) -> None:
    small = _parts(10, 20)
    assert hand_over(small, tmp_path) is small
    for answer in (None, 42, b"x" * FILE_FROM, ["text"] * FILE_FROM, [b"x" * FILE_FROM, "text"], {"a": b"x"}):
        assert hand_over(answer, tmp_path) is answer
        assert taken(answer) is answer
    assert not list(tmp_path.iterdir())


def test_a_folder_that_cannot_take_the_file_leaves_the_answer_to_the_pipe(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "a file"
    not_a_folder.write_text("in the way")
    parts = _parts(FILE_FROM)
    assert hand_over(parts, not_a_folder) is parts


def test_where_a_mapped_file_cannot_be_removed_every_part_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows removes no file that is mapped: there the parts are read into memory and the file removed."""
    monkeypatch.setattr(handover, "MAPS", False)
    parts = _parts(FILE_FROM, MAP_FROM * 2)
    got = taken(hand_over(parts, tmp_path))
    assert got == parts and all(type(part) is bytes for part in got)
    assert not list(tmp_path.iterdir())


def test_a_file_never_taken_is_removed_a_day_later(tmp_path: Path) -> None:
    """A window killed between its process apart's answer and its taking it leaves the file behind."""
    forgotten = tmp_path / f"{handover.PREFIX}old{handover.SUFFIX}"
    recent = tmp_path / f"{handover.PREFIX}recent{handover.SUFFIX}"
    other = tmp_path / "someone else's.parts"
    for path in (forgotten, recent, other):
        path.write_bytes(b"parts")
    day_ago = time.time() - handover.LEFT_AFTER - 60
    os.utime(forgotten, (day_ago, day_ago))
    os.utime(other, (day_ago, day_ago))
    handed = hand_over(_parts(FILE_FROM), tmp_path)
    assert not forgotten.exists() and recent.exists() and other.exists()
    taken(handed)


def test_a_part_that_cannot_be_read_fails_the_taking_and_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    handed = hand_over(_parts(FILE_FROM, MAP_FROM), tmp_path)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(24, "Too many open files")

    monkeypatch.setattr(handover.mmap, "mmap", refuse)
    with pytest.raises(OSError, match="Too many open files"):
        taken(handed)
    assert not list(tmp_path.iterdir())
