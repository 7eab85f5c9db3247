"""A sheet's standing from the stored summaries (issue 19): the proposal's criterion scores kept beside its total,
the portfolio's figures cached, and standing() equal to the aggregate of every evaluation without reading them."""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import replace
from pathlib import Path

import pandas.testing as pdt
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from red_desktop.core.demo import build_demo
from red_desktop.core.domain import Evaluation, EvaluationState, Evaluator, RegionType, Score
from red_desktop.core.merging import merge
from red_desktop.core.ranking import build_ranking
from red_desktop.core.reports import standing as standing_module
from red_desktop.core.reports.standing import Standing, standing
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.core.store.migrations import LATEST_VERSION, migrate
from red_desktop.core.store.summaries import WITHOUT_CRITERIA
from tests.factories import full_levels, proposal
from tests.schema_steps import undo_migration_9


def record(
    store: Store, rubric: Rubric, proposal_uuid: str, evaluator: str, levels: dict[str, int], final: bool
) -> str:
    found = store.db.execute("SELECT uuid FROM evaluators WHERE name = ?", [evaluator]).fetchone()
    evaluator_uuid = found[0] if found else store.evaluators.add(Evaluator(evaluator)).uuid
    state = EvaluationState.FINAL if final else EvaluationState.DRAFT
    scores = tuple(Score(sub_id, level, "Sustentado") for sub_id, level in levels.items())
    evaluation = Evaluation(proposal_uuid, evaluator_uuid, rubric.id, rubric.version, state, scores)
    return store.evaluations.record(evaluation, rubric).uuid


def every_evaluation(store: Store, rubric: Rubric, uuid: str) -> Standing:
    """What standing() gave before issue 19: the aggregate of every evaluation."""
    return standing_module._from_every_evaluation(store, rubric, uuid)


def uuids(store: Store) -> list[str]:
    return [p.uuid for p in store.proposals.all(merged=True)]


def assert_same_standings(store: Store, rubric: Rubric) -> int:
    assert store.summaries.portfolio(rubric) is not None  # the summaries are current: the new path runs
    ranked = 0
    for uuid in uuids(store):
        new, old = standing(store, rubric, uuid), every_evaluation(store, rubric, uuid)
        assert new == old, uuid
        ranked += new.rank is not None
    return ranked


@pytest.fixture(scope="module")
def portfolio_path(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> Path:
    """A demo with every region type, drafts, ties, a proposal without finals, one without evaluations, merges."""
    path = tmp_path_factory.mktemp("standing") / "demo.sqlite"
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, proposals=45, evaluators=5, seed=19)
        for i, region_type in enumerate([RegionType.EMERGING, RegionType.EMERGING, RegionType.DECLINING, None]):
            p = store.proposals.add(proposal(f"RED-TIE-{i}", region_type=region_type))
            record(store, rubric, p.uuid, "Ana Lucía Quispe", full_levels(rubric, 3), final=True)  # ties
            record(store, rubric, p.uuid, "Luis Mamani", full_levels(rubric, 1), final=i % 2 == 0)
        drafts_only = store.proposals.add(proposal("RED-DRAFT-1"))
        record(store, rubric, drafts_only.uuid, "Luis Mamani", full_levels(rubric, 4), final=False)
        store.proposals.add(proposal("RED-NONE-1"))
        demo = [p.uuid for p in sorted(store.proposals.all(), key=lambda p: p.code) if "-2026-" in p.code]
        merge(store, demo[0], demo[1], "The same project twice", rubric)  # evaluations count for demo[1]
        merge(store, drafts_only.uuid, demo[2], "Submitted twice", rubric)
    return path


def test_refresh_keeps_each_proposals_committee_criterion_scores(portfolio_path: Path, rubric: Rubric) -> None:
    with Store.open(portfolio_path, readonly=True) as store:
        ranking = build_ranking(store, rubric)
        assert store.summaries.is_current(rubric)
        for ranked in ranking:
            expected = ranked.criteria if ranked.total is not None else {}
            assert store.summaries.criteria(ranked.uuid) == expected  # exactly: the same aggregate
        (count,) = store.db.execute("SELECT count(DISTINCT proposal_uuid) FROM proposal_criterion_scores").fetchone()
        assert count == sum(r.total is not None for r in ranking)


