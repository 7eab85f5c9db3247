"""A wide table of ratings read from a CSV file: the first column the item id, one column per rater, one row per
item, an empty cell a missing rating (what `red-desktop agreement FILE.csv` reads)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import numpy as np
import pandas as pd

from red_desktop.core.errors import NotFoundError, Problem, RedDesktopError, ValidationError

MAX_SHOWN_PROBLEMS = 10


def read_ratings_csv(path: Path) -> pd.DataFrame:
    """A wide table: the first column the item id, one column per rater, one row per item, empty = missing.

    Separated by , or ; (a ;-separated file may use decimal commas), UTF-8 with or without BOM, else
    Windows-1252. Returns items x raters floats indexed by item id, NaN where missing. Raises
    NotFoundError, RedDesktopError (unreadable) or ValidationError naming each bad line, column and value.
    """
    subject = f"The ratings file {path.name}"
    text = _decode(_read_bytes(path), subject)
    delimiter = _delimiter(text)
    try:
        cells = pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            header=None,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,  # so that row i of the table is line i + 1 of the file
            engine="python",
        )
    except (pd.errors.ParserError, csv.Error) as exc:
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ValidationError(subject, [Problem("file", f"is not a readable CSV table ({message})")]) from exc
    return _ratings_from_cells(cells.fillna("").apply(lambda column: column.str.strip()), delimiter, subject)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise NotFoundError(f"No ratings file at {path}") from None
    except OSError as exc:
        raise RedDesktopError(f"The ratings file {path} cannot be read ({exc.strerror or exc})") from None


def _decode(data: bytes, subject: str) -> str:
    if not data.strip():
        raise ValidationError(subject, [Problem("file", "is empty")])
    if b"\x00" in data:
        raise ValidationError(subject, [Problem("file", "is not a CSV text file (it holds binary data)")])
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError(subject, [Problem("file", "is not a CSV text file (neither UTF-8 nor Windows-1252)")])


def _delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:  # one line or one column: count in the header
        header = sample.split("\n", 1)[0]
        return max(",;\t", key=header.count)


def _ratings_from_cells(cells: pd.DataFrame, delimiter: str, subject: str) -> pd.DataFrame:
    cells = _without_empty_columns(cells)
    header, body = cells.iloc[0], cells.iloc[1:]
    body = body[(body != "").any(axis=1)]
    raters = [str(name) for name in header.iloc[1:]]
    problems = _header_problems(raters, delimiter)
    if not problems and body.empty:
        problems = [Problem("file", "has no item rows under the header")]
    if problems:
        raise ValidationError(subject, problems)
    items = body.iloc[:, 0]
    values, cell_problems = _numbers(body.iloc[:, 1:], items, raters, decimal_comma=delimiter != ",")
    problems = _item_problems(items) + cell_problems
    if problems:
        shown = problems[:MAX_SHOWN_PROBLEMS]
        if len(problems) > len(shown):
            shown.append(Problem("file", f"and {len(problems) - len(shown)} more problems like these"))
        raise ValidationError(subject, shown)
    return pd.DataFrame(values, index=pd.Index(items.tolist(), name=str(header.iloc[0]) or "item"), columns=raters)


def _without_empty_columns(cells: pd.DataFrame) -> pd.DataFrame:
    """Drop columns that hold nothing at all, the kind a trailing separator leaves."""
    return cells.loc[:, (cells != "").any(axis=0)]


def _header_problems(raters: list[str], delimiter: str) -> list[Problem]:
    if len(raters) < 2:
        hint = "" if raters else f" (is it a CSV table separated by , or ;? read as separated by {delimiter!r})"
        found = f"found {len(raters)}{hint}"
        return [Problem("header", f"needs an item id column and at least 2 rater columns; {found}")]
    problems = []
    seen: set[str] = set()
    for column, name in enumerate(raters, start=2):
        if not name:
            problems.append(Problem(f"header, column {column}", "has no rater name"))
        elif name in seen:
            problems.append(Problem(f"header, column {column}", "repeats a rater name", name))
        seen.add(name)
    return problems


def _item_problems(items: pd.Series) -> list[Problem]:
    lines = pd.Series(items.index.astype(int) + 1, index=items.index)
    problems = [Problem(f"line {line}", "has no item id") for line in lines[items == ""]]
    first_line = dict(zip(items.drop_duplicates(), lines[~items.duplicated()]))
    repeated = items.duplicated() & (items != "")
    problems += [
        Problem(f"line {lines[row]}", f"repeats the item id of line {first_line[items[row]]}", items[row])
        for row in items.index[repeated]
    ]
    return problems


_DECIMAL_COMMA = re.compile(r"^([+-]?\d*),(\d+)$")


def _numbers(
    cells: pd.DataFrame, items: pd.Series, raters: list[str], decimal_comma: bool
) -> tuple[np.ndarray, list[Problem]]:
    """The cells as floats (NaN where empty), and a problem for each one that is not a finite number."""
    text = cells.replace(_DECIMAL_COMMA, r"\1.\2", regex=True) if decimal_comma else cells
    numbers = text.apply(pd.to_numeric, errors="coerce").to_numpy(dtype=float)
    bad = (cells.to_numpy() != "") & ~np.isfinite(numbers)
    problems = [
        Problem(
            f"line {int(cells.index[r]) + 1} (item {items.iloc[r]!r}), column {raters[c]!r}",
            "is not a number",
            cells.iat[r, c],
        )
        for r, c in zip(*np.nonzero(bad))
    ]
    return np.where(cells.to_numpy() == "", np.nan, numbers), problems
