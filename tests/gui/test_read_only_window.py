"""A store on read-only media opens read-only (issue 16, item 5): a banner says so, every page of a proposal can
still be read, nothing can be typed into it, nothing that writes is offered, and no save is attempted. The media is
simulated (the mount tests in tests/core/test_storage_diagnosis.py need root)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTabWidget
from pytestqt.qtbot import QtBot

from red_desktop.core.store import Store
from red_desktop.gui import app as app_module
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