def test_a_few_proposals_evaluations_are_read_as_the_evaluations_frames_read_them(
    portfolio_path: Path, rubric: Rubric
) -> None:
    """store.evaluations finds them through the index on their own proposal (then keeps those counting for the
    chosen ones, merged included); the rows and order are those of every evaluation's frame."""
    with Store.open(portfolio_path, readonly=True) as store:
        every = uuids(store)
        whole, levels = store.evaluations.scored(rubric)
        for chosen in [[u] for u in every] + [every[:7], every[5:30]]:
            scored, chosen_levels = store.evaluations.scored(rubric, chosen)
            kept = whole[whole["proposal_uuid"].isin(chosen)]
            if kept.empty:  # an empty frame's index has no type to compare
                assert scored.empty and chosen_levels.empty
                continue
            pdt.assert_frame_equal(scored, kept)
            pdt.assert_frame_equal(chosen_levels, levels.loc[kept.index])


def test_the_standing_from_the_summaries_is_the_aggregate_of_every_evaluation(
    portfolio_path: Path, rubric: Rubric
) -> None:
    with Store.open(portfolio_path, readonly=True) as store:
        ranked = assert_same_standings(store, rubric)
        ties = [standing(store, rubric, p.uuid).rank for p in store.proposals.all() if p.code.startswith("RED-TIE")]
        assert len(set(ties)) < len(ties)  # some share a rank, as 1, 2, 2, 4
        assert ranked == store.summaries.portfolio(rubric).ranked  # type: ignore[union-attr]


