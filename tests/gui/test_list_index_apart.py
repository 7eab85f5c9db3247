"""A large store's list index built in a process of its own (issue 19: building it in the window made two million
Python objects at 100,000 proposals, holding its interpreter and leaving its memory in fragments), and built again
there after a change, whose result the list then shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from red_desktop.core.list_index import ListIndex
from red_desktop.core.listing import ListQuery
from red_desktop.core.store import Store
from red_desktop.gui import tasks
from red_desktop.gui.proposals import index_keeper
from tests.gui.conftest import opened

WAIT_MS = 60_000


def test_a_large_stores_index_is_built_apart_and_again_after_a_change(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch, apart_calls: list[str]
) -> None:
    monkeypatch.setattr(tasks, "APART_FROM", 0)  # the demo's 24 proposals count as a large store
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    views = app.views
    assert views is not None
    qtbot.waitUntil(lambda: views.index is not None and app.runner.pending == 0, timeout=WAIT_MS)
    assert "list_index_parts" in apart_calls
    with Store.open(demo_path, readonly=True) as store:
        expected = ListIndex(store.proposals.list_columns())
    index = views.index
    assert index is not None and index._text._spilled.spilled  # read back with its texts on disk
    for query in (ListQuery(), ListQuery(sort="title"), ListQuery(text="valle"), ListQuery(sort="total")):
        assert index.query(query).tolist() == expected.query(query).tolist(), query
    builds = apart_calls.count("list_index_parts")
    edited = window.proposals.list_view.model.row_at(0)
    assert window.select_proposal(edited.uuid)
    title = window.proposals.editor.fields.widget("title")  # typed in the editor, saved, the index built again apart
    title.setFocus()
    QTest.keyClick(title, Qt.Key.Key_End)
    QTest.keyClicks(title, " Zzyzx")
    qtbot.waitUntil(lambda: apart_calls.count("list_index_parts") > builds, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: views.index is not index and app.runner.pending == 0, timeout=WAIT_MS)
    assert views.index is not None and views.index.query(ListQuery(text="zzyzx")).tolist() == [edited.rowid]


def test_a_changed_proposals_line_is_read_again_before_the_index_is_built(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 100,000 proposals the index after a save is built whole in a process apart, seconds later; the list's
    line of the proposal saved shows what was saved at once, not when that index lands."""
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    qtbot.waitUntil(lambda: app.runner.pending == 0, timeout=WAIT_MS)
    monkeypatch.setattr(index_keeper.ListIndexKeeper, "proposals_changed", lambda self, uuids: None)  # never lands
    model = window.proposals.list_view.model
    edited = model.row_at(0)
    assert window.select_proposal(edited.uuid)
    title = window.proposals.editor.fields.widget("title")
    title.setFocus()
    QTest.keyClick(title, Qt.Key.Key_End)
    QTest.keyClicks(title, " Zzyzx")
    qtbot.waitUntil(lambda: model.row_at(0).title == f"{edited.title} Zzyzx", timeout=WAIT_MS)
