"""Quiet helpers: a code suggested only from a real country; region types explained where they are chosen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from red_desktop.core.codes import device_mark
from red_desktop.gui.editor import ProposalEditor
from red_desktop.gui.editor.country_combo import CountryComboBox
from red_desktop.gui.proposals.filter_bar import FilterBar
from red_desktop.gui.store_service import StoreService


def country(editor: ProposalEditor) -> CountryComboBox:
    widget = editor.fields.widget("country")
    assert isinstance(widget, CountryComboBox)
    return widget


def code(editor: ProposalEditor) -> str:
    widget = editor.fields.widget("code")
    assert isinstance(widget, QLineEdit)
    return widget.text()


@pytest.mark.parametrize("typed", ["Narnia", "XX", "Namibiana"])
def test_a_country_that_is_no_iso_country_gets_no_code(qtbot: QtBot, editor: ProposalEditor, typed: str) -> None:
    """Issue 12 item 8: typing "Narnia" passed through "Na" (Namibia) and left RED-NA-… as the code."""
    editor.new_proposal()
    qtbot.keyClicks(country(editor).lineEdit(), typed)
    assert country(editor).code() == typed
    assert code(editor) == ""


def test_a_suggestion_goes_when_its_country_does_and_a_real_one_brings_it_back(
    qtbot: QtBot, editor: ProposalEditor
) -> None:
    year = date.today().year
    editor.set_role("committee_member")  # the committee gives final codes
    editor.new_proposal()
    qtbot.keyClicks(country(editor).lineEdit(), "Chile")
    assert code(editor) == f"RED-CL-{year}-001"
    country(editor).set_text("Narnia")
    assert code(editor) == ""
    country(editor).set_text("Peru (PE)")
    assert code(editor) == f"RED-PE-{year}-001"


def test_a_field_evaluators_new_code_carries_the_laptops_mark(
    qtbot: QtBot, editor: ProposalEditor, service: StoreService
) -> None:
    """Issue 13: two laptops numbering offline must not both make RED-CL-2026-001."""
    editor.set_role("field_evaluator")
    editor.new_proposal()
    qtbot.keyClicks(country(editor).lineEdit(), "Chile")
    mark = device_mark(service.reader.meta.get("device_id"))
    assert code(editor) == f"RED-CL-{date.today().year}-{mark}-001"


def test_a_code_the_user_typed_stays_whatever_the_country(qtbot: QtBot, editor: ProposalEditor) -> None:
    editor.new_proposal()
    qtbot.keyClicks(editor.fields.widget("code"), "MI-CODIGO")
    qtbot.keyClicks(country(editor).lineEdit(), "Narnia")
    assert code(editor) == "MI-CODIGO"


def item_tips(combo: QComboBox) -> dict[object, str]:
    return {combo.itemData(i): combo.itemData(i, Qt.ItemDataRole.ToolTipRole) or "" for i in range(combo.count())}


def test_each_region_type_and_the_field_explain_themselves(editor: ProposalEditor) -> None:
    """Issue 12 item 8: region types had no explanation."""
    combo = editor.fields.widget("region_type")
    assert isinstance(combo, QComboBox)
    tips = item_tips(combo)
    assert set(tips) == {None, "marginalized", "emerging", "declining"}
    assert all(len(tip) > 40 for tip in tips.values())
    assert "left behind" in tips["marginalized"] and "growing" in tips["emerging"] and "shrinking" in tips["declining"]
    assert "weight profile" in combo.toolTip()
    assert all(tips[kind] in combo.toolTip() for kind in ("marginalized", "emerging", "declining"))


def test_the_list_filter_names_and_explains_region_types(qtbot: QtBot) -> None:
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_facets({"region_types": ["", "declining", "emerging", "marginalized"]})
    combo = bar.combos["region_types"]
    tips = item_tips(combo)
    assert combo.itemText(combo.findData("marginalized")) == "Marginalized"
    assert "left behind" in tips["marginalized"] and "growing" in tips["emerging"] and "shrinking" in tips["declining"]
    assert tips[""] and all(tips[kind] in combo.toolTip() for kind in ("marginalized", "emerging", "declining"))
