"""Every figure the window shows is written in the interface language: "40,2" in Spanish and Portuguese, "40.2" in
English, on the same screen — the committee's ranking, the proposal panel, the list's totals and a chart's tooltip."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from red_desktop.core import messages
from red_desktop.gui.i18n import install_translators
from red_desktop.gui.main_window import COMMITTEE
from tests.gui.conftest import opened

WAIT_MS = 20_000
DECIMAL = {"en": ".", "es": ",", "pt": ","}
FOREIGN = {"en": re.compile(r"\d,\d"), "es": re.compile(r"\d\.\d"), "pt": re.compile(r"\d\.\d")}


@pytest.fixture(params=["en", "es", "pt"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    translators = install_translators(qt_app, request.param)
    messages.set_language(request.param)  # as run_app does: the window's figures follow the interface language
    try:
        yield request.param
    finally:
        for translator in translators:
            qt_app.removeTranslator(translator)
        messages.set_language("en")


def decimals_in(texts: list[str], mark: str) -> list[str]:
    """The texts that hold a decimal number written with `mark`."""
    return [text for text in texts if re.search(r"\d" + re.escape(mark) + r"\d", text)]


def written_well(texts: list[str], language: str) -> None:
    assert decimals_in(texts, DECIMAL[language]), texts  # there are decimals to read ...
    wrong = [text for text in texts if FOREIGN[language].search(text)]
    assert not wrong, wrong  # ... and none in another language's notation


def cells(model, columns: list[int], role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> list[str]:
    rows = model.rowCount(QModelIndex())
    return [str(model.index(r, c).data(role) or "") for r in range(rows) for c in columns]


def test_the_window_writes_every_decimal_in_the_interface_language(
    qtbot: QtBot, make_app, demo_path: Path, language: str
) -> None:
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    window.show_page(COMMITTEE)
    page = window.committee
    qtbot.waitUntil(lambda: page.sensitivity is not None, timeout=WAIT_MS)
    keys = page.model.keys
    numeric = [keys.index(k) for k in ("total", "spread", "p_top", "swap") if k in keys]
    written_well(cells(page.model, numeric), language)
    swap_tips = cells(page.model, [keys.index("swap")], Qt.ItemDataRole.ToolTipRole)
    assert not [tip for tip in swap_tips if FOREIGN[language].search(tip)], swap_tips

    contested = next(r for r in page.data.ranking if r.contested and r.evaluations > 1)  # type: ignore[union-attr]
    window.select_proposal(contested.uuid)
    details = page.proposal.details.text()
    assert contested.code in details
    written_well([details], language)  # "total 93,2 · ... dispersión 7,4", "Devon Ramsaran 88,3"

    listed = window.proposals.list_view.model
    written_well(cells(listed, [listed.column_of("total"), listed.column_of("leverage")]), language)

    page.tabs.setCurrentWidget(page.leverage)  # drawn when shown
    tips = [page.leverage.tip(i) for i in range(page.leverage.points)]
    written_well(tips, language)


@pytest.mark.parametrize("value", [1_270, 9_999, 12_700, 1_234_567, 0, 999])
def test_a_number_field_reads_back_every_number_it_shows(qtbot: QtBot, language: str, value: int) -> None:
    """A Spanish user opening a proposal with 1,270 beneficiary MSMEs was told "1.270" (the field's own display)
    is no number and the proposal could not be saved: Qt's Spanish groups from five digits on."""
    from red_desktop.gui.editor.number_edit import NumberEdit

    field = NumberEdit()
    qtbot.addWidget(field)
    field.configure(integer=True)
    field.set_value(value)
    assert field.value() == value, field.text()
    amount = NumberEdit()
    qtbot.addWidget(amount)
    amount.set_value(value + 0.5)
    assert amount.value() == value + 0.5, amount.text()


@pytest.mark.parametrize(
    ("typed", "read"), [("1.270", 1270), ("12.700,5", 12700.5), ("1.5", "1.5"), ("12.70", "12.70")]
)
def test_spanish_grouping_by_thousands_is_read_and_any_other_is_refused(qtbot: QtBot, typed: str, read: object) -> None:
    from red_desktop.gui.editor.number_edit import NumberEdit

    messages.set_language("es")
    try:
        field = NumberEdit()
        qtbot.addWidget(field)
        field.setText(typed)
        assert field.value() == read
    finally:
        messages.set_language("en")
