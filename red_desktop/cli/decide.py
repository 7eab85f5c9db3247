"""The decide command: record, revise or withdraw the committee's decision on a proposal by its code."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from red_desktop.cli.common import (
    UsageError,
    add_rubric_option,
    emit,
    lookup,
    rubric_from,
    store_and_json,
    writing_store,
)
from red_desktop.core.domain import Decision, DecisionKind
from red_desktop.core.messages import msg, t

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands


def register(commands: Subcommands) -> None:
    decide = commands.add_parser(
        "decide",
        parents=store_and_json(),
        help=t("record the committee's decision on a proposal (a second one revises it and needs --reason)"),
    )
    decide.add_argument("code", help=t("the proposal's code, e.g. RED-PE-2026-014"))
    decide.add_argument("--decision", choices=[k.value for k in DecisionKind], help=t("the committee's decision"))
    decide.add_argument("--rationale", help=t("why the committee decided so (required)"))
    decide.add_argument("--conditions", help=t("conditions of an approval with conditions (required for it)"))
    decide.add_argument("--date", help=t("date of the decision, YYYY-MM-DD (default: today)"))
    decide.add_argument("--member", action="append", help=t("a committee member present (repeat; default: you)"))
    decide.add_argument("--reason", help=t("why an earlier decision is revised or withdrawn (required then)"))
    decide.add_argument("--withdraw", action="store_true", help=t("remove the decision, unlocking the evaluations"))
    decide.add_argument(
        "--override",
        metavar="RATIONALE",
        help=t(
            "record a gate override with this rationale first (an approval of a proposal failing an eligibility "
            "gate needs one); both or neither are kept"
        ),
    )
    add_rubric_option(decide, t("rubric file, for its eligibility gates"))
    decide.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from red_desktop.core.enum_labels import enum_label

    rubric = rubric_from(args)  # its eligibility gates: an approval of a proposal failing one needs an override
    if args.override is not None and (args.withdraw or not args.override.strip()):
        raise UsageError(
            msg(
                "override_needs_rationale",
                "--override needs a rationale, and goes with --decision, not --withdraw (try: --help)",
            )
        )
    with writing_store(args) as store:
        proposal = lookup(store, args.code)
        code = proposal.code
        current = store.decisions.get(proposal.uuid)
        if args.withdraw:
            if current is None:
                raise UsageError(msg("no_decision_to_withdraw", "{code} has no decision to withdraw", code=code))
            store.decisions.withdraw(proposal.uuid, args.reason or "")
            emit(args, {"code": code, "withdrawn": True}, t("Decision on {code} withdrawn", code=code))
            return 0
        if args.decision is None:
            raise UsageError(
                msg("decision_needed", "decide needs --decision (or --withdraw with --reason) (try: --help)")
            )
        fields = _fields(args, current, store.user)
        with store.transaction():  # the override and the decision it allows, or neither
            if args.override is not None:
                store.overrides.set(proposal.uuid, args.override.strip())
            if current is None:
                stored = store.decisions.record(Decision(proposal.uuid, **fields), rubric)  # type: ignore[arg-type]
                verb = "recorded"
            else:
                stored = store.decisions.revise(replace(current, **fields), args.reason or "", rubric)  # type: ignore[arg-type]
                verb = "revised"
    values = {"code": code, "decision": enum_label(stored.kind), "date": stored.decided_on}
    if verb == "recorded":
        text = t("Decision on {code} recorded: {decision} ({date})", **values)
    else:
        text = t("Decision on {code} revised: {decision} ({date})", **values)
    if args.override is not None:
        text += t(", with a gate override")
    if stored.members_recused:
        text += t("; recused for a declared conflict of interest: {members}", members=", ".join(stored.members_recused))
    emit(args, {"code": code, "action": verb, "override": args.override, **_json(stored)}, text)
    return 0


def _fields(args: argparse.Namespace, current: Decision | None, user: str) -> dict[str, object]:
    """What the options say; a revision keeps what they leave out, a first decision takes the defaults."""
    kind = DecisionKind(args.decision)
    conditional = kind == DecisionKind.APPROVE_WITH_CONDITIONS
    if current is None:
        return {
            "kind": kind,
            "rationale": args.rationale or "",
            "decided_on": args.date or date.today().isoformat(),
            "conditions": args.conditions or "",
            "members_present": tuple(args.member or (user,)),
        }
    return {
        "kind": kind,
        "rationale": current.rationale if args.rationale is None else args.rationale,
        "decided_on": args.date or date.today().isoformat(),
        "conditions": (current.conditions if args.conditions is None else args.conditions) if conditional else "",
        "members_present": tuple(args.member) if args.member else current.members_present,
    }


def _json(decision: Decision) -> dict[str, object]:
    return {
        "decision": decision.kind.value,
        "rationale": decision.rationale,
        "conditions": decision.conditions,
        "decided_on": decision.decided_on,
        "members_present": list(decision.members_present),
        "members_recused": list(decision.members_recused),
        "revision": decision.stamp.revision,
    }
