"""red-desktop portfolio: what the call's budget funds — in rank order until the money runs out, and the best set under
the budget and the call's rules — and how robust that set is when the weights vary (issue 20)."""

from __future__ import annotations

import argparse
from functools import partial
from typing import TYPE_CHECKING, Any

from red_desktop.cli.common import (
    UsageError,
    add_rubric_option,
    emit,
    positive,
    rubric_from,
    store_and_json,
    store_path,
    writing_store,
)
from red_desktop.core.messages import msg, t, tc
from red_desktop.core.portfolio_rules import ROBUST_SAMPLES, ROBUST_SEED

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands
    from red_desktop.core.portfolio import Portfolio, Reason
    from red_desktop.core.portfolio_robust import Robustness
    from red_desktop.core.portfolio_rules import CallBudget

RULE_OPTIONS = ("min_share", "max_share", "min_amount", "max_amount", "min_count", "max_count")


def register(commands: Subcommands) -> None:
    portfolio = commands.add_parser(
        "portfolio",
        parents=store_and_json(),
        help=t("the proposals the call's budget funds, in rank order and at best under its rules"),
        description=t(
            "Without options, the call's budget and rules stored in the store; options given replace them for this "
            "run (all the rules, when any is given), and --save keeps them. GROUP is region_type, country or "
            "priority_area; VALUE a value of it, or * for each value; each rule option may be repeated."
        ),
    )
    portfolio.add_argument("--budget", type=float, metavar="USD", help=t("the call's budget in US dollars"))
    rules = {
        "min_share": t(
            "at least this share (0-1) of the funded amount to a group, e.g. {example}",
            example="region_type=marginalized:0.3",
        ),
        "max_share": t(
            "at most this share (0-1) of the funded amount to a group, e.g. {example}", example="'country=*:0.25'"
        ),
        "min_amount": t(
            "at least this many US dollars to a group, e.g. {example}", example="priority_area=water:2000000"
        ),
        "max_amount": t("at most this many US dollars to a group, e.g. {example}", example="country=PE:5000000"),
        "min_count": t("at least this many proposals of a group, e.g. {example}", example="priority_area=roads:1"),
        "max_count": t("at most this many proposals of a group, e.g. {example}", example="country=BO:4"),
    }
    for name in RULE_OPTIONS:
        portfolio.add_argument(
            "--" + name.replace("_", "-"), action="append", default=[], metavar="GROUP=VALUE:BOUND", help=rules[name]
        )
    portfolio.add_argument("--force-in", action="append", default=[], metavar="CODE", help=t("fund this proposal"))
    portfolio.add_argument("--force-out", action="append", default=[], metavar="CODE", help=t("never fund it"))
    portfolio.add_argument(
        "--samples",
        type=positive,
        default=ROBUST_SAMPLES,
        help=t("weight samples for each proposal's probability of being funded (default {n})", n=ROBUST_SAMPLES),
    )
    portfolio.add_argument(
        "--seed", type=int, default=ROBUST_SEED, help=t("random seed: the same seed gives the same figures")
    )
    portfolio.add_argument(
        "--why",
        action="store_true",
        help=t(
            "for each proposal the best set and the rank order disagree on, what the other choice would cost "
            "(one more solve each)"
        ),
    )
    portfolio.add_argument("--save", action="store_true", help=t("keep the budget and rules given as the call's"))
    portfolio.add_argument("--reason", default="", help=t("why the call's budget or rules change (with --save)"))
    add_rubric_option(portfolio)
    portfolio.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from red_desktop.core.portfolio import Candidates
    from red_desktop.core.portfolio_robust import call_portfolio
    from red_desktop.core.ranking import build_ranking
    from red_desktop.core.store import Store

    rubric = rubric_from(args)
    with Store.open(store_path(args), user=args.user, readonly=True) as store:
        stored = store.call.budget()
        ranking = build_ranking(store, rubric)
    call = _call_from(args, stored, {r.code: r.uuid for r in ranking})
    if args.save and call != stored:
        with writing_store(args) as store:
            store.call.set_budget(call, args.reason)
    candidates = Candidates.of_ranking(ranking)
    found = call_portfolio(
        candidates, ranking, rubric, call, samples=args.samples, seed=args.seed, costs=args.why, most=None
    )
    portfolio, robust, said = found.portfolio, found.robust, found.reasons
    assert robust is not None  # most=None: always worked out
    emit(args, as_json(portfolio, robust, said), partial(_table, portfolio, robust, said))
    return 0 if portfolio.feasible else 1


def _call_from(args: argparse.Namespace, stored: CallBudget, uuid_of: dict[str, str]) -> CallBudget:
    from red_desktop.core.portfolio_rules import CallBudget, GroupRule

    given = [GroupRule.parse(kind, text) for kind in RULE_OPTIONS for text in getattr(args, kind)]
    unknown = sorted({c for c in [*args.force_in, *args.force_out] if c not in uuid_of})
    if unknown:
        raise UsageError(msg("unknown_codes", "no proposal has the code {codes}", codes=", ".join(unknown)))
    return CallBudget(
        stored.budget if args.budget is None else args.budget,
        tuple(given) if given else stored.rules,
        tuple(uuid_of[c] for c in args.force_in) if args.force_in else stored.forced_in,
        tuple(uuid_of[c] for c in args.force_out) if args.force_out else stored.forced_out,
    )


