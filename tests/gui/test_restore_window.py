"""File › Restore… in the window: the store's backups listed with their counts, yesterday's automatic backup chosen
and confirmed, the store closed, restored in the background and opened again, its earlier state kept as a backup;
and the automatic backup made on opening."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from red_desktop.core.backups import BEFORE_RESTORE, DAILY, daily_backup, list_backups
from red_desktop.core.store import Store
from red_desktop.gui import restore_dialog
from tests.factories import proposal
from tests.gui.conftest import WAIT_MS, opened


def _todays(path: Path) -> list:
    return [b for b in list_backups(path, inspect=False) if b.kind == DAILY and b.taken.date() == datetime.now().date()]


def test_opening_a_store_backs_it_up_once_a_day(qtbot: QtBot, make_app, demo_path: Path) -> None:
    app = make_app()
    app.start(demo_path, demo=False)
    opened(qtbot, app)
    qtbot.waitUntil(lambda: len(_todays(demo_path)) == 1 and app.runner.pending == 0, timeout=WAIT_MS)
    (made,) = list_backups(demo_path)
    assert made.counts["proposals"] == 24 and not made.problem


def test_restore_brings_back_yesterdays_automatic_backup(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    yesterday = datetime.now() - timedelta(days=1)
    assert daily_backup(demo_path, now=yesterday) is not None  # as the window made it when opened yesterday
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    assert app.service is not None
    app.service.submit(lambda store: store.proposals.add(proposal("RED-PE-2026-900")))
    qtbot.waitUntil(lambda: app.service is not None and app.service.reader.proposals.count() == 25, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(_todays(demo_path)) == 1 and app.runner.pending == 0, timeout=WAIT_MS)

    asked: list[datetime] = []
    monkeypatch.setattr(restore_dialog, "confirm", lambda parent, info: asked.append(info.taken) or True)
    window.menus.restore.trigger()
    dialog = app.backups.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
    assert dialog.table.rowCount() == 2  # today's automatic copy (made on opening) and yesterday's
    assert [dialog.table.item(1, c).text() for c in (2, 3, 4)] == [
        "24",
        str(dialog.backups[1].counts["evaluations"]),
        "0",
    ]
    assert not dialog.restore_button.isEnabled()
    (chosen,) = [b for b in dialog.backups if b.taken.date() == yesterday.date()]
    dialog.select(chosen)
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()

    assert asked == [chosen.taken]
    qtbot.waitUntil(lambda: app.window is not None and app.window is not window, timeout=WAIT_MS)
    restored = opened(qtbot, app)
    qtbot.waitUntil(lambda: "Restored" in restored.statusBar().currentMessage(), timeout=WAIT_MS)
    assert app.service is not None and app.service.reader.proposals.count() == 24
    kept = [b for b in list_backups(demo_path) if b.kind == BEFORE_RESTORE]
    assert len(kept) == 1 and kept[0].counts["proposals"] == 25  # the state before the restore, kept first
    qtbot.waitUntil(lambda: app.runner.pending == 0, timeout=WAIT_MS)


def test_a_refused_restore_reopens_the_store_unchanged(
    qtbot: QtBot, make_app, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    qtbot.waitUntil(lambda: len(_todays(demo_path)) == 1 and app.runner.pending == 0, timeout=WAIT_MS)
    (backup,) = list_backups(demo_path)
    backup.path.write_bytes(b"damaged since it was listed" * 100)
    failures: list[str] = []
    monkeypatch.setattr(app, "fail", failures.append)
    app.backups.restore(window, demo_path, backup)
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_MS)
    assert "Nothing was restored" in failures[0]
    assert app.window is not None and app.window is not window
    opened(qtbot, app)
    with Store.open(demo_path, readonly=True) as store:
        assert store.proposals.count() == 24


def test_the_dialog_says_when_a_store_has_no_backups_and_restores_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    from red_desktop.gui.tasks import Executor

    runner = Executor()
    dialog = restore_dialog.RestoreDialog(tmp_path / "never-backed-up.sqlite", runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=WAIT_MS)
    assert dialog.table.rowCount() == 0 and "No backups" in dialog.status.text()
    assert not dialog.restore_button.isEnabled() and dialog.selected() is None
    runner.wait()
