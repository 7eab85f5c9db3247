"""A sequence whose items are made when asked, from columns kept by its owner: what the window holds at 100,000
proposals instead of 100,000 objects (RankingColumns, Reranked, PairSwaps)."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from typing import TypeVar, overload

T = TypeVar("T")
SHOWN_AT_ONCE = 512  # items kept once made: more than a screen's rows, which a view asks for cell by cell


class MadeWhenAsked(Sequence[T]):
    """Subclasses say how many items there are (`_length`) and how to make item i (`_make`); the last items asked
    are kept (a view asks for each cell it paints, several times). A walk over every item makes each afresh and
    keeps none. Equal to any sequence with equal items."""

    def __init__(self, length: int):
        self._length = length
        self._made = functools.lru_cache(maxsize=SHOWN_AT_ONCE)(self._make)

    def _make(self, i: int) -> T:
        raise NotImplementedError

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self._made(i) for i in range(self._length)[index]]
        if not -self._length <= index < self._length:
            raise IndexError(index)
        return self._made(index % self._length)

    def __iter__(self) -> Iterator[T]:
        return (self._make(i) for i in range(self._length))  # not through the cache: a walk would empty it

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and len(self) == len(other) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._length}>"
