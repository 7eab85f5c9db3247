"""A store on read-only media opens read-only (issue 16, item 5): a banner says so, every page of a proposal can
still be read, nothing can be typed into it, nothing that writes is offered, and no save is attempted. The media is
simulated (the mount tests in tests/core/test_storage_diagnosis.py need root)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QTabWidget
from pytestqt.qtbot import QtBot

from red_desktop.core.store import Store
from red_desktop.gui import app as app_module
from tests.factories import damage_a_data_page
from tests.gui.conftest import opened
from tests.gui.people import type_in


def test_a_store_on_read_only_media_is_shown_and_cannot_be_changed(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "read_only_media", lambda folder: True)
    with Store.open(demo_path, readonly=True) as store:
        before = [(p.uuid, p.title, p.stamp.revision) for p in store.proposals.all()]
    app = make_app()
    assert app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    assert window.banner.isVisible() and "read-only media" in window.banner.label.text()
    assert not window.menus.new_proposal.isEnabled() and not window.menus.import_.isEnabled()
    assert not window.menus.restore.isEnabled() and not window.proposals.empty_state.new_button.isVisible()
    window.proposals.list_view.select_row(0)
    editor = window.proposals.editor
    qtbot.waitUntil(lambda: editor.proposal_uuid != "", timeout=10_000)
    title = editor.fields.widget("title")
    assert isinstance(title, QLineEdit) and title.isReadOnly()
    tabs = editor.findChild(QTabWidget)
    assert tabs is not None and tabs.isEnabled()
    tabs.setCurrentIndex(tabs.count() - 2)  # the narrative: long texts, read by scrolling
    narrative = [w for w in editor.findChildren(QPlainTextEdit) if w.isVisible()]
    assert narrative and all(w.isReadOnly() and w.isEnabled() for w in narrative)
    title.setFocus()
    type_in(qtbot, title, " cambiado")
    narrative[0].setFocus()
    type_in(qtbot, narrative[0], "texto")
    assert window.service.pending == 0 and not editor.status.text().startswith("Not saved")
    window.show_page(2)
    assert not window.committee.proposal.decide_button.isEnabled()
    app.close()
    with Store.open(demo_path, readonly=True) as store:
        assert [(p.uuid, p.title, p.stamp.revision) for p in store.proposals.all()] == before


def test_a_store_found_damaged_after_opening_turns_the_window_read_only(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19: the window opens without checking the file on its GUI thread; the quick check that follows on the
    writer's thread finds the damage, and the window says so and offers nothing that writes (the profile's
    registration, the first write, is refused with the same words)."""
    damaged = damage_a_data_page(demo_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    app = make_app()
    assert app.start(demo_path, demo=False)
    qtbot.waitUntil(lambda: app.window is not None and app.window.read_only, timeout=20_000)
    window = app.window
    assert window is not None  # what can still be read is shown; what cannot says so where it is asked for
    assert window.banner.isVisible() and "failed its integrity check" in window.banner.label.text()
    assert not window.menus.new_proposal.isEnabled() and not window.menus.import_.isEnabled()
    assert all("failed its integrity check" in text for text in shown)
    app.close()
    assert demo_path.read_bytes() == damaged
