"""The one executor for background work: results in the GUI thread while their widget lives, one message path."""

from __future__ import annotations

import logging
import mmap
import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from red_desktop import paths
from red_desktop.core.apart import NICENESS
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.handover import FILE_FROM, MAP_FROM
from red_desktop.core.progress import Cancelled
from red_desktop.core.store import Store
from red_desktop.gui.store_service import StoreService
from red_desktop.gui.tasks import Executor, failure_message
from tests.factories import proposal

WAIT_MS = 10_000


@pytest.fixture
def executor() -> Iterator[Executor]:
    made = Executor()
    yield made
    made.shutdown()


def test_the_result_comes_back_in_the_gui_thread(qtbot: QtBot, executor: Executor) -> None:
    gui, seen = threading.get_ident(), []
    context = QObject()
    executor.run(
        lambda: threading.get_ident(),
        context=context,
        on_done=lambda worker: seen.append((worker, threading.get_ident())),
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert seen[0][0] != gui and seen[0][1] == gui and executor.pending == 0


def test_nothing_is_delivered_once_the_context_widget_is_destroyed(qtbot: QtBot, executor: Executor) -> None:
    release = threading.Event()
    delivered: list[object] = []
    failed: list[str] = []
    widget = QWidget()
    executor.run(
        lambda: release.wait(WAIT_MS / 1000), context=widget, on_done=delivered.append, on_failed=failed.append
    )
    widget.deleteLater()
    qtbot.waitUntil(lambda: not _valid(widget), timeout=WAIT_MS)
    release.set()
    qtbot.waitUntil(lambda: executor.pending == 0, timeout=WAIT_MS)  # the outcome arrived, and was dropped
    assert delivered == [] and failed == []


def test_a_core_error_is_told_as_it_is(qtbot: QtBot, executor: Executor) -> None:
    failed: list[str] = []
    executor.run(
        _raise(RedDesktopError("The rubric has no criteria")),
        context=_app(),
        on_done=pytest.fail,
        on_failed=failed.append,
    )
    qtbot.waitUntil(lambda: bool(failed), timeout=WAIT_MS)
    assert failed == ["The rubric has no criteria"]


def test_a_cancelled_run_says_nothing(qtbot: QtBot, executor: Executor) -> None:
    failed: list[str] = []
    cancelled: list[bool] = []
    executor.run(
        _raise(Cancelled()),
        context=_app(),
        on_done=pytest.fail,
        on_failed=failed.append,
        on_cancelled=lambda: cancelled.append(True),
    )
    qtbot.waitUntil(lambda: bool(cancelled), timeout=WAIT_MS)
    assert failed == []


def test_a_fault_is_logged_and_told_in_one_translated_sentence(
    qtbot: QtBot, executor: Executor, caplog: pytest.LogCaptureFixture
) -> None:
    translator = _Spanish()
    QApplication.installTranslator(translator)
    failed: list[str] = []
    try:
        with caplog.at_level(logging.ERROR, logger="red_desktop.gui.tasks"):
            executor.run(
                _raise(KeyError("criteria")),
                context=_app(),
                on_done=pytest.fail,
                on_failed=failed.append,
            )
            qtbot.waitUntil(lambda: bool(failed), timeout=WAIT_MS)
    finally:
        QApplication.removeTranslator(translator)
    assert failed == ["Algo salió mal; los detalles están en el registro."]
    assert "KeyError: 'criteria'" in caplog.text  # the traceback is in the log, not in front of the user


def test_failure_message_is_the_one_place_exceptions_become_words() -> None:
    assert failure_message(RedDesktopError("Not a RED store")) == "Not a RED store"
    assert failure_message(Cancelled()) is None
    assert failure_message(ValueError("x")) == "Something went wrong; the details are in the log."


def test_a_one_worker_executor_runs_in_order_on_one_thread(qtbot: QtBot) -> None:
    writer = Executor(workers=1)
    threads: list[int] = []
    done: list[int] = []

    def step(number: int) -> Callable[[], int]:
        def work() -> int:
            threads.append(threading.get_ident())
            return number

        return work

    for number in range(20):
        writer.run(step(number), context=writer, on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 20, timeout=WAIT_MS)
    assert done == list(range(20)) and len(set(threads)) == 1 and threads[0] != threading.get_ident()
    writer.shutdown()


def test_the_store_writes_in_order_on_the_writer_thread_and_drops_a_closed_widgets_results(
    qtbot: QtBot, tmp_path: Path
) -> None:
    service = StoreService(tmp_path / "s.sqlite", "Ana")
    assert service.open() == ""
    release = threading.Event()
    threads: list[int] = []
    delivered: list[str] = []
    changes: list[object] = []
    service.changed.connect(changes.append)
    widget = QWidget()

    def add(code: str, wait: bool = False):  # type: ignore[no-untyped-def]
        def operation(store: Store) -> str:
            if wait:
                release.wait(WAIT_MS / 1000)
            threads.append(threading.get_ident())
            store.proposals.add(proposal(code))
            return code

        return operation

    service.submit(add("RED-PE-2026-001", wait=True), delivered.append, context=widget)
    service.submit(add("RED-PE-2026-002"), delivered.append)
    widget.deleteLater()
    qtbot.waitUntil(lambda: not _valid(widget), timeout=WAIT_MS)
    release.set()
    qtbot.waitUntil(lambda: service.pending == 0, timeout=WAIT_MS)
    assert delivered == ["RED-PE-2026-002"]  # the first's widget was closed: its result was dropped, not its write
    assert len(set(threads)) == 1 and threads[0] != threading.get_ident()
    assert service.reader is not None and [p.code for p in service.reader.proposals.all()] == [
        "RED-PE-2026-001",
        "RED-PE-2026-002",
    ]
    service.close()


def test_a_read_only_store_refuses_writes_with_the_stores_own_message(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    Store.open(path).close()
    service = StoreService(path, "Ana", readonly=True)
    assert service.open() == ""
    failed: list[str] = []
    service.submit(lambda store: store.proposals.add(proposal()), _unexpected, failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=WAIT_MS)
    assert failed[0] and "Something went wrong" not in failed[0]
    service.close()


def _app() -> QObject:
    app = QApplication.instance()
    assert app is not None
    return app


def _unexpected(result: object) -> None:
    pytest.fail(f"unexpected success: {result!r}")


def _raise(error: BaseException):  # type: ignore[no-untyped-def]
    def work() -> None:
        raise error

    return work


def _valid(widget: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


class _Spanish(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if context == "Tasks" and source == "Something went wrong; the details are in the log.":
            return "Algo salió mal; los detalles están en el registro."
        return ""


# ---- work apart (issue 19): a process of its own, so the window's thread never waits for the interpreter


class _Refusal(RedDesktopError):
    """An error of ours whose constructor takes other arguments than its message: it cannot be unpickled as
    itself."""

    def __init__(self, what: str, why: str):
        super().__init__(f"{what}: {why}")


def _refuse() -> None:
    raise _Refusal("the store", "is not one of ours")


def _nap(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def test_work_apart_runs_in_another_process_and_its_answer_comes_back(qtbot: QtBot, executor: Executor) -> None:
    seen: list[int] = []
    executor.run(lambda: executor.apart(os.getpid), context=_app(), on_done=seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=60_000)
    assert seen[0] != os.getpid()


def _niceness() -> int:
    return os.nice(0)


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no nice on this system")
def test_work_apart_gives_way_to_the_window_for_the_processor(qtbot: QtBot, executor: Executor) -> None:
    """Issue 19: on two cores the process apart took a core the window's threads waited for (tens of ms)."""
    seen: list[int] = []
    executor.run(lambda: executor.apart(_niceness), context=_app(), on_done=seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=60_000)
    assert seen[0] == min(os.nice(0) + NICENESS, 19)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's own nice value is Linux's")
def test_background_threads_run_at_the_windows_priority(qtbot: QtBot, executor: Executor) -> None:
    """Issue 19: lowered, a thread holding the interpreter lock waited for a core behind the processes apart while
    the window's thread waited for the lock (190-400 ms at 100,000 proposals, bench/stall_watch.py --threads)."""
    seen: list[int] = []
    window = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    executor.run(
        lambda: os.getpriority(os.PRIO_PROCESS, threading.get_native_id()), context=_app(), on_done=seen.append
    )
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == window


def _parts(sizes: list[int]) -> list[bytes]:
    return [bytes([n % 251]) * size for n, size in enumerate(sizes)]


def test_a_large_answer_apart_comes_through_a_file_that_is_gone_once_taken(
    qtbot: QtBot, executor: Executor, tmp_path: Path
) -> None:
    """Issue 19: through the pool's pipe, the window's process unpickled the list's index (89 MB) in one call that
    held the interpreter 53-59 ms; now each large part is mapped from a file, and the file's name is gone."""
    sizes = [5, FILE_FROM, 0, MAP_FROM - 1, 3 * MAP_FROM + 7]
    seen: list[list] = []
    executor.run(lambda: executor.apart(_parts, sizes), context=_app(), on_done=seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=60_000)
    assert [bytes(part) for part in seen[0]] == _parts(sizes)
    assert [type(part) for part in seen[0]] == [bytes, mmap.mmap, bytes, bytes, mmap.mmap]
    assert not list(paths.user_cache_dir().glob("red-handover-*"))


def test_an_error_apart_is_told_in_its_own_words(qtbot: QtBot, executor: Executor) -> None:
    failed: list[str] = []
    executor.run(lambda: executor.apart(_refuse), context=_app(), on_done=_unexpected, on_failed=failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=60_000)
    assert failed == ["the store: is not one of ours"]


def test_closing_ends_the_work_apart_without_waiting_for_it(qtbot: QtBot, executor: Executor) -> None:
    started, cancelled = time.monotonic(), []
    executor.run(
        lambda: executor.apart(_nap, 120),
        context=_app(),
        on_done=_unexpected,
        on_failed=_unexpected,
        on_cancelled=lambda: cancelled.append(True),
    )
    qtbot.waitUntil(lambda: bool(multiprocessing.active_children()), timeout=60_000)
    executor.end_apart()
    qtbot.waitUntil(lambda: bool(cancelled), timeout=60_000)
    assert time.monotonic() - started < 100  # not the two minutes the work would have taken
    qtbot.waitUntil(lambda: not multiprocessing.active_children(), timeout=60_000)
    with pytest.raises(Cancelled):
        executor.apart(os.getpid)  # nothing more is started once the window is closing


def test_a_call_waited_for_with_something_between_calls_it_until_the_work_ends(executor: Executor) -> None:
    """The store's opening at the program's start: the frame kept drawn while the writer opens (issue 19)."""
    go = threading.Event()
    between: list[bool] = []

    def meanwhile() -> None:
        between.append(go.is_set())
        if len(between) == 3:
            go.set()  # the work may end once the waiting side has been called a few times

    assert executor.call(lambda: go.wait(WAIT_MS / 1000) and "opened", between=meanwhile) == "opened"
    assert between[:3] == [False, False, False]


def test_a_call_raises_what_its_work_raised_also_with_something_between(executor: Executor) -> None:
    def fails() -> None:
        raise RedDesktopError("The store is locked by another program.")

    with pytest.raises(RedDesktopError, match="locked"):
        executor.call(fails, between=lambda: None)
