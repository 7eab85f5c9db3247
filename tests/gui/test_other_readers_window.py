"""With the window open, another program reading the store (the sqlite3 shell, a Python script) loses no save the
window confirmed (issue 16, item 1: the window's own read-only connections used to drop SQLite's locks, and the
other program's close then deleted the -wal file under the window: "All changes saved", and nothing was)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from red_desktop.core.store import Store
from tests.gui.conftest import opened
from tests.gui.people import STEADY_MS, type_in, wait_for

SHELL = shutil.which("sqlite3")
SCRIPT = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('SELECT count(*) FROM proposals'); c.close()"


def read_elsewhere(path: Path) -> None:
    subprocess.run([sys.executable, "-c", SCRIPT, str(path)], check=True, capture_output=True)
    if SHELL:
        subprocess.run([SHELL, str(path), "SELECT count(*) FROM proposals;"], check=True, capture_output=True)


def test_edits_typed_between_other_programs_reads_are_all_kept(qtbot: QtBot, make_app, demo_path: Path) -> None:
    app = make_app()
    assert app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    window.proposals.list_view.select_row(2)
    uuid = window.proposals.editor.proposal_uuid
    title = window.proposals.editor.fields.widget("title")
    assert isinstance(title, QLineEdit) and uuid
    typed = title.text()
    status = window.proposals.editor.status
    for burst in (" — fase 2", ", Junín", " (revisado)"):
        read_elsewhere(demo_path)
        title.setFocus()
        title.end(False)  # the caret after the last letter, where a click there puts it
        type_in(qtbot, title, burst, delay=STEADY_MS)
        typed += burst
        wait_for(qtbot, lambda: status.text() == "All changes saved" or status.text().startswith("Not saved"))
        assert status.text() == "All changes saved" and window.service.pending == 0
        assert window.service.reader is not None and window.service.reader.proposals.get(uuid).title == typed
    read_elsewhere(demo_path)
    app.close()
    with Store.open(demo_path, readonly=True) as store:
        assert store.proposals.get(uuid).title == typed
        assert store.integrity_check() == ["ok"]


@pytest.mark.skipif(SHELL is None, reason="no sqlite3 shell installed")
def test_the_wal_file_stays_while_the_window_is_open(qtbot: QtBot, make_app, demo_path: Path) -> None:
    app = make_app()
    assert app.start(demo_path, demo=False)
    opened(qtbot, app)
    read_elsewhere(demo_path)
    assert demo_path.with_name(demo_path.name + "-wal").exists()
    app.close()
