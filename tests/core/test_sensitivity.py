"""Ranking sensitivity: Monte Carlo over Dirichlet-perturbed weight profiles, rank intervals, swap distances."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from red_desktop.core import sensitivity
from red_desktop.core.aggregation import competition_rank
from red_desktop.core.demo import build_demo
from red_desktop.core.errors import ValidationError
from red_desktop.core.progress import Cancelled
from red_desktop.core.ranking import RankedProposal, build_ranking
from red_desktop.core.rubric import Rubric
from red_desktop.core.sensitivity import (
    perturbed_profiles,
    ranking_sensitivity,
    sample_ranks,
    simulate_ranks,
    swap_distances,
    weight_sd,
)
from red_desktop.core.store import Store
from tests.progress_recorder import RecordingProgress

RED_PROFILES = np.array([[35, 35, 30], [45, 25, 30], [30, 35, 35], [30, 45, 25]], dtype=float)


def portfolio(n: int = 60, seed: int = 7) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    return np.clip(rng.normal(2.3, 0.6, (n, 3)), 0, 4), rng.integers(0, len(RED_PROFILES), n)


def test_the_same_seed_gives_the_same_figures_and_another_seed_close_ones() -> None:
    x, index = portfolio()
    first = simulate_ranks(x, index, RED_PROFILES, top_n=10, samples=400, seed=11)
    again = simulate_ranks(x, index, RED_PROFILES, top_n=10, samples=400, seed=11)
    other = simulate_ranks(x, index, RED_PROFILES, top_n=10, samples=400, seed=12)
    for name in ("p_top", "rank_lo", "rank_hi", "base_rank"):
        assert np.array_equal(getattr(first, name), getattr(again, name))
    assert not np.array_equal(first.p_top, other.p_top)
    assert np.abs(first.p_top - other.p_top).max() < 0.12  # Monte Carlo error of 400 draws
    assert np.abs(first.rank_lo - other.rank_lo).max() <= 3
    assert np.array_equal(first.base_rank, other.base_rank)


def test_figures_do_not_depend_on_the_chunk_size(monkeypatch: pytest.MonkeyPatch) -> None:
    x, index = portfolio()
    whole = sample_ranks(x, index, RED_PROFILES, samples=300, seed=3)
    monkeypatch.setattr(sensitivity, "CHUNK_CELLS", 7 * len(x))  # 7 samples per chunk, the last one shorter
    assert np.array_equal(sample_ranks(x, index, RED_PROFILES, samples=300, seed=3), whole)


def test_each_sample_is_the_competition_ranking_of_its_perturbed_totals() -> None:
    x, index = portfolio(30)
    x[5] = x[9]  # a tie in every sample: competition ranks 1, 2, 2, 4
    index[5] = index[9]
    ranks = sample_ranks(x, index, RED_PROFILES, samples=50, seed=5)
    weights = perturbed_profiles(RED_PROFILES, samples=50, seed=5)
    for s in (0, 17, 49):
        totals = pd.Series((weights[s][index] * x).sum(axis=1) / 4)
        assert ranks[:, s].tolist() == competition_rank(totals).tolist()


def test_ranks_with_many_ties_match_pandas() -> None:
    rng = np.random.default_rng(13)
    x, index = rng.integers(0, 5, (300, 3)).astype(float), rng.integers(0, 2, 300)  # many identical proposals
    ranks = sample_ranks(x, index, RED_PROFILES[:2], samples=40, seed=6)
    weights = perturbed_profiles(RED_PROFILES[:2], samples=40, seed=6)
    for s in range(40):
        totals = pd.Series((weights[s][index] * x).sum(axis=1) / 4).round(9)
        assert ranks[:, s].tolist() == competition_rank(totals).tolist()
    base = simulate_ranks(x, index, RED_PROFILES[:2], samples=1).base_rank
    assert base.tolist() == competition_rank(pd.Series((RED_PROFILES[index] * x).sum(axis=1) / 4)).tolist()


def test_p_top_and_intervals_are_the_documented_statistics_of_the_sampled_ranks() -> None:
    # inverted-CDF percentiles: Hyndman & Fan (1996), "Sample quantiles in statistical packages", definition 1
    x, index = portfolio()
    ranks = sample_ranks(x, index, RED_PROFILES, samples=333, seed=2)
    figures = simulate_ranks(x, index, RED_PROFILES, top_n=8, samples=333, seed=2)
    lo, hi = np.quantile(ranks, [0.05, 0.95], axis=1, method="inverted_cdf")
    assert figures.rank_lo.tolist() == lo.astype(int).tolist()
    assert figures.rank_hi.tolist() == hi.astype(int).tolist()
    assert figures.p_top.tolist() == (ranks <= 8).mean(axis=1).tolist()


def test_a_proposal_far_ahead_is_always_first_and_one_far_behind_never_in_the_top() -> None:
    x, index = portfolio(40)
    x[0], x[1] = [4.0, 4.0, 4.0], [0.0, 0.0, 0.0]
    figures = simulate_ranks(x, index, RED_PROFILES, top_n=3, samples=500, seed=1)
    assert (figures.p_top[0], figures.rank_lo[0], figures.rank_hi[0], figures.base_rank[0]) == (1.0, 1, 1, 1)
    assert figures.p_top[1] == 0.0
    assert figures.rank_lo[1] == figures.rank_hi[1] == figures.base_rank[1] == 40


def test_identical_proposals_always_tie_and_no_reweighting_swaps_them() -> None:
    x, index = portfolio(25)
    x[3], index[3] = x[12], index[12]
    ranks = sample_ranks(x, index, RED_PROFILES, samples=500, seed=4)
    assert np.array_equal(ranks[3], ranks[12])
    figures = simulate_ranks(x, index, RED_PROFILES, top_n=5, samples=500, seed=4)
    assert (figures.rank_lo[3], figures.rank_hi[3], figures.p_top[3]) == (
        figures.rank_lo[12],
        figures.rank_hi[12],
        figures.p_top[12],
    )
    swaps = swap_distances(x, index, RED_PROFILES)
    twins = [i for i in range(len(swaps.gap)) if {swaps.upper[i], swaps.lower[i]} == {3, 12}]
    assert len(twins) == 1
    assert math.isinf(swaps.distance[twins[0]]) and swaps.gap[twins[0]] == 0.0
    assert np.isnan(swaps.delta[twins[0]]).all() and not swaps.within_bounds[twins[0]]


def test_swap_distance_worked_by_hand() -> None:
    # w = (40, 30, 30); a = (4, 2, 1) totals 62.5, b = (1, 3, 2) totals 47.5, d = 15.
    # Δ = (3, -1, -1) / 4, PΔ = Δ - mean = (2/3, -1/3, -1/3), ||PΔ||² = 2/3:
    # ||δ|| = 15 / sqrt(2/3) = 18.371..., δ = -15 · PΔ / (2/3) = (-15, 7.5, 7.5), giving w = (25, 37.5, 37.5)
    # where both total 53.125.
    swaps = swap_distances([[4, 2, 1], [1, 3, 2]], [0, 0], [[40, 30, 30]])
    assert (swaps.upper.tolist(), swaps.lower.tolist()) == ([0], [1])
    assert swaps.gap[0] == pytest.approx(15.0)
    assert swaps.distance[0] == pytest.approx(15 / math.sqrt(2 / 3))
    assert swaps.delta[0] == pytest.approx([-15.0, 7.5, 7.5])
    assert bool(swaps.within_bounds[0])
    moved = np.array([40, 30, 30]) + swaps.delta[0]
    assert moved @ [4, 2, 1] / 4 == pytest.approx(53.125) == moved @ [1, 3, 2] / 4


def test_a_swap_that_needs_a_negative_weight_is_flagged() -> None:
    # w = (10, 5, 85): a = (0, 4, 4) totals 90, b = (4, 0, 0) totals 10; δ = (40, -20, -20) takes B to -15.
    swaps = swap_distances([[0, 4, 4], [4, 0, 0]], [0, 0], [[10, 5, 85]])
    assert swaps.delta[0] == pytest.approx([40.0, -20.0, -20.0])
    assert swaps.distance[0] == pytest.approx(math.sqrt(2400))
    assert not swaps.within_bounds[0]


def test_the_minimal_change_ties_every_adjacent_pair_across_profiles() -> None:
    x, index = portfolio(80, seed=9)
    swaps = swap_distances(x, index, RED_PROFILES)
    assert len(swaps.gap) == 79 and (swaps.gap >= 0).all()
    for i in range(len(swaps.gap)):
        a, b, delta = swaps.upper[i], swaps.lower[i], swaps.delta[i]
        assert delta.sum() == pytest.approx(0.0, abs=1e-9)
        assert np.linalg.norm(delta) == pytest.approx(swaps.distance[i])
        after_a = (RED_PROFILES[index[a]] + delta) @ x[a] / 4
        after_b = (RED_PROFILES[index[b]] + delta) @ x[b] / 4
        assert after_a == pytest.approx(after_b, abs=1e-9)


def test_what_is_guaranteed_about_probabilities_and_intervals() -> None:
    x, index = portfolio(120, seed=21)
    x[7], index[7] = np.minimum(x[8] + 0.3, 4.0), index[8]  # 7 dominates 8 in the same profile
    top_n = 15
    figures = simulate_ranks(x, index, RED_PROFILES, top_n=top_n, samples=600, seed=8)
    assert ((0 <= figures.p_top) & (figures.p_top <= 1)).all()
    assert ((1 <= figures.rank_lo) & (figures.rank_lo <= figures.rank_hi) & (figures.rank_hi <= 120)).all()
    assert figures.p_top.sum() >= top_n  # at least top_n proposals rank top_n or better in every sample
    assert (figures.p_top[figures.rank_hi <= top_n] >= 0.95).all()
    assert (figures.p_top[figures.rank_lo > top_n] < 0.05).all()
    assert figures.rank_lo[7] <= figures.rank_lo[8] and figures.rank_hi[7] <= figures.rank_hi[8]
    assert figures.p_top[7] >= figures.p_top[8]


def test_the_base_rank_can_fall_outside_its_interval() -> None:
    # Why rank_lo <= base rank <= rank_hi is not guaranteed: X leads six rivals by a hair at the base
    # weights, each rival strong on one criterion and weak on another; any reweighting lifts about
    # half of them above X.
    directions = [[1, -1, 0], [-1, 1, 0], [1, 0, -1], [-1, 0, 1], [0, 1, -1], [0, -1, 1]]
    rivals = [np.array([2.0, 2.0, 2.0]) + 1.5 * np.array(d) - 0.001 for d in directions]
    x = np.array([[2.0, 2.0, 2.0], *rivals])
    figures = simulate_ranks(x, np.zeros(7, dtype=int), [[1, 1, 1]], top_n=1, samples=1000, seed=0)
    assert figures.base_rank[0] == 1
    assert figures.rank_lo[0] >= 3
    assert figures.p_top[0] < 0.05


def test_a_very_large_concentration_collapses_intervals_to_the_base_rank() -> None:
    x, index = portfolio(40, seed=3)
    totals = (RED_PROFILES[index] * x).sum(axis=1) / 4
    assert np.diff(np.sort(totals)).min() > 1e-3  # the precondition: no near-ties at the base weights
    figures = simulate_ranks(x, index, RED_PROFILES, top_n=10, samples=200, seed=1, concentration=1e12)
    assert set(figures.p_top.tolist()) == {0.0, 1.0}
    assert np.array_equal(figures.rank_lo, figures.base_rank)
    assert np.array_equal(figures.rank_hi, figures.base_rank)
    assert np.array_equal(figures.p_top == 1.0, figures.base_rank <= 10)


def test_perturbed_weights_have_the_documented_mean_and_spread() -> None:
    # Dirichlet(α) moments: E = α_i / α0, Var = α_i (α0 - α_i) / (α0² (α0 + 1))
    # (Kotz, Balakrishnan & Johnson, Continuous Multivariate Distributions, vol. 1, ch. 49)
    weights = perturbed_profiles(RED_PROFILES, samples=40_000, seed=1)
    assert weights.shape == (40_000, 4, 3) and (weights > 0).all()
    assert np.allclose(weights.sum(axis=2), 100.0, rtol=0, atol=1e-9)
    assert weights.mean(axis=0) == pytest.approx(RED_PROFILES, abs=0.06)
    expected = weight_sd(RED_PROFILES, 200)
    assert weights.std(axis=0) == pytest.approx(expected, rel=0.03)
    assert expected[0] == pytest.approx([3.364, 3.364, 3.232], abs=1e-3)  # default profile, κ = 200
    assert expected.min() > 3.0 and expected.max() < 3.6


def test_a_zero_weight_stays_zero() -> None:
    weights = perturbed_profiles([[60, 40, 0]], samples=100, seed=1)
    assert (weights[:, 0, 2] == 0).all() and weights.sum(axis=2) == pytest.approx(np.full((100, 1), 100.0))


def test_progress_is_reported_per_chunk_and_can_cancel(monkeypatch: pytest.MonkeyPatch) -> None:
    x, index = portfolio(10)
    monkeypatch.setattr(sensitivity, "CHUNK_CELLS", 100)  # 10 samples per chunk
    progress = RecordingProgress()
    simulate_ranks(x, index, RED_PROFILES, samples=35, progress=progress)
    assert progress.updates == [(10, 35), (20, 35), (30, 35), (35, 35)]
    with pytest.raises(Cancelled):
        simulate_ranks(x, index, RED_PROFILES, samples=35, progress=RecordingProgress(cancel_after=2))


def test_no_proposals_gives_empty_figures() -> None:
    figures = simulate_ranks(np.zeros((0, 3)), [], RED_PROFILES, samples=20)
    assert len(figures.p_top) == len(figures.rank_lo) == 0
    assert len(swap_distances(np.zeros((0, 3)), [], RED_PROFILES).gap) == 0


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"top_n": 0}, "top_n"),
        ({"samples": 0}, "samples"),
        ({"concentration": 0.0}, "concentration"),
        ({"scores": [[1.0, float("nan"), 2.0], [1.0, 2.0, 3.0]]}, "scores: 1 not a number"),
        ({"scores": [[1.0, 2.0, 4.5], [-1.0, 2.0, 3.0]]}, "scores: 2 outside 0..4, first at row 0, column 2"),
        ({"scores": [[1.0, 2.0], [3.0, 4.0]]}, "profiles: have 3 criteria but the scores have 2"),
        ({"scores": [1.0, 2.0, 3.0]}, "scores: must be a proposals x criteria matrix"),
        ({"profile_index": [0]}, "profile_index: must give one profile per proposal"),
        ({"profile_index": [0, 4]}, "profile_index: must lie in 0..3"),
        ({"profile_index": [0.0, 1.0]}, "profile_index: must be whole numbers"),
        ({"profiles": [[35, 35, -30]]}, "profiles: weights must be finite and not negative"),
        ({"profiles": [[0, 0, 0]]}, "profiles: every profile needs a positive weight"),
    ],
)
def test_bad_input_is_refused_with_the_problem_named(change: dict[str, object], named: str) -> None:
    arguments: dict[str, object] = {
        "scores": [[1.0, 2.0, 3.0], [2.0, 2.0, 2.0]],
        "profile_index": [0, 1],
        "profiles": RED_PROFILES,
        **change,
    }
    with pytest.raises(ValidationError, match=named.replace("(", r"\(")):
        simulate_ranks(**arguments)  # type: ignore[arg-type]


def test_several_problems_are_reported_together() -> None:
    with pytest.raises(ValidationError) as raised:
        simulate_ranks([[1.0, 2.0, 3.0]], [0], RED_PROFILES, top_n=0, samples=-5)
    assert [p.location for p in raised.value.problems] == ["top_n", "samples"]


def ranked(uuid: str, criteria: dict[str, float] | None, region: str | None, rubric: Rubric) -> RankedProposal:
    total = None
    weights = rubric.weights_for(region)
    if criteria is not None:
        total = sum(weights[c] * v for c, v in criteria.items()) / 4
    return RankedProposal(
        rank=None,
        uuid=uuid,
        code=f"RED-{uuid}",
        title=uuid,
        country="PE",
        region_type=region,
        priority_area=None,
        criteria=dict(criteria) if criteria else dict.fromkeys(rubric.criterion_ids),
        weights=weights,
        total=total,
        eligible=True,
        failed_gates=(),
        override_rationale=None,
        evaluations=3 if criteria else 0,
        spread=0.0 if criteria else None,
        contested=False,
    )


def test_the_committee_ranking_gets_figures_by_uuid(rubric: Rubric) -> None:
    ranking = [
        ranked("best", {"A": 4.0, "B": 4.0, "C": 4.0}, "emerging", rubric),
        ranked("twin1", {"A": 3.0, "B": 2.0, "C": 2.5}, "declining", rubric),
        ranked("twin2", {"A": 3.0, "B": 2.0, "C": 2.5}, "declining", rubric),
        ranked("low", {"A": 1.0, "B": 1.5, "C": 0.5}, None, rubric),
        ranked("unscored", None, "marginalized", rubric),
    ]
    result = ranking_sensitivity(ranking, rubric, top_n=1, samples=200, seed=3)
    assert set(result.proposals) == {"best", "twin1", "twin2", "low", "unscored"}
    assert result.proposals["best"].to_json() == {"p_top": 1.0, "rank_lo": 1, "rank_hi": 1}
    assert result.proposals["unscored"].to_json() == {"p_top": None, "rank_lo": None, "rank_hi": None}
    assert result.proposals["twin1"] == result.proposals["twin2"]
    assert [(p.upper, p.lower) for p in result.pairs] == [("best", "twin1"), ("twin1", "twin2"), ("twin2", "low")]
    twins = result.pairs[1]
    assert (twins.distance, twins.delta, twins.within_bounds) == (None, None, None)
    assert set(result.pairs[0].delta or {}) == {"A", "B", "C"}
    assert result.to_json()["proposals"]["low"]["p_top"] == 0.0


def test_an_empty_ranking_has_no_figures(rubric: Rubric) -> None:
    result = ranking_sensitivity([ranked("x", None, None, rubric)], rubric)
    assert result.proposals["x"].p_top is None and result.pairs == []


def test_base_ranks_match_the_committee_ranking_of_a_demo_store(store: Store, rubric: Rubric) -> None:
    build_demo(store, rubric, proposals=40, evaluators=4, seed=2)
    ranking = build_ranking(store, rubric)
    result = ranking_sensitivity(ranking, rubric, top_n=5, samples=300, seed=1)
    assert [result.proposals[p.uuid].base_rank for p in ranking] == [p.rank for p in ranking]
    assert len(result.pairs) == sum(p.total is not None for p in ranking) - 1


# ---- identical criterion scores: the swap distance agrees with p(top N) (issue 14, item 6) ----


def test_identical_scores_in_two_profiles_get_a_finite_distance_consistent_with_p_top() -> None:
    """The reported case: rank 2 shows "swap ∞" while its twin in another region type overtakes it in samples.

    No common change reorders identical scores, but the Monte Carlo perturbs each profile on its own, so the
    distance is that of separate changes: applied, they tie the two totals.
    """
    x = np.array([[4.0, 4.0, 4.0], [3.0, 2.0, 1.0], [3.0, 2.0, 1.0], [0.5, 0.5, 0.5]])
    index = np.array([0, 1, 0, 0])  # twins: marginalized (45/25/30) ranks above default (35/35/30)
    swaps = swap_distances(x, index, RED_PROFILES)
    twin = [i for i in range(len(swaps.gap)) if {int(swaps.upper[i]), int(swaps.lower[i])} == {1, 2}][0]
    assert str(swaps.kind[twin]) == "profiles" and swaps.gap[twin] > 0
    assert math.isfinite(swaps.distance[twin]) and bool(swaps.within_bounds[twin])
    a, b = int(swaps.upper[twin]), int(swaps.lower[twin])
    after_a = (RED_PROFILES[index[a]] + swaps.delta[twin]) @ x[a] / 4
    after_b = (RED_PROFILES[index[b]] + swaps.delta_lower[twin]) @ x[b] / 4
    assert after_a == pytest.approx(after_b)
    assert swaps.delta[twin].sum() == pytest.approx(0) and swaps.delta_lower[twin].sum() == pytest.approx(0)
    norm = math.hypot(np.linalg.norm(swaps.delta[twin]), np.linalg.norm(swaps.delta_lower[twin]))
    assert norm == pytest.approx(swaps.distance[twin])
    figures = simulate_ranks(x, index, RED_PROFILES, top_n=2, samples=2000, seed=1)
    assert 0.0 < figures.p_top[b] < 1.0  # the lower twin does enter the top 2 in some samples


def test_identical_scores_in_one_profile_tie_with_the_reason_stated_and_equal_p_top() -> None:
    x = np.array([[4.0, 4.0, 4.0], [3.0, 2.0, 1.0], [3.0, 2.0, 1.0], [0.5, 0.5, 0.5]])
    index = np.array([0, 1, 1, 0])
    swaps = swap_distances(x, index, RED_PROFILES)
    assert swaps.kind.tolist() == ["common", "tied", "common"]
    assert math.isinf(swaps.distance[1]) and swaps.gap[1] == 0.0
    figures = simulate_ranks(x, index, RED_PROFILES, top_n=2, samples=500, seed=1)
    assert figures.p_top[1] == figures.p_top[2] and figures.base_rank[1] == figures.base_rank[2]
    assert "share every rank and p(top N)" in sensitivity.SWAP_KINDS["tied"]


def test_scores_apart_by_a_constant_in_one_profile_never_swap_and_never_cross_in_samples() -> None:
    x = np.array([[3.0, 2.0, 1.0], [2.5, 1.5, 0.5]])
    swaps = swap_distances(x, [0, 0], RED_PROFILES)
    assert swaps.kind.tolist() == ["fixed"] and math.isinf(swaps.distance[0])
    ranks = sample_ranks(x, [0, 0], RED_PROFILES, samples=300, seed=2)
    assert (ranks[0] < ranks[1]).all()


def test_a_pair_carries_its_kind_and_both_changes_from_a_committee_ranking(rubric: Rubric) -> None:
    ranking = [
        ranked("one", {"A": 3.0, "B": 2.0, "C": 1.0}, "marginalized", rubric),
        ranked("two", {"A": 3.0, "B": 2.0, "C": 1.0}, "declining", rubric),
    ]
    (pair,) = ranking_sensitivity(ranking, rubric, top_n=1, samples=200, seed=3).pairs
    assert pair.kind == "profiles" and pair.distance is not None
    assert set(pair.delta or {}) == set(pair.delta_lower or {}) == {"A", "B", "C"}
    assert pair.to_json()["kind"] == "profiles" and "region type" in pair.explanation


def test_the_figures_kept_as_arrays_say_what_each_proposals_figures_say(tmp_path, rubric: Rubric) -> None:
    """Issue 19: the ranking's figures are made when asked (no 100,000 objects for the collector to walk); read
    whole (p_tops, pair_kinds, swaps) they agree with each proposal's and each pair's own."""
    with Store.open(tmp_path / "demo.sqlite", user="demo") as store:
        build_demo(store, rubric, proposals=40, evaluators=3, seed=4)
        ranking = build_ranking(store, rubric)
    ranking = [*ranking, replace(ranking[0], uuid="unscored", total=None, criteria=dict.fromkeys(ranking[0].criteria))]
    result = sensitivity.ranking_sensitivity(ranking, rubric, top_n=5, samples=200)
    figures = [result.proposals[r.uuid] for r in ranking]
    assert list(result.proposals) == [r.uuid for r in ranking] and len(result.proposals) == len(ranking)
    assert result.proposals["unscored"] == sensitivity.ProposalSensitivity(None, None, None, None)
    np.testing.assert_array_equal(result.p_tops(), [np.nan if f.p_top is None else f.p_top for f in figures])
    assert result.pair_kinds() == [p.kind for p in result.pairs] and len(result.pairs) == len(ranking) - 2
    assert result.pair_kind_counts() == Counter(p.kind for p in result.pairs)  # counted with numpy
    plain = replace(result, proposals=dict(result.proposals), pairs=list(result.pairs))
    np.testing.assert_array_equal(plain.p_tops(), result.p_tops())
    assert plain.pair_kind_counts() == result.pair_kind_counts()
    assert dict(result.swaps) == {p.upper: p for p in result.pairs}
    uuids = [r.uuid for r in ranking]
    for name in ("p_top", "rank_lo", "rank_hi"):  # what the committee's table sorts by: arrays and objects agree
        lazy, plain = (sensitivity.figure_column(f, uuids, name) for f in (result.proposals, dict(result.proposals)))
        np.testing.assert_array_equal(lazy, plain)
    np.testing.assert_array_equal(
        sensitivity.swap_column(result.swaps, uuids), sensitivity.swap_column(dict(result.swaps), uuids)
    )
    shuffled = [*uuids[::-3], "not in the ranking", *uuids[1::3]]  # found by their positions, not in order
    for name in ("p_top", "rank_hi"):
        lazy, plain = (sensitivity.figure_column(f, shuffled, name) for f in (result.proposals, dict(result.proposals)))
        np.testing.assert_array_equal(lazy, plain)
    np.testing.assert_array_equal(
        sensitivity.swap_column(result.swaps, shuffled), sensitivity.swap_column(dict(result.swaps), shuffled)
    )
    assert "not in the ranking" not in result.swaps and result.swaps.get(ranking[-1].uuid) is None
    assert len(result.swaps) == len(result.pairs)
    assert result.pairs[-1] == result.pairs[len(result.pairs) - 1] and result.pairs[:2] == list(result.pairs)[:2]
    with pytest.raises(KeyError):
        result.proposals["not in the ranking"]
    with pytest.raises(IndexError):
        result.pairs[len(result.pairs)]
