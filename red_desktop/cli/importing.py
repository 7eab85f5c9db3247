"""The import command: proposals from a CSV, XLSX, KoboToolbox or ODK Central export, all or nothing."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from red_desktop import paths
from red_desktop.cli.common import EXIT_ERROR, UsageError, emit, store_and_json, store_path, writing_store
from red_desktop.core.errors import FILE, Problem, ValidationError
from red_desktop.core.importing.records import (
    ERROR,
    ImportProblem,
    ImportRecord,
    ImportReport,
    ProblemGroup,
    said_column,
)
from red_desktop.core.messages import msg, t

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands
    from red_desktop.core.importing.mapping import ColumnMapping
    from red_desktop.core.importing.readers import SourceTable
    from red_desktop.core.store import Store

_SHOWN = 50  # problem groups and updates listed in the text output


def register(commands: Subcommands) -> None:
    importing = commands.add_parser(
        "import",
        parents=store_and_json(),
        help=t("import proposals from a CSV, XLSX, KoboToolbox or ODK Central export (all or nothing)"),
    )
    importing.add_argument("file", type=Path, metavar="FILE", help=t("the export: .csv or .xlsx"))
    importing.add_argument("--mapping", metavar="NAME|FILE", help=t("a saved mapping's name, or a mapping .json file"))
    importing.add_argument("--dry-run", action="store_true", help=t("report what would happen; write nothing"))
    importing.add_argument("--valid-only", action="store_true", help=t("import the valid rows even if others fail"))
    importing.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from red_desktop.core.importing.apply import import_records

    mapping, records, problems = read_records(args.file, args.mapping)
    with _store(args) as store:
        report = import_records(
            store, records, problems, Path(args.file).name, valid_only=args.valid_only, dry_run=args.dry_run
        )
    emit(args, {**report.to_json(), "mapping": mapping.name or "suggested"}, _text(report, args, mapping))
    if args.json:
        for group in report.grouped()[:20]:
            print(f"red-desktop: {', '.join(filter(None, (_rows(group), group.line())))}", file=sys.stderr)
    nothing = report.added + report.updated + report.unchanged == 0
    return EXIT_ERROR if nothing else 0


@contextmanager
def _store(args: argparse.Namespace) -> Iterator[Store]:
    """The store to import into; a dry run on a store that does not exist yet previews against an empty one made
    in a temporary folder, so neither the store file nor its lock is created."""
    from red_desktop.core.store import Store

    if args.dry_run and not store_path(args).exists():
        with tempfile.TemporaryDirectory(prefix="red-desktop-preview-") as folder:
            with Store.open(Path(folder) / "preview.sqlite") as store:
                yield store
        return
    with writing_store(args, dry_run=args.dry_run) as store:
        yield store


def read_records(path: str, wanted: str | None) -> tuple[ColumnMapping, list[ImportRecord], list[ImportProblem]]:
    """The file's records under the chosen mapping. The table they come from is let go before the store is
    opened: a 100,000-row file's cells are 80 MB, and the store's work would come on top of them."""
    from red_desktop.core.importing.convert import to_records
    from red_desktop.core.importing.readers import read_table

    table = read_table(path)
    mapping = choose_mapping(table, wanted)
    return mapping, *to_records(table, mapping)


def choose_mapping(table: SourceTable, wanted: str | None) -> ColumnMapping:
    """A mapping file, a saved mapping by name, the saved one the columns match, or a suggested one."""
    from red_desktop.core.importing.mapping import mapping_for, saved_mappings

    if wanted:
        path = Path(wanted)
        if path.suffix.lower() == ".json" or path.is_file():
            return _mapping_file(path)
        return _saved_mapping(wanted)
    folder = paths.mappings_dir()
    return mapping_for(table, saved_mappings(folder) if folder.exists() else ())  # the wizard's own choice


def _mapping_file(path: Path) -> ColumnMapping:
    from red_desktop.core.importing.mapping import ColumnMapping, read_mapping_json

    if not path.is_file():
        raise UsageError(
            msg(
                "no_mapping_file",
                "no mapping file {path}: check --mapping (a saved mapping's name, or a mapping .json file)",
                path=str(path),
            )
        )
    subject = msg("mapping_file_subject", "Mapping file {name}", name=path.name)
    data = read_mapping_json(path, subject)
    if not isinstance(data, dict):
        raise ValidationError(subject, [Problem.at(FILE, msg("not_an_object", "is not a JSON object"))])
    return ColumnMapping.from_json(data)


def _saved_mapping(name: str) -> ColumnMapping:
    """A saved mapping by name; a name nothing is saved under is a usage error listing the saved names."""
    from red_desktop.core.importing.mapping import load_mapping, saved_mappings

    folder = paths.mappings_dir()
    try:
        return load_mapping(folder, name)
    except ValidationError as exc:
        if not (exc.problems and exc.problems[0].location == "name"):  # saved, but unreadable or invalid
            raise
    except FileNotFoundError:
        pass
    except (OSError, ValueError) as exc:
        subject = msg("saved_mapping_subject", "Saved mapping {name!r}", name=name)
        raise ValidationError(
            subject, [Problem.at(FILE, msg("unreadable", "cannot be read: {why}", why=str(exc)))]
        ) from None
    names = [m.name for m in saved_mappings(folder)] if folder.is_dir() else []
    if names:
        raise UsageError(
            msg(
                "no_saved_mapping",
                "no saved mapping named {name!r} (the saved ones are: {names}); --mapping also takes a .json file",
                name=name,
                names=", ".join(names),
            )
        )
    raise UsageError(
        msg(
            "no_saved_mapping",
            "no saved mapping named {name!r} (there are no saved mappings); --mapping also takes a .json file",
            name=name,
        )
    )


def _rows(group: ProblemGroup) -> str:
    """Where one problem is: "row 7", or "row -" for the file itself; "" for a group (its line counts the rows)."""
    numbered = [r for r in group.rows if r is not None]
    if len(numbered) > 1:
        return ""
    return t("row {number}", number=numbered[0]) if numbered else t("row -")


def _severity(severity: str) -> str:
    return t("error") if severity == ERROR else t("warning")


def _text(report: ImportReport, args: argparse.Namespace, mapping: ColumnMapping) -> str:
    groups = report.grouped()
    lines = [_summary(report, args, mapping.name or t("(suggested)"), groups)]
    if report.updates:
        lines.append(t("Updates (old → new):") if not args.dry_run else t("Would update (old → new):"))
        lines += [f"  {update.line()}" for update in report.updates[:_SHOWN]]
        if len(report.updates) > _SHOWN:
            lines.append(
                "  " + t("… and {count:,} more (use --json for all of them)", count=len(report.updates) - _SHOWN)
            )
    if report.refused and groups and groups[0].severity == ERROR and None in groups[0].rows:
        groups = groups[1:]  # the file's own error is the first line already
    for group in groups[:_SHOWN]:
        value = f" ({group.values[0][:40]!r})" if group.count == 1 and group.values else ""
        lines.append(f"  {_severity(group.severity):<7} {_rows(group):<9} {group.line()}{value}")
    if len(groups) > _SHOWN:
        more = t("… and {count:,} more kinds of problem (use --json for all of them)", count=len(groups) - _SHOWN)
        lines.append(f"  {more}")
    return "\n".join(lines)


def _summary(report: ImportReport, args: argparse.Namespace, named: str, groups: list[ProblemGroup]) -> str:
    """The first line: what was (or would be) imported, or why nothing was."""
    if report.refused:
        why = _refusal(report, args, groups)
        if args.dry_run:
            return t(
                "Nothing would be imported from {file} with mapping {mapping}: {why}",
                file=args.file,
                mapping=named,
                why=why,
            )
        return t("Nothing imported from {file} with mapping {mapping}: {why}", file=args.file, mapping=named, why=why)
    counts = {
        "added": report.added,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "rejected": report.rejected,
    }
    if args.dry_run:
        return t(
            "Would import {file} with mapping {mapping}: {added:,} added, {updated:,} updated, "
            "{unchanged:,} unchanged, {rejected:,} rows rejected",
            file=args.file,
            mapping=named,
            **counts,
        )
    return t(
        "Imported {file} with mapping {mapping}: {added:,} added, {updated:,} updated, "
        "{unchanged:,} unchanged, {rejected:,} rows rejected",
        file=args.file,
        mapping=named,
        **counts,
    )


def _refusal(report: ImportReport, args: argparse.Namespace, groups: list[ProblemGroup]) -> str:
    """Why nothing was written: the file's own error, else the rows with errors."""
    file_level = [g for g in groups if g.severity == ERROR and None in g.rows]
    if file_level:
        first = file_level[0]
        return f"{said_column(first.column) + ': ' if first.column else ''}{first.reason}"
    if report.rejected == 1:
        rows = t("1 row with errors")
    else:
        rows = t("{count:,} rows with errors", count=report.rejected)
    if args.valid_only:
        return t("{rows}, and no valid row to import", rows=rows)
    return t("{rows}; fix them (listed below), or use --valid-only to import the others", rows=rows)
