"""Codes and duplicates from the command line: settle the codes (committee), list likely duplicates, merge."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from red_desktop.cli import UsageError, emit, rubric_from, store_path
from red_desktop.cli_profile import acting, writing_store
from red_desktop.core import codes as code_rules
from red_desktop.core import merging
from red_desktop.core.domain import Proposal
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.settings import COMMITTEE_ROLES
from red_desktop.core.store import Store

COMMITTEE_ONLY = "only a committee member or an administrator {what}; your profile's role is {role}"


def codes(args: argparse.Namespace) -> int:
    if args.codes_command is None:
        raise UsageError("codes needs a command: settle (try: red-desktop codes --help)")
    return settle(args)


def settle(args: argparse.Namespace) -> int:
    """Give final codes to every provisional or shared code (see core/codes.py)."""
    if not args.dry_run:
        _require_committee(args, "gives final codes")
    with writing_store(args, dry_run=args.dry_run) as store:
        recodes = code_rules.settlement(store)
        if not args.dry_run and recodes:
            code_rules.settle(store, recodes, args.reason or "final codes given by the committee")
    verb = "would change" if args.dry_run else "changed"
    lines = [f"{r.old:<24} -> {r.new:<18} {'shared' if r.shared else 'provisional'}  {r.title}" for r in recodes]
    text = "\n".join([*lines, f"{len(recodes)} code(s) {verb}"]) if recodes else "Every code is final and unique"
    emit(args, {"dry_run": args.dry_run, "recoded": [asdict(r) for r in recodes]}, text)
    return 0


def duplicates(args: argparse.Namespace) -> int:
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
    emit(args, rows, "\n".join(lines) or "No likely duplicates")
    return 0


def merge(args: argparse.Namespace) -> int:
    """Merge one proposal into another (--into), or undo its merge (--undo)."""
    if args.into and args.undo:
        raise UsageError("merge takes --into CODE or --undo, not both (try: --help)")
    if not (args.into or args.undo):
        raise UsageError("merge needs --into CODE, or --undo (try: --help)")
    if not (args.reason or "").strip():
        raise UsageError("merge needs --reason: the audit log keeps why")
    _require_committee(args, "merges proposals")
    rubric = rubric_from(args)
    with writing_store(args) as store:
        merged = _named(store, args.code)
        if args.undo and merged.merged_into is None:
            raise RedDesktopError(f"{merged.code} is not merged into another proposal")
        kept = _named(store, args.into) if args.into else None
        if kept is not None and merged.merged_into == kept.uuid:
            raise RedDesktopError(f"{merged.code} is already merged into {kept.code}")
        stored = merging.merge(store, merged.uuid, kept.uuid if kept else None, args.reason, rubric)
    if kept is not None:
        text = f"{stored.code} merged into {kept.code}: its evaluations now count for {kept.code}"
    else:
        text = f"{stored.code} is a proposal of its own again"
    emit(args, {"merged": stored.uuid, "code": stored.code, "into": kept.uuid if kept else None}, text)
    return 0


def _named(store: Store, code: str) -> Proposal:
    """The proposal a merge names: the one holding the code itself, merged or not (by_code would follow a merged
    proposal to the one it counts for), else whatever by_code finds (an old code, an id)."""
    return store.proposals.holder_of(code) or lookup(store, code)


def lookup(store: Store, code: str) -> Proposal:
    """store.proposals.by_code, saying on stderr when the code led elsewhere than a proposal holding it: an old
    code, a merged proposal's, or a code another proposal once had (a sheet printed before the codes were
    settled)."""
    proposal = store.proposals.by_code(code)
    typed = code.strip()
    if proposal.code.casefold() != typed.casefold() and proposal.uuid != typed.lower():
        print(f"note: {typed} leads to {proposal.code} ({proposal.title})", file=sys.stderr)
    elif earlier := [u for u in store.proposals.former_holders(proposal.code) if u != proposal.uuid]:
        others = "; ".join(f"{p.code} ({p.title})" for p in map(store.proposals.get, earlier))
        print(f"note: {proposal.code} was also the code of {others} before the codes were settled", file=sys.stderr)
    return proposal


def _require_committee(args: argparse.Namespace, what: str) -> None:
    role = acting(args).role
    if role not in COMMITTEE_ROLES:
        raise RedDesktopError(COMMITTEE_ONLY.format(what=what, role=role.replace("_", " ") or "not set"))
