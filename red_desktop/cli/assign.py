"""red-desktop assign: who evaluates which proposal and by when (issue 21), automatically or by hand; the languages an
evaluator reads; the assignments listed."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from red_desktop.cli.common import (
    UsageError,
    acting,
    emit,
    lookup,
    named_evaluator,
    store_and_json,
    store_path,
    writing_store,
)
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.messages import msg, t

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands
    from red_desktop.core.domain import Assignment


def register(commands: Subcommands) -> None:
    assign = commands.add_parser(
        "assign",
        parents=store_and_json(),
        help=t("assign proposals to evaluators, by hand or automatically (committee)"),
        description=t(
            "--auto gives every undecided proposal the call's number of evaluators (--per-proposal changes and keeps "
            "it): the most even workload, never an evaluator with a declared conflict of interest, only evaluators "
            "reading the proposal's language (where --reads said which they read), keeping the assignments made and "
            "the evaluations begun. CODE --evaluator NAME assigns one proposal by hand. The assignments travel to "
            "the laptops in the committee's next package."
        ),
    )
    assign.add_argument("code", nargs="?", help=t("the proposal's code, to assign it by hand"))
    assign.add_argument("--evaluator", metavar="NAME", help=t("the evaluator to assign it to"))
    assign.add_argument("--auto", action="store_true", help=t("assign every undecided proposal automatically"))
    assign.add_argument(
        "--per-proposal", type=int, metavar="K", help=t("evaluators per proposal (kept as the call's; default 2)")
    )
    assign.add_argument(
        "--spread-countries", action="store_true", help=t("give each evaluator as many countries as can be")
    )
    assign.add_argument("--due", metavar="YYYY-MM-DD", help=t("the day the evaluations are due"))
    assign.add_argument("--dry-run", action="store_true", help=t("say what --auto would assign; write nothing"))
    assign.add_argument("--take-back", action="store_true", help=t("take back the assignment of CODE to --evaluator"))
    assign.add_argument("--reason", help=t("why (kept in the audit log; required with --take-back)"))
    assign.add_argument(
        "--reads", metavar="LANGUAGES", help=t("record the languages --evaluator reads, e.g. es,pt (empty: not said)")
    )
    assign.add_argument("--list", action="store_true", help=t("list the assignments"))
    assign.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.due is not None:
        _check_day(args.due)
    if args.list:
        return _list(args)
    if args.reads is not None:
        return _reads(args)
    _require_committee(args)
    if args.auto:
        if args.code:
            raise UsageError(msg("assign_auto_or_code", "assign takes --auto or a CODE with --evaluator, not both"))
        return _auto(args)
    if not args.code or not args.evaluator:
        raise UsageError(
            msg(
                "assign_what",
                "assign needs --auto, a CODE with --evaluator NAME, --evaluator NAME with --reads, or --list "
                "(try: red-desktop assign --help)",
            )
        )
    return _by_hand(args)


def _check_day(text: str) -> None:
    try:
        date.fromisoformat(text)
    except ValueError:
        raise UsageError(msg("bad_due", "--due must be a date written YYYY-MM-DD, not {text!r}", text=text)) from None
    if len(text) != 10:
        raise UsageError(msg("bad_due", "--due must be a date written YYYY-MM-DD, not {text!r}", text=text))


def _require_committee(args: argparse.Namespace) -> None:
    from red_desktop.core.enum_labels import role_label
    from red_desktop.core.settings import COMMITTEE_ROLES

    role = acting(args).role
    if role not in COMMITTEE_ROLES and not args.dry_run:
        raise RedDesktopError(
            msg(
                "assign_committee",
                "Only a committee member or administrator assigns proposals; your profile's role is {role}. Nothing "
                "was written",
                role=role_label(role) if role else t("not set"),
            )
        )


def _auto(args: argparse.Namespace) -> int:
    from red_desktop.core.assigning import keep_plan, plan_automatically, roster_newcomers

    with writing_store(args, dry_run=args.dry_run) as store:
        if args.per_proposal is not None and not args.dry_run:
            store.call.set_per_proposal(args.per_proposal, args.reason or "")
        ask, plan = plan_automatically(store, args.per_proposal, args.spread_countries)
        names = {e.uuid: e.name for e in [*store.evaluators.all(), *(e for e, _key in roster_newcomers(store))]}
        codes = store.proposals.codes_of([p for _e, p in plan.pairs])
        kept = [] if args.dry_run else keep_plan(store, ask, plan, args.due, args.reason or t("automatic assignment"))
        data = {
            "per_proposal": ask.per_proposal,
            "due_on": args.due,
            "dry_run": args.dry_run,
            "new": [{"code": codes[p], "evaluator": names[e]} for e, p in plan.pairs],
            "stored": len(kept),
            "workload": {names[e]: n for e, n in plan.loads.items()},
            "workload_spread": plan.spread,
        }
    loads = ", ".join(f"{name} {n}" for name, n in data["workload"].items())
    if args.dry_run:
        text = t("Would assign {n:,} new pair(s); workload: {loads}", n=len(plan.pairs), loads=loads)
    else:
        text = t(
            "Assigned {n:,} new pair(s) of proposal and evaluator, {k} evaluator(s) a proposal; workload: {loads}",
            n=len(plan.pairs),
            k=ask.per_proposal,
            loads=loads,
        )
        if len(kept) > len(plan.pairs):
            text += "\n" + t(
                "{n:,} evaluation(s) already begun are assigned to their evaluators", n=len(kept) - len(plan.pairs)
            )
    emit(args, data, text)
    return 0


def _by_hand(args: argparse.Namespace) -> int:
    from red_desktop.core.store.assignments import Given

    with writing_store(args) as store:
        proposal = lookup(store, args.code)
        evaluator = named_evaluator(store, args.evaluator)
        if args.take_back:
            done = store.assignments.take_back(proposal.uuid, evaluator.uuid, args.reason or "")
            text = t("{code} is no longer assigned to {name}", code=proposal.code, name=evaluator.name)
        else:
            (done,) = store.assignments.assign([Given(proposal.uuid, evaluator)], args.due, args.reason or "")
            text = t("{code} assigned to {name}", code=proposal.code, name=evaluator.name)
            if done.due_on:
                text += t(", due {day}", day=done.due_on)
        data = _json(done, proposal.code)
    emit(args, data, text)
    return 0


def _reads(args: argparse.Namespace) -> int:
    if not args.evaluator:
        raise UsageError(msg("reads_who", "--reads needs --evaluator NAME"))
    _require_committee(args)
    languages = [code for code in args.reads.replace(";", ",").split(",") if code.strip()]
    with writing_store(args) as store:
        evaluator = named_evaluator(store, args.evaluator)
        store.evaluators.set_reads(evaluator.uuid, languages)
        reads = sorted(store.evaluators.reads().get(evaluator.uuid, ()))
    said = ", ".join(reads) if reads else t("not said: any language")
    emit(
        args,
        {"evaluator": evaluator.name, "reads": reads},
        t("{name} reads: {languages}", name=evaluator.name, languages=said),
    )
    return 0


def _list(args: argparse.Namespace) -> int:
    from red_desktop.core.store import Store

    with Store.open(store_path(args), user=args.user, readonly=True) as store:
        assignments = store.assignments.all()
        codes = store.proposals.codes_of([a.proposal_uuid for a in assignments])
    rows = [_json(a, codes.get(a.proposal_uuid, a.proposal_uuid[:8])) for a in assignments]
    if not rows:
        emit(args, rows, t("No proposal is assigned."))
        return 0
    lines = [f"{r['evaluator']}: {r['code']}" + (f" ({r['due_on']})" if r["due_on"] else "") for r in rows]
    emit(args, rows, "\n".join(lines))
    return 0


def _json(assignment: Assignment, code: str) -> dict[str, Any]:
    return {
        "code": code,
        "evaluator": assignment.evaluator_name,
        "due_on": assignment.due_on,
        "active": assignment.active,
        "assigned_at": assignment.stamp.updated_at,
        "assigned_by": assignment.stamp.updated_by,
    }
