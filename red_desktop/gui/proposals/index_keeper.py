"""Keeps the proposal list's in-memory index of one store current, building it off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from red_desktop import paths
from red_desktop.core.list_index import ListIndex
from red_desktop.core.list_index_build import build_list_index, list_index_parts
from red_desktop.core.own_totals import own_totals
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.latest_only import LatestOnly
from red_desktop.gui.tasks import Executor, worth_apart


class ListIndexKeeper(QObject):
    """One build at a time: the whole index when the store opens (about 2.5 s at 100,000 proposals), then
    patches of the proposals a change names (~0.2 s); from tasks.APART_FROM proposals the whole index again, in a
    process of its own (see _load). Changes that arrive during a build are gathered
    into the next one; until a build lands, the list answers from the index it has. The index also holds the
    current evaluator's own totals ("My total"), read again alone when the evaluator changes."""

    ready = Signal(object)  # ListIndex
    failed = Signal(str)

    def __init__(self, runner: Executor, path: Path, rubric: Rubric, parent: QObject | None = None):
        super().__init__(parent)
        self._path = path
        self._rubric = rubric
        self._evaluator = ""  # whose own totals the index holds; none until the store has answered who it is
        self._own_stale = False
        self.index: ListIndex | None = None
        self._whole = True
        self._changed: set[str] = set()
        self._closed = False
        self._searches: dict[str, str] = {}  # each list's search text, set on the GUI thread
        self.searched: tuple[str, ...] = ()  # their snapshot, replaced whole: what a build reads when it ends
        # every build is kept: the next one patches it
        self._runner = runner
        self._builds = LatestOnly(runner, self._next, self._built, self._failed, parent=self, keep_stale=True)

    def reload(self) -> None:
        self._whole = True
        self._builds.request()

    def set_evaluator(self, evaluator_uuid: str) -> None:
        if evaluator_uuid != self._evaluator:
            self._evaluator, self._own_stale = evaluator_uuid, True
            self._builds.request()

    def proposals_changed(self, uuids: Iterable[str]) -> None:
        self._changed.update(uuids)
        self._builds.request()

    def set_search(self, source: str, text: str) -> None:
        """`source` (a list) now searches for `text`: each build answers the lists' searches before it lands."""
        self._searches[source] = text
        self.searched = tuple(t for t in self._searches.values() if t.strip())

    def close(self) -> None:
        """The store is being closed: a build under way is left to finish and dropped."""
        self._closed = True
        self._builds.cancel()

    def _next(self) -> Callable[[], ListIndex] | None:
        """The build the index needs now: whole, a patch of the proposals changed, or the own totals alone."""
        if self._closed:
            return None
        path, base, rubric, evaluator, runner = self._path, self.index, self._rubric, self._evaluator, self._runner
        if self._whole or base is None:
            self._whole, self._changed, self._own_stale = False, set(), False
            return lambda: _load(runner, path, rubric, evaluator).answer_searches(self.searched)
        if self._changed:
            uuids, self._changed = self._changed, set()
            if worth_apart(len(base)):  # built whole apart: a patch here makes 600,000 objects at 100,000
                return lambda: _load(runner, path, rubric, evaluator).answer_searches(self.searched)
            return lambda: _patch(path, rubric, evaluator, base, uuids).answer_searches(self.searched)
        if self._own_stale:
            self._own_stale = False
            return lambda: _with_own(path, rubric, evaluator, base).answer_searches(self.searched)
        return None

    def _built(self, index: ListIndex) -> None:
        self.index = index
        self.ready.emit(index)
        self._runner.release_free_memory()  # its building's temporaries and the index it replaces (~40 MB at 100,000)
        if self._whole or self._changed or self._own_stale:  # a patch leaves the own totals to read alone
            self._builds.request()

    def _failed(self, message: str) -> None:
        self.failed.emit(message)


def _load(runner: Executor, path: Path, rubric: Rubric, evaluator: str) -> ListIndex:
    """From tasks.APART_FROM proposals in a process of its own (issue 19): building the index makes two million Python
    objects at 100,000 proposals, which held the window's interpreter for seconds and, freed, left its memory in
    fragments (a window settled at 395 MiB with 79 MB of objects in 174 MB of the interpreter's arenas)."""
    with Store.open(path, readonly=True) as store:
        apart = worth_apart(store.proposals.count())
    if apart:
        return ListIndex.from_parts(runner.apart(list_index_parts, path, rubric, evaluator), paths.user_cache_dir())
    return build_list_index(path, rubric, evaluator, paths.user_cache_dir())


def _patch(path: Path, rubric: Rubric, evaluator: str, base: ListIndex, uuids: set[str]) -> ListIndex:
    asked = sorted(uuids)
    with Store.open(path, readonly=True) as store:
        own = own_totals(store, rubric, evaluator, asked) if evaluator else None
        return base.patched(store.proposals.list_columns(asked), uuids, own)


def _with_own(path: Path, rubric: Rubric, evaluator: str, base: ListIndex) -> ListIndex:
    with Store.open(path, readonly=True) as store:
        return base.with_own(own_totals(store, rubric, evaluator) if evaluator else None)
