"""red-desktop rank: the proposals ranked by committee aggregate, optionally with the ranking's sensitivity to the
weights."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from functools import partial
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
from red_desktop.core.messages import msg, t, tc, tn

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands
    from red_desktop.core.ranking import RankedProposal
    from red_desktop.core.sensitivity import RankingSensitivity


def register(commands: Subcommands) -> None:
    rank = commands.add_parser("rank", parents=store_and_json(), help=t("rank proposals by committee aggregate"))
    rank.add_argument(
        "--method",
        choices=[m.value for m in Method],
        default=Method.MEAN.value,
        help=t("how the evaluators' totals are combined (default: mean)"),
    )
    rank.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_SPREAD_THRESHOLD,
        help=t("spread of totals (points) over which a proposal is contested"),
    )
    add_rubric_option(rank)
    rank.add_argument(
        "--ineligible-last",
        action="store_true",
        help=t("rank the eligible proposals among themselves and list the ineligible ones after them, unranked"),
    )
    rank.add_argument(
        "--sensitivity",
        action="store_true",
        help=t("add p_top, rank_lo, rank_hi from a Monte Carlo over the weights"),
    )
    rank.add_argument("--top", type=positive, default=10, help=t("N of p_top, the probability of staying in the top N"))
    rank.add_argument("--samples", type=positive, default=1_000, help=t("weight samples drawn (default 1,000)"))
    rank.add_argument("--seed", type=int, default=0, help=t("random seed: the same seed gives the same figures"))
    rank.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from red_desktop.core.ranking import build_ranking
    from red_desktop.core.sensitivity import ranking_sensitivity
    from red_desktop.core.store import Store

    if args.sensitivity and args.method != Method.MEAN.value:
        raise UsageError(
            msg(
                "sensitivity_needs_mean",
                "--sensitivity models the mean of the final evaluations; use it with --method mean (try: --help)",
            )
        )
    rubric = rubric_from(args)
    with Store.open(store_path(args), user=args.user, readonly=True) as store:
        ranking = build_ranking(
            store, rubric, Method(args.method), args.threshold, ineligible_last=args.ineligible_last
        )
    objects = [r.to_json() for r in ranking]
    text: Callable[[], str] = partial(_ranking_table, ranking, rubric.criterion_ids)
    if args.sensitivity:
        result = ranking_sensitivity(ranking, rubric, top_n=args.top, samples=args.samples, seed=args.seed)
        swaps = {pair.upper: pair.distance for pair in result.pairs}
        objects = [
            {**o, **result.proposals[r.uuid].to_json(), "swap_distance": swaps.get(r.uuid)}
            for o, r in zip(objects, ranking, strict=True)
        ]
        text = partial(_sensitivity_table, ranking, result)
    emit(args, objects, text)
    return 0


def _sensitivity_table(ranking: list[RankedProposal], result: RankingSensitivity) -> str:
    rank, code, total, interval = (
        _heading("rank", 4),
        _heading("code", 18),
        _heading("total", 6),
        _heading("interval", 9),
    )
    lines = [
        tn(
            "Ranking sensitivity: {n:,} sample of the weights (seed {seed}, concentration {concentration:g}); "
            "p(top {top}) and the rank interval from the 5th to the 95th percentile",
            "Ranking sensitivity: {n:,} samples of the weights (seed {seed}, concentration {concentration:g}); "
            "p(top {top}) and the rank interval from the 5th to the 95th percentile",
            result.samples,
            seed=result.seed,
            concentration=result.concentration,
            top=result.top_n,
        ),
        f"{rank}  {code:<{len(code)}} {total}  {'p_top':>6}  {interval}  "
        + tc("rank table", "swap with next (weight points)"),
    ]
    swaps = {pair.upper: pair.distance for pair in result.pairs}
    for r in ranking:
        figures = result.proposals[r.uuid]
        if r.total is None or figures.p_top is None:
            continue
        span = f"{figures.rank_lo}-{figures.rank_hi}"
        swap = swaps.get(r.uuid)
        shown = "" if r.uuid not in swaps else (tc("rank table", "none can") if swap is None else _figure(swap, 1))
        lines.append(
            f"{r.rank or '-':>{len(rank)}}  {r.code:<{len(code)}} {_figure(r.total, 1, len(total))}  "
            f"{_figure(figures.p_top, 3, 6)}  {span:>{len(interval)}}  {shown}"
        )
    return "\n".join(lines)


def _figure(value: float | None, decimals: int, width: int = 0) -> str:
    """A figure as the language of the moment writes it ("93,2"), right-aligned to `width`; "-" for none."""
    from red_desktop.core import formatting  # babel: only once a table is printed, not for --help

    return (formatting.number(value, decimals=decimals) if value is not None else "-").rjust(width)


def _heading(word: str, width: int) -> str:
    """A column's heading in the language of the moment, right-aligned to the column's width or wider: the
    rows take its width."""
    said = {
        "rank": tc("rank table", "rank"),
        "code": tc("rank table", "code"),
        "total": tc("rank table", "total"),
        "interval": tc("rank table", "interval"),
        "evals": tc("rank table", "evals"),
        "spread": tc("rank table", "spread"),
    }[word]
    return f"{said:>{width}}" if word != "code" else f"{said:<{width}}"


def _ranking_table(ranking: list[RankedProposal], criteria: tuple[str, ...]) -> str:
    rank, code, total = _heading("rank", 4), _heading("code", 18), _heading("total", 6)
    evals, spread = _heading("evals", 5), _heading("spread", 6)
    header = (
        f"{rank}  {code} {total}  "
        + " ".join(f"{c:>4}" for c in criteria)
        + f"  {evals} {spread}  "
        + tc("rank table", "flags")
    )
    lines = [header]
    for r in ranking:
        scores = " ".join(_figure(r.criteria[c], 2, 4) for c in criteria)
        flags = ", ".join(
            f
            for f in (
                tc("rank table", "contested") if r.contested else "",
                "" if r.eligible else tc("rank table", "INELIGIBLE"),
                tc("rank table", "gate override") if r.override_rationale else "",
            )
            if f
        )
        shown_total, shown_spread = _figure(r.total, 1, len(total)), _figure(r.spread, 1, len(spread))
        lines.append(
            f"{r.rank or '-':>{len(rank)}}  {r.code:<{len(code)}} {shown_total}  {scores}  "
            f"{r.evaluations:>{len(evals)}} {shown_spread}  {flags}"
        )
    return "\n".join(lines)
