"""File › Export and Print sheet, driven through the application: written in the background, behind a dialog."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from red_desktop.core.domain import Proposal
from red_desktop.core.reports.selection import Selection
from red_desktop.gui import report_actions
from red_desktop.gui.export_dialog import ExportDialog, ExportRequest
from red_desktop.gui.i18n import install_translators
from tests.gui.conftest import opened
from tests.gui.layout_checks import layout_problems

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
    dialect = "excel-semicolon" if kind == "csv" else "standard"
    request = ExportRequest(kind, target, Selection("top", top=3), "es", "A4", dialect)
    monkeypatch.setattr(report_actions, "ask_export", lambda *args: request)
    window.menus.export.trigger()
    qtbot.waitUntil(
        lambda: app.runner.pending == 0 and "Exported" in window.statusBar().currentMessage(), timeout=WAIT_MS
    )
    assert str(tmp_path) not in window.statusBar().currentMessage()  # the file's name: a path was cut at 1024 px
    if kind == "xlsx":
        proposals = pd.read_excel(target, sheet_name="proposals")
        assert len(proposals) == 24 and "Tipo de región" in proposals.columns  # in the language chosen
        audit = pd.read_excel(target, sheet_name="audit")
        assert len(audit) > 0 and list(audit.columns[:3]) == ["Fecha y hora (UTC)", "Código de la propuesta", "Quién"]
    elif kind == "csv":
        proposals = pd.read_csv(target / "proposals.csv", sep=";", decimal=",", encoding="utf-8-sig")
        assert len(proposals) == 24 and proposals["Latitud"].dtype == float
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
    window.menus.print_committee.trigger()
    qtbot.waitUntil(lambda: bool(urls), timeout=WAIT_MS)
    assert Path(urls[0]).name.startswith(code.replace("/", "_")) and code in PdfReader(urls[0]).pages[0].extract_text()


def test_the_export_dialog_enables_only_what_applies(qtbot: QtBot) -> None:
    dialog = ExportDialog(["draft", "submitted"], ["PE", "BR", "MX"], "pt")
    qtbot.addWidget(dialog)
    assert dialog.kind() == "dossier" and dialog.language.currentData() == "pt"
    assert dialog.selection.findData("proposal") == -1  # no proposal on screen
    dialog.selection.setCurrentIndex(dialog.selection.findData("country"))
    assert [dialog.value.itemData(i) for i in range(dialog.value.count())] == ["BR", "MX", "PE"]
    names = [dialog.value.itemText(i) for i in range(dialog.value.count())]
    assert names == ["Brasil (BR)", "México (MX)", "Peru (PE)"]  # in the interface language, by name
    assert dialog.chosen_selection() == Selection("country", "BR")
    assert not dialog.semicolons.isEnabled() and dialog.every_reason.isEnabled()
    assert dialog.request(Path("d.pdf")).reasons == "contested"
    dialog.every_reason.setChecked(True)
    assert dialog.request(Path("d.pdf")).reasons == "all"
    dialog.radios["xlsx"].setChecked(True)
    assert not dialog.selection.isEnabled() and not dialog.page.isEnabled() and not dialog.semicolons.isEnabled()
    assert not dialog.every_reason.isEnabled()
    assert dialog.language.isEnabled()  # the tables' headers and labels
    dialog.radios["csv"].setChecked(True)
    dialog.semicolons.setChecked(True)
    request = dialog.request(Path("out"))
    assert request.csv_dialect == "excel-semicolon" and request.language == "pt"


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_every_choice_of_the_export_dialog_shows_whole(qtbot: QtBot, qapp: QApplication, language: str) -> None:
    """Seen in Spanish at 1024×768: the dialog opened at two thirds of the screen's width (Qt's cap for a new
    window) and the dossier's option lost its closing ')'."""
    translators = install_translators(qapp, language)
    try:
        title = "Cadenas de valor del cacao fino de aroma en la Amazonía y su acceso a mercados internacionales"
        current = Proposal(code="RED-PE-2026-004", title=title, country="PE")
        dialog = ExportDialog(["draft", "under_review"], ["PE", "BR", "VE"], language, current=current)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        problems = []
        for key in ("proposal", "status", "country", "top"):
            dialog.selection.setCurrentIndex(dialog.selection.findData(key))
            QApplication.sendPostedEvents()
            problems += [f"{language}, {key}: {problem}" for problem in layout_problems(dialog)]
        assert not problems, "\n".join(problems)
        assert dialog.width() <= 1024 - 100  # and still fits a 1024 px screen with room to spare
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


@pytest.mark.parametrize(
    ("kind", "selection", "proposed"),
    [
        ("dossier", "proposal", "RED-PE-2026-004-dossier.pdf"),  # was committee-dossier.pdf for one proposal
        ("dossier", "top", "committee-dossier-top-20.pdf"),
        ("dossier", "all", "committee-dossier.pdf"),
        ("xlsx", "all", "red-desktop-tables.xlsx"),
    ],
)
def test_the_file_dialog_proposes_a_name_saying_what_is_in_the_file(
    qtbot: QtBot, monkeypatch, tmp_path: Path, kind: str, selection: str, proposed: str
) -> None:
    current = Proposal(code="RED-PE-2026-004", title="Cacao", country="PE")
    dialog = ExportDialog(["draft"], ["PE"], "en", current=current)
    qtbot.addWidget(dialog)
    dialog.radios[kind].setChecked(True)
    dialog.selection.setCurrentIndex(dialog.selection.findData(selection))
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda parent, title, start, filters: asked.append((title, start)) or ("", "")
    )
    assert dialog.ask_target(tmp_path) is None
    title, start = asked[0]
    assert Path(start) == tmp_path / proposed
    assert title == ("Save the committee dossier as" if kind == "dossier" else "Save the tables as")


def test_export_this_proposal_from_the_documents_folder_and_say_where_it_went(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch, tmp_path: Path
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(report_actions, "documents_folder", lambda: documents)
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    window.proposals.list_view.select_row(4)
    current = window.proposals.list_view.model.row_at(4)
    target = tmp_path / "out"
    starts: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda parent, title, start: starts.append(start) or str(target)
    )
    seen: dict[str, object] = {}

    def choose_this_proposal() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExportDialog):
            QTimer.singleShot(20, choose_this_proposal)
            return
        dialog.radios["sheets"].setChecked(True)
        dialog.selection.setCurrentIndex(dialog.selection.findData("proposal"))
        seen["text"] = dialog.selection.currentText()
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)

    QTimer.singleShot(0, choose_this_proposal)
    window.menus.export.trigger()  # returns once the dialog is answered
    assert str(seen["text"]).startswith(f"This proposal: {current.code} · {current.title[:10]}")
    assert starts == [str(documents)]
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=WAIT_MS)
    assert [p.name for p in target.glob("*.pdf")] == [f"{current.code}.pdf"]
    done = QApplication.activeModalWidget()
    assert isinstance(done, QMessageBox) and done.informativeText() == str(target)

    opened_urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(url.toLocalFile()) and False)
    qtbot.mouseClick(next(b for b in done.buttons() if b.text() == "Open folder"), Qt.LeftButton)
    assert opened_urls == [str(target)]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() not in (None, done), timeout=5_000)
    missing = QApplication.activeModalWidget()
    assert isinstance(missing, QMessageBox) and "No file manager" in missing.text() and str(target) in missing.text()
    missing.close()

    asked: list[tuple] = []
    monkeypatch.setattr(report_actions, "ask_export", lambda *args: asked.append(args))
    window.menus.export.trigger()
    assert asked[0][4] == target  # the next export starts in the folder used last
