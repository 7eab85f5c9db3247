"""The list's search before its index lands, asked of the store: one search at a time, of the last term typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject

from red_desktop.core.store import Store
from red_desktop.gui.latest_only import LatestOnly
from red_desktop.gui.tasks import Executor

Deliver = Callable[[Sequence[int]], None]


class StoreSearch(QObject):
    """Reads the proposals whose search text holds a term, in code order, in the background on a connection of its
    own. Each keystroke asks; while a search runs, the terms typed meanwhile fold into one more search, of the last
    of them (typing "valle" at 100,000 proposals started five scans of the whole table at once, the last answered
    after all five)."""

    def __init__(self, runner: Executor, path: Path, parent: QObject):
        super().__init__(parent)
        self._path = path
        self._asked: tuple[str, Deliver] | None = None
        self._searches = LatestOnly(runner, self._next, self._answered, parent=self)

    def ask(self, term: str, deliver: Deliver) -> None:
        self._asked = (term, deliver)
        self._searches.request()

    def _next(self) -> Callable[[], tuple[Deliver, list[int]]] | None:
        if self._asked is None:
            return None
        (term, deliver), path = self._asked, self._path
        self._asked = None

        def search() -> tuple[Deliver, list[int]]:
            with Store.open(path, readonly=True) as store:
                return deliver, store.proposals.search_in_code_order(term)

        return search

    @staticmethod
    def _answered(answer: tuple[Deliver, list[int]]) -> None:
        deliver, rowids = answer
        deliver(rowids)
