"""The window's frame shows before its modules load and its store opens, and becomes the window (issue 19: built
whole before it showed, the window took 1.1-1.6 s at 20 proposals against 0.2 s for a bare PySide6 window)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from red_desktop.core.rubric import Rubric
from red_desktop.core.settings import Role, Settings
from red_desktop.gui.app import Application
from red_desktop.gui.exchange.keyring import KeyRing
from red_desktop.gui.main_window import MainWindow
from red_desktop.gui.start import load_beside, show_frame
from red_desktop.gui.store_service import StoreService
from red_desktop.gui.tasks import Executor
from tests.gui.fresh_window import run_fresh

# The program's own start (start.run_app), watched from its first Expose: what was loaded then, what the frame said,
# and whether the window that shows the store's lines is the frame itself
FROM_THE_START = """
import json, os, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from red_desktop.core.settings import Role, Settings

for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.pop(name, None)  # the user chose nothing
qt_app = QApplication([])
settings = Settings.load()
settings.set_profile("Ana", Role.FIELD_EVALUATOR)
settings.set("backups.daily", 0)
settings.save()
HEAVY = ("red_desktop.gui.app", "red_desktop.gui.editor.proposal_editor", "red_desktop.core.store", "numpy", "pandas")
seen = {}

def main_windows():
    return [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]

class FirstExpose(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and "frame" not in seen and main_windows():
            frame = seen["frame"] = main_windows()[0]
            seen.update(loaded=[m for m in HEAVY if m in sys.modules], text=frame.centralWidget().text(),
                        title=frame.windowTitle())
        return False

def check():
    frame = seen.get("frame")
    if frame is None or not frame.populated or frame.proposals.list_view.model.rowCount() == 0:
        return
    print(json.dumps({"loaded": seen["loaded"], "text": seen["text"], "title": seen["title"],
                      "blas": os.environ.get("OPENBLAS_NUM_THREADS"),
                      "same": main_windows() == [frame], "rows": frame.proposals.list_view.model.rowCount()}))
    os._exit(0)

shown = FirstExpose()
qt_app.installEventFilter(shown)
timer = QTimer()
timer.timeout.connect(check)
timer.start(20)
from red_desktop.gui.start import run_app
sys.exit(run_app(Path(sys.argv[1]), False, None, create=False))
"""


def test_the_frame_shows_before_the_windows_modules_and_becomes_the_window(demo_path: Path, tmp_path: Path) -> None:
    found = run_fresh(FROM_THE_START, demo_path, tmp_path)
    name = demo_path.name
    assert found == {
        "loaded": [],
        "text": f"Opening {name}…",
        "title": f"RED Desktop — {name}",
        "same": True,
        "rows": 24,
        "blas": "1",  # one BLAS thread, in the window's process and those apart it starts (issue 19)
    }


def test_the_first_stores_views_are_built_in_the_frame(
    qtbot: QtBot, demo_path: Path, rubric: Rubric, tmp_path: Path
) -> None:
    window_settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    frame = show_frame(demo_path, window_settings)
    qtbot.addWidget(frame)
    assert isinstance(frame.centralWidget(), QLabel) and not frame.populated
    settings = Settings.load(tmp_path / "settings.json")
    settings.set_profile("Ana Lucía Quispe", Role.FIELD_EVALUATOR)
    app = Application(QApplication.instance(), rubric, settings, window_settings, frame)  # type: ignore[arg-type]
    try:
        assert app.start(demo_path, demo=False, create=False)
        assert app.window is frame and frame.populated and frame.isVisible()
        qtbot.waitUntil(lambda: frame.proposals.list_view.model.rowCount() == 24)
        assert not isinstance(frame.centralWidget(), QLabel)
    finally:
        app.close()


def test_a_frame_closed_while_the_modules_load_ends_the_start(qtbot: QtBot, demo_path: Path, tmp_path: Path) -> None:
    frame = show_frame(demo_path, QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(frame)
    assert load_beside(frame, ["json"])
    frame.close()  # nothing to ask: no store is open in it yet
    assert not frame.isVisible()
    assert not load_beside(frame, ["json"])


def test_a_module_that_fails_to_load_beside_the_frame_fails_the_start(qtbot: QtBot, tmp_path: Path) -> None:
    frame = MainWindow(tmp_path / "store.sqlite")
    qtbot.addWidget(frame)
    with pytest.raises(ModuleNotFoundError):
        load_beside(frame, ["json", "red_desktop.no_such_module"])


def _launch(frame: MainWindow, rubric: Rubric, tmp_path: Path) -> Application:
    settings = Settings.load(tmp_path / "settings.json")
    settings.set_profile("Ana Lucía Quispe", Role.FIELD_EVALUATOR)
    window_settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    return Application(QApplication.instance(), rubric, settings, window_settings, frame)  # type: ignore[arg-type]


def test_the_frame_keeps_its_timers_running_while_the_views_are_built_in_it(
    qtbot: QtBot, demo_path: Path, rubric: Rubric, tmp_path: Path
) -> None:
    """Issue 19: the store opened and the views built in one go held the window's thread 0.5-0.9 s at 100,000
    proposals, the frame undrawn; a timer due meanwhile now runs between the pieces."""
    frame = show_frame(demo_path, QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(frame)
    seen: list[bool] = []  # whether the views were whole, at each of the timer's turns
    timer = QTimer()
    timer.timeout.connect(lambda: seen.append(frame.populated))
    timer.start(0)
    app = _launch(frame, rubric, tmp_path)
    try:
        assert app.start(demo_path, demo=False, create=False)
        timer.stop()
        assert app.window is frame and frame.populated
        assert seen.count(False) >= 5, seen  # the store's opening, and between each of populate's pieces
    finally:
        app.close()


def test_a_frame_closed_while_its_views_are_built_ends_the_start(
    qtbot: QtBot, demo_path: Path, rubric: Rubric, tmp_path: Path
) -> None:
    frame = show_frame(demo_path, QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(frame)
    QTimer.singleShot(0, frame.close)  # the user closes it: the first of what is due while the store opens
    app = _launch(frame, rubric, tmp_path)
    try:
        assert not app.start(demo_path, demo=False, create=False)
        assert not frame.isVisible() and app.window is None and app.service is None
    finally:
        app.close()


def test_a_store_found_read_only_before_the_views_are_built_says_so_once_they_are(
    qtbot: QtBot, demo_path: Path, rubric: Rubric, tmp_path: Path
) -> None:
    """The quick check's `damaged` may now arrive while the views are being built in the frame."""
    frame = MainWindow(demo_path)
    qtbot.addWidget(frame)
    frame.set_read_only(demo_path, "The store is damaged: page 12 is unreadable.")
    assert frame.read_only and not frame.populated
    service = StoreService(demo_path, "Ana", create=False)
    assert service.open() == ""
    runner = Executor()
    try:
        frame.populate(service, rubric, "en", [], runner, KeyRing(tmp_path / "keys", runner, lambda: ("Ana", "")))
        assert "The store is damaged: page 12 is unreadable." in frame.banner.label.text()
        assert frame.proposals.editor.read_only
        assert not frame.menus.new_proposal.isEnabled()
    finally:
        frame.close()
        service.close()
        runner.shutdown()
