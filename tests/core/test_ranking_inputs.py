"""The committee ranking reads light rows (issue 19): levels pivoted in SQL and proposal facts instead of whole
proposals with actors. Checked against the whole-proposal path on random stores: the same levels as
`level_matrix(scores_frame)`, the same eligibility as `check_eligibility(proposal)` and the same leverage."""

from __future__ import annotations

import math
import random
from dataclasses import replace
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from red_desktop.core import merging
from red_desktop.core.domain import (
    ActorType,
    Evaluation,
    EvaluationState,
    Evaluator,
    Evidence,
    RegionType,
    Score,
)
from red_desktop.core.eligibility import check_eligibility
from red_desktop.core.indicators import co_funding_leverage
from red_desktop.core.ranking import build_ranking, evaluation_scores
from red_desktop.core.rubric import Rubric
from red_desktop.core.scoring import level_matrix
from red_desktop.core.store import Store
from tests.factories import actor, proposal


def random_store(path: Path, rubric: Rubric, rng: random.Random) -> Store:
    store = Store.open(path, user="tester")
    evaluators = [store.evaluators.add(Evaluator(name)).uuid for name in ("Ana", "Bruno", "Carla")]
    other_version = replace(rubric, version="2025.9")
    uuids = []
    for i in range(rng.randint(1, 12)):
        actors = tuple(
            actor(rng.choice(list(ActorType)), rng.choice(list(Evidence)), name=f"actor {i}-{k}")
            for k in range(rng.randint(0, 4))
        )
        made = proposal(
            f"RED-PE-2026-{rng.randint(0, 30):03d}-{i}",
            region_type=rng.choice([*RegionType, None]),
            requested_amount=rng.choice([0.0, 250_000.0, 1_000_000.0]),
            counterpart_public=rng.choice([0.0, 300_000.0]),
            actors=actors,
        )
        uuids.append(store.proposals.add(made).uuid)
        if rng.random() < 0.3:
            store.overrides.set(uuids[-1], "The committee knows the agreement is being signed")
        for evaluator in rng.sample(evaluators, rng.randint(0, 3)):
            chosen = rubric if rng.random() < 0.85 else other_version
            state = rng.choice(list(EvaluationState))  # a draft may miss scores, a final evaluation may not
            subs = [s.id for s in rubric.subcriteria if state == EvaluationState.FINAL or rng.random() < 0.9]
            scores = tuple(Score(sub, rng.randint(0, 4), "Sustentado") for sub in subs)
            store.evaluations.record(Evaluation(uuids[-1], evaluator, chosen.id, chosen.version, state, scores), chosen)
    if len(uuids) > 2 and rng.random() < 0.5:
        merging.merge(store, uuids[0], uuids[1], "the same project", rubric)
    return store


def same(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and math.isclose(a, b))


@seed(19)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, 2**32 - 1))
def test_light_rows_rank_as_whole_proposals(tmp_path: Path, rubric: Rubric, number: int) -> None:
    path = tmp_path / f"store-{number}.sqlite"
    with random_store(path, rubric, random.Random(number)) as store:
        scored, levels = evaluation_scores(store, rubric)
        scores = store.evaluations.scores_frame(rubric)
        pd.testing.assert_frame_equal(levels, level_matrix(scores, rubric, list(scored.index)))
        proposals = {p.uuid: p for p in store.proposals.all()}
        ranking = build_ranking(store, rubric, scores=(scored, levels))
        assert sorted(r.uuid for r in ranking) == sorted(proposals)
        overrides = store.overrides.rationales()
        for ranked in ranking:
            whole = proposals[ranked.uuid]
            eligibility = check_eligibility(whole, rubric.gate_ids, overrides.get(whole.uuid))
            assert (ranked.eligible, ranked.failed_gates) == (eligibility.eligible, eligibility.failed_gates)
            assert same(ranked.leverage, co_funding_leverage(whole))
            assert (ranked.code, ranked.title, ranked.country, ranked.status) == (
                whole.code,
                whole.title,
                whole.country,
                str(whole.status),
            )
            assert ranked.region_type == (None if whole.region_type is None else str(whole.region_type))
            assert ranked.weights == rubric.weights_for(whole.region_type)
        path.unlink()


def test_levels_of_some_proposals_or_one_evaluator(tmp_path: Path, rubric: Rubric) -> None:
    with random_store(tmp_path / "store.sqlite", rubric, random.Random(7)) as store:
        some = [p.uuid for p in store.proposals.all()][:3]
        evaluator = store.evaluators.all()[0].uuid
        for proposals, who in ((some, None), (None, evaluator), (some, evaluator)):
            frame = store.evaluations.frame(rubric, proposals, who)
            expected = level_matrix(store.evaluations.scores_frame(rubric, proposals, who), rubric, list(frame.index))
            pd.testing.assert_frame_equal(store.evaluations.levels(rubric, list(frame.index), proposals, who), expected)
