"""Debounced saving of one proposal: at most one save in flight, each from the revision the last one returned.

Only the fields the user edited are written, over the proposal as the store holds it then: a newer revision that
changed other fields (a committee decision setting the status, another window's save) is no conflict and is kept.
A newer revision that changed a field the user edited too is refused as stale, for the user to choose.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from red_desktop.core.domain import Proposal, Stamp
from red_desktop.core.errors import ConflictError
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.fill import fill
from red_desktop.gui.store_service import Change, ChangeKind, StoreService

SAVE_DELAY_MS = 800


class ProposalSaver(QObject):
    """request() a snapshot after each valid edit; it is written SAVE_DELAY_MS after the last one.

    A new proposal is added by its first save and updated by the next ones. Saves never overlap. An update
    writes the fields named edited in the requests since the last save over the stored proposal; it is
    refused as stale when a revision saved meanwhile changed one of those fields as well.
    """

    saved = Signal(object)  # the Proposal as stored
    failed = Signal(str)
    state_changed = Signal()

    def __init__(
        self,
        service: StoreService,
        stored: Proposal | None,
        parent: QObject | None = None,
        rubric: Rubric | None = None,
    ):
        super().__init__(parent)
        self._service = service
        self._rubric = rubric  # a new region type re-weights the proposal's total: its summary is refreshed
        self._known = stored  # the stored version the edits were made over; None until the proposal is first written
        self._edited: set[str] = set()  # the fields edited since the last save, "actors" for the actors
        self._writing_edited: frozenset[str] = frozenset()
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
        return self._known is not None

    @property
    def stamp(self) -> Stamp | None:
        return None if self._known is None else self._known.stamp

    @property
    def busy(self) -> bool:
        """A snapshot waits for its turn or is being written."""
        return self._pending is not None or self._in_flight

    def request(self, proposal: Proposal, edited: Iterable[str] = ()) -> None:
        """Save this snapshot after the delay; `edited` names the fields the user changed (all of them for a new
        proposal, which is written whole)."""
        self._pending = self.latest = proposal
        self._edited.update(edited)
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

    def rebase(self, stored: Proposal) -> None:
        """Write the fields edited in the latest snapshot over a revision saved elsewhere: the user chose to keep
        their version of those fields; the others stay as that revision has them."""
        self._known, self.error = stored, ""
        if self._pending is None:
            self._pending = self.latest
        self.flush()

    def adopt(self, stored: Proposal) -> bool:
        """Edit over this newer stored revision (saved by something else, a committee decision say) when nothing
        waits to be written; False, changing nothing, while something does."""
        if self.busy or self._edited or self._known is None or stored.uuid != self._known.uuid:
            return False
        self._known, self.error = stored, ""
        return True

    def flush(self) -> None:
        """Write the waiting snapshot now (after the save in flight, if any)."""
        self._timer.stop()
        if self._pending is None or self._in_flight:
            return
        snapshot, self._pending = self._pending, None
        self._writing = snapshot
        self._writing_edited, self._edited = frozenset(self._edited), set()
        self._in_flight = True
        self._service.submit(
            self._operation(snapshot),
            self._on_saved,
            self._on_failed,
            change=Change(ChangeKind.PROPOSAL, (snapshot.uuid,)),
        )
        self.state_changed.emit()

    def _operation(self, snapshot: Proposal) -> Callable[[Store], Proposal]:
        known = self._known
        if known is None:
            return lambda store: store.proposals.add(snapshot)
        edited, rubric = self._writing_edited, self._rubric

        def write(store: Store) -> Proposal:
            with store.proposals.writing():
                current = store.proposals.get(snapshot.uuid)
                if current.stamp.revision != known.stamp.revision and _changed(known, current, edited):
                    raise ConflictError(
                        fill(
                            QCoreApplication.translate(
                                "ProposalSaver",
                                "Proposal %1 was changed elsewhere (revision %2, yours is %3); reload it before saving",
                            ),
                            snapshot.code,
                            str(current.stamp.revision),
                            str(known.stamp.revision),
                        )
                    )
                store.proposals.update(replace(current, **{name: getattr(snapshot, name) for name in edited}), rubric)
                return store.proposals.get(snapshot.uuid)  # as read back: what the next save compares with

        return write

    def _on_saved(self, stored: Proposal) -> None:
        self._in_flight = False
        self._known = stored
        self.error = ""
        self.saved.emit(stored)
        self._continue()

    def _on_failed(self, message: str) -> None:
        """Keep the refused snapshot waiting: the next edit or flush tries again (no retry loop)."""
        self._in_flight = False
        self.error = message
        self._edited.update(self._writing_edited)  # still to be written
        if self._pending is None:
            self._pending = self._writing
        self.failed.emit(message)
        self.state_changed.emit()

    def _continue(self) -> None:
        if self._pending is not None and not self._timer.isActive():
            self.flush()  # edits made during the save, after their delay had already run out
        self.state_changed.emit()


def _changed(before: Proposal, after: Proposal, names: Iterable[str]) -> bool:
    """Whether any of these fields differs between two stored versions (actors compared without their stamps)."""
    for name in names:
        if name == "actors":
            if [replace(a, stamp=Stamp()) for a in before.actors] != [replace(a, stamp=Stamp()) for a in after.actors]:
                return True
        elif getattr(before, name) != getattr(after, name):
            return True
    return False
