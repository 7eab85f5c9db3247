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
    counted,
    emit,
    read_passphrase,
    rubric_from,
    store_and_json,
    store_path,
    writing_store,
)
from red_desktop.core.enum_labels import record_label
from red_desktop.core.errors import NotFoundError
from red_desktop.core.exchange.model import CodeNote, Conflict, ImportPlan
from red_desktop.core.messages import msg, t, tn

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands
    from red_desktop.core.exchange.service import Signer


def register(commands: Subcommands) -> None:
    """package: signed exchange files between field laptops and the committee."""
    passphrase = Parser(add_help=False)
    passphrase.add_argument(
        "--passphrase-file", type=Path, metavar="FILE", help=t("the passphrase of your private key, if it has one")
    )
    package = commands.add_parser("package", help=t("exchange packages: export your work, import others'"))
    package.set_defaults(run=run)
    package_commands = package.add_subparsers(dest="package_command", parser_class=Parser, metavar="COMMAND")
    export = package_commands.add_parser(
        "export",
        parents=[*store_and_json(), passphrase],
        help=t("write a signed package of what changed since the last export"),
    )
    export.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.redpkg", help=t("the package file to write")
    )
    export.add_argument("--all", action="store_true", help=t("everything, not only what changed since the last export"))
    export.add_argument(
        "--encrypt-to", metavar="FINGERPRINT", help=t("encrypt the package to this roster key (e.g. the committee's)")
    )
    importing = package_commands.add_parser(
        "import",
        parents=[*store_and_json(), passphrase],
        help=t("check and merge packages, each all or nothing"),
    )
    importing.add_argument("files", type=Path, nargs="+", metavar="FILE.redpkg", help=t("the packages to import"))
    importing.add_argument("--dry-run", action="store_true", help=t("report what would happen; write nothing"))
    add_rubric_option(importing)
    package_commands.add_parser(
        "conflicts", parents=store_and_json(), help=t("records changed on two sides, with every version")
    )
    resolve = package_commands.add_parser(
        "resolve",
        parents=store_and_json(),
        help=t("resolve a conflict: each named field from the version given, the others as shown now"),
    )
    resolve.add_argument("key", metavar="ID", help=t("the record's id, as package conflicts lists it"))
    resolve.add_argument(
        "--take", action="append", default=[], metavar="FIELD=VERSION",
        help=t("take FIELD from the version starting with VERSION (repeatable); FIELD may be * for every field"),
    )  # fmt: skip
    add_rubric_option(resolve)


def run(args: argparse.Namespace) -> int:
    handlers = {"export": _export, "import": _import, "conflicts": _conflicts, "resolve": _resolve}
    if args.package_command not in handlers:
        raise UsageError(
            msg(
                "command_needed",
                "package needs a command: export, import, conflicts or resolve (try: red-desktop package --help)",
            )
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
                    msg(
                        "no_recipient",
                        "No key with fingerprint {fingerprint} is on this store's roster; add the recipient's public "
                        "key file first (red-desktop roster add)",
                        fingerprint=normalise_fingerprint(args.encrypt_to),
                    )
                )
        result = exchange.export_package(store, signer, args.output, everything=args.all, recipient=recipient)
    counts = ", ".join(counted(k, n) for k, n in result.counts.items() if n)
    what = t("everything") if args.all else t("changes since the last export")
    if recipient:
        what = t(
            "{what}, encrypted to {name} ({fingerprint})",
            what=what,
            name=recipient.identity.name,
            fingerprint=recipient.fingerprint,
        )
    text = t(
        "Package written to {path} ({what}): {counts}",
        path=result.path,
        what=what,
        counts=counts or t("nothing changed since the last export"),
    )
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
        refusal = t("red-desktop: error: {message}", message=_plan_text(plan, args.dry_run))  # as main's
        print(refusal, file=sys.stderr)
    return EXIT_ERROR if refused else 0


