"""What every vector chart of the dossier shares: a plot area, value scales with round ticks in the dossier's
language, category labels that fit, and a legend under the plot that wraps to the width it has.

The look follows the window's charts (gui/charts/base.py): Okabe-Ito colours, a light grid, the legend below
the plot so it never hides data. Every text is 7.5 pt (the dossier's floor is 7 pt).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from red_desktop.core.formatting import number
from red_desktop.core.reports.fonts import REGULAR, register_fonts

TEXT = 7.5  # points: tick labels, category labels, legend, axis titles
LINE = TEXT + 2.5  # a line of text
BLUE = colors.HexColor("#0072B2")
LIGHT_BLUE = colors.HexColor("#5AA6D6")
ORANGE = colors.HexColor("#D55E00")
CONTESTED = colors.HexColor("#CC79A7")
NEUTRAL = colors.HexColor("#8C8C8C")
INK = colors.HexColor("#202020")
GRID = colors.HexColor("#E1E4E8")
FRAME = colors.HexColor("#8A9099")
SWATCH = 14.0  # a legend entry's sample
GAP = 12.0  # between two legend entries


def text_width(text: str) -> float:
    return float(stringWidth(text, REGULAR, TEXT))


def label(x: float, y: float, text: str, anchor: str = "start", tone: colors.Color = INK) -> String:
    return String(x, y, text, fontName=REGULAR, fontSize=TEXT, fillColor=tone, textAnchor=anchor)


def elide(text: str, width: float) -> str:
    """The text cut to `width` points with an ellipsis; '' when not even one letter and the ellipsis fit."""
    if text_width(text) <= width:
        return text
    for end in range(len(text) - 1, 0, -1):
        cut = text[:end].rstrip() + "…"
        if text_width(cut) <= width:
            return cut
    return ""


@dataclass(frozen=True)
class Scale:
    """Values lo..hi onto points start..start+length."""

    lo: float
    hi: float
    start: float
    length: float

    def at(self, value: float) -> float:
        span = self.hi - self.lo or 1.0
        return self.start + (value - self.lo) / span * self.length


def ticks(lo: float, hi: float, most: int = 7) -> list[float]:
    """Round tick values (steps of 1, 2, 2.5 or 5 times a power of ten) inside lo..hi, at most `most` of them."""
    span = hi - lo
    if span <= 0:
        return [lo]
    for step in _steps(span / most):
        first = math.ceil(lo / step - 1e-9) * step
        values = [first + i * step for i in range(int((hi - first) / step + 1e-9) + 1)]
        if len(values) <= most:
            return [round(v, 10) for v in values]
    return [lo, hi]


def _steps(least: float) -> list[float]:
    power = 10.0 ** math.floor(math.log10(least))
    return [m * power * scale for scale in (1, 10, 100) for m in (1, 2, 2.5, 5)]


def tick_text(value: float, values: Sequence[float], language: str) -> str:
    """A tick in the dossier's language, with as many decimals as the ticks need (0,25 · 0,5 · 20)."""
    decimals = max((_decimals(v) for v in values), default=0)
    return number(value, language, decimals)


def _decimals(value: float) -> int:
    for decimals in range(4):
        if abs(value - round(value, decimals)) < 1e-9:
            return decimals
    return 4


@dataclass(frozen=True)
class Entry:
    """A legend entry: its sample's kind ("box", "outline", "line", "dash", "thick", "dot", "diamond"), colour."""

    kind: str
    tone: colors.Color
    text: str

    @property
    def width(self) -> float:
        return SWATCH + 4 + text_width(self.text)


def legend_rows(entries: Sequence[Entry], width: float) -> list[list[Entry]]:
    """The entries in reading order, as many on a row as fit `width` whole."""
    rows: list[list[Entry]] = [[]]
    used = 0.0
    for entry in entries:
        if rows[-1] and used + GAP + entry.width > width:
            rows.append([])
            used = 0.0
        used += (GAP if rows[-1] else 0.0) + entry.width
        rows[-1].append(entry)
    return [row for row in rows if row]


def legend_height(entries: Sequence[Entry], width: float) -> float:
    return len(legend_rows(entries, width)) * LINE if entries else 0.0


def draw_legend(drawing: Drawing, entries: Sequence[Entry], width: float) -> None:
    """At the foot of the drawing, each row centred."""
    rows = legend_rows(entries, width)
    for r, row in enumerate(rows):
        y = (len(rows) - 1 - r) * LINE + 2.5
        x = (width - sum(e.width for e in row) - GAP * (len(row) - 1)) / 2
        for entry in row:
            _swatch(drawing, entry, x, y + TEXT * 0.35)
            drawing.add(label(x + SWATCH + 4, y, entry.text))
            x += entry.width + GAP


def _swatch(drawing: Drawing, entry: Entry, x: float, y: float) -> None:
    middle = x + SWATCH / 2
    if entry.kind in ("box", "outline"):
        fill = entry.tone if entry.kind == "box" else None
        stroke = entry.tone if entry.kind == "outline" else None
        drawing.add(Rect(x + 2, y - 3.5, SWATCH - 4, 7, fillColor=fill, strokeColor=stroke, strokeWidth=1.5))
    elif entry.kind == "dot":
        drawing.add(Circle(middle, y, 2.2, fillColor=entry.tone, strokeColor=None))
    elif entry.kind == "diamond":
        drawing.add(diamond(middle, y, 3.0, entry.tone))
    else:
        width = {"thick": 4.0, "line": 1.0, "dash": 0.8}.get(entry.kind, 1.0)
        dash = [2.5, 1.5] if entry.kind == "dash" else None
        drawing.add(Line(x, y, x + SWATCH, y, strokeColor=entry.tone, strokeWidth=width, strokeDashArray=dash))


def diamond(x: float, y: float, r: float, tone: colors.Color) -> Polygon:
    return Polygon([x, y + r, x + r, y, x, y - r, x - r, y], fillColor=tone, strokeColor=None)


def new_drawing(width: float, height: float) -> Drawing:
    register_fonts()
    return Drawing(width, height, initialFontName=REGULAR, initialFontSize=TEXT)


def value_axis_x(
    drawing: Drawing, scale: Scale, bottom: float, top: float, language: str, values: Sequence[float] | None = None
) -> None:
    """Vertical grid lines at the ticks from `bottom` to `top`, their labels under `bottom`."""
    marks = list(values) if values is not None else ticks(scale.lo, scale.hi)
    for value in marks:
        x = scale.at(value)
        drawing.add(Line(x, bottom, x, top, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(label(x, bottom - TEXT - 2, tick_text(value, marks, language), "middle"))
    drawing.add(Line(scale.start, bottom, scale.start + scale.length, bottom, strokeColor=FRAME, strokeWidth=0.6))


def value_axis_y(drawing: Drawing, scale: Scale, left: float, right: float, language: str) -> None:
    """Horizontal grid lines at the ticks from `left` to `right`, their labels left of `left`."""
    marks = ticks(scale.lo, scale.hi)
    for value in marks:
        y = scale.at(value)
        drawing.add(Line(left, y, right, y, strokeColor=GRID, strokeWidth=0.5))
        drawing.add(label(left - 3, y - TEXT * 0.35, tick_text(value, marks, language), "end"))
    drawing.add(Line(left, scale.start, left, scale.start + scale.length, strokeColor=FRAME, strokeWidth=0.6))


def widest_tick(lo: float, hi: float, language: str) -> float:
    marks = ticks(lo, hi)
    return max(text_width(tick_text(v, marks, language)) for v in marks)
