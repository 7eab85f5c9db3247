"""File › Export and Print sheet, driven through the application: written in the background, behind a dialog."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from red_desktop.core.reports.selection import Selection
from red_desktop.gui import app as app_module
from red_desktop.gui.export_dialog import ExportDialog, ExportRequest
from tests.gui.conftest import opened

WAIT_MS = 60_000


@pytest.mark.parametrize("kind", ["xlsx", "csv", "sheets", "dossier"])
def test_each_export_is_written_in_the_background(
    qtbot: QtBot, make_app, demo_path: Path, tmp_path: Path, monkeypatch, kind: str
) -> None:
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    qtbot.waitUntil(lambda: window.committee.sensitivity is not None, timeout=WAIT_MS)
    target = tmp_path / {"xlsx": "t.xlsx", "csv": "csv", "sheets": "sheets", "dossier": "d.pdf"}[kind]
    request = ExportRequest(kind, target, Selection("top", top=3), "es", "A4")
    monkeypatch.setattr(app_module, "ask_export", lambda *args: request)
    window.menus.export.trigger()
    qtbot.waitUntil(
        lambda: app.runner.pending == 0 and "Exported" in window.statusBar().currentMessage(), timeout=WAIT_MS
    )
    if kind == "xlsx":
        assert len(pd.read_excel(target, sheet_name="proposals")) == 24
    elif kind == "csv":
        assert len(pd.read_csv(target / "proposals.csv", encoding="utf-8-sig")) == 24
    elif kind == "sheets":
        assert len(list(target.glob("*.pdf"))) >= 3
    else:
        reader = PdfReader(target)
        text = reader.pages[0].extract_text()
        assert "Expediente del comité" in text and len(reader.outline) >= 7


def test_print_sheet_opens_the_selected_proposals_sheet(qtbot: QtBot, make_app, demo_path: Path, monkeypatch) -> None:
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    window.proposals.list_view.select_row(2)
    code = window.proposals.list_view.model.row_at(2).code
    window.menus.print.trigger()
    qtbot.waitUntil(lambda: bool(urls), timeout=WAIT_MS)
    assert Path(urls[0]).name.startswith(code.replace("/", "_")) and code in PdfReader(urls[0]).pages[0].extract_text()


def test_the_export_dialog_enables_only_what_applies(qtbot: QtBot) -> None:
    dialog = ExportDialog(["draft", "submitted"], ["BR", "PE"], "pt")
    qtbot.addWidget(dialog)
    assert dialog.kind() == "dossier" and dialog.language.currentData() == "pt"
    dialog.selection.setCurrentIndex(dialog.selection.findData("country"))
    assert [dialog.value.itemData(i) for i in range(dialog.value.count())] == ["BR", "PE"]
    assert dialog.chosen_selection() == Selection("country", "BR")
    dialog.radios["xlsx"].setChecked(True)
    assert not dialog.selection.isEnabled() and not dialog.language.isEnabled()
