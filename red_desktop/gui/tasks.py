"""Runs core functions off the GUI thread and brings their result back by signal."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, SignalInstance, Slot

from red_desktop.core.errors import RedDesktopError
from red_desktop.core.progress import Cancelled

log = logging.getLogger(__name__)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], job_id: int, finished: SignalInstance):
        super().__init__()
        self.fn = fn
        self.job_id = job_id
        self.finished = finished

    def run(self) -> None:
        try:
            result = self.fn()
        except Cancelled:
            self.finished.emit(self.job_id, False, "Cancelled; nothing was changed.")
        except RedDesktopError as exc:
            self.finished.emit(self.job_id, False, str(exc))
        except Exception:  # shown as one line; the traceback goes to the log, not to the user
            log.exception("background task failed")
            self.finished.emit(self.job_id, False, "An internal error stopped the task; details are in the log.")
        else:
            self.finished.emit(self.job_id, True, result)


class TaskRunner(QObject):
    """Starts background work and calls back in the GUI thread.

    Workers emit `_finished` on this object, which lives in the GUI thread; the queued connection
    to its own slot makes every callback run there. (A signal connected to a plain function would
    run it in the emitting worker thread.) Each function must open its own store connection. The
    owner calls wait() before dropping the runner.
    """

    _finished = Signal(int, bool, object)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None):
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[str], None]]] = {}
        self._ids = itertools.count()
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(self, fn: Callable[[], Any], on_success: Callable[[Any], None], on_failure: Callable[[str], None]) -> None:
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_success, on_failure)
        self._pool.start(_Job(fn, job_id, self._finished))

    @Slot(int, bool, object)
    def _deliver(self, job_id: int, ok: bool, payload: Any) -> None:
        on_success, on_failure = self._callbacks.pop(job_id)
        (on_success if ok else on_failure)(payload)

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)


def while_alive(owner: QObject, fn: Callable[..., None]) -> Callable[..., None]:
    """`fn`, called only while `owner` still exists: a result arriving after its window was closed is dropped."""

    def call(*args: Any) -> None:
        if shiboken6.isValid(owner):
            fn(*args)

    return call
