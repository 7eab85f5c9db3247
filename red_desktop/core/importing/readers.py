"""Reading a CSV or XLSX export into a table of text cells, with its repeat groups, refusing what cannot be read.

Every cell is a str ("" when empty). A cell over MAX_CELL characters refuses the whole file, naming each such cell:
a field that long is a broken export or a pasted document, and the import is all or nothing anyway.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

import numpy as np
import pandas as pd

from red_desktop.core.errors import Problem, ValidationError
from red_desktop.core.importing import conventions

MAX_COLUMNS = 500
MAX_CELL = 50_000
SAMPLE_BYTES = 64 * 1024
DELIMITERS = ",;\t"
_XLSX_MAGIC = b"PK\x03\x04"
_MOJIBAKE = re.compile(rb"[\xc2\xc3][\x80-\xbf]")  # UTF-8 Latin letters inside a file that is not UTF-8
# Byte order marks: Excel's "Unicode text" is UTF-16 LE with a BOM; Python's "utf-16" reads either order by it.
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_KNOWN_MAGIC = {b"%PDF": "a PDF document", b"\xd0\xcf\x11\xe0": "an old Excel 97-2003 (.xls) or Office file"}


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
        raise _refused(source, "file", "does not exist or is not a file")
    if source.stat().st_size == 0:
        raise _refused(source, "file", "is empty")
    if source.suffix.lower() in {".xlsx", ".xlsm"}:
        table = _read_xlsx(source, sheet)
    else:
        headers, frame, encoding, delimiter = _read_csv(source)
        table = _table(source, headers, frame)
        table.encoding, table.delimiter = encoding, delimiter
        table.repeats = _sibling_repeats(source)
    return table


def _refused(source: Path, location: str, message: str, value: object = None) -> ValidationError:
    return ValidationError(f"File {source.name!r}", [Problem(location, message, value)])


def _table(source: Path, headers: Sequence[object], frame: pd.DataFrame, sheet: str = "") -> SourceTable:
    """The headers as the file writes them (so duplicates are seen, not renamed by pandas), then the checks."""
    names = [str(h).strip() for h in headers]
    _check_headers(source, names)
    frame.columns = pd.Index(names)
    blank = (frame == "").all(axis=1)
    if blank.any():
        frame = frame.loc[~blank].reset_index(drop=True)  # Excel's trailing blank rows
    if frame.empty:
        raise _refused(source, sheet or "file", "has headers but no rows")
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
        problems.append(Problem("header", f"has {len(headers):,} columns; the limit is {MAX_COLUMNS}"))
    seen: dict[str, int] = {}
    for number, header in enumerate(headers, start=1):
        if not header:
            problems.append(Problem(f"column {number}", "has no header"))
        elif header in seen:
            problems.append(Problem(f"column {number}", f"repeats the header of column {seen[header]}", header))
        else:
            seen[header] = number
    if problems:
        raise ValidationError(f"File {source.name!r}", problems)


def _check_cells(source: Path, frame: pd.DataFrame) -> None:
    if all(max(map(len, frame[column].tolist()), default=0) <= MAX_CELL for column in frame.columns):
        return  # the usual case, found without a frame of lengths
    lengths = frame.apply(lambda column: column.str.len())
    too_long = lengths.gt(MAX_CELL)
    if not too_long.to_numpy().any():
        return
    problems = [
        Problem(f"row {index + 2}, column {column!r}", f"is {int(lengths.at[index, column]):,} characters long; "
                f"the limit is {MAX_CELL:,}")
        for column in frame.columns for index in frame.index[too_long[column]]
    ]  # fmt: skip
    raise ValidationError(f"File {source.name!r}", problems)


# --- CSV -------------------------------------------------------------------------------------------------------


def _read_csv(source: Path) -> tuple[list[str], pd.DataFrame, str, str]:
    with source.open("rb") as handle:
        sample = handle.read(SAMPLE_BYTES)
    if not sample.strip():
        raise _refused(source, "file", "is empty")
    if _has_magic(sample):
        raise _refused(source, "file", f"is {_magic_name(sample)}, not a CSV file")
    bom = next((encoding for mark, encoding in _BOMS if sample.startswith(mark)), None)
    for encoding in (bom,) if bom else ("utf-8-sig", "cp1252"):
        if encoding == "cp1252":
            _check_not_mixed(source)
        try:
            text = sample[: len(sample) // 2 * 2] if encoding == "utf-16" else sample
            delimiter = _sniff(text.decode(encoding, errors="ignore"))
            return *_parse_csv(source, encoding, delimiter), encoding, delimiter
        except UnicodeDecodeError as error:
            if bom:
                name = "UTF-16" if bom == "utf-16" else "UTF-8"
                message = f"starts with a {name} byte order mark but is not whole {name} text (cut off?)"
                raise _refused(source, "file", message) from error
            continue
    raise _refused(source, "file", "is neither UTF-8 nor Windows-1252 (Latin-1) text; save it as CSV UTF-8")


def _has_magic(sample: bytes) -> bool:
    return any(sample.startswith(m) for m in _KNOWN_MAGIC) or sample.startswith(_XLSX_MAGIC)


def _magic_name(sample: bytes) -> str:
    if sample.startswith(_XLSX_MAGIC):
        return "a ZIP archive (an XLSX workbook? give it the .xlsx extension)"
    return next(name for magic, name in _KNOWN_MAGIC.items() if sample.startswith(magic))


def _check_not_mixed(source: Path) -> None:
    """A file that is not UTF-8 yet holds UTF-8 accented letters mixes two encodings: reading it as Latin-1
    would store "JosÃ©" for "José" without a word, so it is refused."""
    with source.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            if _MOJIBAKE.search(chunk):
                raise _refused(
                    source, "file", "mixes UTF-8 and Windows-1252 (Latin-1) text; save it again as CSV UTF-8"
                )


def _sniff(text: str) -> str:
    lines = text.splitlines()
    sample = "\n".join(lines[:-1] if len(lines) > 1 else lines)  # the last line of a sample may be cut short
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        header = lines[0] if lines else ""
        return max(DELIMITERS, key=header.count)


def _parse_csv(source: Path, encoding: str, delimiter: str) -> tuple[list[str], pd.DataFrame]:
    """The header and the records (blank lines skipped) as a frame of str cells; a record with more or fewer cells
    than the header refuses the whole file, naming it, so a file cut off mid-row is never imported short of its
    last cells."""
    try:
        with source.open(encoding=encoding, newline="") as handle:
            return _columns(source, csv.reader(handle, delimiter=delimiter, strict=True))
    except csv.Error as error:
        raise _refused(source, "file", f"is not a well-formed CSV file: {_csv_error(error)}") from error
    except OSError as error:
        raise _refused(source, "file", f"cannot be read: {error.strerror or error}") from error


POOL = 4096  # distinct values a column may have and still share its equal cells


def _columns(source: Path, reader: Iterator[list[str]]) -> tuple[list[str], pd.DataFrame]:
    """The header and the cells column by column, as they are read: no list per row is kept (100,000 of them and
    the frame made from them held 40 MB more than the cells). Equal cells of a column share one str while the
    column has at most POOL distinct values (a country, a region type, a choice): each str costs 50 bytes or more
    before its first character, and a 100,000-row export's cells are mostly such repeats. A row of separators
    only (";;") is a blank row and left out."""
    header = next((row for row in reader if row), None)
    if header is None:
        raise _refused(source, "file", "is empty")
    width = len(header)
    columns: list[list[str]] = [[] for _ in header]
    pools: list[dict[str, str] | None] = [{} for _ in header]
    uneven: list[tuple[int, int]] = []  # (record number, its cells): the header is record 1
    number = 1
    for row in reader:
        if not row:
            continue
        number += 1
        if len(row) != width:
            if any(cell.strip() for cell in row):
                uneven.append((number, len(row)))
            continue
        for index, cell in enumerate(row):
            pool = pools[index]
            if pool is not None:
                cell = pool.setdefault(cell, cell)
                if len(pool) > POOL:
                    pools[index] = None
            columns[index].append(cell)
    if uneven:
        raise ValidationError(f"File {source.name!r}", [_uneven(n, cells, width, n == number) for n, cells in uneven])
    return header, pd.DataFrame({index: _array(cells) for index, cells in enumerate(columns)}, copy=False)


def _uneven(number: int, cells: int, width: int, last: bool) -> Problem:
    if cells > width:
        return Problem(f"row {number}", f"has {cells} cells but the header has {width} columns")
    return Problem(f"row {number}", f"has {cells} of {width} columns" + (": the file may be cut off" if last else ""))


def _array(cells: list[str]) -> np.ndarray:
    """The cells as an object array, made column by column: a frame made from lists copies them all at once."""
    array = np.empty(len(cells), dtype=object)
    array[:] = cells
    return array


def _csv_error(error: csv.Error) -> str:
    text = _first_line(error)
    if "unexpected end of data" in text:
        return "it ends inside a quoted cell: the file may be cut off"
    if "field larger than field limit" in text:
        return f"a cell is over {csv.field_size_limit():,} characters long; the limit is {MAX_CELL:,}"
    return text


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


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
    if not head.startswith(_XLSX_MAGIC):
        what = next((name for magic, name in _KNOWN_MAGIC.items() if head.startswith(magic)), "not a workbook")
        raise _refused(source, "file", f"is not an XLSX workbook: it is {what}")
    with _open_book(source) as book:
        names = [str(n) for n in book.sheet_names]
        if not names:
            raise _refused(source, "file", "is not a readable XLSX workbook: it has no sheets")
        chosen = sheet if sheet is not None else names[0]
        if chosen not in names:
            raise _refused(source, "sheet", f"does not exist; the sheets are {', '.join(names)}", chosen)
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
        return _refused(source, "file", f"cannot be read: {error.strerror or _first_line(error)}")
    return _refused(source, "file", f"is not a readable XLSX workbook (damaged or cut off?): {_first_line(error)}")


def _header_and_rows(source: Path, raw: pd.DataFrame, sheet: str) -> tuple[list[object], pd.DataFrame]:
    if raw.empty:
        raise _refused(source, sheet, "is empty")
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
