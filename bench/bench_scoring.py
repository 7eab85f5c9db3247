"""Benchmark: rescoring 100,000 evaluations after a weight change, and the store path that feeds it.

Run: .venv/bin/python bench/bench_scoring.py [--evaluations N] [--repeat R]
Prints medians; the figures quoted in docs/benchmarks.md come from this script.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from red_desktop import paths  # noqa: E402
from red_desktop.core.aggregation import aggregate  # noqa: E402
from red_desktop.core.demo import build_demo  # noqa: E402
from red_desktop.core.ranking import build_ranking, evaluation_scores  # noqa: E402
from red_desktop.core.rubric import parse_rubric  # noqa: E402
from red_desktop.core.scoring import level_matrix, score_matrix  # noqa: E402
from red_desktop.core.store import Store  # noqa: E402


def synthetic(n: int, rubric, seed: int = 1, worst_case: bool = False) -> tuple[pd.DataFrame, list, list]:  # type: ignore[no-untyped-def]
    """n evaluations of n/3 proposals (three evaluators each), ~2 % of scores missing.

    Realistic: each proposal has a true level per sub-criterion, each evaluator a bias, each reading
    noise (as in the demo portfolio). Worst case: uniform random levels, so nearly every proposal is
    contested on most sub-criteria and the aggregate must build hundreds of thousands of reasons.
    """
    rng = np.random.default_rng(seed)
    subs = [s.id for s in rubric.subcriteria]
    ids = np.array([f"e{i}" for i in range(n)])
    if worst_case:
        levels = rng.integers(0, 5, (n, len(subs)))
    else:
        truth = np.repeat(rng.uniform(0.3, 3.7, (n // 3 + 1, len(subs))), 3, axis=0)[:n]
        bias = rng.uniform(-0.3, 0.3, 7)[np.arange(n) % 7][:, None]
        levels = np.clip(np.rint(truth + bias + rng.normal(0, 0.22, (n, len(subs)))), 0, 4).astype(int)
    long = pd.DataFrame(
        {
            "evaluation_uuid": np.repeat(ids, len(subs)),
            "subcriterion_id": np.tile(subs, n),
            "level": levels.ravel(),
        }
    )
    long = long[rng.random(len(long)) > 0.02]
    region_types = list(rng.choice(["marginalized", "emerging", "declining", None], n))
    return long, region_types, list(ids)


def timed(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def reweighted(raw: dict) -> object:
    changed = copy.deepcopy(raw)
    changed["weight_profiles"]["emerging"] = {"A": 40, "B": 30, "C": 30}
    return parse_rubric(changed)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--evaluations", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--store-proposals", type=int, default=2_000)
    parser.add_argument("--worst-case", action="store_true", help="uniform random levels: everything contested")
    args = parser.parse_args()
    raw = json.loads(paths.default_rubric_path().read_text(encoding="utf-8"))
    rubric, changed = parse_rubric(raw), reweighted(raw)
    long, region_types, ids = synthetic(args.evaluations, rubric, worst_case=args.worst_case)
    levels = level_matrix(long, rubric, ids)  # rows in evaluation order: three per proposal

    rescore = timed(lambda: score_matrix(levels, region_types, changed), args.repeat)
    pivot = timed(lambda: level_matrix(long, rubric, ids), args.repeat)
    scored = score_matrix(levels, region_types, changed)
    meta = pd.DataFrame(
        {
            "proposal_uuid": [f"p{i // 3}" for i in range(len(levels))],
            "evaluator": [f"ev{i % 7}" for i in range(len(levels))],
            "state": "final",
        },
        index=levels.index,
    ).join(scored)
    agg = timed(lambda: aggregate(meta, levels, changed), max(3, args.repeat // 2))
    result = aggregate(meta, levels, changed)
    contested, reasons = int(result["contested"].sum()), int(result["reasons"].map(len).sum())
    print(f"evaluations: {len(levels):,}")
    print(f"rescore after a weight change (score_matrix): median {rescore * 1000:.1f} ms")
    print(f"long scores -> level matrix (pivot):        median {pivot * 1000:.1f} ms")
    print(
        f"committee aggregate of {meta['proposal_uuid'].nunique():,} proposals: median {agg * 1000:.1f} ms "
        f"({contested:,} contested, {reasons:,} reasons)"
    )

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        with Store.open(path, user="bench") as store:
            start = time.perf_counter()
            build_demo(store, rubric, proposals=args.store_proposals, evaluators=8, seed=1)
            built = time.perf_counter() - start
            count = store.evaluations.count()
        with Store.open(path, readonly=True) as store:
            load = timed(lambda: evaluation_scores(store, rubric), 3)
            rank = timed(lambda: build_ranking(store, rubric), 3)
    print(f"demo store of {args.store_proposals:,} proposals / {count:,} evaluations built in {built:.1f} s")
    print(f"load + score every evaluation from that store: median {load * 1000:.0f} ms")
    print(f"full ranking from that store (with eligibility): median {rank * 1000:.0f} ms")


if __name__ == "__main__":
    main()
