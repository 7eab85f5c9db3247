"""Freed memory handed back from a worker (issue 19): malloc_trim walked every heap on the window's thread when the
list's index, the committee's data and its sensitivity landed (50-70 ms each at 100,000 proposals)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from red_desktop.core import memory
from tests.gui.conftest import opened


def test_the_window_trims_freed_memory_only_from_workers(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    monkeypatch.setattr(memory, "_malloc_trim", lambda: lambda _pad: threads.append(threading.current_thread()))
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    window.committee.compute.click()  # the sensitivity, whose figures land the same way
    qtbot.waitUntil(lambda: window.committee.sensitivity is not None, timeout=20_000)
    qtbot.waitUntil(lambda: app.runner.pending == 0, timeout=20_000)
    assert len(threads) >= 3  # the index, the committee's data and the sensitivity landed
    assert threading.main_thread() not in threads
