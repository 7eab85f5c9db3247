"""The committee's data handed over in parts (issue 19): what a window has worked out in a process of its own is
what the same computation gives in the window's own process, proposal by proposal."""

from __future__ import annotations

import pickle
from pathlib import Path

import pandas as pd
import pytest

from red_desktop.core import committee as committee_module
from red_desktop.core.committee import CommitteeData, build_committee, committee_parts
from red_desktop.core.demo import build_demo
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> Path:
    path = tmp_path_factory.mktemp("parts") / "demo.sqlite"
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, proposals=60, evaluators=4, seed=8)
    return path


def test_the_parts_give_back_the_same_committee(demo: Path, rubric: Rubric, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(committee_module, "PART_PROPOSALS", 7)  # 60 proposals: nine parts, the last of four
    with Store.open(demo, readonly=True) as store:
        here = build_committee(store, rubric)
    parts = committee_parts(demo, rubric)
    assert len(parts) == 1 + 9 + 3
    there = CommitteeData.from_parts(parts)
    assert there.ranking == here.ranking
    pd.testing.assert_frame_equal(there.finals, here.finals)
    pd.testing.assert_frame_equal(there.table, here.table)
    assert there.calibrated == here.calibrated and there.decisions == here.decisions
    assert there.calibration == here.calibration and there.agreement == here.agreement
    assert there.criterion_averages == here.criterion_averages and there.ranked_count == here.ranked_count
    for r in here.ranking:
        assert there.position(r.uuid) == here.position(r.uuid)
        pd.testing.assert_frame_equal(there.finals_of(r.uuid), here.finals_of(r.uuid))
    assert there.finals_of("no such proposal").empty


def test_each_part_unpickles_on_its_own(demo: Path, rubric: Rubric) -> None:
    """The interpreter is free between two parts: none needs another to be read."""
    for part in committee_parts(demo, rubric):
        pickle.loads(part)  # noqa: S301 (made by the test)
