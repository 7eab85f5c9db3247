"""The GUI's access to the store: one writer thread owns the writable connection; the GUI thread reads.

Widgets never see a connection. A write is an *operation*: a core function taking the Store,
submitted here, run on the writer thread (one at a time, in order), its result or error handed
back in the GUI thread, and the `changed` signal broadcast so views refresh themselves.
Quick indexed reads for display (the rows a table shows) go through `reader`, a read-only Store
owned by the GUI thread; WAL lets it read while the writer writes.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, Signal, Slot

from red_desktop.core.errors import RedDesktopError
from red_desktop.core.progress import Cancelled
from red_desktop.core.store import Store

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class Change:
    """What an operation changed, for views to decide whether to refresh."""

    kind: str  # "proposal", "evaluation", "evaluator", "store"
    uuids: tuple[str, ...] = ()


class _Writer(QObject):
    """Lives on the writer thread; opens the store there and runs operations in order."""

    opened = Signal(str)  # "" on success, else the reason
    finished = Signal(int, bool, object)

    def __init__(self, path: Path, user: str, create: bool, readonly: bool):
        super().__init__()
        self._path = path
        self._user = user
        self._create = create
        self._readonly = readonly
        self.store: Store | None = None

    @Slot()
    def open(self) -> None:
        try:
            if self._readonly:
                self.store = Store.open(self._path, user=self._user, readonly=True)
            else:
                self.store = Store.open(self._path, user=self._user, create=self._create)
        except RedDesktopError as exc:
            self.opened.emit(str(exc))
        else:
            self.opened.emit("")

    @Slot(int, object)
    def run(self, job_id: int, operation: Callable[[Store], Any]) -> None:
        if self.store is None:
            self.finished.emit(job_id, False, "The store is not open.")
            return
        try:
            result = operation(self.store)
        except Cancelled:
            self.finished.emit(job_id, False, "Cancelled; nothing was changed.")
        except RedDesktopError as exc:
            self.finished.emit(job_id, False, str(exc))
        except Exception:  # one line for the user; the traceback goes to the log
            log.exception("operation failed")
            self.finished.emit(job_id, False, "An internal error stopped the operation; details are in the log.")
        else:
            self.finished.emit(job_id, True, result)

    @Slot(str)
    def set_user(self, user: str) -> None:
        self._user = user
        if self.store is not None:
            self.store.user = user

    @Slot()
    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None


class StoreService(QObject):
    """Open with StoreService.open(); submit operations; listen to `changed`; close() on exit."""

    changed = Signal(object)  # a Change
    _run = Signal(int, object)
    _close = Signal()
    _user = Signal(str)

    def __init__(
        self, path: Path, user: str, parent: QObject | None = None, create: bool = True, readonly: bool = False
    ):
        """`create`: make a new store where there is none (File › New store…); else refuse, creating nothing.
        `readonly`: a store on read-only media, opened to be read; every write refused with a message."""
        super().__init__(parent)
        self.path = path
        self.user = user
        self.reader: Store | None = None
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[str], None], Change | None]] = {}
        self._ids = itertools.count()
        self._thread = QThread(self)
        self._thread.setObjectName("store-writer")
        self.readonly = readonly
        self._writer = _Writer(path, user, create, readonly)
        self._writer.moveToThread(self._thread)
        self._run.connect(self._writer.run, Qt.ConnectionType.QueuedConnection)
        self._close.connect(self._writer.close, Qt.ConnectionType.BlockingQueuedConnection)
        self._user.connect(self._writer.set_user, Qt.ConnectionType.QueuedConnection)
        self._writer.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def open(self) -> str:
        """Open the writer (blocking until it answers) and the reader; returns '' or the reason it failed."""
        self._thread.start()
        outcome: list[str] = []
        self._writer.opened.connect(outcome.append, Qt.ConnectionType.DirectConnection)
        QMetaObject.invokeMethod(self._writer, "open", Qt.ConnectionType.BlockingQueuedConnection)
        if outcome and outcome[0]:
            self._thread.quit()
            self._thread.wait()
            return outcome[0]
        self.reader = Store.open(self.path, user=self.user, readonly=True)
        return ""

    def submit(
        self,
        operation: Callable[[Store], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
        change: Change | None = None,
    ) -> None:
        """Run `operation(store)` on the writer thread; callbacks run in the GUI thread."""
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_success or _ignore, on_failure or self._unhandled, change)
        self._run.emit(job_id, operation)

    @Slot(int, bool, object)
    def _deliver(self, job_id: int, ok: bool, payload: Any) -> None:
        on_success, on_failure, change = self._callbacks.pop(job_id)
        if not ok:
            on_failure(payload)
            return
        on_success(payload)
        if change is not None:
            self.changed.emit(change)

    def _unhandled(self, message: str) -> None:
        log.warning("operation failed without a handler: %s", message)

    def set_user(self, user: str) -> None:
        self.user = user
        self._user.emit(user)

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def close(self) -> None:
        """Finish queued operations, then close both connections and stop the thread."""
        if self._thread.isRunning():
            self._close.emit()
            self._thread.quit()
            self._thread.wait()
        if self.reader is not None:
            self.reader.close()
            self.reader = None


def _ignore(_: Any) -> None:
    return None
