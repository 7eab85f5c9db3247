"""Background work for the window: one Executor runs a function off the GUI thread and hands back its result.

Like Anki's TaskManager (`qt/aqt/taskman.py`): the work runs on a thread pool; its outcome comes back to the
GUI thread by a queued signal, where the callbacks run. Every call names a context object: once that object is
destroyed (its window closed), the outcome is dropped, so no callback ever touches a deleted widget. An
Executor made with `workers=1` runs its work in order on one thread that never changes (the store's writer).
Exceptions become the words shown to the user in one place, `failure_message`.

Work that would hold the interpreter lock for long (pandas and numpy over 100,000 proposals: the committee's
computation, its Monte Carlo) is handed by that background work to a process of its own with `apart`: the window's
thread then never waits for the lock behind it. Such a process does one piece of work and ends, its memory going
back to the system; closing the window ends the one under way (`end_apart`).
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from red_desktop import paths
from red_desktop.core.apart import begin_apart, told
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.handover import taken
from red_desktop.core.memory import release_free_memory
from red_desktop.core.progress import Cancelled

log = logging.getLogger(__name__)
T = TypeVar("T")
# Proposals from which the committee's computations and the list's index run apart: below it a process's start
# (a second, importing pandas) costs more than the lock it frees (at 2,000 proposals the window's longest pause was
# 38 ms without it).
APART_FROM = 5_000


def worth_apart(proposals: int) -> bool:
    """Whether work over this many proposals goes to a process apart (APART_FROM): the one rule the committee's
    computation, its sensitivity and the list's index follow."""
    return proposals >= APART_FROM


# At most this many at once: the list's index after a save is not kept waiting behind a committee's computation
# (30 s at 100,000 proposals); the committee's Monte Carlo follows its computation, never beside it.
APART_PROCESSES = 2


def _nothing(_: object) -> None:
    """A result no one waits for."""


def is_alive(context: QObject | None) -> bool:
    """False once the Qt object behind `context` is destroyed (None: nothing to outlive)."""
    return context is None or shiboken6.isValid(context)


def failure_message(error: BaseException) -> str | None:
    """What the user is told when background work raised `error`; None when nothing is to be said (Cancelled).
    The store's and the core's own errors say it themselves; anything else is a fault, logged with its
    traceback and told in one translated sentence."""
    if isinstance(error, Cancelled):
        return None
    if isinstance(error, RedDesktopError):
        return str(error)
    log.error("background work failed", exc_info=error)
    return QCoreApplication.translate("Tasks", "Something went wrong; the details are in the log.")


@dataclass
class _Job:
    context: QObject | None
    on_done: Callable[[Any], None]
    on_failed: Callable[[str], None] | None
    on_cancelled: Callable[[], None] | None


