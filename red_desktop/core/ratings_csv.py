"""A wide table of ratings read from a CSV file: the first column the item id, one column per rater, one row per
item, an empty cell a missing rating (what `red-desktop agreement FILE.csv` reads)."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from red_desktop.core.csv_reader import read_csv_cells
from red_desktop.core.errors import NotFoundError, Problem, RedDesktopError, ValidationError

MAX_SHOWN_PROBLEMS = 10


def read_ratings_csv(path: Path) -> pd.DataFrame:
    """A wide table: the first column the item id, one column per rater, one row per item, empty = missing.

    Read by the program's one CSV reader (core.csv_reader: encodings, separators, cut-off files); a file separated
    by ; or tab may use decimal commas. Returns items x raters floats indexed by item id, NaN where missing. Raises
    NotFoundError, RedDesktopError (unreadable) or ValidationError naming each bad line, column and value.
    """
    if not path.exists():
        raise NotFoundError(f"No ratings file at {path}")
    if not path.is_file():
        raise RedDesktopError(f"The ratings file {path} cannot be read (it is not a file)")
    cells = read_csv_cells(path, f"The ratings file {path.name}")
    header = [name.strip() for name in cells.header]
    body = cells.frame.apply(lambda column: column.str.strip())
    body.index = pd.Index(cells.lines)
    return _ratings_from_cells(header, body, cells.delimiter, f"The ratings file {path.name}")


def _ratings_from_cells(header: list[str], body: pd.DataFrame, delimiter: str, subject: str) -> pd.DataFrame:
    """`body` is indexed by the file line each row is on."""
    used = [column for column, name in enumerate(header) if name or (body[column] != "").any()]
    header, body = [header[c] for c in used], body[used]  # the empty columns a trailing separator leaves
    body.columns = pd.RangeIndex(len(used))
    body = body[(body != "").any(axis=1)]
    raters = header[1:]
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
    return pd.DataFrame(values, index=pd.Index(items.tolist(), name=header[0] or "item"), columns=raters)


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
    """`items` is indexed by the file line each item is on."""
    problems = [Problem(f"line {line}", "has no item id") for line in items.index[items == ""]]
    first_line = dict(zip(items.drop_duplicates(), items.index[~items.duplicated()]))
    repeated = items.duplicated() & (items != "")
    problems += [
        Problem(f"line {line}", f"repeats the item id of line {first_line[item]}", item)
        for line, item in items[repeated].items()
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
            f"line {int(cells.index[r])} (item {items.iloc[r]!r}), column {raters[c]!r}",
            "is not a number",
            cells.iat[r, c],
        )
        for r, c in zip(*np.nonzero(bad))
    ]
    return np.where(cells.to_numpy() == "", np.nan, numbers), problems
