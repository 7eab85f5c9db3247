"""The export command: the store's tables to CSV files in a folder or to one XLSX workbook (docs/exports.md)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from red_desktop.cli.common import (
    add_rubric_option,
    default_language,
    emit,
    positive,
    rubric_from,
    store_and_json,
    store_path,
)
from red_desktop.core.messages import languages, t, tn

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands
    from red_desktop.core.exports import CsvDialect, ExportOptions

PROGRESS_INTERVAL = 1.0  # seconds between two progress lines on a terminal


class _TerminalProgress:
    """Progress lines on standard error when it is a terminal; Ctrl-C is the cancel (KeyboardInterrupt)."""

    def __init__(self) -> None:
        self.shown = sys.stderr.isatty()
        self.text = ""
        self.last = 0.0

    def update(self, done: int, total: int) -> None:
        now = time.monotonic()
        if self.shown and total and now - self.last >= PROGRESS_INTERVAL:
            self.last = now
            print(t("{what}: {done:,} of {total:,}", what=self.text, done=done, total=total), file=sys.stderr)

    def status(self, text: str) -> None:
        self.text = text

    def cancelled(self) -> bool:
        return False


def register(commands: Subcommands) -> None:
    export = commands.add_parser(
        "export",
        parents=store_and_json(),
        help=t(
            "write proposals, actors, evaluations, scores, aggregates, the portfolio (when the call has a budget) and "
            "decisions to CSV files or an XLSX workbook"
        ),
    )
    export.add_argument(
        "kind", choices=["csv", "xlsx"], help=t("csv: one file per table in a folder; xlsx: one sheet per table")
    )
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="PATH",
        help=t("the folder (csv) or the .xlsx file (xlsx)"),
    )
    add_rubric_option(export)
    export.add_argument(
        "--lang", choices=languages(), help=t("language of the headers and labels (default: the interface's)")
    )
    export.add_argument(
        "--csv-dialect",
        choices=["standard", "excel-semicolon"],
        default="standard",
        help=t(
            "csv: standard (comma, decimal point) or excel-semicolon (';' and decimal comma, for a Spanish or "
            "Portuguese Excel)"
        ),
    )
    export.add_argument(
        "--top",
        type=positive,
        default=10,
        help=t("N of the aggregates' p(top N), as rank --sensitivity (default 10)"),
    )
    export.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from red_desktop.core.exports import ExportKind, export_store
    from red_desktop.core.store import Store

    kind = ExportKind(args.kind)
    rubric = rubric_from(args)
    with Store.open(store_path(args), user=args.user, readonly=True) as store:
        result = export_store(store, rubric, kind, args.output, _TerminalProgress(), _options(args), _dialect(args))
    from red_desktop.core import formatting

    rows = ", ".join(f"{table} {formatting.integer(n)}" for table, n in result.rows.items())
    if kind is ExportKind.XLSX:
        where = str(args.output)
    else:
        where = tn("{n:,} file in {folder}", "{n:,} files in {folder}", len(result.paths), folder=args.output)
    lines = [
        t("Exported to {where}: {rows}", where=where, rows=rows),
        *(t("note: {note}", note=note) for note in result.notes),
    ]
    emit(args, result.to_json(), "\n".join(lines))
    return 0


def _options(args: argparse.Namespace) -> ExportOptions:
    """--lang (the interface's language by default, as `sheet`), --top; the sensitivity's samples and seed are
    rank --sensitivity's defaults, so the aggregates repeat its figures."""
    from red_desktop.core.exports import ExportOptions

    return ExportOptions(language=args.lang or default_language(), top_n=args.top)


def _dialect(args: argparse.Namespace) -> CsvDialect:
    from red_desktop.core.exports import CsvDialect

    return CsvDialect(args.csv_dialect)
