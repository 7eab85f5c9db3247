"""The committee's data handed over in parts (issue 19): what a window has worked out in a process of its own is
what the same computation gives in the window's own process, proposal by proposal."""

from __future__ import annotations

import mmap
import pickle
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

from red_desktop.core import committee, handover, pickled_entries
from red_desktop.core.committee import FINALS_TEXTS, CommitteeData, build_committee, committee_parts
from red_desktop.core.demo import build_demo
from red_desktop.core.pickled_entries import PickledEntries
from red_desktop.core.ranking import apart_order, ineligible_apart
from red_desktop.core.ranking_columns import RankingColumns, Reranked, ranking_search
from red_desktop.core.rubric import Rubric
from red_desktop.core.sensitivity import sensitivity_inputs
from red_desktop.core.store import Store
from red_desktop.core.text_column import TextColumn
from red_desktop.core.uuid_positions import UuidPositions


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> Path:
    path = tmp_path_factory.mktemp("parts") / "demo.sqlite"
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, proposals=60, evaluators=4, seed=8)
    return path


def test_the_parts_give_back_the_same_committee(demo: Path, rubric: Rubric) -> None:
    with Store.open(demo, readonly=True) as store:
        here = build_committee(store, rubric)
    there = CommitteeData.from_parts(committee_parts(demo, rubric))
    assert isinstance(there.ranking, RankingColumns)  # made when asked, not 100,000 objects kept
    assert there.ranking == here.ranking and list(there.ranking) == here.ranking
    assert there.ranking[-1] == here.ranking[-1] and there.ranking[2:5] == here.ranking[2:5]
    kinds = here.finals.dtypes.to_dict()  # the window's texts are categories: the same values
    assert all(isinstance(there.finals[c].dtype, pd.CategoricalDtype) for c in FINALS_TEXTS)
    pd.testing.assert_frame_equal(there.finals.astype(kinds), here.finals)
    pd.testing.assert_frame_equal(there.table, here.table)
    assert there.calibrated == here.calibrated and there.decisions == here.decisions
    assert there.calibration == here.calibration and there.agreement == here.agreement
    assert there.criterion_averages == here.criterion_averages and there.ranked_count == here.ranked_count
    for r in here.ranking:
        assert there.position(r.uuid) == here.position(r.uuid)
        pd.testing.assert_frame_equal(there.finals_of(r.uuid).astype(kinds), here.finals_of(r.uuid))
    assert there.finals_of("no such proposal").empty


def test_a_proposals_finals_are_its_rows_of_the_finals_in_their_order(demo: Path, rubric: Rubric) -> None:
    with Store.open(demo, readonly=True) as store:
        data = build_committee(store, rubric)
    assert len(data.finals) > len(data.ranking)
    for r in data.ranking:
        mine = data.finals[data.finals["proposal_uuid"] == r.uuid]
        pd.testing.assert_frame_equal(data.finals_of(r.uuid), mine)


def test_each_part_unpickles_on_its_own_and_the_texts_cross_as_they_are(demo: Path, rubric: Rubric) -> None:
    """The interpreter is free between two parts: none needs another to be read. The titles and the search text
    (the last two) are UTF-8, not pickled: mapped from the hand-over file, they are searched where they lie."""
    *pickled, titles, search = committee_parts(demo, rubric)
    for part in pickled:
        pickle.loads(part)  # noqa: S301 (made by the test)
    with Store.open(demo, readonly=True) as store:
        data = build_committee(store, rubric)
    assert titles.decode().split("\n")[:-1] == [r.title for r in data.ranking]
    assert len(search.decode().split("\n")) == len(data.ranking) + 1


