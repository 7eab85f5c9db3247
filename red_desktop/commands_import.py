"""The import command: proposals from a CSV, XLSX, KoboToolbox or ODK Central export, all or nothing."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from red_desktop import paths
from red_desktop.cli import EXIT_ERROR, emit
from red_desktop.cli_profile import writing_store
from red_desktop.core.errors import Problem, ValidationError
from red_desktop.core.importing.apply import import_records
from red_desktop.core.importing.mapping import (
    Mapping,
    load_mapping,
    matching_mapping,
    saved_mappings,
    suggest_mapping,
)
from red_desktop.core.importing.readers import SourceTable, read_table
from red_desktop.core.importing.records import ImportReport
from red_desktop.core.importing.rows import to_records


def import_file(args: argparse.Namespace) -> int:
    table = read_table(args.file)
    mapping = choose_mapping(table, args.mapping)
    records, problems = to_records(table, mapping)
    with writing_store(args, dry_run=args.dry_run) as store:
        report = import_records(
            store, records, problems, Path(args.file).name, valid_only=args.valid_only, dry_run=args.dry_run
        )
    emit(args, {**report.to_json(), "mapping": mapping.name or "suggested"}, _text(report, args, mapping))
    if args.json:
        for problem in report.problems[:20]:
            print(f"red-desktop: row {problem.row or '-'}, {problem.column}: {problem.reason}", file=sys.stderr)
    nothing = report.added + report.updated + report.unchanged == 0
    return EXIT_ERROR if nothing else 0


def choose_mapping(table: SourceTable, wanted: str | None) -> Mapping:
    """A mapping file, a saved mapping by name, the saved one the columns match, or a suggested one."""
    if wanted:
        path = Path(wanted)
        if path.suffix == ".json" and path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise ValidationError(
                    f"Mapping file {path.name}", [Problem("file", f"cannot be read: {exc}")]
                ) from None
            return Mapping.from_json(data if isinstance(data, dict) else {})
        return load_mapping(paths.mappings_dir(), wanted)
    if paths.mappings_dir().exists():
        matched = matching_mapping(table, saved_mappings(paths.mappings_dir()))
        if matched is not None:
            return matched
    return suggest_mapping(table)


def _text(report: ImportReport, args: argparse.Namespace, mapping: Mapping) -> str:
    verb = "Would import" if args.dry_run else "Imported"
    lines = [
        f"{verb} {args.file} with mapping {mapping.name or '(suggested)'}: {report.added} added, "
        f"{report.updated} updated, {report.unchanged} unchanged, {report.rejected} rows rejected"
    ]
    if report.errors and not args.valid_only and not report.added + report.updated:
        lines.append("Nothing was written: fix the rows below, or use --valid-only to import the others.")
    for p in report.problems[:50]:
        lines.append(f"  {p.severity:<7} row {p.row or '-':>5}  {p.column}: {p.reason} ({p.value[:40]!r})")
    if len(report.problems) > 50:
        lines.append(f"  … and {len(report.problems) - 50} more (use --json for all of them)")
    return "\n".join(lines)
