"""Entries by position kept pickled in parts, each part unpickled when a view first asks for one of its entries:
the committee's contest reasons at 100,000 proposals (13,600 proposals' reasons, 8 MB of objects that the window
shows one proposal at a time, and 0.2-0.3 s of unpickling that held its interpreter, issue 19)."""

from __future__ import annotations

import pickle
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterator, Mapping
from typing import Any

KEPT_PARTS = 8  # unpickled parts kept for the next asks (a screenful of the ranking falls in one or two)


class PickledEntries(Mapping[int, Any]):
    def __init__(self, parts: list[tuple[int, int, int, bytes]]):
        """`parts`: (first position, last position, entries, pickled dict of position -> value), by first
        position, none overlapping (pickled_parts makes them)."""
        self._parts = parts
        self._firsts = [part[0] for part in parts]
        self._kept: OrderedDict[int, dict[int, Any]] = OrderedDict()

    def __getitem__(self, position: int) -> Any:
        at = bisect_right(self._firsts, position) - 1
        if at < 0 or position > self._parts[at][1]:
            raise KeyError(position)
        return self._part(at)[position]

    def __iter__(self) -> Iterator[int]:
        for at in range(len(self._parts)):
            yield from self._part(at)

    def __len__(self) -> int:
        return sum(part[2] for part in self._parts)

    def _part(self, at: int) -> dict[int, Any]:
        part = self._kept.get(at)
        if part is None:
            part = pickle.loads(self._parts[at][3])  # noqa: S301 (made by pickled_parts, in this program)
            self._kept[at] = part
            while len(self._kept) > KEPT_PARTS:
                self._kept.popitem(last=False)
        self._kept.move_to_end(at)
        return part


def pickled_parts(entries: Mapping[int, Any], size: int) -> list[tuple[int, int, int, bytes]]:
    """`entries` in parts of `size`, by position, as PickledEntries takes them."""
    items = sorted(entries.items(), key=lambda item: item[0])
    parts = []
    for start in range(0, len(items), size):
        chunk = dict(items[start : start + size])
        data = pickle.dumps(chunk, protocol=pickle.HIGHEST_PROTOCOL)
        parts.append((items[start][0], items[min(start + size, len(items)) - 1][0], len(chunk), data))
    return parts
