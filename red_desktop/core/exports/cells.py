"""What a cell may hold once it leaves the store: no formula a spreadsheet would run, nothing Excel cannot keep."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from red_desktop.core.errors import Problem
from red_desktop.core.exports.columns import TEXT_KINDS
from red_desktop.core.exports.tables import Table

# A spreadsheet reads a cell starting with one of these as a formula (CSV injection, OWASP).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
CSV_ESCAPE = "'"
EXCEL_CELL_LIMIT = 32_767
TRUNCATED = "… [truncated by the export: {length:,} characters in the store]"
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
            risky = text.str.startswith(FORMULA_TRIGGERS).fillna(False).astype(bool)
            if risky.any():
                escaped[column.name] = text.where(~risky, CSV_ESCAPE + text)
    return table.frame.assign(**escaped) if escaped else table.frame


def excel_problems(table: Table) -> list[Problem]:
    """Text cells Excel cannot hold: too long, or with control characters XML forbids."""
    problems = []
    for column in _text_columns(table):
        text = table.frame[column]
        for mask, what in (
            (text.str.len() > EXCEL_CELL_LIMIT, f"longer than Excel's {EXCEL_CELL_LIMIT:,} characters"),
            (text.str.contains(ILLEGAL, regex=True), "holds control characters an XLSX file cannot"),
        ):
            if mask.any():
                problems.append(Problem(f"{table.name}.{column}", f"{_rows(mask)} {what}"))
    return problems


def fit_for_excel(table: Table) -> tuple[Table, list[str]]:
    """The table with over-long text truncated (with a marker saying so) and control characters removed
    (vertical tab and form feed become line breaks); and a note on each change, for the export's result."""
    frame, notes = table.frame, []
    for column in _text_columns(table):
        text = frame[column]
        illegal = text.str.contains(ILLEGAL, regex=True)
        if illegal.any():
            text = text.str.replace(LINE_BREAKS, "\n", regex=True).str.replace(ILLEGAL, "", regex=True)
            notes.append(f"{table.name}.{column}: control characters removed from {_rows(illegal)}")
        long = text.str.len() > EXCEL_CELL_LIMIT
        if long.any():
            text = text.where(~long, text[long].map(_truncated))
            notes.append(
                f"{table.name}.{column}: {_rows(long)} cut to Excel's {EXCEL_CELL_LIMIT:,} characters, "
                "marked '[truncated by the export]'; the CSV export keeps the whole text"
            )
        if text is not frame[column]:
            frame = frame.assign(**{column: text})
    return replace(table, frame=frame), notes


def _text_columns(table: Table) -> list[str]:
    return [c.name for c in table.columns if c.kind in TEXT_KINDS]


def _truncated(text: str) -> str:
    marker = TRUNCATED.format(length=len(text))
    return text[: EXCEL_CELL_LIMIT - len(marker)] + marker


def _rows(mask: pd.Series) -> str:
    """'2 cells (sheet rows 5, 9)': rows counted as in the sheet, under its header row."""
    rows = [int(i) + 2 for i in mask.to_numpy().nonzero()[0]]
    shown = ", ".join(str(r) for r in rows[:SHOWN_ROWS]) + (", ..." if len(rows) > SHOWN_ROWS else "")
    return f"{len(rows)} cell{'s' if len(rows) != 1 else ''} (sheet row{'s' if len(rows) != 1 else ''} {shown})"
