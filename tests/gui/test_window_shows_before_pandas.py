"""The window shows its store's first lines before pandas is loaded (issue 19: pandas takes 0.4–0.6 s to load, more
than a bare window takes to show; the committee's computation and the list's index load it in the background after).
A fresh process, as the program starts: neither the modules on the window's path nor the window's own thread
load it before the window shows."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

SHOW = """
import json, os, sys, threading

class PandasWatch:
    thread = None  # the thread that first imported pandas
    def find_spec(self, name, path=None, target=None):
        if name == "pandas" and self.thread is None:
            self.thread = threading.current_thread().name
        return None

watch = PandasWatch()
sys.meta_path.insert(0, watch)
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QApplication
from red_desktop import paths
from red_desktop.core.rubric import load_rubric
from red_desktop.core.settings import Role, Settings
from red_desktop.gui.app import Application

home = Path(os.environ["HOME"])
qt_app = QApplication([])
settings = Settings.load(home / "settings.json")
settings.set_profile("Ana", Role.FIELD_EVALUATOR)
settings.set("backups.daily", 0)
app = Application(qt_app, load_rubric(paths.default_rubric_path()), settings,
                  QSettings(str(home / "w.ini"), QSettings.Format.IniFormat))

class FirstExpose(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and app.window is not None:
            rows = app.window.proposals.list_view.model.rowCount()
            print(json.dumps({"pandas_by_window": watch.thread == "MainThread", "rows": rows}), flush=True)
            os._exit(0)
        return False

shown = FirstExpose()
qt_app.installEventFilter(shown)
assert app.start(Path(sys.argv[1]), demo=False, create=False)
qt_app.exec()
"""


def test_the_window_shows_its_first_lines_without_pandas(demo_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "c"), "XDG_DATA_HOME": str(tmp_path)}
    env["QT_QPA_PLATFORM"] = "offscreen"  # a child of the test run: it inherits no pytest-qt setting
    done = subprocess.run(
        [sys.executable, "-c", SHOW, str(demo_path)], capture_output=True, text=True, cwd=REPO, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    assert shown == {"pandas_by_window": False, "rows": 24}  # the workers may load it meanwhile: a small store's
    # list index lands at once, and the committee's modules are imported after it
