"""The demo portfolio: deterministic, varied, realistic, written all at once or not at all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from red_desktop.core.demo import build_demo, short_place
from red_desktop.core.demo_data import demo_content
from red_desktop.core.domain import ActorType, PriorityArea, RegionType
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.progress import Cancelled
from red_desktop.core.ranking import build_ranking
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from tests.progress_recorder import RecordingProgress


def canonical(store: Store) -> list[Any]:
    """What the seed decides: records and levels, without the write timestamps of this run."""
    proposals = [
        (
            p.uuid,
            p.code,
            p.title,
            p.region_type,
            p.requested_amount,
            p.regional_diagnosis,
            tuple((a.uuid, a.name, a.actor_type, a.evidence, a.contribution) for a in p.actors),
        )
        for p in store.proposals.all()
    ]
    levels = sorted(store.db.execute("SELECT evaluation_uuid, subcriterion_id, level, justification FROM scores"))
    states = sorted(store.db.execute("SELECT uuid, proposal_uuid, evaluator_uuid, state FROM evaluations"))
    return [proposals, levels, states]


@pytest.fixture(scope="module")
def portfolio(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, proposals=120, evaluators=5, seed=7)
    return path


def test_the_same_seed_gives_the_same_portfolio(tmp_path: Path, rubric: Rubric) -> None:
    dumps = []
    for name in ("one", "two"):
        with Store.open(tmp_path / f"{name}.sqlite") as store:
            build_demo(store, rubric, proposals=25, evaluators=4, seed=3)
            dumps.append(canonical(store))
    assert dumps[0] == dumps[1]
    with Store.open(tmp_path / "other.sqlite") as store:
        build_demo(store, rubric, proposals=25, evaluators=4, seed=4)
        assert canonical(store) != dumps[0]


def test_the_portfolio_covers_every_type_area_and_actor(portfolio: Path) -> None:
    with Store.open(portfolio, readonly=True) as store:
        proposals = list(store.proposals.all())
    assert {p.region_type for p in proposals} >= set(RegionType)
    assert {p.priority_area for p in proposals} == set(PriorityArea)
    assert {a.actor_type for p in proposals for a in p.actors} == set(ActorType)
    assert len({p.country for p in proposals}) >= 15
    languages = {r.language for r in demo_content().regions if r.country in {p.country for p in proposals}}
    assert languages == {"es", "pt", "en"}
    assert all(p.regional_diagnosis and p.results_plan and p.title for p in proposals)


def test_most_evaluations_are_final_some_drafts_some_contested(portfolio: Path, rubric: Rubric) -> None:
    with Store.open(portfolio, readonly=True) as store:
        states = store.evaluations.count_by_state()
        ranking = build_ranking(store, rubric)
    assert states["final"] > 3 * states["draft"] > 0
    assert all(r.evaluations >= 1 for r in ranking)
    contested = sum(r.contested for r in ranking)
    assert 0.05 * len(ranking) < contested < 0.5 * len(ranking)
    assert any(not r.eligible for r in ranking)
    totals = [r.total for r in ranking if r.total is not None]
    assert min(totals) < 40 and max(totals) > 75  # a portfolio with good and weak proposals


def test_demo_data_goes_only_into_an_empty_store(portfolio: Path, rubric: Rubric, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(portfolio.read_bytes())
    with Store.open(copy) as store:
        with pytest.raises(RedDesktopError, match="already holds proposals"):
            build_demo(store, rubric, proposals=5)


@pytest.mark.parametrize("proposals, evaluators", [(0, 3), (100_001, 3), (10, 0), (10, 201)])
def test_out_of_range_sizes_are_refused(store: Store, rubric: Rubric, proposals: int, evaluators: int) -> None:
    with pytest.raises(RedDesktopError, match="must be from"):
        build_demo(store, rubric, proposals=proposals, evaluators=evaluators)
    assert store.proposals.count() == 0


def test_a_cancelled_demo_leaves_the_store_empty(store: Store, rubric: Rubric) -> None:
    progress = RecordingProgress(cancel_after=3)
    with pytest.raises(Cancelled):
        build_demo(store, rubric, proposals=10, progress=progress)
    assert progress.updates == [(1, 10), (2, 10), (3, 10)]
    assert store.counts()["proposals"] == store.counts()["evaluators"] == store.counts()["audit_log"] == 0


def test_more_evaluators_than_names_get_distinct_names(store: Store, rubric: Rubric) -> None:
    build_demo(store, rubric, proposals=2, evaluators=len(demo_content().evaluators) + 2)
    names = [e.name for e in store.evaluators.all()]
    assert len(set(names)) == len(names) == len(demo_content().evaluators) + 2


@pytest.mark.parametrize(
    "name, short",
    [
        ("Altiplano Occidental (Quetzaltenango, Totonicapán y San Marcos)", "Altiplano Occidental"),
        ("Valle del Mantaro, Junín", "Valle del Mantaro, Junín"),
        ("Cauca", "Cauca"),
    ],
)
def test_short_place_names(name: str, short: str) -> None:
    assert short_place(name) == short
