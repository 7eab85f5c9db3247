"""The "latest only" coalescer: one run at a time, one more for whatever was asked meanwhile, no stale result."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from red_desktop.gui.latest_only import LatestOnly
from red_desktop.gui.tasks import Executor

WAIT_MS = 10_000


class Inputs:
    """What a view would recompute from: a value that changes, and gates holding each run until released."""

    def __init__(self) -> None:
        self.value = 0
        self.started: list[int] = []
        self.gates: list[threading.Event] = []

    def prepare(self) -> Callable[[], int]:
        value, gate = self.value, threading.Event()
        self.started.append(value)
        self.gates.append(gate)

        def work() -> int:
            gate.wait(WAIT_MS / 1000)
            if value < 0:
                raise ValueError("negative")
            return value

        return work


@pytest.fixture
def executor() -> Iterator[Executor]:
    made = Executor()
    yield made
    made.shutdown()


def test_a_request_while_idle_runs_at_once(qtbot: QtBot, executor: Executor) -> None:
    inputs, owner = Inputs(), QObject()
    shown: list[int] = []
    latest = LatestOnly(executor, inputs.prepare, shown.append, parent=owner)
    inputs.value = 7
    latest.request()
    inputs.gates[0].set()
    qtbot.waitUntil(lambda: shown == [7], timeout=WAIT_MS)
    assert not latest.running


def test_requests_during_a_run_make_exactly_one_more_with_the_latest_inputs(qtbot: QtBot, executor: Executor) -> None:
    inputs, owner = Inputs(), QObject()
    shown: list[int] = []
    latest = LatestOnly(executor, inputs.prepare, shown.append, parent=owner)
    inputs.value = 1
    latest.request()
    for value in (2, 3, 4):
        inputs.value = value
        latest.request()
    assert inputs.started == [1]  # one at a time
    inputs.gates[0].set()
    qtbot.waitUntil(lambda: len(inputs.started) == 2, timeout=WAIT_MS)
    assert inputs.started == [1, 4]  # one more, on the inputs of when it started
    inputs.gates[1].set()
    qtbot.waitUntil(lambda: not latest.running, timeout=WAIT_MS)
    assert shown == [4]  # the result for 1 was stale when it came: never shown


def test_a_view_that_patches_its_last_result_keeps_each(qtbot: QtBot, executor: Executor) -> None:
    inputs, owner = Inputs(), QObject()
    shown: list[int] = []
    latest = LatestOnly(executor, inputs.prepare, shown.append, parent=owner, keep_stale=True)
    latest.request()
    inputs.value = 5
    latest.request()
    inputs.gates[0].set()
    qtbot.waitUntil(lambda: len(inputs.started) == 2, timeout=WAIT_MS)
    inputs.gates[1].set()
    qtbot.waitUntil(lambda: shown == [0, 5], timeout=WAIT_MS)


def test_a_failure_overtaken_by_a_request_is_dropped_too(qtbot: QtBot, executor: Executor) -> None:
    inputs, owner = Inputs(), QObject()
    shown: list[int] = []
    failed: list[str] = []
    latest = LatestOnly(executor, inputs.prepare, shown.append, failed.append, parent=owner)
    inputs.value = -1
    latest.request()
    inputs.value = 2
    latest.request()
    inputs.gates[0].set()
    qtbot.waitUntil(lambda: len(inputs.started) == 2, timeout=WAIT_MS)
    inputs.gates[1].set()
    qtbot.waitUntil(lambda: shown == [2], timeout=WAIT_MS)
    assert failed == []


def test_cancel_drops_the_run_under_way(qtbot: QtBot, executor: Executor) -> None:
    inputs, owner = Inputs(), QObject()
    shown: list[int] = []
    latest = LatestOnly(executor, inputs.prepare, shown.append, parent=owner)
    inputs.value = 1
    latest.request()
    latest.cancel()
    inputs.value = 2
    latest.request()  # starts at once: the cancelled one no longer counts
    assert inputs.started == [1, 2]
    inputs.gates[0].set()
    inputs.gates[1].set()
    qtbot.waitUntil(lambda: executor.pending == 0, timeout=WAIT_MS)
    assert shown == [2]


def test_nothing_to_do_runs_nothing(qtbot: QtBot, executor: Executor) -> None:
    shown: list[int] = []
    latest: LatestOnly[int] = LatestOnly(executor, lambda: None, shown.append, parent=QObject())
    latest.request()
    assert not latest.running and executor.pending == 0


def test_nothing_is_shown_once_its_view_is_gone(qtbot: QtBot, executor: Executor) -> None:
    inputs, owner = Inputs(), QObject()
    shown: list[int] = []
    latest = LatestOnly(executor, inputs.prepare, shown.append, parent=owner)
    latest.request()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _valid(owner), timeout=WAIT_MS)
    inputs.gates[0].set()
    qtbot.waitUntil(lambda: executor.pending == 0, timeout=WAIT_MS)
    assert shown == []


def _valid(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
