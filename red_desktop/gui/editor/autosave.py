"""Debounced saving of one proposal: at most one save in flight, each from the revision the last one returned."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer, Signal

from red_desktop.core.domain import Proposal, Stamp
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.store_service import Change, StoreService

SAVE_DELAY_MS = 800


class ProposalSaver(QObject):
    """request() a snapshot after each valid edit; it is written SAVE_DELAY_MS after the last one.

    A new proposal is added by its first save and updated by the next ones. Saves never overlap:
    an update must carry the revision the previous save returned, or the store refuses it as stale.
    """

    saved = Signal(object)  # the Proposal as stored
    failed = Signal(str)
    state_changed = Signal()

    def __init__(
        self, service: StoreService, stored: Stamp | None, parent: QObject | None = None, rubric: Rubric | None = None
    ):
        super().__init__(parent)
        self._service = service
        self._rubric = rubric  # a new region type re-weights the proposal's total: its summary is refreshed
        self._stamp = stored  # None until the proposal is first written
        self._pending: Proposal | None = None
        self._in_flight = False
        self._writing: Proposal | None = None
        self.latest: Proposal | None = None  # the newest snapshot requested, saved or not
        self.error = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    @property
    def stored(self) -> bool:
        return self._stamp is not None

    @property
    def stamp(self) -> Stamp | None:
        return self._stamp

    @property
    def busy(self) -> bool:
        """A snapshot waits for its turn or is being written."""
        return self._pending is not None or self._in_flight

    def request(self, proposal: Proposal) -> None:
        self._pending = self.latest = proposal
        self._timer.start()
        self.state_changed.emit()

    def cancel(self) -> None:
        """Drop the waiting snapshot: the form passed through it on its way to an invalid state.

        Clearing an amount to retype it makes a valid 0 for a moment; writing that would change
        the store to a value the user never meant. The store keeps the last state that was valid
        when the user paused, and the status line says what is not saved.
        """
        self._timer.stop()
        if self._pending is not None:
            self._pending = None
            self.state_changed.emit()

    def rebase(self, stamp: Stamp) -> None:
        """Write the latest snapshot over a revision saved elsewhere: the user chose to keep their version."""
        self._stamp, self.error = stamp, ""
        if self._pending is None:
            self._pending = self.latest
        self.flush()

    def flush(self) -> None:
        """Write the waiting snapshot now (after the save in flight, if any)."""
        self._timer.stop()
        if self._pending is None or self._in_flight:
            return
        snapshot, self._pending = self._pending, None
        self._writing = snapshot
        self._in_flight = True
        self._service.submit(
            self._operation(snapshot),
            self._on_saved,
            self._on_failed,
            change=Change("proposal", (snapshot.uuid,)),
        )
        self.state_changed.emit()

    def _operation(self, snapshot: Proposal) -> Callable[[Store], Proposal]:
        if self._stamp is None:
            return lambda store: store.proposals.add(snapshot)
        stamped, rubric = replace(snapshot, stamp=self._stamp), self._rubric
        return lambda store: store.proposals.update(stamped, rubric)

    def _on_saved(self, stored: Proposal) -> None:
        self._in_flight = False
        self._stamp = stored.stamp
        self.error = ""
        self.saved.emit(stored)
        self._continue()

    def _on_failed(self, message: str) -> None:
        """Keep the refused snapshot waiting: the next edit or flush tries again (no retry loop)."""
        self._in_flight = False
        self.error = message
        if self._pending is None:
            self._pending = self._writing
        self.failed.emit(message)
        self.state_changed.emit()

    def _continue(self) -> None:
        if self._pending is not None and not self._timer.isActive():
            self.flush()  # edits made during the save, after their delay had already run out
        self.state_changed.emit()
