"""File › Print my evaluation sheet and Print committee sheet, driven through the window: the proposal on screen,
the right kind of sheet (read back with pypdf), and a PDF saved where the user chooses when no viewer can open it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QStandardPaths, Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from red_desktop.core.domain import EvaluationState
from red_desktop.core.store import Store
from red_desktop.gui import open_file
from red_desktop.gui.main_window import PROPOSALS, SCORING, MainWindow
from red_desktop.gui.temporary_sheets import PREFIX
from tests.gui.conftest import opened

ME = "María Fernanda Orozco"  # one of the demo's evaluators, who has not scored every proposal
WAIT_MS = 60_000


def compact(text: str) -> str:
    """Without white space: a justification wrapped across table lines still matches."""
    return re.sub(r"\s+", "", text)


def pdf_text(path: Path | str) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def proposals_by_whom(path: Path) -> dict[str, dict[str, tuple[EvaluationState, set[str]]]]:
    """proposal code -> evaluator name -> (state, the justifications written)."""
    found: dict[str, dict[str, tuple[EvaluationState, set[str]]]] = {}
    with Store.open(path, readonly=True) as store:
        names = {e.uuid: e.name for e in store.evaluators.all()}
        for proposal in store.proposals.all():
            evaluations = store.evaluations.for_proposal(proposal.uuid)
            found[proposal.code] = {
                names[e.evaluator_uuid]: (e.state, {s.justification for s in e.scores if s.justification})
                for e in evaluations
            }
    return found


def mine_and_others(path: Path) -> tuple[str, str, str, str]:
    """A proposal I scored that another evaluator finalised too: (code, a justification of mine, their name,
    a justification of theirs I did not write: the demo's texts follow templates, so many are the same)."""
    for code, by in sorted(proposals_by_whom(path).items()):
        if ME not in by or not by[ME][1]:
            continue
        for name, (state, texts) in by.items():
            theirs = sorted(texts - by[ME][1])
            if name != ME and state is EvaluationState.FINAL and theirs:
                return code, sorted(by[ME][1])[0], name, theirs[0]
    raise AssertionError("the demo store has no proposal scored by two evaluators")


def not_mine(path: Path) -> str:
    return next(code for code, by in sorted(proposals_by_whom(path).items()) if ME not in by)


def uuid_of(window: MainWindow, code: str) -> str:
    assert window.service.reader is not None
    return window.service.reader.proposals.by_code(code).uuid


def ready(qtbot: QtBot, make_app, demo_path: Path) -> MainWindow:
    app = make_app(profile=ME)
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    qtbot.waitUntil(lambda: window.scoring.evaluator_uuid != "", timeout=10_000)
    return window


def test_print_my_sheet_prints_the_proposal_on_screen_with_only_my_justifications(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, mine, other, theirs = mine_and_others(demo_path)
    window = ready(qtbot, make_app, demo_path)
    shown: list[Path] = []
    monkeypatch.setattr(open_file, "open_path", lambda path: shown.append(path) or True)
    window.proposals.list_view.select_row(0)  # another proposal chosen in Proposals first
    window.show_page(SCORING)
    window.select_proposal(uuid_of(window, code))
    qtbot.waitUntil(window.menus.print_own.isEnabled, timeout=10_000)
    assert window.menus.print_own.shortcut().toString() == "Ctrl+P"
    window.menus.print_own.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    text = pdf_text(shown[0])
    assert code in text and ME in text and "Evaluation sheet" in text and "Committee evaluation sheet" not in text
    assert compact(mine) in compact(text)
    assert other not in text and compact(theirs) not in compact(text)


def test_print_committee_sheet_prints_every_evaluators_justifications(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _mine, other, theirs = mine_and_others(demo_path)
    window = ready(qtbot, make_app, demo_path)
    shown: list[Path] = []
    monkeypatch.setattr(open_file, "open_path", lambda path: shown.append(path) or True)
    window.select_proposal(uuid_of(window, code))
    assert window.menus.print_committee.shortcut().toString() == "Ctrl+Shift+P"
    window.menus.print_committee.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    text = pdf_text(shown[0])
    assert code in text and other in text and compact(theirs) in compact(text)


def print_committee_sheet(qtbot: QtBot, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple:
    """The application, its window and the list of PDFs handed to the (stubbed) viewer, after one print."""
    code, *_ = mine_and_others(demo_path)
    app = make_app(profile=ME)
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    shown: list[Path] = []
    monkeypatch.setattr(open_file, "open_path", lambda path: shown.append(path) or True)
    window.select_proposal(uuid_of(window, code))
    window.menus.print_committee.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    return app, window, shown


def test_a_printed_sheet_is_said_to_be_in_the_pdf_viewer_not_saved_in_a_temporary_folder(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _app, window, shown = print_committee_sheet(qtbot, make_app, demo_path, monkeypatch)
    assert window.statusBar().currentMessage() == f"Sheet {shown[0].name} opened in your PDF viewer"


def test_the_printed_sheets_folders_go_when_the_program_closes(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, window, shown = print_committee_sheet(qtbot, make_app, demo_path, monkeypatch)
    folder = shown[0].parent
    assert folder.name.startswith(PREFIX) and shown[0].exists()
    window.menus.print_committee.trigger()  # a second print while the viewer may still show the first
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=WAIT_MS)
    assert shown[0].exists() and shown[1].exists()  # kept while the program runs
    app.close()
    assert not folder.exists() and not shown[1].parent.exists()  # they hold evaluations


def test_my_sheet_is_offered_once_i_have_scored_the_proposal(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = not_mine(demo_path)
    window = ready(qtbot, make_app, demo_path)
    shown: list[Path] = []
    monkeypatch.setattr(open_file, "open_path", lambda path: shown.append(path) or True)
    window.select_proposal(uuid_of(window, code))
    window.show_page(SCORING)
    assert not window.menus.print_own.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # the disabled action's keys
    message = window.statusBar().currentMessage()
    assert f"You have not scored {code}" in message and "Print committee sheet" in message and not shown

    form = window.scoring.form
    qtbot.mouseClick(next(iter(form.rows.values())).selector.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.menus.print_own.isEnabled, timeout=10_000)  # enabled once the evaluation is stored
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
    text = pdf_text(shown[0])
    assert code in text and ME in text


def test_without_a_pdf_viewer_the_sheet_can_be_saved_from_the_documents_folder(
    qtbot: QtBot, make_app, demo_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(documents) == home / "Documents"
    code, *_ = mine_and_others(demo_path)
    window = ready(qtbot, make_app, demo_path)
    asked: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: asked.append(url.toLocalFile()) and False)
    window.show_page(PROPOSALS)
    window.select_proposal(uuid_of(window, code))
    window.menus.print_own.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox), timeout=WAIT_MS)
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and "No PDF viewer" in box.text() and len(asked) == 1
    told = window.statusBar().currentMessage()  # once said "Sheet written to /tmp/red-desktop-sheet-…"
    assert PREFIX not in told and "saved" not in told and "written" not in told
    save_as = next(b for b in box.buttons() if b.text() == "Save as…")

    target = tmp_path / "printed" / "my sheet.pdf"
    target.parent.mkdir()
    started_in: list[str] = []

    def answer_the_file_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer_the_file_dialog)  # not shown yet
            return
        started_in.append(dialog.directory().absolutePath())
        dialog.selectFile(str(target))
        dialog.accept()

    QTimer.singleShot(0, answer_the_file_dialog)
    qtbot.mouseClick(save_as, Qt.MouseButton.LeftButton)  # returns once the file dialog is answered
    qtbot.waitUntil(lambda: target.exists() and "saved" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    assert window.statusBar().currentMessage() == "Sheet saved as my sheet.pdf"  # the folder would not fit at 1024 px
    assert started_in == [str(home / "Documents")]
    assert target.read_bytes() == Path(asked[0]).read_bytes() and code in pdf_text(target)
