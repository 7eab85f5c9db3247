"""What a cell may hold once it leaves the store: no formula a spreadsheet would run, nothing Excel cannot keep."""

from __future__ import annotations

from dataclasses import replace
from typing import cast

import pandas as pd

from red_desktop.core.errors import Problem
from red_desktop.core.exports.columns import TEXT_KINDS
from red_desktop.core.exports.tables import Table
from red_desktop.core.messages import SOURCE_LANGUAGE, Message, Words, msg, t, tn, words

# A spreadsheet reads a cell starting with one of these as a formula (CSV injection, OWASP).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
CSV_ESCAPE = "'"
EXCEL_CELL_LIMIT = 32_767
# XML 1.0 has no place for these control characters; openpyxl refuses them.
ILLEGAL = r"[\x00-\x08\x0b\x0c\x0e-\x1f]"
LINE_BREAKS = r"[\x0b\x0c]"  # vertical tab and form feed: how word processors paste a line break
SHOWN_ROWS = 5


def csv_safe(table: Table) -> pd.DataFrame:
    """The frame with every text cell a spreadsheet would take for a formula prefixed with an apostrophe."""
    escaped = {}
    for column in table.columns:
        if column.kind in TEXT_KINDS:
            text = table.frame[column.name]
            risky = pd.Series(
                [isinstance(v, str) and v.startswith(FORMULA_TRIGGERS) for v in text.tolist()], text.index
            )
            if risky.any():  # (a list comprehension: str.startswith through pandas' accessor was 4x slower)
                escaped[column.name] = text.where(~risky, CSV_ESCAPE + text)
    return table.frame.assign(**escaped) if escaped else table.frame


def excel_problems(table: Table) -> list[Problem]:
    """Text cells Excel cannot hold: too long, or with control characters XML forbids."""
    problems = []
    for column in _text_columns(table):
        text = table.frame[column]
        too_long = text.str.len() > EXCEL_CELL_LIMIT
        if too_long.any():
            said = msg("too_long_for_excel", "{cells} longer than Excel's {limit:,} characters", cells=_rows(too_long),
                       limit=EXCEL_CELL_LIMIT)  # fmt: skip
            problems.append(Problem(f"{table.name}.{column}", said))
        illegal = text.str.contains(ILLEGAL, regex=True)
        if illegal.any():
            said = msg(
                "control_characters", "{cells} holds control characters an XLSX file cannot", cells=_rows(illegal)
            )
            problems.append(Problem(f"{table.name}.{column}", said))
    return problems


def fit_for_excel(table: Table, language: str = SOURCE_LANGUAGE) -> tuple[Table, list[str]]:
    """The table with over-long text truncated (with a marker saying so, in the export's `language`) and control
    characters removed (vertical tab and form feed become line breaks); and a note on each change, for the export's
    result, in the language of the moment (the person's)."""
    frame, notes = table.frame, []
    export = words(language)
    for column in _text_columns(table):
        text = frame[column]
        illegal = text.str.contains(ILLEGAL, regex=True)
        if illegal.any():
            text = text.str.replace(LINE_BREAKS, "\n", regex=True).str.replace(ILLEGAL, "", regex=True)
            notes.append(
                t(
                    "{column}: control characters removed from {cells}",
                    column=f"{table.name}.{column}",
                    cells=_rows(illegal),
                )
            )
        long = text.str.len() > EXCEL_CELL_LIMIT
        if long.any():
            text = text.where(~long, text[long].map(lambda cell: _truncated(cell, export)))
            notes.append(
                t(
                    "{column}: {cells} cut to Excel's {limit:,} characters, marked '{marker}'; the CSV export keeps "
                    "the whole text",
                    column=f"{table.name}.{column}",
                    cells=_rows(long),
                    limit=EXCEL_CELL_LIMIT,
                    marker=export.t("[truncated by the export]"),
                )
            )
        if text is not frame[column]:
            frame = frame.assign(**{column: text})
    return replace(table, frame=frame), notes


def _text_columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if c.kind in TEXT_KINDS]


def _truncated(text: str, export: Words) -> str:
    """The text cut to fit a cell, ending with a marker in the export's language saying how long it was."""
    marker = export.t("… [truncated by the export: {length:,} characters in the store]", length=len(text))
    return text[: EXCEL_CELL_LIMIT - len(marker)] + marker


def _rows(mask: pd.Series) -> _Cells:
    """'2 cells (sheet rows 5, 9)': rows counted as in the sheet, under its header row; said when shown."""
    rows = [int(i) + 2 for i in mask.to_numpy().nonzero()[0]]
    shown = ", ".join(str(r) for r in rows[:SHOWN_ROWS]) + (", ..." if len(rows) > SHOWN_ROWS else "")
    return _Cells("cells", "", (("count", len(rows)), ("rows", shown)))


class _Cells(Message):
    """How many cells and their sheet rows, in the plural form their number takes in the language of the moment."""

    def __str__(self) -> str:
        v = dict(self.values)
        return tn(
            "{n:,} cell (sheet row {rows})", "{n:,} cells (sheet rows {rows})", cast(int, v["count"]), rows=v["rows"]
        )

    def english(self) -> str:
        v = dict(self.values)
        return words(SOURCE_LANGUAGE).tn(
            "{n:,} cell (sheet row {rows})", "{n:,} cells (sheet rows {rows})", cast(int, v["count"]), rows=v["rows"]
        )
