"""red-desktop coi: conflicts of interest declared by evaluators and committee members (issue 21)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from red_desktop.cli.common import (
    Parser,
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
    from red_desktop.core.domain import Evaluator, Interest
    from red_desktop.core.store import Store


def register(commands: Subcommands) -> None:
    coi = commands.add_parser(
        "coi",
        help=t("conflicts of interest: declare, list, withdraw"),
        description=t(
            "A declared conflict keeps its evaluator from being assigned the proposals it reaches and from "
            "evaluating them; an evaluation made before is left out of the committee's figures, and a committee "
            "member is recused from deciding on them."
        ),
    )
    coi.set_defaults(run=run)
    actions = coi.add_subparsers(dest="coi_command", parser_class=Parser, metavar="COMMAND")
    declare = actions.add_parser("declare", parents=store_and_json(), help=t("declare a conflict of interest"))
    declare.add_argument(
        "--evaluator",
        metavar="NAME",
        help=t("who has the conflict (default: you; a committee member may record one for anyone)"),
    )
    with_what = declare.add_mutually_exclusive_group()
    with_what.add_argument("--proposal", metavar="CODE", help=t("with this proposal"))
    with_what.add_argument("--agency", metavar="TEXT", help=t("with every proposal of this executing agency"))
    with_what.add_argument("--actor", metavar="TEXT", help=t("with every proposal naming this actor"))
    declare.add_argument("--reason", help=t("why (required; kept in the audit log)"))
    listing = actions.add_parser("list", parents=store_and_json(), help=t("every declaration, withdrawn ones too"))
    listing.add_argument("--active", action="store_true", help=t("only those not withdrawn"))
    withdraw = actions.add_parser("withdraw", parents=store_and_json(), help=t("withdraw a declaration"))
    withdraw.add_argument("id", help=t("the declaration's id, or its first characters as coi list shows them"))
    withdraw.add_argument("--reason", help=t("why (required; kept in the audit log)"))


def run(args: argparse.Namespace) -> int:
    command = {"declare": _declare, "list": _list, "withdraw": _withdraw}.get(args.coi_command or "")
    if command is None:
        raise UsageError(
            msg("coi_command", "coi needs a command: declare, list or withdraw (try: red-desktop coi --help)")
        )
    return command(args)


def _declare(args: argparse.Namespace) -> int:
    from red_desktop.core.domain import InterestKind

    if not (args.proposal or args.agency or args.actor):
        raise UsageError(msg("coi_with_what", "coi declare needs --proposal CODE, --agency TEXT or --actor TEXT"))
    if not (args.reason or "").strip():
        raise UsageError(msg("coi_reason", "coi declare needs --reason: why there is a conflict"))
    actor = acting(args)
    name = (args.evaluator or actor.name).strip()
    _require_self_or_committee(actor.name, actor.role, name)
    with writing_store(args) as store:
        evaluator = _evaluator(store, name, actor.name, actor.role)
        if args.proposal:
            proposal = lookup(store, args.proposal)
            interest = store.interests.declare(
                evaluator, InterestKind.PROPOSAL, args.reason, proposal_uuid=proposal.uuid
            )
        else:
            kind = InterestKind.AGENCY if args.agency else InterestKind.ACTOR
            interest = store.interests.declare(evaluator, kind, args.reason, subject=args.agency or args.actor)
        reached = len(store.interests.reached(interest))
        shown = _json(store, interest)
    text = t(
        "Conflict of interest of {name} with {what} declared ({id}); it reaches {n:,} proposal(s)",
        name=interest.evaluator_name,
        what=shown["with"],
        id=interest.uuid[:8],
        n=reached,
    )
    emit(args, {**shown, "proposals_reached": reached}, text)
    return 0


def _require_self_or_committee(me: str, role: str, name: str) -> None:
    from red_desktop.core.settings import COMMITTEE_ROLES

    if name != me and role not in COMMITTEE_ROLES:
        raise RedDesktopError(
            msg(
                "coi_for_another",
                "Only a committee member or administrator may record a conflict of interest for someone else "
                "({name}); nothing was written",
                name=name,
            )
        )


def _evaluator(store: Store, name: str, me: str, role: str) -> Evaluator:
    from red_desktop.core.profile import ensure_evaluator

    return ensure_evaluator(store, me, role) if name == me else named_evaluator(store, name)


def _list(args: argparse.Namespace) -> int:
    from red_desktop.core.store import Store

    with Store.open(store_path(args), user=args.user, readonly=True) as store:
        interests = store.interests.all(active_only=args.active)
        rows = [_json(store, i) for i in interests]
    if not rows:
        emit(args, rows, t("No conflict of interest declared."))
        return 0
    lines = []
    for row in rows:
        state = (
            t("withdrawn {day}: {reason}", day=row["withdrawn_at"][:10], reason=row["withdrawn_reason"])
            if row["withdrawn_at"]
            else t("active")
        )
        lines.append(f"{row['id'][:8]}  {row['evaluator']} — {row['with']}: {row['reason']} ({state})")
    emit(args, rows, "\n".join(lines))
    return 0


def _withdraw(args: argparse.Namespace) -> int:
    if not (args.reason or "").strip():
        raise UsageError(msg("coi_withdraw_reason", "coi withdraw needs --reason: why the declaration no longer holds"))
    actor = acting(args)
    with writing_store(args) as store:
        interest = store.interests.get(args.id)
        _require_self_or_committee(actor.name, actor.role, interest.evaluator_name)
        withdrawn = store.interests.withdraw(interest.uuid, args.reason)
        shown = _json(store, withdrawn)
    emit(args, shown, t("Declaration {id} of {name} withdrawn", id=withdrawn.uuid[:8], name=withdrawn.evaluator_name))
    return 0


def _json(store: Store, interest: Interest) -> dict[str, Any]:
    from red_desktop.core.enum_labels import enum_label

    what = store.interests.describe(interest)
    return {
        "id": interest.uuid,
        "evaluator": interest.evaluator_name,
        "kind": str(interest.kind),
        "with": f"{enum_label(interest.kind)} {what}",
        "proposal_code": what if interest.proposal_uuid else None,
        "subject": interest.subject or None,
        "reason": interest.reason,
        "declared_at": interest.stamp.created_at,
        "declared_by": interest.stamp.updated_by if interest.stamp.revision == 1 else None,
        "withdrawn_at": interest.withdrawn_at,
        "withdrawn_reason": interest.withdrawn_reason or None,
    }
