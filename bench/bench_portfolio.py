"""Benchmark: the call's best portfolio and its robust set (issue 20) on a demo ranking.

Run: .venv/bin/python bench/bench_portfolio.py [--proposals 500] [--samples 1000] [--repeat 3]

Builds a demo store of --proposals proposals (3 evaluators each, seed 11) in a temporary folder, ranks it, and times,
in this process: the best portfolio under a budget of a third of the eligible proposals' requested amounts with
"≥ 30 % of the funds to marginalized regions" and "no country above 25 %" (`best_portfolio`: rank-order set, exact
programme, group shares), and the robust set (`robust_portfolio`: --samples weight samples, one programme solved
each). Prints the medians over --repeat runs. Targets: best ≤ 1 s and robust ≤ 30 s at 500 proposals × 1,000 samples.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from red_desktop import paths
from red_desktop.core.demo import build_demo
from red_desktop.core.portfolio import Candidates, best_portfolio
from red_desktop.core.portfolio_robust import robust_portfolio
from red_desktop.core.portfolio_rules import CallBudget, GroupRule, RuleKind
from red_desktop.core.ranking import build_ranking
from red_desktop.core.rubric import load_rubric
from red_desktop.core.sensitivity import sensitivity_inputs
from red_desktop.core.store import Store


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--proposals", type=int, default=500)
    parser.add_argument("--samples", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rubric = load_rubric(paths.default_rubric_path())
    with tempfile.TemporaryDirectory(prefix="bench-portfolio-") as folder:
        path = Path(folder) / "demo.sqlite"
        with Store.open(path, user="bench") as store:
            build_demo(store, rubric, proposals=args.proposals, evaluators=3, seed=11)
        with Store.open(path, readonly=True) as store:
            ranking = build_ranking(store, rubric)
    candidates = Candidates.of_ranking(ranking)
    budget = float(candidates.amounts[candidates.eligible].sum()) / 3
    call = CallBudget(
        budget,
        (
            GroupRule(RuleKind.MIN_SHARE, "region_type", "marginalized", 0.3),
            GroupRule(RuleKind.MAX_SHARE, "country", "*", 0.25),
        ),
    )
    inputs = sensitivity_inputs(ranking, rubric)
    best, robust = [], []
    for _ in range(args.repeat):
        start = time.perf_counter()
        portfolio = best_portfolio(candidates, call)
        best.append(time.perf_counter() - start)
        start = time.perf_counter()
        figures = robust_portfolio(candidates, call, inputs.arrays, inputs.scored_at, samples=args.samples, seed=1)
        robust.append(time.perf_counter() - start)
    print(f"{args.proposals:,} proposals ({int(candidates.eligible.sum()):,} eligible), budget US$ {budget:,.0f}")
    print(
        f"best set: {int(portfolio.funded.sum())} funded, objective {portfolio.objective:.1f} "
        f"(rank order {portfolio.rank_order_objective:.1f}), feasible {portfolio.feasible}"
    )
    print(f"best portfolio, median of {args.repeat}: {statistics.median(best):.3f} s (target ≤ 1 s)")
    per = statistics.median(robust) / args.samples * 1000
    print(
        f"robust set, {args.samples:,} samples, median of {args.repeat}: {statistics.median(robust):.1f} s "
        f"({per:.1f} ms a sample; target ≤ 30 s); at the margin: {int(figures.at_margin.sum())}"
    )


if __name__ == "__main__":
    main()
