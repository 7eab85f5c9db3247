"""A proposal's section of the dossier: the aggregate sheet with the evaluators' reasons side by side, on two pages.

The sheet's own sections (title, facts and radar, eligibility, scores, decision, signatures) around the reasons
table (reasons.py) in place of the rubric's level descriptors. Each section spans at most two pages: it starts
on the page where the previous one ends when it fits there and on the next page, else on a new page. The parts
are measured at the frame's width (the wrapped lines are kept, so drawing does not wrap them again) and, only
when they would not fit, the justifications are shortened to the longest length that fits. The decision and the
signature lines stay together at the end, never alone on a page.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Table

from red_desktop.core.messages import Words, words
from red_desktop.core.reports import sections
from red_desktop.core.reports.reasons import LEADING, PADDING, ordered_rows, reasons_table
from red_desktop.core.reports.sheet_data import SheetData
from red_desktop.core.reports.styles import RULE, Para

PAGES = 2
# Room lost where a page breaks: a table row or a kept-together block that does not fit goes to the next page
# whole (a justification row is up to ~90 pt), and reportlab's own rounding.
SLACK = 90.0
SHORTEST = 80  # characters: a justification is never shortened below this (the pages may then run over)


def proposal_section(
    data: SheetData, width: float, frame_height: float, contested_only: bool = False
) -> list[Flowable]:
    """The section's flowables, shortening the justifications only if the whole would exceed two pages. It starts
    where the previous proposal ended, after a rule, when it fits the rest of that page and the next; else on a new
    page."""
    w = words(data.language)
    before = [
        *sections.title_block(data, w),
        *sections.compact_facts(data, w, width),
    ]
    after = [
        _side_by_side(data, w, width),
        KeepTogether(_flat([*sections.decision(data, w, width), *sections.signatures(data, w, width, True)])),
    ]
    fixed = _height(before, width, frame_height) + _height(after, width, frame_height)
    room = PAGES * frame_height - SLACK - fixed
    table = reasons_table(data, w, width, contested_only=contested_only)
    height = _height(table, width, frame_height)
    if height > room:
        limit = _limit(data, table[-1], height, room, contested_only)
        table = reasons_table(data, w, width, limit, contested_only)
        height = _height(table, width, frame_height)
    needed = fixed + height + SLACK + _Separator.HEIGHT
    return [CondPageBreak(needed - (PAGES - 1) * frame_height), _Separator(frame_height), *before, *table, *after]


class _Separator(Flowable):
    """A rule between two proposals sharing a page; nothing at the top of a page."""

    HEIGHT = 18.0

    def __init__(self, frame_height: float):
        super().__init__()
        self.frame_height = frame_height
        self.shown = False

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.shown = available_height < self.frame_height - 1
        return available_width, self.HEIGHT if self.shown else 0.0

    def draw(self) -> None:
        if self.shown:
            self.canv.setStrokeColor(RULE)
            self.canv.setLineWidth(0.8)
            self.canv.line(0, self.HEIGHT / 2, self.width, self.HEIGHT / 2)


def _side_by_side(data: SheetData, w: Words, width: float) -> Flowable:
    """Eligibility beside the scores: both short, and a page's width is more than either needs."""
    left, gap = width * 0.38, 14
    eligibility = _flat(sections.eligibility(data, w, left))
    return _Beside([(eligibility, 0.0, left), (_flat(sections.scores(data, w, width - left - gap)), left + gap,
                                                width - left - gap)])  # fmt: skip


class _Beside(Flowable):
    """Columns of flowables side by side, kept on one page; laid out afresh at each wrap (a table holding them
    would keep the first layout's state, and the body may be laid out twice)."""

    def __init__(self, columns: list[tuple[list[Flowable], float, float]]):
        super().__init__()
        self.columns = columns  # (flowables, x, width)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.height = max(_height(flowables, w, available_height) for flowables, _x, w in self.columns)
        return available_width, self.height

    def draw(self) -> None:
        for flowables, x, w in self.columns:
            y = self.height
            for f in flowables:
                y -= f.getSpaceBefore()
                _, h = f.wrap(w, self.height)
                y -= h
                f.drawOn(self.canv, x, y)
                y -= f.getSpaceAfter()


def _limit(data: SheetData, table: Table, height: float, room: float, contested_only: bool) -> int:
    """The longest justification length at which the table fits `room`, from its measured cells: each text's
    lines scale with its length, so the table is re-laid out once, not once per length tried."""
    cells = table._cellvalues[1:]
    rows = ordered_rows(data, contested_only)
    lines = [[_lines(cell) for cell in row[1:]] for row in cells]
    counted = [(len(j.text.strip()), n) for row, per in zip(rows, lines) for j, n in zip(row.justifications, per)]
    per_line = sum(c for c, _ in counted) / max(1, sum(n for _, n in counted))  # characters a line holds
    fixed = height - sum(_row_height(row) for row in cells)  # header, note, paddings of the section
    names = [_lines(row[0]) for row in cells]
    longest = max((c for c, _ in counted), default=0)
    for limit in range(longest, SHORTEST - 1, -10):
        needed = fixed + sum(
            LEADING * max(name, *(math.ceil((min(len(j.text.strip()), limit) + 4) / per_line) for j in given)) + PADDING
            for given, name in zip((row.justifications for row in rows), names)
        )
        if needed <= room:
            return limit
    return SHORTEST


def _lines(cell: Any) -> int:
    return round(_para(cell)._wrapped[1] / LEADING)


def _row_height(row: Sequence[Any]) -> float:
    return max(_para(cell)._wrapped[1] for cell in row) + PADDING


def _para(cell: Any) -> Para:
    """The paragraph of a table cell (reportlab keeps a cell's flowables as a tuple)."""
    return cell[0] if isinstance(cell, tuple | list) else cell


def _flat(flowables: Sequence[Flowable]) -> list[Flowable]:
    """The content of nested KeepTogethers: one inside another measures as infinitely tall and always breaks."""
    return [g for f in flowables for g in (_flat(f._content) if isinstance(f, KeepTogether) else [f])]


def _height(flowables: Sequence[Flowable], width: float, frame_height: float) -> float:
    """Their height laid out one after the other, spaces included (a KeepTogether measures its content)."""
    total = 0.0
    for f in flowables:
        if isinstance(f, KeepTogether):
            total += _height(f._content, width, frame_height)
            continue
        total += f.wrap(width, frame_height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
    return total
