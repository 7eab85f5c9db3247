"""The dossier's tables: a header that wraps between words only, numbers right-aligned, no row left alone at a
page's foot or head; and the measures that fit a column to its values or clip a title to one line."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table

from red_desktop.core.reports.fonts import BOLD, REGULAR
from red_desktop.core.reports.styles import BAND, HAIRLINE, fitted_width, styles, table_style, text

HEAD_SIZE = 7.8
CELL_SIZE = 8.0
DENSE_SIZE = 7.2  # the ranking: one line a proposal, 50-odd to an A4 page
PAD = 3


class OrphanRows(Table):
    """A table that never leaves fewer than ORPHANS of its rows alone at the foot or the head of a page: it
    starts on the next page instead, or moves rows along with the last ones (the header is repeated)."""

    ORPHANS = 3

    def split(self, available_width: float, available_height: float) -> list[Table]:
        parts = super().split(available_width, available_height)
        if len(parts) != 2:
            return parts
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        first = len(parts[0]._cellvalues) - head
        rest = len(parts[1]._cellvalues) - head
        if first < self.ORPHANS:
            return []
        if rest >= self.ORPHANS or first - (self.ORPHANS - rest) < self.ORPHANS:
            return parts
        moved = sum(self._rowHeights[head + first - (self.ORPHANS - rest) : head + first])
        return super().split(available_width, available_height - moved)


def dossier_table(rows: list[list[Any]], widths: list[float], numeric_from: int, dense: bool = False) -> Table:
    """A table whose header cells wrap (Paragraphs) between words only, right-aligned from column `numeric_from`
    on: a column narrower than its header's longest word is widened, at the expense of the widest column."""
    st = styles()
    head = [
        Paragraph(text(h), st["head_right"] if i >= numeric_from else st["head"]) if isinstance(h, str) else h
        for i, h in enumerate(rows[0])
    ]
    widths = widen_for_words(rows[0], widths)
    size, pad = (DENSE_SIZE, 1.1) if dense else (CELL_SIZE, 2.5)
    table = OrphanRows([head, *rows[1:]], colWidths=widths, repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, 0), BAND),
                ("FONT", (0, 0), (-1, 0), BOLD, HEAD_SIZE),
                ("FONT", (0, 1), (-1, -1), REGULAR, size),
                ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, HAIRLINE),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, 0), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 2.5),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ]
        )
    )
    return table


def word_width(header: Any) -> float:
    words = str(header).split() if isinstance(header, str) else []
    return fitted_width(((w, BOLD, HEAD_SIZE) for w in words), PAD)


def widen_for_words(header: list[Any], widths: list[float]) -> list[float]:
    widths = list(widths)
    for i, h in enumerate(header):
        short = word_width(h) - widths[i]
        if short > 0:
            widest = max(range(len(widths)), key=lambda k: widths[k] if k != i else -1)
            widths[i] += short
            widths[widest] -= short
    return widths


def fit(values: list[str], header: str = "", size: float = DENSE_SIZE) -> float:
    """A column as wide as its widest value, or its header's longest word, and its padding."""
    return max(fitted_width(((v, REGULAR, size) for v in values), PAD), word_width(header))


def clip(value: str, width: float, size: float = DENSE_SIZE) -> str:
    """One line of `width` at most: cut at a word when one ends late enough, with '…' (the section gives it all)."""
    room = width - 2 * PAD - 1
    if stringWidth(value, REGULAR, size) <= room:
        return value
    cut = value
    while cut and stringWidth(cut + "…", REGULAR, size) > room:
        cut = cut[:-1]
    word = cut.rsplit(" ", 1)[0]
    return (word if len(word) > 0.7 * len(cut) else cut).rstrip(" ,;:·–-") + "…"
