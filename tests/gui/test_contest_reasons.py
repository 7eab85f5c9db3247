"""Why a proposal is contested, worded in the interface language from the reason's fields, not the core's English
sentence (which stays for the command line)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from pytestqt.qtbot import QtBot

from red_desktop.core import messages
from red_desktop.core.aggregation import SINGLE_REASON, ContestReason
from red_desktop.core.committee import build_committee
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.gui.committee.contest_reasons import CONTEXT, reason_text
from red_desktop.gui.committee.ranking_model import RankingModel
from red_desktop.gui.main_window import COMMITTEE
from tests.gui.conftest import opened

SPANISH = {
    "Totals spread %1 points, over the threshold of %2": "Los totales se separan %1 puntos, más que el umbral de %2",
    "%1 %2: %3 gave %4, %5 gave %6": "%1 %2: %3 dio %4, %5 dio %6",
    "A single final evaluation: no second evaluator to confirm or dispute it": "Una sola evaluación final",
}


class FakeSpanish(QTranslator):
    """The Spanish catalogue for the contest reasons, as `make translations` will compile it."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return SPANISH.get(source, "") if context in (CONTEXT, "RankingModel") else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def spanish(qapp: QCoreApplication) -> Iterator[None]:
    translator = FakeSpanish()
    QCoreApplication.installTranslator(translator)
    messages.set_language("es")  # the interface language, which the figures follow
    yield
    QCoreApplication.removeTranslator(translator)
    messages.set_language("en")


SPREAD = ContestReason("spread", "totals spread 20.5 points, over the threshold of 15", spread=20.5, threshold=15.0)
GAP = ContestReason("subcriterion", "B2 Scale potential: Ana gave 1, Zoe gave 4", "B2", ("Ana", "Zoe"), (1, 4))


def test_each_reason_is_worded_through_the_translator_with_the_locale_s_figures(spanish: None) -> None:
    names = {"B2": "Potencial de escalamiento"}
    assert reason_text(SPREAD, names) == "Los totales se separan 20,5 puntos, más que el umbral de 15"
    assert reason_text(GAP, names) == "B2 Potencial de escalamiento: Ana dio 1, Zoe dio 4"
    assert reason_text(SINGLE_REASON, names) == "Una sola evaluación final"


def test_in_english_the_window_reads_like_the_command_line() -> None:
    assert reason_text(SPREAD, {}) == "Totals spread 20.5 points, over the threshold of 15"
    assert reason_text(GAP, {"B2": "Scale potential"}) == "B2 Scale potential: Ana gave 1, Zoe gave 4"


def test_the_panel_and_the_ranking_tooltip_list_the_reasons_in_spanish(
    qtbot: QtBot, make_app, demo_path: Path, rubric: Rubric, spanish: None
) -> None:
    with Store.open(demo_path, readonly=True) as store:
        data = build_committee(store, rubric)
    target = next(r for r in data.ranking if any(reason.kind == "subcriterion" for reason in r.reasons))
    gap = next(reason for reason in target.reasons if reason.kind == "subcriterion")
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    window.show_page(COMMITTEE)
    page = window.committee
    page.select_proposal(target.uuid)
    details = page.proposal.details.text()
    assert f"{gap.evaluators[0]} dio {gap.levels[0]}" in details and gap.message not in details
    model: RankingModel = page.model
    row = model.row_of(target.uuid)
    assert row is not None
    tip = model.index(row, model.keys.index("contested")).data(Qt.ItemDataRole.ToolTipRole)
    assert f"{gap.evaluators[1]} dio {gap.levels[1]}" in tip
