"""Python's cycle collector paused over a large batch (an import's 100,000 rows and records, a committee's
computation over 100,000 proposals).

The records make no reference cycles, so reference counting frees them; but the hundreds of thousands of objects a
batch keeps alive trigger full collections that walk them all again and again: a quarter of a 100,000-row import's
time. In the window it is worse: a full collection in a worker holds the interpreter for a tenth of a second or
more, and the window's thread waits for it. The collector is put back as it was, whatever happens, once the last
of the batches running at the same time ends (while paused it is paused for every thread).

What the batches made is then moved to the oldest generation without being walked: left young, it was all walked
by the first collection after the pause, at once (0.2 s at 100,000 proposals, the window's thread waiting)."""

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
                _to_oldest_generation()
                gc.enable()


def _to_oldest_generation() -> None:
    """Every object the collector tracks goes to the oldest generation: to the permanent one and back, two list
    splices. Whatever is still alive of a batch is its result, long-lived; cycles among its garbage are collected
    by the next full collection, like any old object's. Not when something else keeps objects frozen: unfreezing
    would undo it."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
