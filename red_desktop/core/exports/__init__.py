"""CSV and XLSX export of the store: proposals, actors, evaluations, scores, aggregates, the portfolio (when the call
has a budget), decisions, agreement, calibration and the audit log (docs/exports.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from red_desktop.core.exports.cells import fit_for_excel
from red_desktop.core.exports.tables import ExportOptions, Table, build_tables
from red_desktop.core.exports.writers import (
    CsvDialect,
    ExportError,
    check_csv_folder,
    check_xlsx_path,
    write_csv,
    write_xlsx,
)
from red_desktop.core.progress import NoProgress, Progress
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store


class ExportKind(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


@dataclass(frozen=True)
class ExportResult:
    kind: ExportKind
    paths: tuple[Path, ...]
    rows: dict[str, int]  # table -> rows written
    notes: tuple[str, ...] = field(default=())  # what had to change on the way (text cut to Excel's limit, ...)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "paths": [str(p) for p in self.paths],
            "rows": self.rows,
            "notes": list(self.notes),
        }


def check_target(kind: ExportKind, target: Path) -> None:
    """Refuse a target the export cannot use (a file for CSV, a folder for XLSX, ...) before any work is done."""
    if kind is ExportKind.CSV:
        check_csv_folder(Path(target))
    else:
        check_xlsx_path(Path(target))


def export_store(
    store: Store,
    rubric: Rubric,
    kind: ExportKind | str,
    target: Path,
    progress: Progress | None = None,
    options: ExportOptions | None = None,
    csv_dialect: CsvDialect | str = CsvDialect.STANDARD,
) -> ExportResult:
    """Every table of the store to CSV files in the folder `target`, or to the XLSX workbook `target`, with
    headers and labels in `options.language`; `csv_dialect` chooses the CSV separator and decimal mark.

    Raises Cancelled when the progress says so; nothing is then left under the target's names."""
    kind = ExportKind(kind)
    target = Path(target)
    progress = progress or NoProgress()
    check_target(kind, target)
    tables = build_tables(store, rubric, progress, options)
    notes: list[str] = []
    if kind is ExportKind.XLSX:
        tables = _fitted(tables, notes, (options or ExportOptions()).language)
        paths: tuple[Path, ...] = (write_xlsx(target, tables, progress),)
    else:
        paths = tuple(write_csv(target, tables, progress, csv_dialect))
    return ExportResult(kind, paths, {t.name: len(t.frame) for t in tables}, tuple(notes))


def _fitted(tables: list[Table], notes: list[str], language: str) -> list[Table]:
    fitted = []
    for table in tables:
        table, changes = fit_for_excel(table, language)
        fitted.append(table)
        notes += changes
    return fitted


__all__ = [
    "CsvDialect",
    "ExportError",
    "ExportKind",
    "ExportOptions",
    "ExportResult",
    "Table",
    "build_tables",
    "check_target",
    "export_store",
]