def test_the_data_handed_over_through_a_file_is_the_data(
    demo: Path, rubric: Rubric, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19: what a process apart hands over through a file (core/handover.py), its texts mapped where they
    lie, is what it worked out; the file is gone once the window has the parts."""
    monkeypatch.setattr(handover, "FILE_FROM", 1)
    monkeypatch.setattr(handover, "MAP_FROM", 1)  # every part mapped: the demo's are small
    with Store.open(demo, readonly=True) as store:
        here = build_committee(store, rubric)
    handed = handover.hand_over(here.to_parts(), tmp_path / "cache")
    assert isinstance(handed, handover.PartsInFile)
    parts = handover.taken(handed)
    assert all(isinstance(part, mmap.mmap) for part in parts) and not list((tmp_path / "cache").iterdir())
    there = CommitteeData.from_parts(parts, spill=tmp_path / "spill")
    assert list(there.ranking) == here.ranking and there.ranking.texts["title"]._spilled.spilled
    pd.testing.assert_frame_equal(there.table, here.table)
    searched = ranking_search(here.ranking)
    assert there.ranking.search.rows() == searched.rows()
    for term in (b"valle", b"red", b"a"):
        assert there.ranking.search.find(term, None).tolist() == searched.find(term, None).tolist()


def test_the_sparse_fields_cross_in_small_parts_unpickled_when_asked_and_come_back_whole(
    demo: Path, rubric: Rubric, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19: 13,600 proposals' contest reasons took 0.2-0.3 s to unpickle in one call at 100,000, the window's
    thread waiting for the interpreter, and 8 MB to keep: they cross SPARSE_CHUNK at a time, each part unpickled
    when a proposal of it is first shown; a field with none still crossing."""
    with Store.open(demo, readonly=True) as store:
        here = build_committee(store, rubric)
    assert isinstance(here.ranking, list)
    here.ranking[0] = replace(here.ranking[0], override_rationale="Committee minute 12")
    monkeypatch.setattr(committee, "SPARSE_CHUNK", 2)
    monkeypatch.setattr(committee, "PARTS_A_PIECE", 2)
    parts = here.to_parts()
    reasons = [i for i, r in enumerate(here.ranking) if r.reasons]
    assert len(reasons) > 4
    unpickled: list[bytes] = []
    original = pickle.loads
    counting = SimpleNamespace(loads=lambda data: unpickled.append(data) or original(data))
    monkeypatch.setattr(pickled_entries, "pickle", counting)  # the parts' own unpickling, not the hand-over's
    there = CommitteeData.from_parts(parts)
    assert isinstance(there.ranking, RankingColumns)
    found = there.ranking.sparse["reasons"]
    assert isinstance(found, PickledEntries) and unpickled == []  # nothing unpickled before a proposal is shown
    assert there.ranking[reasons[-1]] == here.ranking[reasons[-1]] and len(unpickled) == 1  # its part alone
    assert there.ranking[reasons[-1]] == here.ranking[reasons[-1]] and len(unpickled) == 1  # kept for the next ask
    assert found.get(reasons[-1] + 1) is None and found.get(-1) is None and len(found) == len(reasons)
    assert list(there.ranking) == here.ranking
    for key in ("failed_gates", "override_rationale", "reasons"):
        assert there.ranking.values(key) == [getattr(r, key) for r in here.ranking]
    plain = replace(
        here, ranking=[replace(r, failed_gates=(), override_rationale=None, reasons=()) for r in here.ranking]
    )
    empty = dict.fromkeys(("failed_gates", "override_rationale", "reasons", "conflicts_excluded"), {})
    assert CommitteeData.from_parts(plain.to_parts()).ranking.sparse == empty


def test_the_columns_make_every_kind_of_proposal_as_the_ranking_made_it(demo: Path, rubric: Rubric) -> None:
    """Ineligible, overridden, contested, unscored and without a region type: each field comes back as it was."""
    with Store.open(demo, readonly=True) as store:
        ranking = build_committee(store, rubric).ranking
    assert isinstance(ranking, list)
    ranking[0] = replace(ranking[0], eligible=False, failed_gates=("public_private",), rank=None)
    ranking[1] = replace(
        ranking[1], override_rationale="Committee minute 12", region_type=None, weights=rubric.weights_for(None)
    )
    ranking[2] = replace(ranking[2], total=None, criteria=dict.fromkeys(ranking[2].criteria), spread=None)
    ranking[3] = replace(ranking[3], leverage=None, priority_area=None, evaluations=0)
    columns = RankingColumns.of(ranking, rubric)
    assert list(columns) == ranking and len(columns) == len(ranking)
    assert any(r.reasons for r in ranking)  # the demo has contested proposals, their reasons kept
    for key in ("title", "status", "failed_gates", "override_rationale", "reasons", "code", "eligible"):
        assert columns.values(key) == [getattr(r, key) for r in ranking]
    with pytest.raises(IndexError):
        columns[len(ranking)]


def test_the_ineligible_apart_by_positions_is_the_ranking_function(demo: Path, rubric: Rubric) -> None:
    with Store.open(demo, readonly=True) as store:
        ranking = build_committee(store, rubric).ranking
    assert isinstance(ranking, list)
    ranking = [replace(r, eligible=i % 4 != 0) for i, r in enumerate(ranking)]
    columns = RankingColumns.of(ranking, rubric)
    eligible = columns.table["eligible"].to_numpy(dtype=bool)
    positions, ranks = apart_order(eligible, columns.table["total"].to_numpy(dtype=float))
    assert list(Reranked(columns, positions, ranks)) == ineligible_apart(ranking)


def test_the_monte_carlo_reads_the_columns_as_it_reads_the_proposals(demo: Path, rubric: Rubric) -> None:
    """In the window the sensitivity's inputs come from the table (no 100,000 proposals made on a worker)."""
    with Store.open(demo, readonly=True) as store:
        ranking = build_committee(store, rubric).ranking
    assert isinstance(ranking, list)
    ranking[4] = replace(ranking[4], total=None, criteria=dict.fromkeys(ranking[4].criteria))  # not scored
    ranking[5] = replace(ranking[5], region_type=None, weights=rubric.weights_for(None))
    from_objects, from_columns = (sensitivity_inputs(r, rubric) for r in (ranking, RankingColumns.of(ranking, rubric)))
    assert from_columns.uuids == from_objects.uuids and from_columns.scored == from_objects.scored
    assert len(from_columns.scored) == len(ranking) - 1 and from_columns.criteria == from_objects.criteria
    for name in ("x", "index", "table"):
        np.testing.assert_array_equal(getattr(from_columns.arrays, name), getattr(from_objects.arrays, name))


def test_titles_and_search_text_kept_on_disk_read_and_search_as_in_memory(
    demo: Path, rubric: Rubric, tmp_path: Path
) -> None:
    """Issue 19: in the window the titles and the committee's search text are one bytes object each, in a file
    mapped into memory (19 + 17 MB as strings at 100,000 proposals); the calibrated totals an array by position."""
    with Store.open(demo, readonly=True) as store:
        here = build_committee(store, rubric)
    there = CommitteeData.from_parts(committee_parts(demo, rubric), spill=tmp_path)
    assert isinstance(there.ranking, RankingColumns)
    title = there.ranking.texts["title"]
    assert isinstance(title, TextColumn) and title._spilled.spilled and there.search._spilled.spilled
    assert there.ranking.values("title") == [r.title for r in here.ranking] and list(there.ranking) == here.ranking
    for term in ("a", "red-", "de ", "zzz", here.ranking[3].title[:9].lower(), here.ranking[5].code.lower()):
        assert there.search.find(term.encode(), None).tolist() == here.search.find(term.encode(), None).tolist()
    np.testing.assert_array_equal(there.calibrated_in_order(), here.calibrated_in_order())
    assert dict(there.calibrated) == here.calibrated and there.calibrated.get("no such proposal") is None
    assert len(there.calibrated) == len(here.calibrated) > 0


def test_uuid_positions_find_what_a_dict_finds() -> None:
    rng = np.random.default_rng(19)
    uuids = np.array([f"{rng.integers(1 << 62):016x}-{i}" for i in range(2_000)], dtype=object)
    by_dict = {u: i for i, u in enumerate(uuids.tolist())}
    positions = UuidPositions(uuids)
    asked = np.array([*uuids[rng.permutation(len(uuids))[:500]].tolist(), "missing", "", "zzzz"], dtype=object)
    assert [positions.get(u) for u in asked.tolist()] == [by_dict.get(u) for u in asked.tolist()]
    assert positions.of(asked).tolist() == [by_dict.get(u, -1) for u in asked.tolist()]
    empty = UuidPositions(np.array([], dtype=object))
    assert empty.get("x") is None and empty.of(asked).tolist() == [-1] * len(asked)


def test_the_parts_carry_the_evaluations_left_out_for_a_conflict_of_interest(
    demo: Path, rubric: Rubric, tmp_path: Path
) -> None:
    """A store the window works out apart (from tasks.APART_FROM proposals) flags them as a small one does."""
    from red_desktop.core.domain import InterestKind

    copy = tmp_path / "declared.sqlite"
    copy.write_bytes(demo.read_bytes())
    with Store.open(copy, user="comité") as store:
        final = store.evaluations.frame(rubric).query("state == 'final'").iloc[0]
        evaluator = store.evaluators.get(final["evaluator_uuid"])
        store.interests.declare(evaluator, InterestKind.PROPOSAL, "primo", proposal_uuid=final["proposal_uuid"])
        here = build_committee(store, rubric)
    flagged = [r for r in here.ranking if r.conflicts_excluded]
    assert [r.uuid for r in flagged] == [final["proposal_uuid"]]
    there = CommitteeData.from_parts(committee_parts(copy, rubric))
    assert there.ranking == here.ranking
    assert there.ranking.values("conflicts_excluded") == [r.conflicts_excluded for r in here.ranking]
