"""What runs first in a process apart (gui.tasks.Executor.apart): the work's errors made fit to cross back, its
large answers handed over through a file, the process giving way to the window's for the processor, and ending
itself when the window that started it is gone.

Kept in the core so that such a process imports no Qt: only the core function it was given and what that needs.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from red_desktop.core.errors import RedDesktopError
from red_desktop.core.handover import hand_over

# How much lower the process apart runs than the window's (os.nice: 0 to 19, higher yields more)
NICENESS = 10


def begin_apart() -> None:
    """The process apart's initializer."""
    parent = multiprocessing.parent_process()
    give_way(parent.pid if parent is not None and parent.pid is not None else os.getpid())
    watch_parent()


def give_way(below: int) -> None:
    """Run NICENESS below the process `below` (its main thread: the window's). On a machine of two cores, the
    process apart took a core from the window's threads: the GUI thread, or the worker holding the interpreter lock
    it waited for, waited for the system to run it again (tens of ms). A process apart started by a thread that
    gives way already is as low as it should be. Where the system has no nice (Windows), or refuses it, the process
    runs as it is."""
    with contextlib.suppress(OSError, AttributeError):
        wanted = min(os.getpriority(os.PRIO_PROCESS, below) + NICENESS, 19)
        os.nice(max(0, wanted - os.nice(0)))


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


def told(folder: Path, fn: Callable[..., Any], *args: Any) -> Any:
    """`fn(*args)`, a large answer in parts handed over through a file in `folder` (core/handover.py); an error of
    ours that cannot cross back as itself (its own constructor) crosses as a RedDesktopError with the same words,
    not as a broken pool."""
    try:
        return hand_over(fn(*args), folder)
    except RedDesktopError as error:
        try:
            pickle.loads(pickle.dumps(error))  # noqa: S301 (our own object)
        except Exception:  # noqa: BLE001 - any failure to cross means: send the words alone
            raise RedDesktopError(*error.args) from None
        raise
