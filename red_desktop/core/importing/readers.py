"""Reading a CSV or XLSX export into a table of text cells, with its repeat groups, refusing what cannot be read.

Every cell is a str ("" when empty). A cell over MAX_CELL characters refuses the whole file, naming each such cell:
a field that long is a broken export or a pasted document, and the import is all or nothing anyway.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

import pandas as pd

from red_desktop.core.csv_reader import XLSX_MAGIC, first_line, magic_name, read_csv_cells
from red_desktop.core.errors import FILE, HEADER, Problem, ValidationError, in_column
from red_desktop.core.importing import conventions
from red_desktop.core.messages import Message, msg

MAX_COLUMNS = 500
MAX_CELL = 50_000


@dataclass
class SourceTable:
    """One sheet or CSV file: original headers, str cells, the form tools' meta columns and the repeat groups."""

    path: Path
    columns: list[str]
    frame: pd.DataFrame  # columns named by the original headers, dtype object, "" for empty
    meta: list[str] = field(default_factory=list)
    repeats: dict[str, pd.DataFrame] = field(default_factory=dict)  # repeat group name -> its rows
    select_multiple: dict[str, list[str]] = field(default_factory=dict)  # combined column -> per-choice columns
    geopoints: dict[str, list[str]] = field(default_factory=dict)  # combined column -> split columns
    multiple: set[str] = field(default_factory=set)  # select-multiple columns: split with conventions.split_choices
    encoding: str = ""  # CSV only
    delimiter: str = ""  # CSV only
    sheet: str = ""  # XLSX only

    @property
    def data_columns(self) -> list[str]:
        return [c for c in self.columns if c not in self.meta]


def read_table(path: str | Path, sheet: str | None = None) -> SourceTable:
    """Read `path` (.csv, .txt, .tsv or .xlsx); for XLSX the first sheet unless `sheet` names another."""
    source = Path(path)
    if not source.is_file():
        raise _refused(source, FILE, msg("no_such_file", "does not exist or is not a file"))
    if source.stat().st_size == 0:
        raise _refused(source, FILE, msg("empty_file", "is empty"))
    if source.suffix.lower() in {".xlsx", ".xlsm"}:
        table = _read_xlsx(source, sheet)
    else:
        headers, frame, encoding, delimiter = _read_csv(source)
        table = _table(source, headers, frame)
        table.encoding, table.delimiter = encoding, delimiter
        table.repeats = _sibling_repeats(source)
    return table


def _subject(source: Path) -> Message:
    return msg("file_subject", "File {name!r}", name=source.name)


def _refused(source: Path, where: Message | str, message: Message, value: object = None) -> ValidationError:
    """`where` is a place in words (FILE) or a sheet's name, which is never translated."""
    problem = Problem.at(where, message, value) if isinstance(where, Message) else Problem(where, message, value)
    return ValidationError(_subject(source), [problem])


def _table(source: Path, headers: Sequence[object], frame: pd.DataFrame, sheet: str = "") -> SourceTable:
    """The headers as the file writes them (so duplicates are seen, not renamed by pandas), then the checks."""
    names = [str(h).strip() for h in headers]
    _check_headers(source, names)
    frame.columns = pd.Index(names)
    blank = (frame == "").all(axis=1)
    if blank.any():
        frame = frame.loc[~blank].reset_index(drop=True)  # Excel's trailing blank rows
    if frame.empty:
        raise _refused(source, sheet or FILE, msg("no_rows", "has headers but no rows"))
    _check_cells(source, frame)
    tidied = conventions.tidy(frame)
    columns = [str(c) for c in tidied.frame.columns]
    meta = [c for c in columns if conventions.is_meta(c)]
    return SourceTable(
        source, columns, tidied.frame, meta, select_multiple=tidied.select_multiple, geopoints=tidied.geopoints,
        multiple=tidied.multiple, sheet=sheet,
    )  # fmt: skip


def _check_headers(source: Path, headers: list[str]) -> None:
    problems: list[Problem] = []
    if len(headers) > MAX_COLUMNS:
        too_many = msg("too_many_columns", "has {count:,} columns; the limit is {limit:,}", count=len(headers),
                       limit=MAX_COLUMNS)  # fmt: skip
        problems.append(Problem.at(HEADER, too_many))
    seen: dict[str, int] = {}
    for number, header in enumerate(headers, start=1):
        if not header:
            problems.append(Problem.at(in_column(number), msg("no_header", "has no header")))
        elif header in seen:
            repeats = msg("repeated_header", "repeats the header of column {number}", number=seen[header])
            problems.append(Problem.at(in_column(number), repeats, header))
        else:
            seen[header] = number
    if problems:
        raise ValidationError(_subject(source), problems)


