"""Score summaries a migration or another rubric left stale are brought up to date a batch at a time (issue 19):
the window runs one batch per operation of its writer, so a save never waits for a full refresh (22 s at 100,000
proposals), and at the end the store holds what a full refresh writes."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from red_desktop.core.demo import build_demo
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.core.store.summaries import CATCH_UP, WITHOUT_CRITERIA
from tests.core.test_standing_from_summaries import back_to_version_7

TABLES = ("proposal_scores", "proposal_criterion_scores", "portfolio_scores")


def contents(store: Store) -> dict[str, list[tuple[object, ...]]]:
    skip = {"proposal_scores": "computed_at"}
    out = {}
    for table in TABLES:
        columns = [c.name for c in store.db[table].columns if c.name != skip.get(table)]
        out[table] = store.db.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1, 2").fetchall()
    return out


def upgraded_demo(path: Path, rubric: Rubric) -> None:
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, proposals=23, evaluators=4, seed=5)
    back_to_version_7(path)


def test_batches_bring_an_upgraded_store_to_what_a_full_refresh_writes(tmp_path: Path, rubric: Rubric) -> None:
    path, full = tmp_path / "upgraded.sqlite", tmp_path / "full.sqlite"
    upgraded_demo(path, rubric)
    shutil.copyfile(path, full)
    with Store.open(full, user="tester") as store:
        store.summaries.refresh(rubric)
        expected = contents(store)
    with Store.open(path, user="tester") as store:
        assert not store.summaries.is_current(rubric)
        steps = 0
        while not store.summaries.catch_up(rubric, batch=5):
            steps += 1
            assert store.meta.get(CATCH_UP) is not None
        assert steps == 5  # 23 proposals, 5 a batch
        assert store.summaries.is_current(rubric) and store.meta.get(WITHOUT_CRITERIA) is None
        assert store.meta.get(CATCH_UP) is None
        assert contents(store) == expected
        assert store.summaries.catch_up(rubric, batch=5)  # nothing due: done at once


def test_another_rubric_version_is_caught_up_too(tmp_path: Path, rubric: Rubric) -> None:
    path = tmp_path / "demo.sqlite"
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, proposals=12, evaluators=3, seed=2)
        newer = replace(rubric, version="2027.1")
        assert not store.summaries.is_current(newer)
        while not store.summaries.catch_up(newer, batch=4):
            pass
        assert store.summaries.is_current(newer)
