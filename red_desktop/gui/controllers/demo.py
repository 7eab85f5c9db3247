"""A new demo store filled in the background, behind a progress dialog with Cancel, before it is opened."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QProgressDialog

from red_desktop.core.demo import DEFAULT_SIZE, build_demo
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.progress import NoProgress, Progress
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.tasks import Executor


class CancelFlag(NoProgress):
    """Progress for a worker: it only reads the Cancel button's flag (widgets are never touched off the GUI thread)."""

    def __init__(self, event: threading.Event):
        self._event = event

    def cancelled(self) -> bool:
        return self._event.is_set()


def has_proposals(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        with Store.open(path, readonly=True) as store:
            return store.proposals.count() > 0
    except RedDesktopError:
        return False


def fill_demo(
    runner: Executor,
    context: QObject,
    path: Path,
    rubric: Rubric,
    filled: Callable[[], None],
    stopped: Callable[[str], None],
) -> None:
    """`filled()` once the store holds the demo portfolio; `stopped(message)` if it failed ('' if cancelled)."""
    cancel = threading.Event()
    dialog = QProgressDialog(
        QCoreApplication.translate("Application", "Building the demo portfolio…"),
        QCoreApplication.translate("Application", "Cancel"),
        0,
        0,
    )
    # A lambda setting a plain Event: a connection to a bound method of an object that the worker's closure
    # frees is undone *on the worker thread*, under the dialog's signal lock, while waiting for the GIL — a
    # deadlock with the GUI thread closing the dialog (seen under Xvfb).
    dialog.canceled.connect(lambda: cancel.set())
    dialog.setWindowTitle("RED Desktop")
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(500)

    def then(callback: Callable[[], None]) -> None:
        dialog.close()
        callback()

    flag = CancelFlag(cancel)
    runner.run(
        lambda: _fill(path, rubric, flag),
        context=context,
        on_done=lambda _: then(filled),
        on_failed=lambda message: then(lambda: stopped(message)),
        on_cancelled=lambda: then(lambda: stopped("")),
    )


def _fill(path: Path, rubric: Rubric, progress: Progress) -> None:
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, **DEFAULT_SIZE, progress=progress)
