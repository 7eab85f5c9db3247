"""The package command: export this store's work as a signed (optionally encrypted) file, import others'."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from red_desktop import paths
from red_desktop.cli.common import (
    EXIT_ERROR,
    Parser,
    UsageError,
    add_rubric_option,
    emit,
    read_passphrase,
    rubric_from,
    store_and_json,
    store_path,
    writing_store,
)
from red_desktop.core.errors import NotFoundError
from red_desktop.core.exchange.model import CodeNote, Conflict, ImportPlan

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands
    from red_desktop.core.exchange.service import Signer

COUNT_NAMES = {"gate_overrides": "eligibility overrides"}


def register(commands: Subcommands) -> None:
    """package: signed exchange files between field laptops and the committee."""
    passphrase = Parser(add_help=False)
    passphrase.add_argument(
        "--passphrase-file", type=Path, metavar="FILE", help="the passphrase of your private key, if it has one"
    )
    package = commands.add_parser("package", help="exchange packages: export your work, import others'")
    package.set_defaults(run=run)
    package_commands = package.add_subparsers(dest="package_command", parser_class=Parser, metavar="COMMAND")
    export = package_commands.add_parser(
        "export",
        parents=[*store_and_json(), passphrase],
        help="write a signed package of what changed since the last export",
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.redpkg")
    export.add_argument("--all", action="store_true", help="everything, not only what changed since the last export")
    export.add_argument(
        "--encrypt-to", metavar="FINGERPRINT", help="encrypt the package to this roster key (e.g. the committee's)"
    )
    importing = package_commands.add_parser(
        "import",
        parents=[*store_and_json(), passphrase],
        help="check and merge packages, each all or nothing",
    )
    importing.add_argument("files", type=Path, nargs="+", metavar="FILE.redpkg")
    importing.add_argument("--dry-run", action="store_true", help="report what would happen; write nothing")
    add_rubric_option(importing)
    package_commands.add_parser(
        "conflicts", parents=store_and_json(), help="records changed on two sides, with every version"
    )
    resolve = package_commands.add_parser(
        "resolve",
        parents=store_and_json(),
        help="resolve a conflict: each named field from the version given, the others as shown now",
    )
    resolve.add_argument("key", metavar="ID", help="the record's id, as package conflicts lists it")
    resolve.add_argument(
        "--take", action="append", default=[], metavar="FIELD=VERSION",
        help="take FIELD from the version starting with VERSION (repeatable); FIELD may be * for every field",
    )  # fmt: skip
    add_rubric_option(resolve)


def run(args: argparse.Namespace) -> int:
    handlers = {"export": _export, "import": _import, "conflicts": _conflicts, "resolve": _resolve}
    if args.package_command not in handlers:
        raise UsageError(
            "package needs a command: export, import, conflicts or resolve (try: red-desktop package --help)"
        )
    return handlers[args.package_command](args)


def _signer(args: argparse.Namespace) -> Signer:
    from red_desktop.core.exchange import service as exchange

    passphrase = read_passphrase(args.passphrase_file) if args.passphrase_file else None
    return exchange.load_signer(paths.keys_dir(), passphrase)


def _export(args: argparse.Namespace) -> int:
    from red_desktop.core.exchange import service as exchange
    from red_desktop.core.identity import normalise_fingerprint

    signer = _signer(args)
    with writing_store(args) as store:
        recipient = None
        if args.encrypt_to:
            recipient = store.roster.get(args.encrypt_to)
            if recipient is None:
                raise NotFoundError(
                    f"No key with fingerprint {normalise_fingerprint(args.encrypt_to)} is on this store's roster; "
                    "add the recipient's public key file first (red-desktop roster add)"
                )
        result = exchange.export_package(store, signer, args.output, everything=args.all, recipient=recipient)
    counts = ", ".join(f"{COUNT_NAMES.get(k, k.replace('_', ' '))}: {n}" for k, n in result.counts.items() if n)
    sealed = f", encrypted to {recipient.identity.name} ({recipient.fingerprint})" if recipient else ""
    what = "everything" if args.all else "changes since the last export"
    text = f"Package written to {result.path} ({what}{sealed}): {counts or 'nothing changed since the last export'}"
    emit(args, {**result.__dict__}, text)
    return 0


def _import(args: argparse.Namespace) -> int:
    from red_desktop.core.exchange import envelope
    from red_desktop.core.exchange import service as exchange

    rubric = rubric_from(args)
    box_key = None
    if any(envelope.is_sealed(f) for f in args.files if f.is_file()):
        box_key = _signer(args).box_key
    plans = []
    with writing_store(args, dry_run=args.dry_run) as store:
        for file in args.files:
            plans.append(exchange.import_package(store, file, rubric, box_key=box_key, dry_run=args.dry_run))
    refused = [p for p in plans if not p.ok and not p.already_imported]  # a repeat is harmless
    shown = "\n".join(_plan_text(p, args.dry_run) for p in plans if p not in refused)
    if args.json or shown:
        emit(args, [_plan_json(p) for p in plans], shown)
    for plan in refused:  # on stderr, as every command's refusals (README)
        print(f"red-desktop: error: {_plan_text(plan, args.dry_run)}", file=sys.stderr)
    return EXIT_ERROR if refused else 0


def _plan_text(plan: ImportPlan, dry_run: bool) -> str:
    if plan.already_imported:
        return f"{plan.file_name}: skipped, nothing changed. {plan.rejected}"
    if not plan.ok:
        return f"{plan.file_name}: refused, nothing changed. {plan.rejected}"
    assert plan.manifest is not None
    author = plan.manifest.author
    counts = ", ".join(f"{n} {outcome}" for outcome, n in plan.counts().items())
    verb = "would merge" if dry_run else "merged"
    created = plan.manifest.created_at[:16].replace("T", " ")
    lines = [
        f"{plan.file_name} from {author.name} ({author.fingerprint}), {created}: "
        f"{verb} {len(plan.items)} records: {counts}"
    ]
    lines += [
        f"  conflict: {item.entity.value} {item.label} ({item.key})"
        for item in plan.items
        if item.outcome.value == "conflict"
    ]
    lines += [f"  note: {warning}" for warning in plan.warnings]
    lines += [_code_line(note) for note in plan.codes]
    if any(not note.previous for note in plan.codes):
        lines.append(
            "  note: a shared code is kept on both proposals until the committee gives final codes "
            "(red-desktop codes settle); until then, name one by its id"
        )
    lines += [
        f"  likely duplicate: {d.label} looks like {d.other_label} ({', '.join(d.reasons)})" for d in plan.duplicates
    ]
    return "\n".join(lines)


def _code_line(note: CodeNote) -> str:
    if note.previous:
        return f"  new code: {note.previous} is now {note.code} ({note.title}); the old code still finds it"
    return f"  shared code: {note.code} — {note.title} / {note.other_title}"


def _plan_json(plan: ImportPlan) -> dict[str, Any]:
    manifest = plan.manifest
    return {
        "file": plan.file_name,
        "ok": plan.ok,
        "rejected": plan.rejected,
        "already_imported": plan.already_imported,
        "package_id": manifest.package_id if manifest else None,
        "author": manifest.author.__dict__ if manifest else None,
        "created_at": manifest.created_at if manifest else None,
        "counts": plan.counts(),
        "items": [{**item.__dict__, "entity": item.entity.value, "outcome": item.outcome.value} for item in plan.items],
        "warnings": list(plan.warnings),
        "codes": [note.__dict__ for note in plan.codes],
        "duplicates": [{**d.__dict__, "reasons": list(d.reasons)} for d in plan.duplicates],
    }


def _conflicts(args: argparse.Namespace) -> int:
    from red_desktop.core.exchange import service as exchange
    from red_desktop.core.store import Store

    with Store.open(store_path(args), user=args.user, readonly=True) as store:
        found = exchange.list_conflicts(store)
    lines = [_conflict_text(c) for c in found] or ["No conflicts: every package merged cleanly."]
    emit(args, [_conflict_json(c) for c in found], "\n".join(lines))
    return 0


def _conflict_text(conflict: Conflict) -> str:
    sides = "; ".join(f"{s.version[:8]} by {s.author}{' (shown now)' if s.current else ''}" for s in conflict.sides)
    return f"{conflict.entity.value} {conflict.label} [{conflict.key}]: {', '.join(conflict.fields)} differ — {sides}"


def _conflict_json(conflict: Conflict) -> dict[str, Any]:
    return {
        "entity": conflict.entity.value,
        "key": conflict.key,
        "label": conflict.label,
        "fields": list(conflict.fields),
        "sides": [
            {"version": s.version, "author": s.author, "current": s.current, "record": s.record} for s in conflict.sides
        ],
    }


def _resolve(args: argparse.Namespace) -> int:
    from red_desktop.core.exchange import service as exchange

    rubric = rubric_from(args)
    with writing_store(args) as store:
        conflict = next((c for c in exchange.list_conflicts(store) if c.key == args.key), None)
        if conflict is None:
            raise NotFoundError(f"There is no conflict on {args.key}; see red-desktop package conflicts")
        choices = _choices(conflict, args.take)
        exchange.resolve_conflict(store, conflict.entity, conflict.key, choices, rubric)
    taken = ", ".join(f"{f} from {v[:8]}" for f, v in choices.items()) or "every field as shown now"
    emit(args, {"key": conflict.key, "choices": choices}, f"Resolved {conflict.label}: {taken}")
    return 0


def _choices(conflict: Conflict, takes: list[str]) -> dict[str, str]:
    choices: dict[str, str] = {}
    for take in takes:
        field, _, prefix = take.partition("=")
        matches = [s.version for s in conflict.sides if prefix and s.version.startswith(prefix.lower())]
        if len(matches) != 1:
            raise UsageError(f"--take {take}: VERSION must start one (and only one) of the versions listed")
        fields = conflict.fields if field == "*" else (field,)
        if field != "*" and field not in conflict.fields:
            raise UsageError(f"--take {take}: {field} is not a field that differs ({', '.join(conflict.fields)})")
        choices.update(dict.fromkeys(fields, matches[0]))
    return choices
