"""The GUI's access to the store: one writer thread owns the writable connection; the GUI thread reads.

Widgets never see a connection. A write is an *operation*: a core function taking the Store,
submitted here, run on the writer thread (one at a time, in order: a one-thread Executor), its result
or error handed back in the GUI thread, and the `changed` signal broadcast so views refresh themselves.
Quick indexed reads for display (the rows a table shows) go through `reader`, a read-only Store
owned by the GUI thread; WAL lets it read while the writer writes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from red_desktop.core.errors import RedDesktopError, StoreError
from red_desktop.core.store import Store
from red_desktop.gui.tasks import Executor, is_alive

log = logging.getLogger(__name__)
T = TypeVar("T")


class ChangeKind(Enum):
    """What sort of thing an operation changed."""

    PROPOSAL = "proposal"  # a proposal's fields, its decision or override (uuids: the proposals)
    EVALUATION = "evaluation"  # an evaluation's scores or state (uuids: the proposals evaluated)
    EVALUATOR = "evaluator"  # the roster of evaluators: the profile's own entry
    ATTACHMENT = "attachment"  # a proposal's attached files (uuids: the proposals)
    ROSTER = "roster"  # the trusted keys
    EXCHANGE = "exchange"  # a package written: what was sent, nothing the lists show
    STORE = "store"  # anything, anywhere (an import, a merge, a resolution): read everything again


@dataclass(frozen=True)
class Change:
    """What an operation changed, for views to decide whether to refresh."""

    kind: ChangeKind
    uuids: tuple[str, ...] = ()


class StoreService(QObject):
    """Open with StoreService.open(); submit operations; listen to `changed`; close() on exit."""

    changed = Signal(object)  # a Change
    damaged = Signal(str)  # the quick check after opening failed: why, in words; every write is refused from then

    def __init__(
        self, path: Path, user: str, parent: QObject | None = None, create: bool = True, readonly: bool = False
    ):
        """`create`: make a new store where there is none (File › New store…); else refuse, creating nothing.
        `readonly`: a store on read-only media, opened to be read; every write refused with a message."""
        super().__init__(parent)
        self.path = path
        self.user = user
        self.readonly = readonly
        self._create = create
        self.reader: Store | None = None
        self._writer: Store | None = None  # touched only on the writer thread
        self._damaged: StoreError | None = None  # set on the writer thread by the quick check, read there only
        self._writes = Executor(self, workers=1, name="store-writer")
        self._running = False

    def open(self, between: Callable[[], object] | None = None) -> str:
        """Open the writer (blocking until it answers; `between` called meanwhile, see Executor.call) and the reader;
        returns '' or the reason it failed.

        Quick: SQLite's quick check of the file (seconds at 100,000 proposals) runs afterwards, first of the writer's
        operations, so every write waits for it and none reaches a damaged file; `damaged` says if it failed."""
        try:
            self._writes.call(self._open_writer, between)
        except RedDesktopError as exc:
            self._writes.shutdown()
            return str(exc)
        self._running = True
        self.reader = Store.open(self.path, user=self.user, readonly=True)
        if not self.readonly:
            self._writes.run(self._check_writer, context=self, on_done=self._checked)
        return ""

    def submit(
        self,
        operation: Callable[[Store], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
        change: Change | None = None,
        *,
        context: QObject | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> None:
        """Run `operation(store)` on the writer thread; the callbacks run in the GUI thread, unless `context` (the
        widget that asked) was destroyed meanwhile. `change` is broadcast after a success, whoever asked."""

        def done(result: T) -> None:
            if on_success is not None and is_alive(context):
                on_success(result)
            if change is not None:
                self.changed.emit(change)

        # The service is the executor's context (the broadcast must not be lost with the widget); the
        # caller's callbacks are dropped with theirs.
        self._writes.run(
            lambda: operation(self._store()),
            context=self,
            on_done=done,
            on_failed=None if on_failure is None else _while(context, on_failure),
            on_cancelled=None if on_cancelled is None else _while(context, on_cancelled),
        )

    def set_user(self, user: str) -> None:
        """Changes from now on are stamped with `user` (those queued before it keep the name they were made with)."""
        self.user = user
        self._writes.run(lambda: self._stamp_as(user), context=self, on_done=_ignore)

    @property
    def pending(self) -> int:
        return self._writes.pending

    def close(self) -> None:
        """Finish queued operations, then close both connections and stop the thread."""
        if self._running:
            self._running = False
            self._writes.call(self._close_writer)  # after the operations queued before it
            self._writes.shutdown()
        if self.reader is not None:
            self.reader.close()
            self.reader = None

    # ---- on the writer thread ----

    def _open_writer(self) -> None:
        if self.readonly:
            self._writer = Store.open(self.path, user=self.user, readonly=True)
        else:
            self._writer = Store.open(self.path, user=self.user, create=self._create, verify=False)

    def _check_writer(self) -> str:
        try:
            self._store().quick_check()
        except StoreError as exc:
            self._damaged = exc
            return str(exc)
        return ""

    def _checked(self, problem: str) -> None:
        if problem:
            self.damaged.emit(problem)

    def _store(self) -> Store:
        if self._writer is None:
            raise RuntimeError("an operation was given to a store service that is not open")
        if self._damaged is not None:
            raise self._damaged
        return self._writer

    def _stamp_as(self, user: str) -> None:
        if self._writer is not None:
            self._writer.user = user

    def _close_writer(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None


def _while(context: QObject | None, fn: Callable[..., None]) -> Callable[..., None]:
    def call(*args: Any) -> None:
        if is_alive(context):
            fn(*args)

    return call


def _ignore(_: Any) -> None:
    return None
