"""Python's cycle collector paused over a large batch (an import's 100,000 rows and records).

The records make no reference cycles, so reference counting frees them; but the hundreds of thousands of objects a
batch keeps alive trigger full collections that walk them all again and again: a quarter of a 100,000-row import's
time. The collector is put back as it was, whatever happens; while paused it is paused for every thread."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cycles_uncollected() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
