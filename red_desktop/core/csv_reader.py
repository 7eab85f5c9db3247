"""The one CSV reader: every CSV file the program reads (an export to import, a ratings table) goes through it.

One set of rules for all of them: the encoding from a byte order mark, else UTF-8, else Windows-1252 (refused when
the file mixes the two); a workbook, PDF or binary file named for what it is; the separator sniffed among , ; and
tab; every record as wide as the header (a short last record means a file cut off), blank records left out.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from red_desktop.core.errors import FILE, Problem, ValidationError, in_row
from red_desktop.core.messages import Message, msg

SAMPLE_BYTES = 64 * 1024
DELIMITERS = ",;\t"
POOL = 4096  # distinct values a column may have and still share its equal cells
XLSX_MAGIC = b"PK\x03\x04"
KNOWN_MAGIC = {
    b"%PDF": msg("pdf", "a PDF document"),
    b"\xd0\xcf\x11\xe0": msg("xls", "an old Excel 97-2003 (.xls) or Office file"),
}
_MOJIBAKE = re.compile(rb"[\xc2\xc3][\x80-\xbf]")  # UTF-8 Latin letters inside a file that is not UTF-8
# Byte order marks: Excel's "Unicode text" is UTF-16 LE with a BOM; Python's "utf-16" reads either order by it.
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


@dataclass(frozen=True)
class CsvCells:
    """A CSV file's header and its records as a frame of str cells (columns numbered from 0)."""

    header: list[str]
    frame: pd.DataFrame
    lines: np.ndarray  # the file line each record ends on (the header ends on line 1, or later if it spans lines)
    encoding: str
    delimiter: str


