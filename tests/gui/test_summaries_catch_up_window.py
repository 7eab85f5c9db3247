"""The window brings score summaries a migration left stale up to date in the background, a batch per operation
of its writer (issue 19)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from tests.core.test_summaries_catch_up import upgraded_demo


def test_the_window_catches_up_in_the_background(
    qtbot: QtBot,
    make_app,
    tmp_path: Path,
    rubric: Rubric,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "upgraded.sqlite"
    upgraded_demo(path, rubric)
    app = make_app()
    assert app.start(path, demo=False)

    def current() -> bool:
        with Store.open(path, readonly=True) as store:
            return store.summaries.is_current(rubric)

    qtbot.waitUntil(current, timeout=20_000)
