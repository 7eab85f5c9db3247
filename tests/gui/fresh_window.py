"""A window started in a fresh process, as the program starts: what the test run's own process has loaded cannot
say what a window loads. The script given ends the process, printing what it found as JSON on its last line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import REPO

# `app`, an Application on a profile of its own (no first-run dialog, no daily backup), not yet started
APPLICATION = """
import json, os, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
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
"""
START = """
assert app.start(Path(sys.argv[1]), demo=False, create=False)
qt_app.exec()
"""


def run_fresh(script: str, store: Path, home: Path) -> Any:
    """`script` run on `store` in a fresh offscreen process with `home` as its home; its last line, read as JSON."""
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "c"), "XDG_DATA_HOME": str(home)}
    env["QT_QPA_PLATFORM"] = "offscreen"  # a child of the test run: it inherits no pytest-qt setting
    done = subprocess.run(
        [sys.executable, "-c", script, str(store)], capture_output=True, text=True, cwd=REPO, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])
