"""What runs first in a process apart (gui.tasks.Executor.apart): the work's errors made fit to cross back, the
process giving way to the window's for the processor, and ending itself when the window that started it is gone.

Kept in the core so that such a process imports no Qt: only the core function it was given and what that needs.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from red_desktop.core.errors import RedDesktopError

T = TypeVar("T")
# How much lower the process apart runs than the window's (os.nice: 0 to 19, higher yields more)
NICENESS = 10


def begin_apart() -> None:
    """The process apart's initializer."""
    give_way()
    watch_parent()


def give_way() -> None:
    """On a machine of two cores, the process apart took a core from the window's threads: the GUI thread, or the
    worker holding the interpreter lock it waited for, waited for the system to run it again (tens of ms). Where the
    system has no nice (Windows), or refuses it, the process runs as it is."""
    with contextlib.suppress(OSError, AttributeError):
        os.nice(NICENESS)


def watch_parent() -> None:
    """Started in the process apart: when the window's process ends without ending it (killed, crashed), this one
    ends too rather than live on with the committee's hundreds of megabytes (seen: one left for an hour)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def wait() -> None:
        parent.join()
        os._exit(1)  # nothing of this process is worth keeping: its answer has no one to go to

    threading.Thread(target=wait, name="red-parent-watch", daemon=True).start()


def told(fn: Callable[..., T], *args: Any) -> T:
    """`fn(*args)`; an error of ours that cannot cross back as itself (its own constructor) crosses as a
    RedDesktopError with the same words, not as a broken pool."""
    try:
        return fn(*args)
    except RedDesktopError as error:
        try:
            pickle.loads(pickle.dumps(error))  # noqa: S301 (our own object)
        except Exception:  # noqa: BLE001 - any failure to cross means: send the words alone
            raise RedDesktopError(*error.args) from None
        raise