def _check_cells(source: Path, frame: pd.DataFrame) -> None:
    if all(max(map(len, frame[column].tolist()), default=0) <= MAX_CELL for column in frame.columns):
        return  # the usual case, found without a frame of lengths
    lengths = frame.apply(lambda column: column.str.len())
    too_long = lengths.gt(MAX_CELL)
    if not too_long.to_numpy().any():
        return
    problems = [
        Problem.at(msg("row_column", "row {row}, column {column!r}", row=index + 2, column=column),
                   msg("cell_too_long", "is {length:,} characters long; the limit is {limit:,}",
                       length=int(lengths.at[index, column]), limit=MAX_CELL))
        for column in frame.columns for index in frame.index[too_long[column]]
    ]  # fmt: skip
    raise ValidationError(_subject(source), problems)


# --- CSV -------------------------------------------------------------------------------------------------------


def _read_csv(source: Path) -> tuple[list[str], pd.DataFrame, str, str]:
    cells = read_csv_cells(source, _subject(source))
    return cells.header, cells.frame, cells.encoding, cells.delimiter


def _sibling_repeats(source: Path) -> dict[str, pd.DataFrame]:
    """ODK Central's `form-group.csv` (and `form_group.csv`) next to `form.csv`, when it names its parent."""
    repeats: dict[str, pd.DataFrame] = {}
    for sibling in sorted(source.parent.glob(f"{source.stem}[-_.]*{source.suffix}")):
        if sibling == source or not sibling.is_file():
            continue
        table = read_table(sibling)
        if conventions.has_parent_key(table.columns):
            repeats[sibling.stem[len(source.stem) + 1 :]] = table.frame
    return repeats


# --- XLSX ------------------------------------------------------------------------------------------------------


def _read_xlsx(source: Path, sheet: str | None) -> SourceTable:
    with source.open("rb") as handle:
        head = handle.read(8)
    if not head.startswith(XLSX_MAGIC):
        what = magic_name(head)
        if what is None:
            raise _refused(source, FILE, msg("not_a_workbook", "is not an XLSX workbook"))
        raise _refused(source, FILE, msg("not_xlsx", "is not an XLSX workbook: it is {what}", what=what))
    with _open_book(source) as book:
        names = [str(n) for n in book.sheet_names]
        if not names:
            raise _refused(source, FILE, msg("no_sheets", "is not a readable XLSX workbook: it has no sheets"))
        chosen = sheet if sheet is not None else names[0]
        if chosen not in names:
            missing = msg("no_such_sheet", "does not exist; the sheets are {names}", names=", ".join(names))
            raise _refused(source, msg("sheet", "sheet"), missing, chosen)
        table = _table(source, *_header_and_rows(source, _sheet(source, book, chosen), chosen), chosen)
        for other in names:
            if other != chosen:
                _add_repeat(table, book, other)
    return table


# A damaged workbook can fail anywhere inside zipfile, zlib, the XML parser, openpyxl or pandas, with any of a dozen
# exceptions (BadZipFile, zlib.error, ParseError, KeyError, IndexError, TypeError, OverflowError, ...): every one
# raised while the file is opened or a sheet parsed is the file's fault, and refused naming it. Our own handling of
# the cells comes after, outside these catches, so a mistake of ours is not passed off as a damaged file.


def _open_book(source: Path) -> pd.ExcelFile:
    try:
        return pd.ExcelFile(source, engine="openpyxl")
    except Exception as error:
        raise _unreadable(source, error) from error


def _sheet(source: Path, book: pd.ExcelFile, name: str) -> pd.DataFrame:
    try:
        frame = pd.read_excel(book, sheet_name=name, header=None, dtype=object)
    except Exception as error:
        raise _unreadable(source, error) from error
    return frame.apply(lambda column: column.map(_cell_text)).astype(object)


def _unreadable(source: Path, error: Exception) -> ValidationError:
    if isinstance(error, OSError):  # not allowed, or a disk gone
        return _refused(
            source, FILE, msg("unreadable", "cannot be read: {why}", why=error.strerror or first_line(error))
        )
    damaged = msg("damaged_xlsx", "is not a readable XLSX workbook (damaged or cut off?): {why}", why=first_line(error))
    return _refused(source, FILE, damaged)


def _header_and_rows(source: Path, raw: pd.DataFrame, sheet: str) -> tuple[list[object], pd.DataFrame]:
    if raw.empty:
        raise _refused(source, sheet, msg("empty_sheet", "is empty"))
    return raw.iloc[0].tolist(), raw.iloc[1:].reset_index(drop=True)


def _add_repeat(table: SourceTable, book: pd.ExcelFile, name: str) -> None:
    raw = _sheet(table.path, book, name)
    if raw.shape[0] < 2:
        return
    try:
        child = _table(table.path, *_header_and_rows(table.path, raw, name), name)
    except ValidationError as error:
        if conventions.has_parent_key([str(h) for h in raw.iloc[0].tolist()]):
            raise
        del error  # a sheet that names no parent is not a repeat group: its problems are not ours
        return
    if conventions.has_parent_key(child.columns):
        table.repeats[name] = child.frame


def _cell_text(value: object) -> str:
    """Excel numbers come back as float: 12.0 is shown "12"; dates as ISO 8601."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NaT:
        return ""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)