def _plan_text(plan: ImportPlan, dry_run: bool) -> str:
    if plan.already_imported:
        return t("{file}: skipped, nothing changed. {why}", file=plan.file_name, why=plan.rejected)
    if not plan.ok:
        return t("{file}: refused, nothing changed. {why}", file=plan.file_name, why=plan.rejected)
    assert plan.manifest is not None
    author = plan.manifest.author
    counts = ", ".join(_outcome(outcome, n) for outcome, n in plan.counts().items())
    values = {
        "file": plan.file_name,
        "author": author.name,
        "fingerprint": author.fingerprint,
        "created": plan.manifest.created_at[:16].replace("T", " "),
        "counts": counts,
    }
    if dry_run:
        merged = tn(
            "{file} from {author} ({fingerprint}), {created}: would merge {n:,} record: {counts}",
            "{file} from {author} ({fingerprint}), {created}: would merge {n:,} records: {counts}",
            len(plan.items),
            **values,
        )
    else:
        merged = tn(
            "{file} from {author} ({fingerprint}), {created}: merged {n:,} record: {counts}",
            "{file} from {author} ({fingerprint}), {created}: merged {n:,} records: {counts}",
            len(plan.items),
            **values,
        )
    lines = [merged]
    lines += [
        "  "
        + t(
            "conflict: {entity} {label} ({key})", entity=record_label(item.entity.value), label=item.label, key=item.key
        )
        for item in plan.items
        if item.outcome.value == "conflict"
    ]
    lines += ["  " + t("note: {note}", note=warning) for warning in plan.warnings]
    lines += [_code_line(note) for note in plan.codes]
    if any(not note.previous for note in plan.codes):
        lines.append(
            "  "
            + t(
                "note: a shared code is kept on both proposals until the committee gives final codes "
                "(red-desktop codes settle); until then, name one by its id"
            )
        )
    lines += [
        "  "
        + t(
            "likely duplicate: {label} looks like {other} ({reasons})",
            label=d.label,
            other=d.other_label,
            reasons=", ".join(d.reasons),
        )
        for d in plan.duplicates
    ]
    return "\n".join(lines)


def _outcome(outcome: str, n: int) -> str:
    """n records with one outcome of an import, in words: "3 added", "1 conflict"."""
    said = {
        "added": lambda: tn("{n:,} added", "{n:,} added", n),
        "updated": lambda: tn("{n:,} updated", "{n:,} updated", n),
        "unchanged": lambda: tn("{n:,} unchanged", "{n:,} unchanged", n),
        "conflict": lambda: tn("{n:,} conflict", "{n:,} conflicts", n),
    }.get(outcome)
    return said() if said else f"{n:,} {outcome}"


def _code_line(note: CodeNote) -> str:
    if note.previous:
        return "  " + t(
            "new code: {old} is now {code} ({title}); the old code still finds it",
            old=note.previous,
            code=note.code,
            title=note.title,
        )
    return "  " + t("shared code: {code} — {title} / {other}", code=note.code, title=note.title, other=note.other_title)


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
    lines = [_conflict_text(c) for c in found] or [t("No conflicts: every package merged cleanly.")]
    emit(args, [_conflict_json(c) for c in found], "\n".join(lines))
    return 0


def _conflict_text(conflict: Conflict) -> str:
    sides = "; ".join(
        t("{version} by {author} (shown now)", version=s.version[:8], author=s.author)
        if s.current
        else t("{version} by {author}", version=s.version[:8], author=s.author)
        for s in conflict.sides
    )
    return t(
        "{entity} {label} [{key}]: {fields} differ — {sides}",
        entity=record_label(conflict.entity.value),
        label=conflict.label,
        key=conflict.key,
        fields=", ".join(conflict.fields),
        sides=sides,
    )


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
            raise NotFoundError(
                msg("no_conflict", "There is no conflict on {key}; see red-desktop package conflicts", key=args.key)
            )
        choices = _choices(conflict, args.take)
        exchange.resolve_conflict(store, conflict.entity, conflict.key, choices, rubric)
    taken = ", ".join(t("{field} from {version}", field=f, version=v[:8]) for f, v in choices.items())
    text = t("Resolved {label}: {taken}", label=conflict.label, taken=taken or t("every field as shown now"))
    emit(args, {"key": conflict.key, "choices": choices}, text)
    return 0


def _choices(conflict: Conflict, takes: list[str]) -> dict[str, str]:
    choices: dict[str, str] = {}
    for take in takes:
        field, _, prefix = take.partition("=")
        matches = [s.version for s in conflict.sides if prefix and s.version.startswith(prefix.lower())]
        if len(matches) != 1:
            raise UsageError(
                msg(
                    "take_version",
                    "--take {take}: VERSION must start one (and only one) of the versions listed",
                    take=take,
                )
            )
        fields = conflict.fields if field == "*" else (field,)
        if field != "*" and field not in conflict.fields:
            raise UsageError(
                msg(
                    "take_field",
                    "--take {take}: {field} is not a field that differs ({fields})",
                    take=take,
                    field=field,
                    fields=", ".join(conflict.fields),
                )
            )
        choices.update(dict.fromkeys(fields, matches[0]))
    return choices
