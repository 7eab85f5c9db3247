"""Benchmark: ranking sensitivity, 1,000 Monte Carlo samples over 500 and 5,000 proposals.

Run: .venv/bin/python bench/bench_sensitivity.py [--samples S] [--proposals N ...] [--repeat R]
Prints medians; the figures quoted in docs/sensitivity.md come from this script.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from red_desktop import paths  # noqa: E402
from red_desktop.core.ranking import RankedProposal  # noqa: E402
from red_desktop.core.rubric import Rubric, load_rubric  # noqa: E402
from red_desktop.core.sensitivity import ranking_sensitivity, simulate_ranks, swap_distances  # noqa: E402

SUBCRITERIA = (5, 4, 4)  # per criterion, as in the RED rubric
PROFILES = ("declining", "default", "emerging", "marginalized")


def synthetic(n: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """n proposals' committee criterion scores: mean of 3 evaluators' levels (0-4) over each criterion's sub-criteria.

    Each proposal has a quality (Beta(2.4, 1.8), as in the demo portfolio) and a strength per criterion;
    each evaluator reads each sub-criterion with noise and rounds to a level, so scores are realistic
    fractions (multiples of 1/15 or 1/12) with some ties.
    """
    rng = np.random.default_rng(seed)
    truth = 4 * rng.beta(2.4, 1.8, n)[:, None] + rng.normal(0, 0.4, (n, len(SUBCRITERIA)))
    columns = []
    for c, subs in enumerate(SUBCRITERIA):
        readings = truth[:, c, None] + rng.normal(0, 0.5, (n, 3 * subs))
        columns.append(np.clip(np.rint(readings), 0, 4).mean(axis=1))
    return np.column_stack(columns), rng.integers(0, len(PROFILES), n)


def timed(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def ranked(x: np.ndarray, index: np.ndarray, rubric: Rubric) -> list[RankedProposal]:
    """The same proposals as build_ranking would return them (only the fields sensitivity reads matter)."""
    out = []
    for i, (row, p) in enumerate(zip(x, index)):
        weights = rubric.weights_for(PROFILES[p])
        criteria: dict[str, float | None] = dict(zip(rubric.criterion_ids, row.tolist()))
        total = sum(weights[c] * float(v or 0) for c, v in criteria.items()) / 4
        out.append(
            RankedProposal(
                rank=None, uuid=f"u{i}", code=f"RED-{i}", title="", country="PE", region_type=PROFILES[p],
                priority_area=None, criteria=criteria, weights=weights, total=total, eligible=True, failed_gates=(),
                override_rationale=None, evaluations=3, spread=0.0, contested=False,
            )
        )  # fmt: skip
    return out


def report(n: int, args: argparse.Namespace, rubric: Rubric) -> None:
    table = np.array([[rubric.weight_profiles[p][c] for c in rubric.criterion_ids] for p in PROFILES], dtype=float)
    x, index = synthetic(n)
    proposals = ranked(x, index, rubric)
    kwargs = {"top_n": args.top, "samples": args.samples, "seed": 1}
    mc = timed(lambda: simulate_ranks(x, index, table, **kwargs), args.repeat)
    swaps = timed(lambda: swap_distances(x, index, table), args.repeat)
    full = timed(lambda: ranking_sensitivity(proposals, rubric, **kwargs), args.repeat)
    figures = simulate_ranks(x, index, table, **kwargs)
    width = np.median(figures.rank_hi - figures.rank_lo)
    print(f"{args.samples:,} samples x {n:,} proposals (4 profiles x 3 criteria), median of {args.repeat}:")
    print(f"  Monte Carlo (simulate_ranks): {mc * 1000:8.1f} ms")
    print(f"  swap distances of the {n - 1:,} adjacent pairs: {swaps * 1000:8.1f} ms")
    print(f"  both from a RankedProposal list (ranking_sensitivity): {full * 1000:8.1f} ms")
    always = int((figures.p_top == 1).sum())
    print(f"  (median rank_hi - rank_lo {width:g}; {always} proposals in the top {args.top} in every sample)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=1_000)
    parser.add_argument("--proposals", type=int, nargs="+", default=[500, 5_000])
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    rubric = load_rubric(paths.default_rubric_path())
    for n in args.proposals:
        report(n, args, rubric)


if __name__ == "__main__":
    main()
