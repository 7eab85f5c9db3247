"""Long core work off the GUI thread behind a progress dialog with Cancel.

The worker only writes numbers into a locked `SharedProgress`; a timer in the GUI thread copies them
into the dialog, so no widget is ever touched from a worker, and a flood of updates costs nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from red_desktop.core.progress import Progress
from red_desktop.core.store import Store
from red_desktop.gui.store_service import Change, StoreService
from red_desktop.gui.tasks import TaskRunner

POLL_MS = 100


class SharedProgress:
    """A core Progress that a worker updates and the GUI thread reads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._done, self._total, self._text = 0, 0, ""
        self._cancel = threading.Event()

    def update(self, done: int, total: int) -> None:
        with self._lock:
            self._done, self._total = done, total

    def status(self, text: str) -> None:
        with self._lock:
            self._text = text

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def snapshot(self) -> tuple[int, int, str]:
        with self._lock:
            return self._done, self._total, self._text


def run_with_progress(
    runner: TaskRunner,
    parent: QWidget | None,
    label: str,
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None],
    start: Callable[[Callable[[], Any], Callable[[Any], None], Callable[[str], None]], None] | None = None,
) -> QProgressDialog:
    """Run `work(progress)` in the background; the dialog shows after half a second and Cancel asks the work
    to stop (it raises Cancelled at its next check, and whatever it does leaves nothing half-done).
    `start` runs it elsewhere than the runner's pool (the store's writer thread, for work that writes)."""
    progress = SharedProgress()
    dialog = QProgressDialog(label, QCoreApplication.translate("run_with_progress", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle("RED Desktop")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setAccessibleName(label)
    # A lambda, not progress.cancel: a connection to a bound method is undone wherever its object dies,
    # and the worker's closure may drop the last reference on the worker thread (see gui/app.py).
    dialog.canceled.connect(lambda: progress.cancel())
    timer = QTimer(dialog)
    timer.timeout.connect(lambda: _show(dialog, progress))
    timer.start(POLL_MS)

    def finish(callback: Callable[[Any], None], payload: Any) -> None:
        timer.stop()
        dialog.close()
        dialog.deleteLater()
        callback(payload)

    (start or runner.run)(
        lambda: work(progress), lambda result: finish(on_success, result), lambda text: finish(on_failure, text)
    )
    return dialog


def _show(dialog: QProgressDialog, progress: SharedProgress) -> None:
    done, total, text = progress.snapshot()
    if total > 0:
        dialog.setMaximum(total)
        dialog.setValue(min(done, total))
    if text:
        dialog.setLabelText(text)


def run_on_writer(
    service: StoreService,
    runner: TaskRunner,
    parent: QWidget | None,
    label: str,
    work: Callable[[Store, Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None],
    change: Change | None = None,
) -> QProgressDialog:
    """run_with_progress for work that writes: `work(store, progress)` runs on the store's writer thread, and
    `change` is broadcast when it succeeds."""
    held: dict[str, Store] = {}

    def start(fn: Callable[[], Any], ok: Callable[[Any], None], fail: Callable[[str], None]) -> None:
        def operation(store: Store) -> Any:
            held["store"] = store
            return fn()

        service.submit(operation, ok, fail, change)

    return run_with_progress(
        runner, parent, label, lambda progress: work(held["store"], progress), on_success, on_failure, start=start
    )
