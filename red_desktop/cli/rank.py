"""red-desktop rank: the proposals ranked by committee aggregate, optionally with the ranking's sensitivity to the
weights."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from red_desktop.cli.common import (
    UsageError,
    add_rubric_option,
    emit,
    positive,
    rubric_from,
    store_and_json,
    store_path,
)
from red_desktop.core.aggregation_method import DEFAULT_SPREAD_THRESHOLD, Method

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands
    from red_desktop.core.ranking import RankedProposal
    from red_desktop.core.sensitivity import RankingSensitivity


def register(commands: Subcommands) -> None:
    rank = commands.add_parser("rank", parents=store_and_json(), help="rank proposals by committee aggregate")
    rank.add_argument("--method", choices=[m.value for m in Method], default=Method.MEAN.value)
    rank.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_SPREAD_THRESHOLD,
        help="spread of totals (points) over which a proposal is contested",
    )
    add_rubric_option(rank)
    rank.add_argument(
        "--ineligible-last",
        action="store_true",
        help="rank the eligible proposals among themselves and list the ineligible ones after them, unranked",
    )
    rank.add_argument(
        "--sensitivity", action="store_true", help="add p_top, rank_lo, rank_hi from a Monte Carlo over the weights"
    )
    rank.add_argument("--top", type=positive, default=10, help="N of p_top, the probability of staying in the top N")
    rank.add_argument("--samples", type=positive, default=1_000, help="weight samples drawn (default 1,000)")
    rank.add_argument("--seed", type=int, default=0, help="random seed: the same seed gives the same figures")
    rank.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from red_desktop.core.ranking import build_ranking
    from red_desktop.core.sensitivity import ranking_sensitivity
    from red_desktop.core.store import Store

    if args.sensitivity and args.method != Method.MEAN.value:
        raise UsageError(
            "--sensitivity models the mean of the final evaluations; use it with --method mean (try: --help)"
        )
    rubric = rubric_from(args)
    with Store.open(store_path(args), user=args.user, readonly=True) as store:
        ranking = build_ranking(
            store, rubric, Method(args.method), args.threshold, ineligible_last=args.ineligible_last
        )
    objects = [r.to_json() for r in ranking]
    text = _ranking_table(ranking, rubric.criterion_ids)
    if args.sensitivity:
        result = ranking_sensitivity(ranking, rubric, top_n=args.top, samples=args.samples, seed=args.seed)
        swaps = {pair.upper: pair.distance for pair in result.pairs}
        objects = [
            {**o, **result.proposals[r.uuid].to_json(), "swap_distance": swaps.get(r.uuid)}
            for o, r in zip(objects, ranking, strict=True)
        ]
        text = _sensitivity_table(ranking, result)
    emit(args, objects, text)
    return 0


def _sensitivity_table(ranking: list[RankedProposal], result: RankingSensitivity) -> str:
    lines = [
        f"Ranking sensitivity: {result.samples:,} samples of the weights (seed {result.seed}, concentration "
        f"{result.concentration:g}); p(top {result.top_n}) and the 5-95 % rank interval",
        f"{'rank':>4}  {'code':<18} {'total':>6}  {'p_top':>6}  {'interval':>9}  swap with next (weight points)",
    ]
    swaps = {pair.upper: pair.distance for pair in result.pairs}
    for r in ranking:
        figures = result.proposals[r.uuid]
        if r.total is None or figures.p_top is None:
            continue
        interval = f"{figures.rank_lo}-{figures.rank_hi}"
        swap = swaps.get(r.uuid)
        shown = "" if r.uuid not in swaps else ("none can" if swap is None else f"{swap:.1f}")
        lines.append(f"{r.rank or '-':>4}  {r.code:<18} {r.total:6.1f}  {figures.p_top:6.3f}  {interval:>9}  {shown}")
    return "\n".join(lines)


def _ranking_table(ranking: list[RankedProposal], criteria: tuple[str, ...]) -> str:
    header = (
        f"{'rank':>4}  {'code':<18} {'total':>6}  " + " ".join(f"{c:>4}" for c in criteria) + "  evals spread  flags"
    )
    lines = [header]
    for r in ranking:
        scores = " ".join(f"{r.criteria[c]:4.2f}" if r.criteria[c] is not None else "   -" for c in criteria)
        flags = ", ".join(
            f
            for f in (
                "contested" if r.contested else "",
                "" if r.eligible else "INELIGIBLE",
                "gate override" if r.override_rationale else "",
            )
            if f
        )
        total = f"{r.total:6.1f}" if r.total is not None else "     -"
        spread = f"{r.spread:6.1f}" if r.spread is not None else "     -"
        lines.append(f"{r.rank or '-':>4}  {r.code:<18} {total}  {scores}  {r.evaluations:>5} {spread}  {flags}")
    return "\n".join(lines)
