"""A process apart's answer in parts handed to the window through a file mapped into memory, not through the pool's
pipe (issue 19).

Through the pipe, the pool's thread in the window's process unpickled the whole answer in one call, copying every
part while it held the interpreter (the list's index at 100,000 proposals: 89 MB, 53-59 ms), and a text part was
copied again when unpickled (its 50 MB search text: 46 ms): the window's thread waited all that time. Here the
process apart writes the parts to a file in the user's cache folder, each at an offset the system can map; the
window maps each large part where it lies (no copy: its pages are read from the system's file cache when used) and
removes the file's name at once, so nothing is left behind once the parts are let go. A text part goes raw, not
pickled: the window searches it where it is mapped (core/spilled.py). A folder that cannot take the file leaves the
answer going through the pipe, as before.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

Buffer: TypeAlias = bytes | mmap.mmap  # a part: in memory, or mapped from the hand-over file
FILE_FROM = 1 << 20  # an answer smaller than this goes through the pipe: a file would cost more than it saves
MAP_FROM = 1 << 18  # a part smaller than this is read into memory: a mapping holds a file descriptor open
MAPS = os.name != "nt"  # Windows removes no file that is mapped: there every part is read into memory
LEFT_AFTER = 24 * 3600  # a hand-over file this old was never taken (its window was killed): removed
PREFIX, SUFFIX = "red-handover-", ".parts"


@dataclass(frozen=True)
class PartsInFile:
    """What crosses the pipe instead of the parts: where they are, and how long each is."""

    path: str
    lengths: tuple[int, ...]

    def offsets(self) -> list[int]:
        at, found = 0, []
        for length in self.lengths:
            found.append(at)
            at = _aligned(at + length)
        return found

    def take(self) -> list[Buffer]:
        """The parts; the file's name removed (its space freed when the last mapped part is let go), even when a part
        could not be read (the error is raised: the work it answers failed)."""
        try:
            with open(self.path, "rb") as file:
                return [_part(file, at, length) for at, length in zip(self.offsets(), self.lengths, strict=True)]
        finally:
            with contextlib.suppress(OSError):  # removed already; or kept by the system: removed a day later
                os.unlink(self.path)


def hand_over(answer: Any, folder: Path) -> Any:
    """`answer` as the process apart sends it back: a list of bytes large enough written to a file in `folder`
    (a PartsInFile in its place); anything else, or where the file cannot be written, as it is."""
    if not isinstance(answer, list) or not all(isinstance(part, bytes) for part in answer):
        return answer
    if sum(len(part) for part in answer) < FILE_FROM:
        return answer
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_forgotten(folder)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=PREFIX, suffix=SUFFIX, delete=False) as file:
            handed = PartsInFile(file.name, tuple(len(part) for part in answer))
            try:
                for at, part in zip(handed.offsets(), answer, strict=True):
                    file.seek(at)
                    file.write(part)
                file.truncate(_aligned(file.tell()))
            except BaseException:
                file.close()
                os.unlink(file.name)
                raise
    except OSError:
        return answer  # a full or read-only cache: the pipe, as before
    return handed


def taken(answer: Any) -> Any:
    """The window's side of hand_over: the parts themselves, wherever they came by."""
    return answer.take() if isinstance(answer, PartsInFile) else answer


def _part(file: Any, at: int, length: int) -> Buffer:
    if MAPS and length >= MAP_FROM:
        return mmap.mmap(file.fileno(), length, access=mmap.ACCESS_READ, offset=at)
    file.seek(at)
    return file.read(length)


def _aligned(at: int) -> int:
    step = mmap.ALLOCATIONGRANULARITY  # a mapping starts at a multiple of it
    return -(-at // step) * step


def _remove_forgotten(folder: Path) -> None:
    old = time.time() - LEFT_AFTER
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < old:
                path.unlink()
