"""The views of one open store kept current: the list's index, the counts and the committee ranking."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from red_desktop import paths
from red_desktop.core.cycles import cycles_uncollected
from red_desktop.core.list_index import ListIndex
from red_desktop.core.memory import release_free_memory
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.latest_only import LatestOnly
from red_desktop.gui.main_window import PROPOSALS, MainWindow
from red_desktop.gui.proposals.index_keeper import ListIndexKeeper
from red_desktop.gui.store_service import Change, ChangeKind, StoreService
from red_desktop.gui.tasks import Executor, worth_apart

if TYPE_CHECKING:
    from red_desktop.core.committee import CommitteeData


class StoreViews(QObject):
    """One per window, its child. After each change the list's index is patched for the proposals it names (or
    read again), the counts read at once, and the committee ranked again in the background, one ranking at a
    time: changes that arrive meanwhile (every autosave, every level click) make one more run after it."""

    def __init__(self, runner: Executor, service: StoreService, rubric: Rubric, window: MainWindow):
        super().__init__(window)
        self._runner = runner
        self._service = service
        self._window = window
        self._select_when_listed: str | None = None
        path = service.path
        self.ranking = LatestOnly(
            runner,
            lambda: lambda: _ranking(runner, path, rubric),
            self._show_committee,
            window.show_message,
            parent=self,
        )
        # the status bar's counts, in the background (0.18 s at 100,000 on the window's thread), the latest last
        self._counts = LatestOnly(runner, lambda: self._counting(path), lambda n: window.show_counts(*n), parent=self)
        self.index_keeper = ListIndexKeeper(runner, path, rubric, self)
        self.index_keeper.ready.connect(window.show_list_index)
        self.index_keeper.ready.connect(self._on_listed)
        self.index_keeper.failed.connect(window.show_message)
        keeper = self.index_keeper  # what each list searches for, answered by the index's builds before they land
        for name, view in (("proposals", window.proposals.list_view), ("scoring", window.scoring.list_view)):
            view.filters.query_changed.connect(lambda query, name=name: keeper.set_search(name, query.text))
        self._rank_when_listed = False  # a refresh's ranking, waiting for the list's index (or its failure)
        self.index_keeper.ready.connect(self._rank_after_list)
        self.index_keeper.failed.connect(self._rank_after_list)
        self._rubric = rubric
        self._caught_up = False  # whether a batch of score summaries has been brought up to date
        self._closed = False
        if not service.readonly:
            self._catch_up()
        service.changed.connect(self._on_change)

    def _catch_up(self) -> None:
        """Score summaries a migration or another rubric left stale, brought up to date a batch per operation of
        the writer (a save waits a batch at most); the lists and the ranking read again once, after the last."""
        self._service.submit(
            lambda store: store.summaries.catch_up(self._rubric), self._on_caught_up, _ignore, context=self
        )

    def _on_caught_up(self, done: bool) -> None:
        if self._closed:
            return  # the store is closing: the next batch waits for its next opening
        if not done:
            self._caught_up = True
            self._catch_up()
        elif self._caught_up:
            self._caught_up = False
            self.refresh()

    def _show_committee(self, data: CommitteeData) -> None:
        self._window.show_committee(data)
        self._runner.release_free_memory()  # the computation it replaces, freed now

    @property
    def index(self) -> ListIndex | None:
        return self.index_keeper.index

    def refresh(self) -> None:
        """Everything read again: counts at once (indexed reads); the list's index, then the ranking, in the
        background. The list first: at 100,000 proposals the ranking's computation beside it delayed the index
        (and search by the index) by seconds on two cores."""
        self.index_keeper.reload()
        self._show_counts()
        self._rank_when_listed = True

    def _rank_after_list(self, _: object = None) -> None:
        if self._rank_when_listed:
            self._rank_when_listed = False
            self.ranking.request()

    def set_evaluator(self, evaluator_uuid: str) -> None:
        self.index_keeper.set_evaluator(evaluator_uuid)  # the lists' "My total"

    def select_when_listed(self, uuids: Iterable[str]) -> None:
        """Show the first of `uuids` (just imported) once the list's index has it."""
        self._select_when_listed = next(iter(uuids), None)

    def close(self) -> None:
        """The store is closing: builds, rankings and catching up under way are dropped when they end."""
        self._closed = True
        self._service.changed.disconnect(self._on_change)
        self.index_keeper.close()
        self.ranking.cancel()

    def _on_change(self, change: Change) -> None:
        if change.kind in (ChangeKind.ROSTER, ChangeKind.EXCHANGE):
            return  # trusted keys and packages written: nothing the lists, counts or ranking show
        if change.kind in (ChangeKind.PROPOSAL, ChangeKind.EVALUATION):
            self._window.forget_proposals(change.uuids)
            self.index_keeper.proposals_changed(change.uuids)
        elif change.kind is ChangeKind.STORE:
            self.index_keeper.reload()
        if change.kind in (ChangeKind.EVALUATION, ChangeKind.STORE):  # an evaluation's state, a handout received
            self._window.scoring.refresh_assigned()
        self._show_counts()
        self.ranking.request()

    def _on_listed(self, _index: object) -> None:
        uuid, self._select_when_listed = self._select_when_listed, None
        if uuid:
            self._window.show_page(PROPOSALS)
            self._window.select_proposal(uuid)

    def _show_counts(self) -> None:
        self._counts.request()

    def _counting(self, path: Path) -> Callable[[], tuple[int, int]] | None:
        return None if self._service.reader is None else lambda: _counts(path)


def _counts(path: Path) -> tuple[int, int]:
    with Store.open(path, readonly=True) as store:
        return store.proposals.count(), store.evaluations.count()


def _ranking(runner: Executor, path: Path, rubric: Rubric) -> CommitteeData:
    """Runs in a worker thread, on its own read-only connection; from tasks.APART_FROM proposals in a process of its own
    (whose answer comes back in parts), so that the window's thread never waits for the interpreter behind it.
    The committee's modules (pandas) are loaded here, in the background, not before the window shows."""
    from red_desktop.core.committee import CommitteeData, build_committee, committee_parts  # noqa: PLC0415

    with cycles_uncollected():  # no full collections holding the window
        with Store.open(path, readonly=True) as store:
            apart = worth_apart(store.proposals.count())
            data = None if apart else build_committee(store, rubric)
        if data is None:
            data = CommitteeData.from_parts(runner.apart(committee_parts, path, rubric), spill=paths.user_cache_dir())
        data.warm()  # each selection's lookups: made here, not on the GUI thread
    release_free_memory()  # the computation's temporaries, freed: back to the system, not kept by malloc
    return data


def _ignore(_message: str) -> None:
    """A catch-up that fails (the store turned read-only, a disk error) leaves the summaries as they were: sheets
    then aggregate every evaluation, as before the catch-up."""
