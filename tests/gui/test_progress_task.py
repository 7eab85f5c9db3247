"""Long work behind a progress dialog: the dialog follows the worker, Cancel stops it, the result comes back."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from red_desktop.core.progress import Progress, check_cancelled
from red_desktop.gui.progress_task import run_with_progress
from red_desktop.gui.tasks import Executor


def _counting(release: threading.Event, steps: int = 50):  # type: ignore[no-untyped-def]
    def work(progress: Progress) -> int:
        for done in range(1, steps + 1):
            progress.status(f"step {done}")
            progress.update(done, steps)
            check_cancelled(progress)
            release.wait(0.02)
        return steps

    return work


def test_the_dialog_shows_the_workers_progress_and_the_result_comes_back(qtbot: QtBot) -> None:
    runner = Executor()
    results: list[int] = []
    failures: list[str] = []
    dialog = run_with_progress(runner, None, "Counting…", _counting(threading.Event()), results.append, failures.append)
    qtbot.waitUntil(lambda: dialog.maximum() == 50 and dialog.value() > 0, timeout=5_000)
    assert dialog.labelText().startswith("step ")
    qtbot.waitUntil(lambda: results == [50], timeout=10_000)
    assert failures == []
    runner.wait()


def test_cancel_stops_the_work_quietly(qtbot: QtBot) -> None:
    runner = Executor()
    results: list[int] = []
    failures: list[str] = []
    cancelled: list[bool] = []
    dialog = run_with_progress(
        runner,
        None,
        "Counting…",
        _counting(threading.Event(), steps=10_000),
        results.append,
        failures.append,
        on_cancelled=lambda: cancelled.append(True),
    )
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=5_000)
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5_000)
    assert results == [] and failures == []  # the user asked for it: nothing to tell
    runner.wait()
