"""The committee ranking keeps its key columns in sight: seen under Xvfb at 1366×768, the list was 225 px wide and its
Total column past the edge; the title came after every criterion, out of sight."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from red_desktop.gui.main_window import COMMITTEE
from tests.gui.conftest import opened


@pytest.mark.parametrize("size", [QSize(1366, 768), QSize(1024, 768)], ids=["1366", "1024"])
def test_rank_code_title_and_total_are_within_the_ranking_s_viewport(
    qtbot: QtBot, make_app, demo_path: Path, size: QSize, language: str
) -> None:
    """In every language: Portuguese's longer tab titles narrowed the ranking and "Posição" pushed the total past
    the edge at 1024 pixels (seen under Xvfb); its header is "Pos." there, the whole word in its tooltip."""
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    window.resize(size)
    window.show_page(COMMITTEE)
    QApplication.processEvents()
    page = window.committee
    qtbot.waitUntil(lambda: not page.table.fitting)  # a column a turn of the event loop
    table, keys = page.table, page.model.keys
    header, viewport = table.horizontalHeader(), table.viewport().width()
    # the title whole where there is room for it (English); in Spanish and Portuguese the views' longer tab titles
    # leave the ranking a glance of it at 1024, past the edge
    whole = ("rank", "code", "title", "total") if language == "en" or size.width() > 1024 else ("rank", "code", "total")
    for key in whole:
        column = keys.index(key)
        assert not header.isSectionHidden(column), key
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert 0 <= header.sectionViewportPosition(column) and right <= viewport, (key, right, viewport)
    assert header.sectionViewportPosition(keys.index("title")) < viewport  # begun in sight
    assert header.sectionSize(keys.index("title")) >= 60  # a glance of the title, elided
    code = keys.index("code")
    widest = max(table.sizeHintForColumn(code), header.sectionSizeHint(code))
    assert header.sectionSize(code) >= widest  # the code whole


def test_a_title_the_user_sized_keeps_its_width(qtbot: QtBot, make_app, demo_path: Path) -> None:
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    window.show_page(COMMITTEE)
    page = window.committee
    header, title = page.table.horizontalHeader(), page.model.keys.index("title")
    header.resizeSection(title, 300)
    window.resize(QSize(1024, 768))
    QApplication.processEvents()
    assert header.sectionSize(title) == 300 and not page.table.title_fitted
