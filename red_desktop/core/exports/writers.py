"""Tables to files: one CSV per table (UTF-8 with BOM) or one XLSX sheet per table, each written whole or not at all.

The header row shows the tables' headers (labels in the export's language); XLSX cells are typed: numbers,
booleans, dates and date-times (UTC, as the store keeps them) with a number format, text as text.

Every file is written under a temporary name beside its target and renamed onto it only when all are complete,
so a cancelled or failed export leaves nothing half-written under the target's name.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from red_desktop.core.errors import Problem, StoreError, ValidationError
from red_desktop.core.exports.cells import FORMULA_TRIGGERS, csv_safe, excel_problems
from red_desktop.core.exports.columns import TEXT_KINDS, Column, Kind
from red_desktop.core.exports.tables import Table
from red_desktop.core.messages import Message, msg, t
from red_desktop.core.progress import NoProgress, Progress, check_cancelled

CSV_CHUNK = 5_000  # rows between two looks at the progress (cancel, update)
XLSX_CHUNK = 500
CSV_LINE_END = "\r\n"  # RFC 4180; line breaks inside a quoted cell are kept as they are
MIN_WIDTH, MAX_WIDTH = 8, 60
BOOLEAN_WIDTH = 9  # VERDADERO, as a Spanish Excel shows TRUE
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
HEADER_ALIGNMENT = Alignment(vertical="center")
WRAP = Alignment(wrap_text=True, vertical="top")
NUMBER_FORMATS = {
    Kind.AMOUNT: "#,##0.00",
    Kind.NUMBER: "0.00##",
    Kind.DATE: "yyyy-mm-dd",
    Kind.TIMESTAMP: "yyyy-mm-dd hh:mm:ss",
}
DATE_KINDS = frozenset({Kind.DATE, Kind.TIMESTAMP})


class CsvDialect(StrEnum):
    """standard: comma and decimal point, what data tools expect; excel-semicolon: `;` and decimal comma, what
    Excel opens by double-click in a Spanish or Portuguese locale."""

    STANDARD = "standard"
    EXCEL_SEMICOLON = "excel-semicolon"

    @property
    def separator(self) -> str:
        return ";" if self is CsvDialect.EXCEL_SEMICOLON else ","

    @property
    def decimal(self) -> str:
        return "," if self is CsvDialect.EXCEL_SEMICOLON else "."


class ExportError(StoreError):
    """The files could not be written (a full disk, no permission); no partial file is left behind."""


# ---- targets ----


def check_csv_folder(folder: Path) -> None:
    """A CSV export goes into a folder: an existing one, or a new one in an existing folder."""
    if folder.exists() and not folder.is_dir():
        _refuse(folder, msg("a_file", "is a file; a CSV export writes one file per table into a folder"))
    if not folder.exists() and not folder.parent.is_dir():
        _refuse(folder.parent, msg("no_folder", "is not an existing folder to create the export folder in"))


def check_xlsx_path(path: Path) -> None:
    """An XLSX export is one file ending in .xlsx, in an existing folder."""
    if path.is_dir():
        _refuse(path, msg("a_folder", "is a folder; an XLSX export is one file, e.g. red-export.xlsx"))
    if path.suffix.lower() != ".xlsx":
        _refuse(path, msg("not_xlsx", "must end in .xlsx (Excel opens an XLSX file only by that name)"))
    if not path.parent.is_dir():
        _refuse(path.parent, msg("no_folder", "is not an existing folder"))


def _refuse(path: Path, message: Message) -> None:
    raise ValidationError(msg("export_target", "The export target"), [Problem(str(path), message)])


class _Staging:
    def __init__(self) -> None:
        self.pairs: list[tuple[Path, Path]] = []

    def temporary(self, target: Path) -> Path:
        """A new empty file beside the target, with the permissions the program gives what it makes (0600
        under red-desktop)."""
        path = target.with_name(f".{target.name}.{secrets.token_hex(4)}.partial")
        path.open("xb").close()
        self.pairs.append((path, target))
        return path


@contextmanager
def _staged(folder: Path, what: Message, create: bool = False) -> Iterator[_Staging]:
    """Rename every temporary file onto its target at the end; on any failure or cancel remove them all
    (and the folder, if it was made for them)."""
    made = create and not folder.exists()
    staging = _Staging()
    try:
        if made:
            folder.mkdir()
        yield staging
        for temporary, target in staging.pairs:
            os.replace(temporary, target)
    except BaseException as exc:
        for temporary, _ in staging.pairs:
            temporary.unlink(missing_ok=True)
        if made and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
        if isinstance(exc, OSError):
            why = str(exc.strerror or exc)
            if isinstance(exc, PermissionError):
                failed = msg(
                    "not_written",
                    "The {what} could not be written to {folder}: {why} (is the folder writable, and the file not "
                    "open in another program?); no partial file was left",
                    what=what,
                    folder=str(folder),
                    why=why,
                )
            else:
                failed = msg(
                    "not_written",
                    "The {what} could not be written to {folder}: {why}; no partial file was left",
                    what=what,
                    folder=str(folder),
                    why=why,
                )
            raise ExportError(failed) from None
        raise


class _Rows:
    """Counts written rows into the progress and stops when it says cancelled."""

    def __init__(self, progress: Progress, tables: Sequence[Table]):
        self.progress = progress
        self.total = sum(len(t.frame) for t in tables)
        self.done = 0

    def advance(self, rows: int) -> None:
        self.done += rows
        self.progress.update(self.done, self.total)
        check_cancelled(self.progress)


# ---- CSV ----


def write_csv(
    folder: Path,
    tables: Sequence[Table],
    progress: Progress | None = None,
    dialect: CsvDialect | str = CsvDialect.STANDARD,
) -> list[Path]:
    """One `<table>.csv` per table: UTF-8 with BOM, quoted where needed; comma and decimal point, or with the
    excel-semicolon dialect `;` and decimal comma. The header row is the tables' headers.

    Text cells starting with = + - @ (a formula to a spreadsheet) get a leading apostrophe."""
    folder = Path(folder)
    dialect = CsvDialect(dialect)
    check_csv_folder(folder)
    progress = progress or NoProgress()
    rows = _Rows(progress, tables)
    check_cancelled(progress)
    with _staged(folder, msg("csv_files", "CSV files"), create=True) as staging:
        for table in tables:
            progress.status(t("Writing {file}", file=f"{table.name}.csv"))
            temporary = staging.temporary(folder / f"{table.name}.csv")
            with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
                _write_csv_rows(handle, csv_safe(table), list(table.headers), dialect, rows)
    return [target for _, target in staging.pairs]


def _write_csv_rows(handle: IO[str], frame: pd.DataFrame, headers: list[str], dialect: CsvDialect, rows: _Rows) -> None:
    for start in range(0, max(len(frame), 1), CSV_CHUNK):  # an empty table still gets its header
        chunk = frame.iloc[start : start + CSV_CHUNK]
        chunk.to_csv(
            handle,
            index=False,
            header=headers if start == 0 else False,
            sep=dialect.separator,
            decimal=dialect.decimal,
            lineterminator=CSV_LINE_END,
        )
        rows.advance(len(chunk))


# ---- XLSX ----


def write_xlsx(path: Path, tables: Sequence[Table], progress: Progress | None = None) -> Path:
    """One sheet per table: a bold, coloured, frozen header with filters, widths from the content, long text
    wrapped, numbers as numbers. Text Excel cannot hold is refused (export_store fits it first, see cells.py)."""
    path = Path(path)
    check_xlsx_path(path)
    problems = [p for t in tables for p in excel_problems(t)]
    if problems:
        raise ValidationError(msg("workbook", "The workbook"), problems)
    progress = progress or NoProgress()
    rows = _Rows(progress, tables)
    check_cancelled(progress)
    workbook = Workbook(write_only=True)
    try:
        with _staged(path.parent, msg("workbook", "workbook")) as staging:
            temporary = staging.temporary(path)
            for table in tables:
                progress.status(t("Writing the {name} sheet", name=table.name))
                _write_sheet(workbook.create_sheet(table.name), table, rows)
            progress.status(t("Saving the workbook"))
            _save(workbook, temporary)
    finally:
        _close_streams(workbook)
    return path


def _save(workbook: Workbook, path: Path) -> None:
    """Workbook.save, closing its archive when the writing fails (a full disk): left open, the archive's
    finaliser tried again at exit and printed a traceback after the message ("Exception ignored in ZipFile")."""
    archive = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(workbook, archive).save()  # closes the archive when done
    except BaseException:
        with contextlib.suppress(OSError, ValueError):
            archive.close()
        raise


def _close_streams(workbook: Workbook) -> None:
    """Close and remove the row streams of sheets never saved (a cancel): openpyxl would only at exit, noisily."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is not None and not sheet.closed:
            sheet.close()
            writer.cleanup()


