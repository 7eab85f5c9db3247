"""The list's search before its index lands, asked of the store: one search at a time, of the last term typed."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject

from red_desktop.core.store import Store
from red_desktop.gui.latest_only import LatestOnly
from red_desktop.gui.tasks import Executor

Deliver = Callable[[Sequence[int]], None]
Answer = tuple[Deliver, list[int]]


class StoreSearch(QObject):
    """Reads the proposals whose search text holds a term, in code order, in the background on a connection of its
    own. Each keystroke asks: the search under way is stopped, and the terms typed meanwhile fold into one more
    search, of the last of them. (Typing "valle" at 100,000 proposals started five scans of the whole table at once;
    the first, "v", matches nearly every proposal and took 0.5-3.5 s alone.)"""

    def __init__(self, runner: Executor, path: Path, parent: QObject):
        super().__init__(parent)
        self._path = path
        self._asked: tuple[str, Deliver] | None = None
        self._stale = threading.Event()  # the search under way's: set when a newer term is asked
        self._searches: LatestOnly[Answer] = LatestOnly(runner, self._next, self._answered, parent=self)

    def ask(self, term: str, deliver: Deliver) -> None:
        self._asked = (term, deliver)
        self._stale.set()
        self._searches.request()

    def _next(self) -> Callable[[], Answer] | None:
        if self._asked is None:
            return None
        (term, deliver), path = self._asked, self._path
        self._asked = None
        self._stale = stale = threading.Event()

        def search() -> Answer:  # made stale by a newer term: Cancelled, which LatestOnly takes as a run to drop
            with Store.open(path, readonly=True) as store:
                return deliver, store.read_cancellable(stale.is_set, lambda s: s.proposals.search_in_code_order(term))

        return search

    @staticmethod
    def _answered(answer: Answer) -> None:
        deliver, rowids = answer
        deliver(rowids)
