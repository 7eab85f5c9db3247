"""What runs first in a process apart (issue 19): it ends when the window's process is gone, and our errors cross
back in their own words."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from red_desktop.core.apart import told
from red_desktop.core.errors import RedDesktopError

ROOT = Path(__file__).resolve().parents[2]
PARENT = """
import multiprocessing, os, sys, time
from concurrent.futures import ProcessPoolExecutor
from red_desktop.core.apart import watch_parent

if __name__ == "__main__":
    context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(1, mp_context=context, initializer=watch_parent)
    print(pool.submit(os.getpid).result(), flush=True)
    time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"  # a zombie has ended; only its parent's reaping is left


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_process_apart_ends_when_the_window_that_started_it_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "window.py"
    script.write_text(PARENT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    window = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert window.stdout is not None
        apart = int(window.stdout.readline())
        assert _alive(apart)
    finally:
        window.kill()
        window.wait()
    deadline = time.monotonic() + 60
    while _alive(apart) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(apart)


class _Refusal(RedDesktopError):
    def __init__(self, what: str, why: str):
        super().__init__(f"{what}: {why}")


def _refuse() -> None:
    raise _Refusal("the store", "is not one of ours")


def test_an_error_that_cannot_cross_as_itself_crosses_in_its_words(tmp_path: Path) -> None:
    with pytest.raises(RedDesktopError) as raised:
        told(tmp_path, _refuse)
    assert type(raised.value) is RedDesktopError and str(raised.value) == "the store: is not one of ours"
    assert told(tmp_path, divmod, 7, 2) == (3, 1)