def _write_sheet(sheet: Any, table: Table, rows: _Rows) -> None:
    frame = table.frame
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(max(len(table.columns), 1))}{len(frame) + 1}"
    widths = [column_width(c, frame[c.name], h) for c, h in zip(table.columns, table.headers)]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.append([_header(sheet, h) for h in table.headers])
    makers = [_cell_maker(sheet, c, w) for c, w in zip(table.columns, widths)]
    columns = [_python_values(frame[c.name], c.kind) for c in table.columns]
    written = 0
    for written, values in enumerate(zip(*columns), start=1):
        sheet.append([make(v) for make, v in zip(makers, values)])
        if written % XLSX_CHUNK == 0:
            rows.advance(XLSX_CHUNK)
    rows.advance(written % XLSX_CHUNK)


def _header(sheet: Any, name: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, name)
    cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, HEADER_ALIGNMENT
    return cell


def _python_values(series: pd.Series, kind: Kind | None = None) -> list[Any]:
    """Plain Python values, None for every kind of missing (openpyxl writes NaN as text and refuses pd.NA);
    ISO dates and times as datetimes (UTC without a zone: Excel has none)."""
    if kind in DATE_KINDS:
        times = pd.to_datetime(series.where(series != ""), utc=True, format="ISO8601").dt.tz_localize(None)
        return [None if pd.isna(t) else t.to_pydatetime() for t in times]
    return series.astype(object).where(series.notna(), None).tolist()


