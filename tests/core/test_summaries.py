"""Score summaries: the committee total per proposal, cached in SQL and kept in step with every evaluation change."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from red_desktop.core.demo import build_demo
from red_desktop.core.domain import Evaluation, EvaluationState, Evaluator, RegionType, Score
from red_desktop.core.errors import StoreError
from red_desktop.core.ranking import build_ranking
from red_desktop.core.rubric import Rubric
from red_desktop.core.scoring import score_levels
from red_desktop.core.store import Store, summaries
from tests.factories import full_levels, proposal


def record(store: Store, rubric: Rubric, proposal_uuid: str, name: str, levels: dict[str, int], final: bool) -> str:
    evaluator = store.evaluators.add(Evaluator(name))
    state = EvaluationState.FINAL if final else EvaluationState.DRAFT
    scores = tuple(Score(sub_id, level, "Sustentado") for sub_id, level in levels.items())
    evaluation = Evaluation(proposal_uuid, evaluator.uuid, rubric.id, rubric.version, state, scores)
    return store.evaluations.record(evaluation, rubric).uuid


def uneven_levels(rubric: Rubric) -> dict[str, int]:
    """High on criterion A, low elsewhere, so the region type's weight profile moves the total."""
    return {s.id: 3 if s.criterion_id == "A" else 1 for s in rubric.subcriteria}


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> Path:
    path = tmp_path_factory.mktemp("summaries") / "demo.sqlite"
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, proposals=40, evaluators=5, seed=11)
    return path


def test_the_demo_summary_is_the_committee_ranking(demo_path: Path, rubric: Rubric) -> None:
    with Store.open(demo_path, readonly=True) as store:
        ranking = build_ranking(store, rubric)
        assert store.summaries.is_current(rubric)
        for ranked in ranking:
            summary = store.summaries.get(ranked.uuid)
            assert summary is not None
            assert summary.total == pytest.approx(ranked.total)
            assert summary.finals == ranked.evaluations
            assert summary.evaluations == summary.finals + summary.drafts
            assert (summary.rubric_id, summary.rubric_version) == (rubric.id, rubric.version)
        counts = store.evaluations.count_by_state()
        rows = store.db.execute("SELECT sum(finals), sum(drafts) FROM proposal_scores").fetchone()
        assert rows == (counts["final"], counts["draft"])


def test_a_proposal_without_evaluations_has_no_total(store: Store, rubric: Rubric) -> None:
    p = store.proposals.add(proposal())
    assert store.summaries.get(p.uuid) is None  # no row needed: the list shows a missing row as zeros
    assert store.summaries.is_current(rubric)
    assert store.summaries.refresh(rubric) == 1
    summary = store.summaries.get(p.uuid)
    assert summary is not None
    assert (summary.evaluations, summary.finals, summary.drafts, summary.total) == (0, 0, 0, None)


def test_every_evaluation_change_refreshes_its_proposal(store: Store, rubric: Rubric) -> None:
    p = store.proposals.add(proposal())
    ana = store.evaluators.add(Evaluator("Ana Lucía Quispe"))
    draft = store.evaluations.create(p.uuid, ana.uuid, rubric)
    assert summary_of(store, p.uuid) == (1, 0, 1, None)
    for sub_id, level in full_levels(rubric, 2).items():
        store.evaluations.set_score(draft.uuid, sub_id, level, "", rubric)
    assert summary_of(store, p.uuid) == (1, 0, 1, None)  # a draft's partial total is not a committee total
    store.evaluations.finalize(draft.uuid, rubric)
    assert summary_of(store, p.uuid) == (1, 1, 0, 50.0)
    record(store, rubric, p.uuid, "Luis Mamani", full_levels(rubric, 3), final=True)
    assert summary_of(store, p.uuid) == (2, 2, 0, 62.5)
    store.evaluations.reopen(draft.uuid, "Nueva carta de compromiso", rubric)
    assert summary_of(store, p.uuid) == (2, 1, 1, 75.0)
    store.evaluations.set_score(draft.uuid, "A1", 3, "", rubric)
    store.evaluations.finalize(draft.uuid, rubric)
    expected = (score_levels({**full_levels(rubric, 2), "A1": 3}, rubric, p.region_type).total + 75.0) / 2
    assert summary_of(store, p.uuid) == (2, 2, 0, pytest.approx(expected))


def summary_of(store: Store, uuid: str) -> tuple[object, ...]:
    summary = store.summaries.get(uuid)
    assert summary is not None
    return summary.evaluations, summary.finals, summary.drafts, summary.total


