"""The window walked as a Spanish or Portuguese user would (issue 18, item 6): every page, every tab, the menus and
the dialogs they open, with a proposal chosen; no visible text may be English that the catalogues translate.

"English" is a text of the window's catalogue (a .ts source whose translation differs), of the core's catalogue
(a .po msgid whose translation differs), or an enum's stored value ("under_review", "emerging"). Proper nouns,
codes and numbers are none of these. Whether texts fit is tests/gui/test_layout.py's job.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from red_desktop import paths
from red_desktop.core import domain, messages
from red_desktop.gui.main_window import MainWindow
from tests.gui.conftest import opened
from tests.gui.people import click_proposal

# Proper nouns that happen to be catalogue sources: each language's own name is offered in that language.
# Words Spanish or Portuguese write as English does: "Actor" (an InterestKind value), "Final" (a state, the Progress
# tab's column) (issue 21)
ALLOWED = {"English", "actor", "final", "Final"}
ROWS_READ = 8  # of each table: enough to meet every kind of cell
# Menu actions whose dialog is walked too; the others write files, quit or ask for a file.
DIALOGS = ("preferences", "shortcuts", "restore", "export")


def english(chosen: str) -> set[str]:
    """Texts a user of the `chosen` language must not meet as they are."""
    found: set[str] = set()
    root = ET.parse(paths.resources_dir() / "translations" / f"red_desktop_{chosen}.ts").getroot()
    for message in root.iter("message"):
        source, translation = message.findtext("source") or "", message.find("translation")
        shown = "".join(translation.itertext()) if translation is not None else ""
        if source and _plain(shown) != _plain(source):
            found.add(_plain(source))
    with messages.catalogue_path(chosen).open("rb") as handle:
        for entry in read_po(handle):
            if isinstance(entry.id, str) and entry.id and "{" not in entry.id and entry.string not in ("", entry.id):
                found.add(entry.id)
    for kind in vars(domain).values():
        if isinstance(kind, type) and issubclass(kind, StrEnum) and kind is not StrEnum:
            found |= {member.value for member in kind} | {member.value.replace("_", " ") for member in kind}
    return {text for text in found if any(c.isalpha() for c in text) and not text.isupper()} - ALLOWED


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for what `root` shows now: labels, buttons, group titles, placeholders, choices, tab titles,
    table headers and the first rows' cells."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel):
            yield where, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit):
            yield where, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from ((where, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            yield from ((where, widget.tabText(i)) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _cells(where, widget)


def _cells(where: str, view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model takes no parent here
        columns = 1
    for column in range(columns):
        yield f"{where} header", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(QModelIndex()), ROWS_READ)):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(model.index(row, column), role)
                if isinstance(value, str):
                    yield f"{where} cell", value


def every_tab(window: MainWindow) -> Iterator[None]:
    """Each visible tab of each visible tab widget in turn (nested ones too, as they appear)."""
    done: set[tuple[int, int]] = set()
    while True:
        pending = [
            (tabs, index)
            for tabs in window.findChildren(QTabWidget)
            if tabs.isVisible()
            for index in range(tabs.count())
            if (id(tabs), index) not in done
        ]
        if not pending:
            return
        tabs, index = pending[0]
        done.add((id(tabs), index))
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield


def menu_texts(window: MainWindow) -> Iterator[tuple[str, str]]:
    def walk(actions: list[QAction], where: str) -> Iterator[tuple[str, str]]:
        for action in actions:
            yield where, action.text()
            if action.toolTip() and action.toolTip() != action.text():
                yield where + " tip", action.toolTip()
            menu = action.menu()
            if isinstance(menu, QMenu):
                yield from walk(menu.actions(), f"{where} › {_plain(action.text())}")

    yield from walk(window.menuBar().actions(), "menu")


def dialog_texts(qtbot: QtBot, action: QAction) -> list[tuple[str, str]]:
    """Trigger `action`, read the dialog it opens (modal or not), close it."""
    seen: list[tuple[str, str]] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            seen.extend((f"dialog {_plain(action.text())}: {where}", text) for where, text in shown_texts(dialog))
            dialog.reject() if isinstance(dialog, QDialog) else dialog.close()

    QTimer.singleShot(0, read_and_close)  # runs inside the dialog's exec(), if it has one
    action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None or bool(seen), timeout=10_000)
    read_and_close()  # a dialog opened without exec()
    return seen


@pytest.mark.parametrize("language", ["es", "pt"], indirect=True)
def test_a_spanish_or_portuguese_user_meets_no_english(qtbot: QtBot, make_app, demo_path: Path, language: str) -> None:
    forbidden = english(language)
    app = make_app()
    assert app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    qtbot.waitUntil(lambda: window.scoring.evaluator_uuid != "", timeout=10_000)
    seen: list[tuple[str, str]] = []
    for page in range(4):
        window.show_page(page)
        if page == 0:  # a proposal chosen: the editor, then the scoring form and the committee's panel show it
            view = window.proposals.list_view
            click_proposal(qtbot, view, view.model.row_at(0).uuid)
        for _ in every_tab(window):
            seen += [(f"page {page}: {where}", text) for where, text in shown_texts(window)]
    seen += list(menu_texts(window))
    for name in DIALOGS:
        seen += dialog_texts(qtbot, getattr(window.menus, name))
    english_seen = sorted({f"{where}: {text!r}" for where, text in seen if _plain(text) in forbidden})
    assert len(seen) > 500, "the walk saw too little of the window to judge it"
    assert not english_seen, f"{len(english_seen)} English texts in the {language} window:\n" + "\n".join(english_seen)