def _cell_maker(sheet: Any, column: Column, width: float) -> Callable[[Any], Any]:
    if column.kind in TEXT_KINDS and column.kind not in DATE_KINDS:
        wrap = column.kind is Kind.LONG_TEXT
        return lambda value: _text_cell(sheet, value, width if wrap else None)
    number_format = NUMBER_FORMATS.get(column.kind)
    if number_format is None:
        return lambda value: value

    def number(value: Any) -> Any:
        if value is None:
            return None
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = number_format
        return cell

    return number


def _text_cell(sheet: Any, value: str | None, wrap_over: float | None) -> Any:
    """The text as a string cell: never a formula or an error code, wrapped when it will not fit its column."""
    if not value:
        return None
    literal = value.startswith(FORMULA_TRIGGERS) or value in ERROR_CODES
    wrap = wrap_over is not None and (len(value) > wrap_over or "\n" in value)
    if not (literal or wrap):
        return value
    cell = WriteOnlyCell(sheet, value)
    if literal:
        cell.data_type = "s"  # openpyxl would store "=..." as a formula and "#N/A" as an error
        cell.quotePrefix = True  # and Excel keeps it text when someone edits the cell
    if wrap:
        cell.alignment = WRAP
    return cell


def column_width(column: Column, series: pd.Series, header: str = "") -> float:
    """Characters wide: the header (with room for its filter button) or the longest value, capped at MAX_WIDTH."""
    present = series.dropna()
    header = header or column.name
    if present.empty:
        content = 0
    elif column.kind in DATE_KINDS:
        content = len(NUMBER_FORMATS[column.kind])
    elif column.kind in TEXT_KINDS:
        content = int(present.str.len().max())
    elif column.kind is Kind.BOOLEAN:
        content = BOOLEAN_WIDTH
    elif column.kind is Kind.AMOUNT:
        content = max(len(f"{v:,.2f}") for v in (present.min(), present.max()))
    elif column.kind is Kind.NUMBER:
        content = max(len(f"{v:.4f}") for v in (present.min(), present.max()))
    else:
        content = max(len(str(v)) for v in (present.min(), present.max()))
    return float(min(MAX_WIDTH, max(MIN_WIDTH, len(header) + 4, content + 2)))
