"""The proposal list's index built from a store: in a worker thread of the window, or in a process of its own for a
large store (list_index_parts), whose answer the window reads back with ListIndex.from_parts."""

from __future__ import annotations

from pathlib import Path

from red_desktop.core.cycles import cycles_uncollected
from red_desktop.core.list_index import ListIndex
from red_desktop.core.own_totals import own_totals
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store


def build_list_index(path: Path, rubric: Rubric, evaluator: str, spill: Path | None = None) -> ListIndex:
    """The whole index of the store at `path`, with `evaluator`'s own totals ('' for none)."""
    with Store.open(path, readonly=True) as store, cycles_uncollected():  # 100,000 rows: no full collections
        own = own_totals(store, rubric, evaluator) if evaluator else None
        return ListIndex(store.proposals.list_columns(), own, spill=spill)


def list_index_parts(path: Path, rubric: Rubric, evaluator: str) -> list[bytes]:
    """build_list_index in parts (ListIndex.to_parts): what a process apart hands back."""
    return build_list_index(path, rubric, evaluator).to_parts()
