"""The status bar's counts, counted in the background (issue 19): counting 300,000 evaluations held the window's
thread 0.18 s at every refresh."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from red_desktop.core.store.evaluations import Evaluations
from tests.gui.conftest import opened


def test_the_counts_are_counted_off_the_windows_thread_and_follow_a_refresh(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    count = Evaluations.count

    def counted(self: Evaluations) -> int:
        threads.append(threading.current_thread())
        return count(self)

    monkeypatch.setattr(Evaluations, "count", counted)
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    qtbot.waitUntil(lambda: window.status.counts.text().startswith("24 proposals"))
    assert threads and threading.main_thread() not in threads
    counted_before = len(threads)
    assert app.views is not None
    app.views.refresh()
    qtbot.waitUntil(lambda: len(threads) > counted_before)
    assert threading.main_thread() not in threads
