"""The export command: the store's tables to CSV files in a folder or to one XLSX workbook (docs/exports.md)."""

from __future__ import annotations

import argparse
import sys
import time

from red_desktop.cli import emit, rubric_from, store_path
from red_desktop.core.exports import CsvDialect, ExportKind, ExportOptions, export_store
from red_desktop.core.store import Store

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
            print(f"{self.text}: {done:,} of {total:,}", file=sys.stderr)

    def status(self, text: str) -> None:
        self.text = text

    def cancelled(self) -> bool:
        return False


def export(args: argparse.Namespace) -> int:
    kind = ExportKind(args.kind)
    rubric = rubric_from(args)
    with Store.open(store_path(args), user=args.user, readonly=True) as store:
        result = export_store(store, rubric, kind, args.output, _TerminalProgress(), _options(args), _dialect(args))
    rows = ", ".join(f"{table} {n:,}" for table, n in result.rows.items())
    where = args.output if kind is ExportKind.XLSX else f"{len(result.paths)} files in {args.output}"
    lines = [f"Exported to {where}: {rows}", *(f"note: {note}" for note in result.notes)]
    emit(args, result.to_json(), "\n".join(lines))
    return 0


def _options(args: argparse.Namespace) -> ExportOptions:
    """--lang (the interface's language by default, as `sheet`), --top; the sensitivity's samples and seed are
    rank --sensitivity's defaults, so the aggregates repeat its figures."""
    from red_desktop.commands_reports import default_language  # it brings the PDF sheet's modules

    return ExportOptions(language=args.lang or default_language(), top_n=args.top)


def _dialect(args: argparse.Namespace) -> CsvDialect:
    return CsvDialect(args.csv_dialect)
