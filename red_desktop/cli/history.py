"""The history command: what happened to a proposal (its decision, override, codes, merges, evaluations): who,
when, what changed and why, oldest first, read from the audit log; with --all, what happened in the whole store."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from red_desktop.cli.common import emit, store_and_json, store_path
from red_desktop.core.messages import t

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands


def register(commands: Subcommands) -> None:
    history = commands.add_parser(
        "history",
        parents=store_and_json(),
        help=t(
            "a proposal's history from the audit log: decisions, revisions, withdrawals, overrides, codes, merges, "
            "evaluations (who, when, what changed, why); with --all, the whole log"
        ),
    )
    which = history.add_mutually_exclusive_group(required=True)
    which.add_argument("code", nargs="?", help=t("the proposal's code (an old code or its id works too)"))
    which.add_argument(
        "--all", action="store_true", help=t("every event of the audit log, newest last, with its proposal's code")
    )
    history.add_argument("--decision", action="store_true", help=t("only the decision and its eligibility override"))
    history.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.all:
        return _store_history(args)
    from red_desktop.core.enum_labels import enum_label
    from red_desktop.core.history import event_json, line, proposal_history
    from red_desktop.core.store import Store

    with Store.open(store_path(args), user=args.user, readonly=True) as store:
        proposal = store.proposals.by_code(args.code)
        events = proposal_history(store, proposal.uuid)
        decision = store.decisions.get(proposal.uuid)
    if args.decision:
        events = [e for e in events if e.on_decision]
    current = decision.kind.value if decision else None
    data = {
        "code": proposal.code,
        "uuid": proposal.uuid,
        "title": proposal.title,
        "decision": current,
        "events": [event_json(e) for e in events],
    }
    lines = [f"{proposal.code} · {proposal.title}"]
    if decision is not None:
        lines.append(t("Decision now: {decision}", decision=enum_label(decision.kind)))
    else:
        lines.append(t("Decision now: none"))
    lines += [line(e) for e in events] or [t("Nothing recorded yet.")]
    emit(args, data, "\n".join(lines))
    return 0


def _store_history(args: argparse.Namespace) -> int:
    """Every event of the audit log, newest last: when, the proposal's code (– for none), who, what, why."""
    from red_desktop.core.history import event_json, logged_line, store_history
    from red_desktop.core.store import Store

    with Store.open(store_path(args), user=args.user, readonly=True) as store:
        events = store_history(store)
    if args.decision:
        events = [e for e in events if e.event.on_decision]
    data = {"events": [{"code": e.code, "proposal_uuid": e.proposal_uuid, **event_json(e.event)} for e in events]}
    emit(args, data, "\n".join([logged_line(e) for e in events] or [t("Nothing recorded yet.")]))
    return 0