def read_csv_cells(source: Path, subject: Message | str) -> CsvCells:
    """Read `source` or raise ValidationError(subject, ...) naming what is wrong with it."""
    sample = _sample(source, subject)
    bom = next((encoding for mark, encoding in _BOMS if sample.startswith(mark)), None)
    if bom is None and b"\x00" in sample:
        raise _refused(subject, msg("binary_file", "is not a CSV text file (it holds binary data)"))
    for encoding in (bom,) if bom else ("utf-8-sig", "cp1252"):
        if encoding == "cp1252":
            _check_not_mixed(source, subject)
        try:
            text = sample[: len(sample) // 2 * 2] if encoding == "utf-16" else sample
            delimiter = _sniff(text.decode(encoding, errors="ignore"))
            header, frame, lines = _parse(source, subject, encoding, delimiter)
        except UnicodeDecodeError as error:
            if bom:
                name = "UTF-16" if bom == "utf-16" else "UTF-8"
                message = msg(
                    "bad_encoding",
                    "starts with a {name} byte order mark but is not whole {name} text (cut off?)",
                    name=name,
                )
                raise _refused(subject, message) from error
            continue
        return CsvCells(header, frame, lines, encoding, delimiter)
    raise _refused(
        subject, msg("bad_encoding", "is neither UTF-8 nor Windows-1252 (Latin-1) text; save it as CSV UTF-8")
    )


def magic_name(head: bytes) -> Message | None:
    """What a file starting with `head` is, when it is a known kind of file that is not text."""
    if head.startswith(XLSX_MAGIC):
        return msg("zip", "a ZIP archive (an XLSX workbook? give it the .xlsx extension)")
    return next((name for magic, name in KNOWN_MAGIC.items() if head.startswith(magic)), None)


def _refused(subject: Message | str, message: Message) -> ValidationError:
    return ValidationError(subject, [Problem.at(FILE, message)])


def _sample(source: Path, subject: Message | str) -> bytes:
    try:
        with source.open("rb") as handle:
            sample = handle.read(SAMPLE_BYTES)
    except OSError as error:
        raise _refused(subject, _unreadable(error)) from error
    if not sample.strip():
        raise _refused(subject, msg("empty_file", "is empty"))
    kind = magic_name(sample)
    if kind:
        raise _refused(subject, msg("not_csv", "is {kind}, not a CSV file", kind=kind))
    return sample


def _check_not_mixed(source: Path, subject: Message | str) -> None:
    """A file that is not UTF-8 yet holds UTF-8 accented letters mixes two encodings: reading it as Latin-1
    would store "JosÃ©" for "José" without a word, so it is refused."""
    with source.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            if _MOJIBAKE.search(chunk):
                mixed = msg("mixed_encoding", "mixes UTF-8 and Windows-1252 (Latin-1) text; save it again as CSV UTF-8")
                raise _refused(subject, mixed)


def _sniff(text: str) -> str:
    lines = text.splitlines()
    sample = "\n".join(lines[:-1] if len(lines) > 1 else lines)  # the last line of a sample may be cut short
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        header = lines[0] if lines else ""
        return max(DELIMITERS, key=header.count)


def _parse(
    source: Path, subject: Message | str, encoding: str, delimiter: str
) -> tuple[list[str], pd.DataFrame, np.ndarray]:
    """A record with more or fewer cells than the header refuses the whole file, naming it, so a file cut off
    mid-row is never read short of its last cells."""
    try:
        with source.open(encoding=encoding, newline="") as handle:
            reader = csv.reader(handle, delimiter=delimiter, strict=True)
            return _columns(subject, reader, lambda: reader.line_num)
    except csv.Error as error:
        raise _refused(
            subject, msg("bad_csv", "is not a well-formed CSV file: {why}", why=_csv_error(error))
        ) from error
    except OSError as error:
        raise _refused(subject, _unreadable(error)) from error


def _columns(
    subject: Message | str, reader: Iterator[list[str]], line: Callable[[], int]
) -> tuple[list[str], pd.DataFrame, np.ndarray]:
    """The header and the cells column by column, as they are read: no list per row is kept (100,000 of them and
    the frame made from them held 40 MB more than the cells). Equal cells of a column share one str while the
    column has at most POOL distinct values (a country, a region type, a choice): each str costs 50 bytes or more
    before its first character, and a 100,000-row export's cells are mostly such repeats. A row of separators
    only (";;") is a blank row and left out."""
    header = next((row for row in reader if row), None)
    if header is None:
        raise _refused(subject, msg("empty_file", "is empty"))
    width = len(header)
    columns: list[list[str]] = [[] for _ in header]
    pools: list[dict[str, str] | None] = [{} for _ in header]
    lines: list[int] = []
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
        lines.append(line())
        for index, cell in enumerate(row):
            pool = pools[index]
            if pool is not None:
                cell = pool.setdefault(cell, cell)
                if len(pool) > POOL:
                    pools[index] = None
            columns[index].append(cell)
    if uneven:
        raise ValidationError(subject, [_uneven(n, cells, width, n == number) for n, cells in uneven])
    frame = pd.DataFrame({index: _array(cells) for index, cells in enumerate(columns)}, copy=False)
    return header, frame, np.asarray(lines, dtype=np.int64)


def _unreadable(error: OSError) -> Message:
    return msg("unreadable", "cannot be read: {why}", why=str(error.strerror or error))


def _uneven(number: int, cells: int, width: int, last: bool) -> Problem:
    if cells > width:
        extra = msg("extra_cells", "has {cells} cells but the header has {width} columns", cells=cells, width=width)
        return Problem.at(in_row(number), extra)
    if last:
        cut = msg("cut_off", "has {cells} of {width} columns: the file may be cut off", cells=cells, width=width)
        return Problem.at(in_row(number), cut)
    return Problem.at(in_row(number), msg("missing_cells", "has {cells} of {width} columns", cells=cells, width=width))


def _array(cells: list[str]) -> np.ndarray:
    """The cells as an object array, made column by column: a frame made from lists copies them all at once."""
    array = np.empty(len(cells), dtype=object)
    array[:] = cells
    return array


def _csv_error(error: csv.Error) -> Message | str:
    text = first_line(error)
    if "unexpected end of data" in text:
        return msg("cut_off", "it ends inside a quoted cell: the file may be cut off")
    if "field larger than field limit" in text:
        return msg("too_long", "a cell is over {limit:,} characters long", limit=csv.field_size_limit())
    return text


def first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