def test_the_standing_reads_only_the_proposals_own_evaluations(
    portfolio_path: Path, rubric: Rubric, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 19: one sheet aggregated every evaluation in the store (10 s at 100,000 proposals). Fails before."""

    with Store.open(portfolio_path, readonly=True) as store:
        target = next(p for p in store.proposals.all() if p.code.startswith("RED-TIE"))
        expected = every_evaluation(store, rubric, target.uuid)
        every_one = store.evaluations.levels  # the matrix of every evaluation when given no proposals

        def some_only(rubric: Rubric, ids: list[str], proposal_uuids: object = None, *rest: object) -> object:
            if proposal_uuids is None:
                raise AssertionError("every evaluation of the store read for one proposal's sheet")
            return every_one(rubric, ids, proposal_uuids, *rest)  # type: ignore[arg-type]

        monkeypatch.setattr(store.evaluations, "levels", some_only)
        place = standing(store, rubric, target.uuid)
        assert place == expected and place.rank is not None and place.ranked_count > 40


def test_a_draft_saved_keeps_the_portfolio_cache_and_a_final_one_renews_it(store: Store, rubric: Rubric) -> None:
    a, b = store.proposals.add(proposal("P-A")), store.proposals.add(proposal("P-B"))
    record(store, rubric, a.uuid, "Ana Lucía Quispe", full_levels(rubric, 2), final=True)
    cached = store.db.execute("SELECT * FROM portfolio_scores ORDER BY 1").fetchall()
    assert [row[:2] for row in cached] == [(c, 1) for c in sorted(rubric.criterion_ids)]
    record(store, rubric, b.uuid, "Luis Mamani", full_levels(rubric, 4), final=False)
    assert store.db.execute("SELECT * FROM portfolio_scores ORDER BY 1").fetchall() == cached
    record(store, rubric, b.uuid, "Ana Lucía Quispe", full_levels(rubric, 4), final=True)
    portfolio = store.summaries.portfolio(rubric)
    assert portfolio is not None and portfolio.ranked == 2
    assert portfolio.average == store.summaries._portfolio(rubric).average
    assert portfolio.average == tuple(every_evaluation(store, rubric, a.uuid).average)
    assert standing(store, rubric, b.uuid).rank == 1 and standing(store, rubric, a.uuid).rank == 2


def test_summaries_not_current_fall_back_to_every_evaluation(store: Store, rubric: Rubric) -> None:
    a, b = store.proposals.add(proposal("P-A")), store.proposals.add(proposal("P-B"))
    record(store, rubric, a.uuid, "Ana Lucía Quispe", full_levels(rubric, 2), final=True)
    luis = store.evaluators.add(Evaluator("Luis Mamani"))
    scores = tuple(Score(s, 4, "Sustentado") for s in full_levels(rubric))
    evaluation = Evaluation(b.uuid, luis.uuid, rubric.id, rubric.version, EvaluationState.FINAL, scores)
    store.evaluations.record(evaluation, rubric, refresh_summary=False)
    assert store.summaries.portfolio(rubric) is None
    place = standing(store, rubric, b.uuid)
    assert (place.rank, place.ranked_count) == (1, 2)  # not the summaries' one ranked proposal
    assert place == every_evaluation(store, rubric, b.uuid)
    other = replace(rubric, version="2027.1")
    assert standing(store, rubric, a.uuid) == every_evaluation(store, rubric, a.uuid)
    assert standing(store, other, a.uuid) == Standing((0.0, 0.0, 0.0), 0, None, {}, None, None, False, ())


def test_a_store_without_finals_has_no_rank_and_a_zero_average(store: Store, rubric: Rubric) -> None:
    p = store.proposals.add(proposal("P-A"))
    record(store, rubric, p.uuid, "Luis Mamani", full_levels(rubric, 3), final=False)
    assert store.summaries.portfolio(rubric) is not None
    assert standing(store, rubric, p.uuid) == every_evaluation(store, rubric, p.uuid)
    assert standing(store, rubric, p.uuid).average == (0.0, 0.0, 0.0)


def back_to_version_7(path: Path) -> None:
    """The store as migration 7 left it: summaries with totals and counts, no criterion scores, no cache."""
    conn = sqlite3.connect(path)
    with conn:
        undo_migration_9(conn)
        conn.execute("DROP TABLE proposal_criterion_scores")
        conn.execute("DROP TABLE portfolio_scores")
        conn.execute("DROP INDEX proposal_scores_rubric")
        conn.execute("PRAGMA user_version = 7")
    conn.close()


def test_a_version_7_store_keeps_its_totals_and_is_current_after_its_first_full_refresh(
    store_path: Path, rubric: Rubric
) -> None:
    with Store.open(store_path, user="demo") as store:
        build_demo(store, rubric, proposals=25, evaluators=4, seed=3)
        before = store.db.execute("SELECT * FROM proposal_scores ORDER BY 1").fetchall()
        criteria = store.db.execute("SELECT * FROM proposal_criterion_scores ORDER BY 1, 2").fetchall()
        cache = store.db.execute("SELECT * FROM portfolio_scores ORDER BY 1").fetchall()
    back_to_version_7(store_path)
    with Store.open(store_path, user="tester") as store:
        assert store.schema_version == LATEST_VERSION
        assert store.db.execute("SELECT * FROM proposal_scores ORDER BY 1").fetchall() == before  # the list's totals
        assert store.meta.get(WITHOUT_CRITERIA) == "8"
        assert not store.summaries.is_current(rubric) and store.summaries.portfolio(rubric) is None
        some = uuids(store)[3]
        assert standing(store, rubric, some) == every_evaluation(store, rubric, some)  # the slow path, right
        store.summaries.refresh(rubric, [some])  # one proposal's refresh fills its scores, not the others'
        assert not store.summaries.is_current(rubric)
        store.summaries.refresh(rubric)
        assert store.meta.get(WITHOUT_CRITERIA) is None and store.summaries.is_current(rubric)
        assert store.db.execute("SELECT * FROM proposal_criterion_scores ORDER BY 1, 2").fetchall() == criteria
        assert store.db.execute("SELECT * FROM portfolio_scores ORDER BY 1").fetchall() == cache
        assert_same_standings(store, rubric)


def test_a_version_7_store_without_committee_totals_is_current_at_once(store_path: Path, rubric: Rubric) -> None:
    with Store.open(store_path, user="tester") as store:
        p = store.proposals.add(proposal("P-A"))
        record(store, rubric, p.uuid, "Luis Mamani", full_levels(rubric, 3), final=False)
    back_to_version_7(store_path)
    with Store.open(store_path, user="tester") as store:
        assert store.meta.get(WITHOUT_CRITERIA) is None and store.summaries.is_current(rubric)


def test_migration_8_runs_in_its_own_transaction(store_path: Path, rubric: Rubric) -> None:
    from sqlite_utils import Database

    with Store.open(store_path, user="demo") as store:
        build_demo(store, rubric, proposals=5, evaluators=2, seed=1)
    back_to_version_7(store_path)
    db = Database(sqlite3.connect(store_path))
    assert migrate(db) == [8, 9]  # 8 and then the next, each in its own transaction
    assert db.execute("SELECT value FROM meta WHERE key = ?", [WITHOUT_CRITERIA]).fetchone() == ("8",)
    db.conn.close()


REGION_TYPES = [RegionType.MARGINALIZED, RegionType.EMERGING, RegionType.DECLINING, None]
EVALUATORS = ["Ana Lucía Quispe", "Luis Mamani", "Rosa Huamán"]
Portfolio = list[tuple[RegionType | None, list[tuple[int, int, int, bool]]]]


@st.composite
def portfolios(draw: st.DrawFn) -> tuple[Portfolio, bool]:
    """Proposals as (region type, [(evaluator, level on A, level elsewhere, final)]), and whether the first is merged
    into the second: few levels, so totals tie often."""
    evaluation = st.tuples(st.integers(0, len(EVALUATORS) - 1), st.integers(0, 4), st.integers(0, 4), st.booleans())
    proposals = st.tuples(st.sampled_from(REGION_TYPES), st.lists(evaluation, max_size=3, unique_by=lambda e: e[0]))
    return draw(st.lists(proposals, min_size=1, max_size=7)), draw(st.booleans())


@settings(max_examples=30, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(portfolios())
def test_any_small_portfolio_gets_the_same_standing_both_ways(rubric: Rubric, case: tuple[Portfolio, bool]) -> None:
    drawn, merged = case
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "s.sqlite", user="tester") as store:
        added = []
        for i, (region_type, evaluations) in enumerate(drawn):
            p = store.proposals.add(proposal(f"P-{i}", region_type=region_type))
            added.append(p.uuid)
            for who, level_a, level, final in evaluations:
                levels = {s.id: level_a if s.criterion_id == "A" else level for s in rubric.subcriteria}
                record(store, rubric, p.uuid, EVALUATORS[who], levels, final)
        if merged and len(added) > 1:
            merge(store, added[0], added[1], "The same project", rubric)
        assert_same_standings(store, rubric)


@pytest.mark.parametrize("change", [{"version": "2027.1"}, {"id": "another-rubric"}, {"id": "a"}, {"id": "zz"}])
def test_one_summary_of_another_rubric_makes_them_not_current(
    store: Store, rubric: Rubric, change: dict[str, str]
) -> None:
    """is_current reads the least and greatest rubric of the summaries (an index): any one row differing counts."""
    other = replace(rubric, **change)
    first, second = store.proposals.add(proposal("P-A")), store.proposals.add(proposal("P-B"))
    for p in (first, second):
        record(store, rubric, p.uuid, "Luis Mamani", full_levels(rubric, 2), final=True)
    assert store.summaries.is_current(rubric) and not store.summaries.is_current(other)
    store.summaries.refresh(other, [second.uuid])
    assert not store.summaries.is_current(rubric) and not store.summaries.is_current(other)
    store.summaries.refresh(other)
    assert store.summaries.is_current(other) and not store.summaries.is_current(rubric)
