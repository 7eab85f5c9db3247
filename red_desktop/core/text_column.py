"""A column of texts kept as one bytes object, searched with numpy (TextColumn)."""

from __future__ import annotations

import mmap
from collections.abc import Iterable, Sequence
from itertools import repeat
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from red_desktop.core.spilled import SpilledBytes


class TextColumn:
    """A column of texts, one per row, in one bytes object (or a file mapped into memory when given a folder:
    core/spilled.py, its pages released after each search and read): the list's search text, the committee's titles
    and search text. Not a Python object per row, so nothing for the cycle collector to walk and 49 bytes less a row.

    Searched two ways (bench/bench_list.py chose them):

    - a term of three bytes or more over most rows, whose rarest byte is rare enough: numpy finds every place
      that byte occurs, keeps those followed and preceded by the term's other bytes, and maps them to rows
      (10-40 ms at 100,000 proposals);
    - a shorter term, a term of common bytes ("red", "de ", "mantaro": more than COMMON_WORK byte comparisons a
      row, estimated from the bytes' sampled frequency), or a few rows (the matches of the previous keystroke):
      bytes.find within each row, mapped in C over the row bounds (~0.3 us a row, 22-50 ms at 100,000; a common
      term is found early in most rows). Measured in docs/benchmarks.md ("Search paths").
    The rows are separated by a newline, which no term holds, so no match spans two rows.
    """

    SEPARATOR = b"\n"
    FEW_ROWS = 4  # "a few rows": fewer than 1 / FEW_ROWS of them
    COMMON_WORK = 60  # the anchored path's comparisons a row (places x term length) beyond which a scan is faster
    SAMPLE_STEP = 61
    JOIN_ROWS = 5_000

    def __init__(self, rows: Sequence[bytes], spill: Path | None = None):
        """`rows` as UTF-8 (`of` for str); `spill`: a folder to keep them in on disk, None in memory."""
        joined = b"".join(  # in pieces: one join of 100,000 rows held the interpreter 50 ms, the window waiting
            self.SEPARATOR.join(rows[start : start + self.JOIN_ROWS]) + self.SEPARATOR
            for start in range(0, len(rows), self.JOIN_ROWS)
        )
        self._set(joined, np.fromiter(map(len, rows), dtype=np.int64, count=len(rows)), spill)

    @classmethod
    def of(cls, texts: Iterable[str], spill: Path | None = None) -> TextColumn:
        return cls([text.encode() for text in texts], spill)

    @classmethod
    def joined(cls, blob: bytes | mmap.mmap, lengths: NDArray[np.int64], spill: Path | None = None) -> TextColumn:
        """Again from `parts()`: one bytes object to hand between processes, not a string per row; or that object
        mapped from the file a process apart handed it over in (core/handover.py), searched where it lies."""
        column = cls.__new__(cls)
        column._set(blob, lengths, spill)
        return column

    def parts(self) -> tuple[bytes, NDArray[np.int64]]:
        try:
            return bytes(self.blob[: len(self.bytes)]), self.ends - self.starts
        finally:
            self._spilled.release()

    def _set(self, joined: bytes | mmap.mmap, lengths: NDArray[np.int64], spill: Path | None) -> None:
        self._spilled = SpilledBytes(joined or self.SEPARATOR, spill)
        self.blob = self._spilled.buffer
        self.bytes = np.frombuffer(self.blob, dtype=np.uint8)
        self.ends = np.cumsum(lengths + 1) - 1  # where each row's separator is
        self.starts = self.ends - lengths
        # Which byte of a term is rarest, from a sample: counting every byte would widen them to 8 bytes each.
        self.frequency = np.bincount(self.bytes[:: self.SAMPLE_STEP], minlength=256)
        self._spilled.release()

    def __len__(self) -> int:
        return len(self.starts)

    def rows(self) -> list[bytes]:
        try:
            return [self.blob[s:e] for s, e in zip(self.starts.tolist(), self.ends.tolist(), strict=True)]
        finally:
            self._spilled.release()

    def text(self, row: int) -> str:
        try:
            return self.blob[int(self.starts[row]) : int(self.ends[row])].decode()
        finally:
            self._spilled.release()

    def texts(self) -> list[str]:
        return [row.decode() for row in self.rows()]

    def find(self, needle: bytes, within: NDArray[np.intp] | None) -> NDArray[np.intp]:
        """Positions of the rows holding `needle` (among `within`, when given); the text read is released after."""
        try:
            return self._find(needle, within)
        finally:
            self._spilled.release()

    def _find(self, needle: bytes, within: NDArray[np.intp] | None) -> NDArray[np.intp]:
        count = len(self.starts)
        if self.SEPARATOR in needle:
            return np.empty(0, dtype=np.intp)
        few = within is not None and len(within) * self.FEW_ROWS < count
        if len(needle) >= 3 and not few and not self._common(needle):
            hits = self._anchored(needle)
            if within is None or len(within) == count:
                return hits
            allowed = np.zeros(count, dtype=bool)
            allowed[within] = True
            return hits[allowed[hits]]
        if within is None:
            starts, ends, positions = self.starts.tolist(), self.ends.tolist(), None
        else:
            starts, ends, positions = self.starts[within].tolist(), self.ends[within].tolist(), within
        found = np.fromiter(map(self.blob.find, repeat(needle), starts, ends), dtype=np.int64, count=len(starts))
        hits = np.flatnonzero(found >= 0)
        return hits if positions is None else positions[hits]

    def _common(self, needle: bytes) -> bool:
        """Whether the term's rarest byte is so frequent that checking every place it occurs costs more than
        scanning every row."""
        places = int(self.frequency[np.frombuffer(needle, dtype=np.uint8)].min()) * self.SAMPLE_STEP
        return places * len(needle) > self.COMMON_WORK * max(len(self.starts), 1)

    def _anchored(self, needle: bytes) -> NDArray[np.intp]:
        pattern = np.frombuffer(needle, dtype=np.uint8)
        anchor = int(np.argmin(self.frequency[pattern]))
        places = np.flatnonzero(self.bytes == pattern[anchor]) - anchor
        places = places[(places >= 0) & (places + len(pattern) <= len(self.bytes))]
        for offset, byte in enumerate(pattern):
            if offset != anchor and len(places):
                places = places[self.bytes[places + offset] == byte]
        rows = np.searchsorted(self.ends, places)  # the row whose separator comes first after the match
        hit = np.zeros(len(self.starts), dtype=bool)
        hit[rows] = True
        return np.flatnonzero(hit)
