"""The editor's country chooser reads what core.countries reads: a name in another language or an abbreviation
gives its code; a name of no country is kept as typed."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from red_desktop.gui.editor.country_combo import CountryComboBox
from tests.gui.people import type_in


@pytest.mark.parametrize(
    ("typed", "code"),
    [("Perú", "PE"), ("Brasil", "BR"), ("Brazil", "BR"), ("EEUU", "US"), (" colômbia ", "CO"), ("pe", "PE"),
     ("Narnia", "Narnia"), ("XX", "XX")],
)  # fmt: skip
def test_a_typed_name_gives_its_code(qtbot: QtBot, typed: str, code: str) -> None:
    combo = CountryComboBox()
    qtbot.addWidget(combo)
    type_in(qtbot, combo.lineEdit(), typed)
    assert combo.code() == code


def test_a_chosen_country_gives_its_code(qtbot: QtBot) -> None:
    combo = CountryComboBox()
    qtbot.addWidget(combo)
    combo.set_code("bo")
    assert combo.currentData() == "BO"
    assert combo.code() == "BO"
