"""Long core work off the GUI thread behind a progress dialog with Cancel.

The worker only writes numbers into a locked `SharedProgress`; a timer in the GUI thread copies them
into the dialog, so no widget is ever touched from a worker, and a flood of updates costs nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from red_desktop.core.progress import Progress
from red_desktop.core.store import Store
from red_desktop.gui.store_service import Change, StoreService
from red_desktop.gui.tasks import Executor, is_alive

POLL_MS = 100
T = TypeVar("T")


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
    executor: Executor,
    parent: QWidget | None,
    label: str,
    work: Callable[[Progress], T],
    on_done: Callable[[T], None],
    on_failed: Callable[[str], None],
    *,
    on_cancelled: Callable[[], None] | None = None,
) -> QProgressDialog:
    """Run `work(progress)` on `executor`; the dialog shows after half a second and Cancel asks the work to stop
    (it raises Cancelled at its next check, and whatever it does leaves nothing half-done). The callbacks run
    while `parent` lives (always, without one); a cancelled run closes the dialog and says nothing more."""
    dialog, progress, finish = _progress_dialog(parent, label)
    executor.run(
        lambda: work(progress),
        context=dialog,
        on_done=lambda result: finish(on_done, result),
        on_failed=lambda message: finish(on_failed, message),
        on_cancelled=lambda: finish(_cancelled(on_cancelled), None),
    )
    return dialog


def run_on_writer(
    service: StoreService,
    parent: QWidget | None,
    label: str,
    work: Callable[[Store, Progress], T],
    on_done: Callable[[T], None],
    on_failed: Callable[[str], None],
    change: Change | None = None,
    *,
    on_cancelled: Callable[[], None] | None = None,
) -> QProgressDialog:
    """run_with_progress for work that writes: `work(store, progress)` runs on the store's writer thread, in turn
    with the other writes, and `change` is broadcast when it succeeds."""
    dialog, progress, finish = _progress_dialog(parent, label)
    service.submit(
        lambda store: work(store, progress),
        lambda result: finish(on_done, result),
        lambda message: finish(on_failed, message),
        change,
        context=dialog,
        on_cancelled=lambda: finish(_cancelled(on_cancelled), None),
    )
    return dialog


def _progress_dialog(
    parent: QWidget | None, label: str
) -> tuple[QProgressDialog, SharedProgress, Callable[[Callable[[Any], None], Any], None]]:
    """The dialog, the progress the work updates, and `finish(callback, payload)` to close one and call the other
    (while `parent` lives)."""
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
    context: QObject | None = parent

    def finish(callback: Callable[[Any], None], payload: Any) -> None:
        timer.stop()
        dialog.close()
        dialog.deleteLater()
        if is_alive(context):
            callback(payload)

    return dialog, progress, finish


def _cancelled(on_cancelled: Callable[[], None] | None) -> Callable[[object], None]:
    def call(_: object) -> None:
        if on_cancelled is not None:
            on_cancelled()

    return call


def _show(dialog: QProgressDialog, progress: SharedProgress) -> None:
    done, total, text = progress.snapshot()
    if total > 0:
        dialog.setMaximum(total)
        dialog.setValue(min(done, total))
    if text:
        dialog.setLabelText(text)