class Executor(QObject):
    """Runs functions in the background; their callbacks run in the GUI thread while their context lives.

    `workers=None` shares the work among as many threads as the machine suits; `workers=1` runs it in the
    order given on one thread of its own. The owner calls shutdown() (or wait()) before letting it go. Its threads
    run at the window's priority, not below: one lowered, holding the interpreter lock, waited for a core behind
    the processes apart while the window's thread waited for the lock (issue 19: 190-400 ms at 100,000 proposals).
    """

    _finished = Signal(int, bool, object)  # job id, succeeded, result or exception

    def __init__(self, parent: QObject | None = None, workers: int | None = None, name: str = "red-task"):
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
        self._jobs: dict[int, _Job] = {}
        self._ids = itertools.count()
        self._running = 0
        self._idle = threading.Condition()
        self._apart: ProcessPoolExecutor | None = None  # made on first use
        self._apart_lock = threading.Lock()
        self._ending = False  # the window is closing: work apart is ended, not waited for
        # Queued to a slot of this object, which lives in the GUI thread: the callbacks run there.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        fn: Callable[[], T],
        *,
        context: QObject,
        on_done: Callable[[T], None],
        on_failed: Callable[[str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> None:
        """Run `fn()` in the background. In the GUI thread, unless `context` was destroyed meanwhile: `on_done`
        with its result, or `on_failed` with the message for the user (logged when no one listens), or
        `on_cancelled` when the work stopped at the user's request (Cancelled)."""
        job_id = next(self._ids)
        self._jobs[job_id] = _Job(context, on_done, on_failed, on_cancelled)
        with self._idle:
            self._running += 1
        try:
            self._pool.submit(self._work, job_id, fn)
        except RuntimeError:  # shut down: the window is closing and nothing more is run
            del self._jobs[job_id]
            with self._idle:
                self._running -= 1
            log.warning("background work given after shutdown was not run")

    def release_free_memory(self) -> None:
        """The allocator's free pages handed back to the system (core.memory) from a worker: malloc_trim walks
        every heap, 50-70 ms on the window's thread at 100,000 proposals, and ctypes lets go of the interpreter
        lock while it does."""
        self.run(release_free_memory, context=self, on_done=_nothing)

    def call(self, fn: Callable[[], T], between: Callable[[], object] | None = None) -> T:
        """Run `fn()` on this executor's thread and wait for it (opening and closing the writer's store); `between`,
        if given, is called every 10 ms meanwhile (at the program's start: the frame kept drawn)."""
        future = self._pool.submit(fn)
        while between is not None and not future.done():
            between()
            wait([future], timeout=0.01)
        return future.result()

    def apart(self, fn: Callable[..., T], *args: Any) -> T:
        """`fn(*args)` run in a process of its own, waited for: called by work this executor runs. `fn` and its
        arguments are pickled (a function of the core, by name), and so is its answer: large answers come in parts
        (see core.committee.CommitteeData.to_parts), each unpickled on its own, and parts of a megabyte or more
        through a file mapped where it lies, not the pipe (core/handover.py). Raises Cancelled when the window
        closed meanwhile (end_apart)."""
        with self._apart_lock:
            if self._ending:
                raise Cancelled("the window is closing")
            if self._apart is None:
                # spawn: a fresh interpreter, never a fork of one running Qt's threads; one piece of work each
                context = multiprocessing.get_context("spawn")
                self._apart = ProcessPoolExecutor(
                    APART_PROCESSES, mp_context=context, initializer=begin_apart, max_tasks_per_child=1
                )
            future = self._apart.submit(told, paths.user_cache_dir(), fn, *args)
        try:
            return taken(future.result())
        except BrokenProcessPool:
            if self._ending:
                raise Cancelled("the window is closing") from None
            with self._apart_lock:  # the process died (killed, out of memory): the next work starts a new one
                broken, self._apart = self._apart, None
            if broken is not None:
                broken.shutdown(wait=False)
            raise

    def end_apart(self) -> None:
        """The window is closing: work running apart is stopped, not waited for (its outcome would be dropped)."""
        with self._apart_lock:
            self._ending = True
            pool, self._apart = self._apart, None
        if pool is None:
            return
        for child in multiprocessing.active_children():  # the pool's process; Python 3.14 has terminate_workers()
            child.terminate()
        pool.shutdown(wait=False, cancel_futures=True)

    def _work(self, job_id: int, fn: Callable[[], Any]) -> None:
        try:
            result = fn()
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread, which says what it was
            self._finished.emit(job_id, False, error)
        else:
            self._finished.emit(job_id, True, result)
        finally:
            with self._idle:
                self._running -= 1
                self._idle.notify_all()

    @Slot(int, bool, object)
    def _deliver(self, job_id: int, ok: bool, payload: Any) -> None:
        job = self._jobs.pop(job_id)
        if not is_alive(job.context):
            return
        if ok:
            job.on_done(payload)
            return
        message = failure_message(payload)
        if message is None:
            if job.on_cancelled is not None:
                job.on_cancelled()
        elif job.on_failed is not None:
            job.on_failed(message)
        else:
            log.warning("background work failed without a handler: %s", message)

    @property
    def pending(self) -> int:
        """Work started whose outcome has not been delivered yet."""
        return len(self._jobs)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait until no work is running (its outcome may still be queued for delivery); False on timeout."""
        with self._idle:
            return self._idle.wait_for(lambda: self._running == 0, timeout=msecs / 1000)

    def shutdown(self) -> None:
        """Finish the work given, then stop the threads."""
        self._pool.shutdown(wait=True)
        with self._apart_lock:
            pool, self._apart = self._apart, None
        if pool is not None:
            pool.shutdown(wait=True)
