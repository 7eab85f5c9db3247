"""Python's cycle collector paused over a large batch (an import's 100,000 rows and records, a committee's
computation over 100,000 proposals).

The records make no reference cycles, so reference counting frees them; but the hundreds of thousands of objects a
batch keeps alive trigger full collections that walk them all again and again: a quarter of a 100,000-row import's
time. In the window it is worse: a full collection in a worker holds the interpreter for a tenth of a second or
more, and the window's thread waits for it. The collector is put back as it was, whatever happens, once the last
of the batches running at the same time ends (while paused it is paused for every thread)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused = 0  # batches running now
_was_enabled = True  # the collector's state when the first of them began


@contextmanager
def cycles_uncollected() -> Iterator[None]:
    global _paused, _was_enabled
    with _lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()
