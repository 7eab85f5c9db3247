"""At start and on View › Refresh the committee's ranking is computed after the list's index lands (issue 19: at
100,000 proposals the two side by side on two cores delayed the list, and search by it, by seconds); a failed
index does not keep the ranking from coming."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from red_desktop.gui.app import Application


def test_the_ranking_is_asked_for_once_the_list_is_in(
    qtbot: QtBot, make_app: Callable[..., Application], demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    assert app.start(demo_path, demo=False) and app.views is not None  # the event loop has not run yet
    views = app.views
    listed: list[bool] = []  # at each request of the ranking: whether the list's index was in
    asked = views.ranking.request
    monkeypatch.setattr(views.ranking, "request", lambda: (listed.append(views.index is not None), asked())[1])
    qtbot.waitUntil(lambda: bool(listed), timeout=20_000)
    assert listed == [True]
    stale = views.index
    views.refresh()
    assert listed == [True]  # not yet: the list's index is read again first
    qtbot.waitUntil(lambda: len(listed) == 2, timeout=20_000)
    assert views.index is not stale


def test_a_failed_index_still_lets_the_ranking_come(
    qtbot: QtBot, make_app: Callable[..., Application], demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    assert app.start(demo_path, demo=False) and app.views is not None
    views = app.views
    qtbot.waitUntil(lambda: views.index is not None, timeout=20_000)
    requested: list[bool] = []
    monkeypatch.setattr(views.ranking, "request", lambda: requested.append(True))
    monkeypatch.setattr(views.index_keeper, "reload", lambda: None)
    views.refresh()
    assert not requested
    views.index_keeper.failed.emit("the store could not be read")
    assert requested == [True]
