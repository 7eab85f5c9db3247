"""A large store's committee worked out in a process of its own (issue 19): the window shows what the same
computation gives in its own process, ranking and sensitivity alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from red_desktop.core.committee import build_committee
from red_desktop.core.rubric import Rubric
from red_desktop.core.sensitivity import ranking_sensitivity
from red_desktop.core.store import Store
from red_desktop.gui import tasks
from tests.gui.conftest import opened

WAIT_MS = 60_000


def test_a_large_stores_committee_is_worked_out_apart_and_shown_the_same(
    qtbot: QtBot, make_app, demo_path: Path, rubric: Rubric, monkeypatch: pytest.MonkeyPatch, apart_calls: list[str]
) -> None:
    monkeypatch.setattr(tasks, "APART_FROM", 0)  # the demo's 24 proposals count as a large store
    app = make_app()
    app.start(demo_path, demo=False)
    page = opened(qtbot, app).committee
    qtbot.waitUntil(lambda: page.data is not None and page.sensitivity is not None, timeout=WAIT_MS)
    assert [call for call in apart_calls if call != "list_index_parts"] == ["committee_parts", "sensitivity_figures"]
    with Store.open(demo_path, readonly=True) as store:
        here = build_committee(store, rubric)
    assert page.data is not None and page.data.ranking == here.ranking
    assert page.data.calibrated == here.calibrated and page.data.agreement == here.agreement
    expected = ranking_sensitivity(here.ranking, rubric, top_n=page.top_n.value(), samples=page.samples.value(), seed=0)
    assert page.sensitivity == expected
