"""An idle window holds no PDF or workbook writer (issue 19: reportlab, openpyxl and pypdf are 22 MiB of a window
that must settle under 400 MB): they are loaded by the first export or print. A fresh process, as the program
starts, until the Committee page is built and filled (the modules the window loads later are loaded by then)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

SETTLE = """
import json, os, sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
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

def check():
    window = app.window
    if window is None or window._committee is None or window.committee.model.rowCount() == 0:
        return
    if app.runner.pending:
        return
    writers = [name for name in ("reportlab", "openpyxl", "pypdf") if name in sys.modules]
    later = all(name in sys.modules for name in ("red_desktop.gui.report_actions", "red_desktop.gui.import_actions"))
    print(json.dumps({"writers": writers, "later": later}), flush=True)
    os._exit(0)

timer = QTimer()
timer.timeout.connect(check)
timer.start(50)
assert app.start(Path(sys.argv[1]), demo=False, create=False)
qt_app.exec()
"""


def test_an_idle_window_has_loaded_no_pdf_or_workbook_writer(demo_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "c"), "XDG_DATA_HOME": str(tmp_path)}
    env["QT_QPA_PLATFORM"] = "offscreen"  # a child of the test run: it inherits no pytest-qt setting
    done = subprocess.run(
        [sys.executable, "-c", SETTLE, str(demo_path)], capture_output=True, text=True, cwd=REPO, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"writers": [], "later": True}
