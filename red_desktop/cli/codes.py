"""Codes and duplicates from the command line: settle the codes (committee), list likely duplicates, merge."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import asdict
from typing import TYPE_CHECKING

from red_desktop.cli.common import (
    Parser,
    UsageError,
    acting,
    add_rubric_option,
    emit,
    lookup,
    rubric_from,
    store_and_json,
    store_path,
    writing_store,
)
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.messages import Message, msg, t, tc, tn

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands
    from red_desktop.core.domain import Proposal
    from red_desktop.core.store import Store


def register(commands: Subcommands) -> None:
    """codes settle (the committee's final codes), duplicates (the same project captured twice), merge."""
    codes = commands.add_parser("codes", help=t("proposal codes: the committee gives final ones"))
    codes.set_defaults(run=run_codes)
    code_commands = codes.add_subparsers(dest="codes_command", parser_class=Parser, metavar="COMMAND")
    settle = code_commands.add_parser(
        "settle",
        parents=store_and_json(),
        help=t(
            "give the next free final code (RED-CC-YYYY-NNN) to every provisional or shared code; the old codes "
            "stay findable"
        ),
    )
    settle.add_argument("--dry-run", action="store_true", help=t("list what would change; write nothing"))
    settle.add_argument("--reason", help=t("kept in the audit log (default: final codes given by the committee)"))
    duplicates = commands.add_parser(
        "duplicates",
        parents=store_and_json(),
        help=t(
            "pairs of proposals that look like one project captured twice (same country, similar title, and a "
            "similar agency, the same region or close by)"
        ),
    )
    duplicates.set_defaults(run=run_duplicates)
    merge = commands.add_parser(
        "merge",
        parents=store_and_json(),
        help=t("merge a proposal into another it duplicates: its evaluations count there, it leaves the list"),
    )
    merge.add_argument("code", help=t("the code of the proposal merged away"))
    merge.add_argument("--into", metavar="CODE", help=t("the code of the proposal that stays"))
    merge.add_argument("--undo", action="store_true", help=t("make a merged proposal one of its own again"))
    merge.add_argument("--reason", help=t("why (required; kept in the audit log)"))
    add_rubric_option(merge)
    merge.set_defaults(run=run_merge)


def run_codes(args: argparse.Namespace) -> int:
    if args.codes_command is None:
        raise UsageError(msg("command_needed", "codes needs a command: settle (try: red-desktop codes --help)"))
    return settle(args)


def settle(args: argparse.Namespace) -> int:
    """Give final codes to every provisional or shared code (see core/codes.py)."""
    from red_desktop.core import codes as code_rules

    if not args.dry_run:
        _require_committee(
            args,
            lambda role: msg(
                "committee_only",
                "only a committee member or an administrator gives final codes; your profile's role is {role}",
                role=role,
            ),
        )
    with writing_store(args, dry_run=args.dry_run) as store:
        recodes = code_rules.settlement(store)
        if not args.dry_run and recodes:
            reason = args.reason or "final codes given by the committee"  # kept in English, as the window keeps it
            code_rules.settle(store, recodes, reason)
    lines = [
        f"{r.old:<24} -> {r.new:<18} {tc('code', 'shared') if r.shared else tc('code', 'provisional')}  {r.title}"
        for r in recodes
    ]
    if args.dry_run:
        lines.append(tn("{n:,} code would change", "{n:,} codes would change", len(recodes)))
    else:
        lines.append(tn("{n:,} code changed", "{n:,} codes changed", len(recodes)))
    text = "\n".join(lines) if recodes else t("Every code is final and unique")
    emit(args, {"dry_run": args.dry_run, "recoded": [asdict(r) for r in recodes]}, text)
    return 0


def run_duplicates(args: argparse.Namespace) -> int:
    from red_desktop.core import merging
    from red_desktop.core.store import Store

    with Store.open(store_path(args), readonly=True) as store:
        pairs = merging.duplicate_pairs(store)
        rows = [
            {
                "first": {"uuid": p.first.uuid, "code": p.first.code, "title": p.first.title},
                "second": {"uuid": p.second.uuid, "code": p.second.code, "title": p.second.title},
                "reasons": list(p.reasons),
            }
            for p in pairs
        ]
    lines = [
        f"{p.first.code} ~ {p.second.code}: {', '.join(p.reasons)}\n    {p.first.title}\n    {p.second.title}"
        for p in pairs
    ]
    emit(args, rows, "\n".join(lines) or t("No likely duplicates"))
    return 0


def run_merge(args: argparse.Namespace) -> int:
    """Merge one proposal into another (--into), or undo its merge (--undo)."""
    from red_desktop.core import merging

    if args.into and args.undo:
        raise UsageError(msg("into_or_undo", "merge takes --into CODE or --undo, not both (try: --help)"))
    if not (args.into or args.undo):
        raise UsageError(msg("into_or_undo", "merge needs --into CODE, or --undo (try: --help)"))
    if not (args.reason or "").strip():
        raise UsageError(msg("reason_needed", "merge needs --reason: the audit log keeps why"))
    _require_committee(
        args,
        lambda role: msg(
            "committee_only",
            "only a committee member or an administrator merges proposals; your profile's role is {role}",
            role=role,
        ),
    )
    rubric = rubric_from(args)
    with writing_store(args) as store:
        merged = _named(store, args.code)
        if args.undo and merged.merged_into is None:
            raise RedDesktopError(msg("not_merged", "{code} is not merged into another proposal", code=merged.code))
        kept = _named(store, args.into) if args.into else None
        if kept is not None and merged.merged_into == kept.uuid:
            raise RedDesktopError(
                msg("already_merged", "{code} is already merged into {into}", code=merged.code, into=kept.code)
            )
        stored = merging.merge(store, merged.uuid, kept.uuid if kept else None, args.reason, rubric)
    if kept is not None:
        text = t("{code} merged into {into}: its evaluations now count for {into}", code=stored.code, into=kept.code)
    else:
        text = t("{code} is a proposal of its own again", code=stored.code)
    emit(args, {"merged": stored.uuid, "code": stored.code, "into": kept.uuid if kept else None}, text)
    return 0


def _named(store: Store, code: str) -> Proposal:
    """The proposal a merge names: the one holding the code itself, merged or not (by_code would follow a merged
    proposal to the one it counts for), else whatever by_code finds (an old code, an id)."""
    return store.proposals.holder_of(code) or lookup(store, code)


def _require_committee(args: argparse.Namespace, refusal: Callable[[str], Message]) -> None:
    """Refused, with `refusal` naming the profile's role, unless the profile is a committee member's or an
    administrator's."""
    from red_desktop.core.enum_labels import role_label
    from red_desktop.core.settings import COMMITTEE_ROLES

    role = acting(args).role
    if role not in COMMITTEE_ROLES:
        raise RedDesktopError(refusal(role_label(role) if role else t("not set")))
