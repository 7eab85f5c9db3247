"""One computation at a time for a view that recomputes on change: asks made meanwhile become one more run."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject

from red_desktop.gui.tasks import Executor

T = TypeVar("T")


class LatestOnly(QObject, Generic[T]):
    """Like qutebrowser's Throttle (`misc/throttle.py`), paced by the work instead of a clock.

    `request()` starts a run at once when none is under way. While one runs, any number of requests fold
    into exactly one more run after it; `prepare()` is called when a run starts, so it reads the inputs of
    that moment (the latest), and returns the work (or None: nothing to do). The result of a run overtaken
    by a request is stale and dropped, unless `keep_stale` (each result is the base the next one patches).
    Results come back while this object, a child of the view, lives.
    """

    def __init__(
        self,
        executor: Executor,
        prepare: Callable[[], Callable[[], T] | None],
        on_done: Callable[[T], None],
        on_failed: Callable[[str], None] | None = None,
        *,
        parent: QObject,
        keep_stale: bool = False,
    ):
        super().__init__(parent)
        self._executor = executor
        self._prepare = prepare
        self._on_done = on_done
        self._on_failed = on_failed
        self._keep_stale = keep_stale
        self._run = 0  # which run is current; an older one's outcome is ignored
        self.running = False
        self._again = False

    def request(self) -> None:
        """Compute again with the latest inputs: now, or once after the run under way."""
        if self.running:
            self._again = True
            return
        self._start()

    def cancel(self) -> None:
        """Drop the run under way (its outcome is ignored) and the one asked for after it."""
        self._run += 1
        self.running = self._again = False

    def _start(self) -> None:
        self._again = False
        work = self._prepare()
        if work is None:
            return
        self._run += 1
        run, self.running = self._run, True
        self._executor.run(
            work,
            context=self,
            on_done=lambda result: self._finished(run, self._on_done, result),
            on_failed=lambda message: self._finished(run, self._on_failed, message),
            on_cancelled=lambda: self._finished(run, None, None),
        )

    def _finished(self, run: int, deliver: Callable[[Any], None] | None, payload: Any) -> None:
        if run != self._run:
            return  # cancelled meanwhile
        self.running = False
        stale = self._again
        if deliver is not None and (not stale or (self._keep_stale and deliver is self._on_done)):
            deliver(payload)
        if stale and not self.running:  # unless what it delivered asked for a run already
            self._start()