def test_a_batch_may_refresh_once_at_the_end(store: Store, rubric: Rubric) -> None:
    p = store.proposals.add(proposal())
    luis = store.evaluators.add(Evaluator("Luis Mamani"))
    scores = tuple(Score(s, 2, "") for s in full_levels(rubric))
    evaluation = Evaluation(p.uuid, luis.uuid, rubric.id, rubric.version, EvaluationState.FINAL, scores)
    store.evaluations.record(evaluation, rubric, refresh_summary=False)
    assert store.summaries.get(p.uuid) is None
    assert not store.summaries.is_current(rubric)
    store.summaries.refresh(rubric)
    assert summary_of(store, p.uuid) == (1, 1, 0, 50.0)
    assert store.summaries.is_current(rubric)


def test_a_failed_action_leaves_the_summary_as_it_was(store: Store, rubric: Rubric) -> None:
    p = store.proposals.add(proposal())
    with pytest.raises(RuntimeError), store.transaction():
        record(store, rubric, p.uuid, "Luis Mamani", full_levels(rubric, 2), final=True)
        raise RuntimeError("the user cancelled")
    assert store.summaries.get(p.uuid) is None


def test_a_new_region_type_reweights_the_total(store: Store, rubric: Rubric) -> None:
    stored = store.proposals.add(proposal(region_type=RegionType.MARGINALIZED))
    record(store, rubric, stored.uuid, "Luis Mamani", uneven_levels(rubric), final=True)
    before = score_levels(uneven_levels(rubric), rubric, RegionType.MARGINALIZED).total
    assert summary_of(store, stored.uuid)[3] == pytest.approx(before)

    emerging = store.proposals.update(replace(stored, region_type=RegionType.EMERGING), rubric)
    after = score_levels(uneven_levels(rubric), rubric, RegionType.EMERGING).total
    assert after != pytest.approx(before)
    assert summary_of(store, stored.uuid)[3] == pytest.approx(after)
    assert store.summaries.is_current(rubric)

    store.proposals.update(replace(emerging, region_type=RegionType.DECLINING))  # no rubric at hand: stale
    assert summary_of(store, stored.uuid) == (1, 1, 0, None)
    assert not store.summaries.is_current(rubric)
    store.summaries.refresh(rubric, [stored.uuid])
    declining = score_levels(uneven_levels(rubric), rubric, RegionType.DECLINING).total
    assert summary_of(store, stored.uuid)[3] == pytest.approx(declining)
    assert store.summaries.is_current(rubric)


def test_other_edits_keep_the_summary(store: Store, rubric: Rubric) -> None:
    stored = store.proposals.add(proposal())
    record(store, rubric, stored.uuid, "Luis Mamani", full_levels(rubric, 2), final=True)
    store.proposals.update(replace(stored, title="Otro título"))
    assert store.summaries.is_current(rubric)
    assert summary_of(store, stored.uuid) == (1, 1, 0, 50.0)


def test_summaries_of_another_rubric_version_are_not_current(store: Store, rubric: Rubric) -> None:
    p = store.proposals.add(proposal())
    record(store, rubric, p.uuid, "Luis Mamani", full_levels(rubric, 2), final=True)
    other = replace(rubric, version="2027.1")
    assert store.summaries.is_current(rubric)
    assert not store.summaries.is_current(other)
    store.summaries.refresh(other)
    assert summary_of(store, p.uuid) == (0, 0, 0, None)  # no evaluation under 2027.1 yet
    assert store.summaries.is_current(other)
    assert not store.summaries.is_current(rubric)


def test_refresh_of_given_proposals_in_chunks(store: Store, rubric: Rubric, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(summaries, "CHUNK", 2)
    uuids = [store.proposals.add(proposal(f"RED-PE-2026-{i:03d}")).uuid for i in range(5)]
    for i, uuid in enumerate(uuids[:3]):
        record(store, rubric, uuid, f"Evaluator {i}", full_levels(rubric, i + 1), final=True)
    with store.transaction() as db:
        db.execute("DELETE FROM proposal_scores")
    assert store.summaries.refresh(rubric, [*uuids, uuids[0], "not-a-proposal"]) == 5
    assert [store.summaries.get(u).total for u in uuids] == [25.0, 50.0, 75.0, None, None]  # type: ignore[union-attr]


def test_a_read_only_store_refuses_a_refresh(demo_path: Path, rubric: Rubric) -> None:
    with Store.open(demo_path, readonly=True) as store, pytest.raises(StoreError, match="read-only"):
        store.summaries.refresh(rubric)
