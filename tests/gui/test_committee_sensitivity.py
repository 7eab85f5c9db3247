"""The committee page's sensitivity follows its data: a run overtaken by new data never lands on it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from red_desktop.core.committee import build_committee
from red_desktop.core.rubric import Rubric
from red_desktop.core.sensitivity import SensitivityInputs
from red_desktop.core.store import Store
from red_desktop.gui.pages import committee_page
from red_desktop.gui.pages.committee_page import CommitteePage
from red_desktop.gui.store_service import StoreService
from red_desktop.gui.tasks import Executor

WAIT_MS = 20_000


def test_new_data_during_a_sensitivity_run_is_followed_by_a_run_for_it(
    qtbot: QtBot, service: StoreService, rubric: Rubric, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(demo_path, readonly=True) as store:
        old = build_committee(store, rubric)
    new = replace(old, ranking=old.ranking[:12])  # the data changed: twelve proposals left
    release = threading.Event()
    asked: list[int] = []
    monkeypatch.setattr(committee_page, "sensitivity_inputs", _held(release, asked))
    runner = Executor()
    page = CommitteePage(service, runner, rubric, "en")
    qtbot.addWidget(page)
    page.set_data(old)
    qtbot.waitUntil(lambda: asked == [24], timeout=WAIT_MS)  # the run for the old data is under way
    page.set_data(new)
    release.set()
    qtbot.waitUntil(lambda: page.sensitivity is not None and page.compute.isEnabled(), timeout=WAIT_MS)
    assert page.sensitivity is not None
    assert set(page.sensitivity.proposals) == {r.uuid for r in new.ranking}  # the last shown is the new data's
    assert asked == [24, 12]
    runner.wait()
    runner.shutdown()


def _held(release: threading.Event, asked: list[int]) -> Callable[..., SensitivityInputs]:
    """The real computation's start; the first one waits for `release`."""
    real = committee_page.sensitivity_inputs

    def start(ranking: list[Any], rubric: Rubric) -> SensitivityInputs:
        asked.append(len(ranking))
        if len(asked) == 1:
            release.wait(WAIT_MS / 1000)
        return real(ranking, rubric)

    return start