def as_json(portfolio: Portfolio, robust: Robustness, said: list[Reason]) -> dict[str, Any]:
    from red_desktop.core.portfolio import describe

    c = portfolio.candidates
    line = portfolio.funding_line
    kept_out = set(portfolio.call.forced_out)
    proposals = []
    for i, uuid in enumerate(c.uuids):
        total, cumulative = c.totals[i], portfolio.cumulative[i]
        proposals.append(
            {
                "uuid": uuid,
                "code": c.codes[i],
                "total": None if total != total else float(total),
                "requested_amount": float(c.amounts[i]),
                "eligible": bool(c.eligible[i]),
                "funded": bool(portfolio.funded[i]),
                "rank_order_funded": bool(portfolio.rank_order[i]),
                "cumulative_amount": None if cumulative != cumulative else float(cumulative),
                "p_funded": float(robust.p_funded[i]),
                "at_margin": bool(robust.at_margin[i]),
                "reason": said[i].why.value,
                "reason_cost": said[i].cost,
                "reason_impossible": said[i].impossible,
            }
        )
    return {
        "budget": portfolio.call.budget,
        "feasible": portfolio.feasible,
        "conflicts": list(portfolio.conflicts),
        "objective": portfolio.objective,
        "rank_order_objective": portfolio.rank_order_objective,
        "funded_amount": portfolio.funded_amount,
        "rank_order_amount": portfolio.rank_order_amount,
        "funding_line": None if line is None else c.codes[line],
        "rules": [describe(r) for r in c.rules_for(portfolio.call)],
        "forced_in": [code for code, f in zip(c.codes, c.forced(portfolio.call), strict=True) if f],
        "forced_out": [code for code, uuid in zip(c.codes, c.uuids, strict=True) if uuid in kept_out],
        "samples": robust.samples,
        "seed": robust.seed,
        "groups": [
            {
                "group": s.group,
                "value": s.value,
                "funded_amount": s.amount,
                "share": s.share,
                "count": s.count,
                "rules": [describe(r) for r in s.rules],
            }
            for s in portfolio.shares
        ],
        "proposals": proposals,
    }


def _table(portfolio: Portfolio, robust: Robustness, said: list[Reason]) -> str:
    from red_desktop.core import formatting
    from red_desktop.core.portfolio_words import reason_words

    c = portfolio.candidates
    money = formatting.amount
    lines = []
    budget = portfolio.call.budget
    lines.append(
        t("Budget: {budget}", budget=money(budget)) if budget is not None else t("Budget: none set (every proposal)")
    )
    if not portfolio.feasible:
        lines.append(t("The call's rules cannot all be met. In conflict:"))
        lines.extend(f"  - {conflict}" for conflict in portfolio.conflicts)
        return "\n".join(lines)
    lines.append(
        t(
            "Best set: {n} proposals, {amount}, total {objective}; in rank order: {m} proposals, {rank_amount}, "
            "total {rank_objective}",
            n=int(portfolio.funded.sum()),
            amount=money(portfolio.funded_amount),
            objective=formatting.number(portfolio.objective, decimals=1),
            m=int(portfolio.rank_order.sum()),
            rank_amount=money(portfolio.rank_order_amount),
            rank_objective=formatting.number(portfolio.rank_order_objective, decimals=1),
        )
    )
    lines.append(
        tc("portfolio table", "code").ljust(18)
        + tc("portfolio table", "total").rjust(7)
        + tc("portfolio table", "amount").rjust(16)
        + tc("portfolio table", "cumulative").rjust(16)
        + "  "
        + tc("portfolio table", "best")
        + "  "
        + tc("portfolio table", "rank order")
        + "  "
        + tc("portfolio table", "p funded")
    )
    for i, code in enumerate(c.codes):
        if i == portfolio.funding_line:
            lines.append("-" * 18 + " " + tc("portfolio table", "the money runs out here (rank order)"))
        total = c.totals[i]
        cumulative = portfolio.cumulative[i]
        lines.append(
            f"{code:<18}"
            + ("-" if total != total else formatting.number(float(total), decimals=1)).rjust(7)
            + money(float(c.amounts[i])).rjust(16)
            + ("" if cumulative != cumulative else money(float(cumulative))).rjust(16)
            + "  "
            + ("✓" if portfolio.funded[i] else "·").center(len(tc("portfolio table", "best")))
            + "  "
            + ("✓" if portfolio.rank_order[i] else "·").center(len(tc("portfolio table", "rank order")))
            + "  "
            + formatting.number(float(robust.p_funded[i]), decimals=2).rjust(8)
            + "  "
            + reason_words(said[i], float(c.amounts[i]))
            + ("; " + tc("portfolio table", "at the margin") if robust.at_margin[i] else "")
        )
    return "\n".join(lines)
