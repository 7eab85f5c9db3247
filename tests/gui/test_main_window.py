"""The window over a real store, driven offscreen with pytest-qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from red_desktop.core.demo import build_demo
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.app import Application
from red_desktop.gui.launch import display_problem
from red_desktop.gui.main_window import MainWindow
from red_desktop.gui.ranking_source import RankingSource
from red_desktop.gui.tasks import TaskRunner


@pytest.fixture
def demo_path(tmp_path: Path, rubric: Rubric) -> Path:
    path = tmp_path / "demo.sqlite"
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, proposals=12, evaluators=3, seed=5)
    return path


def test_the_window_shows_the_ranking_of_the_store(qtbot: QtBot, demo_path: Path, rubric: Rubric) -> None:
    runner = TaskRunner()
    source = RankingSource(demo_path, rubric, runner)
    window = MainWindow(source, rubric, demo_path, "Ana")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(source.ranking_ready, timeout=10_000):
        source.refresh()
    model = window.model
    assert "RED Desktop" in window.windowTitle()
    assert model.rowCount() == 12
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:6] == ["Rank", "Code", "Title", "Country", "Region type", "Total"]
    assert model.data(model.index(0, 0)) == "1"
    totals = [float(model.data(model.index(r, 5))) for r in range(12) if model.data(model.index(r, 5)) != "–"]
    assert totals == sorted(totals, reverse=True)
    assert window.counts_label.text().startswith("12 proposals")
    assert model.headerData(6, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Regional completeness"
    first = model.row_at(0)
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole) == first.title
    contested = [r for r in range(12) if model.row_at(r).contested]
    assert contested  # seed 5 gives one contested proposal
    for row in contested:
        tip = model.data(model.index(row, model.columnCount() - 1), Qt.ItemDataRole.ToolTipRole)
        assert tip and all(reason.message in tip for reason in model.row_at(row).reasons)
    assert window.user_label.text() == "Evaluator: Ana"
    runner.wait()


def test_a_failure_in_the_background_reaches_the_user_as_a_message(
    qtbot: QtBot, tmp_path: Path, rubric: Rubric
) -> None:
    runner = TaskRunner()
    source = RankingSource(tmp_path / "missing.sqlite", rubric, runner)
    with qtbot.waitSignal(source.failed, timeout=10_000) as failed:
        source.refresh()
    assert "no RED Desktop store" in failed.args[0]
    runner.wait()


def test_demo_mode_fills_a_new_store_in_the_background_then_opens(qtbot: QtBot, tmp_path: Path, rubric: Rubric) -> None:
    path = tmp_path / "new-demo.sqlite"
    app = Application(QApplication.instance(), path, rubric, "tester")
    app.fill_demo_then_open()
    qtbot.waitUntil(lambda: app.window is not None and app.window.model.rowCount() > 0, timeout=60_000)
    assert app.window is not None and app.window.isVisible()
    assert app.window.model.rowCount() == 60
    app.window.close()
    app.close()
    with Store.open(path, readonly=True) as store:
        assert store.proposals.count() == 60


def test_a_second_window_on_the_same_store_is_refused_clearly(
    qtbot: QtBot, demo_path: Path, rubric: Rubric, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    first = Application(QApplication.instance(), demo_path, rubric, "one")
    assert first.open_window()
    second = Application(QApplication.instance(), demo_path, rubric, "two")
    assert not second.open_window()
    assert shown and "already open for writing" in shown[0]
    assert first.window is not None
    first.window.close()
    first.close()


@pytest.mark.parametrize(
    "environ, platform, blocked",
    [
        ({}, "linux", True),
        ({"DISPLAY": ":99"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_display_detection(environ: dict[str, str], platform: str, blocked: bool) -> None:
    assert (display_problem(environ, platform, ["red-desktop"]) is not None) == blocked


def test_the_hint_repeats_the_command_the_user_ran() -> None:
    hint = display_problem({}, "linux", [".venv/bin/red-desktop", "--demo"])
    assert hint is not None and "xvfb-run -a .venv/bin/red-desktop --demo" in hint
