"""The Agreement, Calibration and Sensitivity tabs say in plain words what their figures mean (issue 14, item 6)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from red_desktop.core.aggregation import SINGLE_REASON
from red_desktop.core.agreement import FIGURES, agreement
from red_desktop.core.committee import build_committee
from red_desktop.core.rubric import Rubric
from red_desktop.core.sensitivity import PairSwap, ProposalSensitivity, RankingSensitivity
from red_desktop.core.store import Store
from red_desktop.gui.committee.plain_notes import PlainNotes
from red_desktop.gui.committee.ranking_model import RankingModel
from tests.gui.conftest import opened

WAIT_MS = 20_000


def test_each_tab_says_what_its_figures_mean_with_bands_and_reasons(
    qtbot: QtBot, make_app, demo_path: Path, rubric: Rubric
) -> None:
    app = make_app()
    app.start(demo_path, demo=False)
    page = opened(qtbot, app).committee
    agreement = page.agreement_note.text()
    assert "Koo and Li (2016" in agreement and "Krippendorff (2004" in agreement
    assert "0.75–0.9 good" in agreement and "0.667–0.8 tentative" in agreement
    assert "(ICC(2,k)) is" in agreement  # this demo's evaluators scored every proposal: the two-way figure
    nominal = page.agreement.horizontalHeaderItem(FIGURES.index("alpha_nominal"))
    assert "⚠" in nominal.text() and "interval alpha" in nominal.toolTip()
    calibration = page.calibration_note.text()
    assert "at least 5 points AND its ±2 SE interval" in calibration and "the same rule" in calibration
    qtbot.waitUntil(lambda: page.sensitivity is not None, timeout=WAIT_MS)
    note = page.sensitivity_status.text()
    # A no-break space: the wrapped note never ends a line at "95" and starts the next at "%".
    assert "in at least 95\u00a0% of samples" in note and "5–95\u00a0% of samples" in note
    assert not re.search(r"\d %", note)
    assert "the weights decide" in page.sensitivity_status.text()


def test_a_single_evaluation_is_flagged_and_a_tie_is_named_in_the_ranking(
    qtbot: QtBot, demo_path: Path, rubric: Rubric
) -> None:
    with Store.open(demo_path, readonly=True) as store:
        data = build_committee(store, rubric)
    first, second = data.ranking[0], data.ranking[1]
    single = replace(first, evaluations=1, spread=None, contested=True, reasons=(SINGLE_REASON,))
    data = replace(data, ranking=[single, *data.ranking[1:]])
    model = RankingModel({c.id: c.id for c in rubric.criteria})
    model.set_data(data)
    contested = model.index(0, model.keys.index("contested"))
    assert contested.data() == "⚑ single evaluation"
    assert "single final evaluation" in contested.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, model.keys.index("spread")).data() == "–"
    model._swaps = {first.uuid: PairSwap(first.uuid, second.uuid, 0.0, None, None, None, kind="tied")}
    swap = model.index(0, model.keys.index("swap"))
    assert swap.data() == "= tie" and "tie at every weighting" in swap.data(Qt.ItemDataRole.ToolTipRole)


def test_the_agreement_tab_says_why_icc2_and_icc3_are_blank(qtbot: QtBot, demo_path: Path, rubric: Rubric) -> None:
    with Store.open(demo_path, readonly=True) as store:
        data = build_committee(store, rubric)
    nan = float("nan")
    total = agreement([[60, 70, nan, nan], [nan, 50, 55, nan], [nan, nan, 80, 85], [40, nan, nan, 45]])
    data = replace(data, agreement=replace(data.agreement, total=total, items=4, raters=4))
    text = PlainNotes().agreement(data)
    assert "(ICC(1,k)) is" in text
    assert (
        "ICC(2) and ICC(3) are blank because they need proposals scored by every one of the 4 evaluators, and 0 of 4"
        in text
    )


def test_the_sensitivity_note_groups_its_counts_like_every_other_figure(qtbot: QtBot) -> None:
    """Seen at 100,000 proposals: "99950 stay out" beside "95,026" pairs."""
    figures = {f"p{i}": ProposalSensitivity(i + 11, 0.0, i + 11, i + 11) for i in range(12_345)}
    result = RankingSensitivity(figures, [], top_n=10, samples=1_000, seed=0, concentration=200.0)
    assert (
        "proposals stay in the top 10 in at least 95\u00a0% of samples and 12,345 stay out"
        in PlainNotes().sensitivity(result)
    )
