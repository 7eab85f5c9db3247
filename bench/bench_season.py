"""Benchmark: the season's automatic assignment and progress (issue 21) on a demo store.

Run: .venv/bin/python bench/bench_season.py [--proposals 2000] [--evaluators 30] [--repeat 3]

Builds a demo store (seed 11) in a temporary folder and a second store with its proposals and evaluators but no
evaluation yet (a season's start), declares a conflict of interest for a tenth of the evaluators (with a proposal
each) and one by agency name, and times, medians over --repeat runs: the automatic assignment's plan
(`plan_automatically`, 2 evaluators a proposal; --spread: countries spread too), storing it (`keep_plan`, once),
then on the demo store (its evaluations) the progress (`season_progress`) and what one evaluator's laptop lists
(`assigned_to`).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from red_desktop import paths
from red_desktop.core.assigned import assigned_to
from red_desktop.core.assigning import keep_plan, plan_automatically
from red_desktop.core.completion import season_progress
from red_desktop.core.demo import build_demo
from red_desktop.core.domain import InterestKind
from red_desktop.core.rubric import load_rubric
from red_desktop.core.store import Store


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--proposals", type=int, default=2_000)
    parser.add_argument("--evaluators", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--spread", action="store_true", help="spread each evaluator's countries too")
    args = parser.parse_args()
    rubric = load_rubric(paths.default_rubric_path())
    with tempfile.TemporaryDirectory(prefix="bench-season-") as folder:
        path, fresh = Path(folder) / "demo.sqlite", Path(folder) / "fresh.sqlite"
        with Store.open(path, user="bench") as store, Store.open(fresh, user="bench") as start:
            build_demo(store, rubric, proposals=args.proposals, evaluators=args.evaluators, seed=11)
            with start.transaction():
                for proposal in store.proposals.all():
                    start.proposals.add(proposal)
                people = [start.evaluators.add(e) for e in store.evaluators.all()]
            facts = start.proposal_facts.all()
            for i, person in enumerate(people[: max(1, len(people) // 10)]):
                start.interests.declare(person, InterestKind.PROPOSAL, "bench", proposal_uuid=facts[i].uuid)
            agency = start.proposals.get(facts[-1].uuid).executing_agency
            start.interests.declare(people[-1], InterestKind.AGENCY, "bench", subject=agency)
            plan_s, (ask, plan) = timed(lambda: plan_automatically(start, 2, args.spread), args.repeat)
            began = time.perf_counter()
            kept = keep_plan(start, ask, plan, "2026-12-20")
            keep_s = time.perf_counter() - began
            ask2, plan2 = plan_automatically(store, 2)
            keep_plan(store, ask2, plan2, "2026-12-20")
            progress_s, progress = timed(lambda: season_progress(store, rubric), args.repeat)
            mine_s, mine = timed(lambda: assigned_to(store, people[0], rubric), args.repeat)
        print(f"{args.proposals:,} proposals × {args.evaluators} evaluators, {len(kept):,} pairs stored")
        spread = ", countries spread" if args.spread else ""
        print(f"  plan (exact{spread}): {plan_s:.2f} s  ({len(plan.pairs):,} new, spread {plan.spread})")
        print(f"  store the plan: {keep_s:.2f} s")
        print(f"  progress: {progress_s:.2f} s  ({len(progress.not_ready):,} not ready)")  # type: ignore[attr-defined]
        print(f"  one evaluator's list: {mine_s * 1000:.1f} ms  ({len(mine):,} assigned)")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
