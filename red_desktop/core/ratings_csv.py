"""A wide table of ratings read from a CSV file: the first column the item id, one column per rater, one row per
item, an empty cell a missing rating (what `red-desktop agreement FILE.csv` reads)."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from red_desktop.core.csv_reader import read_csv_cells
from red_desktop.core.errors import (
    FILE,
    HEADER,
    NotFoundError,
    Problem,
    RedDesktopError,
    ValidationError,
    in_line,
)
from red_desktop.core.messages import Message, msg

MAX_SHOWN_PROBLEMS = 10


def read_ratings_csv(path: Path) -> pd.DataFrame:
    """A wide table: the first column the item id, one column per rater, one row per item, empty = missing.

    Read by the program's one CSV reader (core.csv_reader: encodings, separators, cut-off files); a file separated
    by ; or tab may use decimal commas. Returns items x raters floats indexed by item id, NaN where missing. Raises
    NotFoundError, RedDesktopError (unreadable) or ValidationError naming each bad line, column and value.
    """
    if not path.exists():
        raise NotFoundError(msg("no_ratings_file", "No ratings file at {path}", path=str(path)))
    if not path.is_file():
        raise RedDesktopError(msg("ratings_not_a_file", "The ratings file {path} cannot be read (it is not a file)",
                                  path=str(path)))  # fmt: skip
    subject = msg("ratings_subject", "The ratings file {name}", name=path.name)
    cells = read_csv_cells(path, subject)
    header = [name.strip() for name in cells.header]
    body = cells.frame.apply(lambda column: column.str.strip())
    body.index = pd.Index(cells.lines)
    return _ratings_from_cells(header, body, cells.delimiter, subject)


def _ratings_from_cells(header: list[str], body: pd.DataFrame, delimiter: str, subject: Message) -> pd.DataFrame:
    """`body` is indexed by the file line each row is on."""
    used = [column for column, name in enumerate(header) if name or (body[column] != "").any()]
    header, body = [header[c] for c in used], body[used]  # the empty columns a trailing separator leaves
    body.columns = pd.RangeIndex(len(used))
    body = body[(body != "").any(axis=1)]
    raters = header[1:]
    problems = _header_problems(raters, delimiter)
    if not problems and body.empty:
        problems = [Problem.at(FILE, msg("no_items", "has no item rows under the header"))]
    if problems:
        raise ValidationError(subject, problems)
    items = body.iloc[:, 0]
    values, cell_problems = _numbers(body.iloc[:, 1:], items, raters, decimal_comma=delimiter != ",")
    problems = _item_problems(items) + cell_problems
    if problems:
        shown = problems[:MAX_SHOWN_PROBLEMS]
        if len(problems) > len(shown):
            more = msg("more_problems", "and {count:,} more problems like these", count=len(problems) - len(shown))
            shown.append(Problem.at(FILE, more))
        raise ValidationError(subject, shown)
    return pd.DataFrame(values, index=pd.Index(items.tolist(), name=header[0] or "item"), columns=raters)


def _header_problems(raters: list[str], delimiter: str) -> list[Problem]:
    if len(raters) < 2:
        if raters:
            few = msg("too_few_raters", "needs an item id column and at least 2 rater columns; found {count}", count=1)
        else:
            few = msg(
                "too_few_raters",
                "needs an item id column and at least 2 rater columns; found 0 (is it a CSV table separated by , or ;? "
                "read as separated by {delimiter!r})",
                delimiter=delimiter,
            )
        return [Problem.at(HEADER, few)]
    problems = []
    seen: set[str] = set()
    for column, name in enumerate(raters, start=2):
        if not name:
            problems.append(Problem.at(_header_column(column), msg("no_rater_name", "has no rater name")))
        elif name in seen:
            problems.append(Problem.at(_header_column(column), msg("repeated_rater", "repeats a rater name"), name))
        seen.add(name)
    return problems


def _header_column(number: int) -> Message:
    return msg("header_column", "header, column {number}", number=number)


def _item_problems(items: pd.Series) -> list[Problem]:
    """`items` is indexed by the file line each item is on."""
    problems = [
        Problem.at(in_line(int(line)), msg("no_item_id", "has no item id")) for line in items.index[items == ""]
    ]
    first_line = dict(zip(items.drop_duplicates(), items.index[~items.duplicated()]))
    repeated = items.duplicated() & (items != "")
    problems += [
        Problem.at(
            in_line(line), msg("repeated_item", "repeats the item id of line {line}", line=first_line[item]), item
        )
        for line, item in zip(items.index[repeated].tolist(), items[repeated].tolist(), strict=True)
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
        Problem.at(
            msg(
                "line_item_column",
                "line {line} (item {item!r}), column {column!r}",
                line=int(cells.index[r]),
                item=items.iloc[r],
                column=raters[c],
            ),
            msg("not_a_number", "is not a number"),
            cells.iat[r, c],
        )  # fmt: skip
        for r, c in zip(*np.nonzero(bad))
    ]
    return np.where(cells.to_numpy() == "", np.nan, numbers), problems
