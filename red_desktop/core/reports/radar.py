"""The criterion-profile radar drawn natively as a reportlab Drawing: vector lines and text, no image.

Native on purpose: a 500-proposal committee dossier draws 500 radars and must stay under 60 s;
rendering each through pyqtgraph to a PNG would also need Qt in the core. The numbers are those
of core.chart_data.radar (criterion scores 0-4 against the portfolio average); the look follows
the window's chart (proposal solid, portfolio average dashed grey, evaluators dotted).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from red_desktop.core.reports.fonts import BOLD, REGULAR, register_fonts

NAVY = colors.HexColor("#1F3A5F")
AVERAGE = colors.HexColor("#8C8C8C")
GRID = colors.HexColor("#CDD1D6")
INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#6B7078")
EVALUATOR_TONES = tuple(colors.HexColor(c) for c in ("#B5651D", "#2E7D6B", "#7A4E9C", "#A23B3B", "#4F6D1F", "#3D6FA8"))
LABEL_SIZE = 7.5
LEGEND_SIZE = 7.0
LEGEND_ROW = 10.0


def radar_drawing(
    axes: Sequence[str],
    series: Sequence[tuple[str, str, Sequence[float]]],
    width: float,
    height: float,
    title: str = "",
    scale_max: int = 4,
) -> Drawing:
    """`series` are (role, legend label, one value per axis); role is "proposal", "average" or "evaluator"."""
    register_fonts()
    drawing = Drawing(width, height, initialFontName=REGULAR, initialFontSize=LABEL_SIZE)  # no Helvetica
    columns = 2 if all(_fits(label, width / 2 - 20) for _, label, _ in series) else 1
    legend_h = _legend_height(len(series), columns)
    title_h = 12.0 if title else 0.0
    if title:
        drawing.add(String(0, height - 8, title, fontName=BOLD, fontSize=7.5, fillColor=MUTED))
    angles = [math.pi / 2 - 2 * math.pi * i / len(axes) for i in range(len(axes))]
    vertical = [abs(math.sin(a)) >= 0.35 for a in angles]  # labelled above or below the vertex, not beside it
    labels = [simpleSplit(a, REGULAR, LABEL_SIZE, width * 0.42) for a in axes]
    top_room = max((len(lines) for lines, v in zip(labels, vertical) if v), default=1) * (LABEL_SIZE + 1) + 4
    chart_h = height - legend_h - title_h
    lowest = min(math.sin(a) for a in angles)  # -1 with a bottom vertex, -0.5 with three axes
    radius = min((chart_h - 2 * top_room) / (1 - lowest), width * (0.36 if all(vertical) else 0.25))
    side_w = width / 2 - radius - 10
    labels = [
        lines if v else simpleSplit(a, REGULAR, LABEL_SIZE, side_w) for a, lines, v in zip(axes, labels, vertical)
    ]
    cx = width / 2
    spare = chart_h - 2 * top_room - (1 - lowest) * radius  # centred in the room left between legend and title
    cy = legend_h + top_room + spare / 2 - lowest * radius
    _grid(drawing, cx, cy, radius, angles, scale_max)
    _axis_labels(drawing, cx, cy, radius, angles, labels, width)
    _series(drawing, cx, cy, radius / scale_max, angles, series)
    _legend(drawing, series, width, columns)
    return drawing


def _point(cx: float, cy: float, r: float, angle: float) -> tuple[float, float]:
    return cx + r * math.cos(angle), cy + r * math.sin(angle)


def _ring(cx: float, cy: float, r: float, angles: list[float]) -> list[float]:
    return [v for a in angles for v in _point(cx, cy, r, a)]


def _grid(drawing: Drawing, cx: float, cy: float, radius: float, angles: list[float], scale_max: int) -> None:
    for level in range(1, scale_max + 1):
        r = radius * level / scale_max
        drawing.add(Polygon(_ring(cx, cy, r, angles), strokeColor=GRID, strokeWidth=0.4, fillColor=None))
        drawing.add(String(cx + 2, cy + r + 1, str(level), fontName=REGULAR, fontSize=5.5, fillColor=MUTED))
    for a in angles:
        x, y = _point(cx, cy, radius, a)
        drawing.add(Line(cx, cy, x, y, strokeColor=GRID, strokeWidth=0.4))


def _axis_labels(
    drawing: Drawing,
    cx: float,
    cy: float,
    radius: float,
    angles: list[float],
    labels: list[list[str]],
    width: float,
) -> None:
    """Labels above the top vertex, below the lower ones, beside the side ones; kept inside the drawing."""
    for angle, lines in zip(angles, labels):
        x, y = _point(cx, cy, radius + 5, angle)
        sin, cos = math.sin(angle), math.cos(angle)
        widest = max((stringWidth(line, REGULAR, LABEL_SIZE) for line in lines), default=0.0)
        leading = LABEL_SIZE + 1
        if abs(sin) >= 0.35:
            anchor = "middle"
            x = min(max(x, widest / 2 + 1), width - widest / 2 - 1)
            first = y + 2 + (len(lines) - 1) * leading if sin > 0 else y - LABEL_SIZE - 1
        else:
            anchor = "start" if cos > 0 else "end"
            first = y + (len(lines) - 2) * leading / 2
        for i, line in enumerate(lines):
            drawing.add(
                String(x, first - i * leading, line, fontName=REGULAR, fontSize=LABEL_SIZE, fillColor=INK,
                       textAnchor=anchor)
            )  # fmt: skip


def _style(role: str, index: int) -> tuple[colors.Color, float, list[float] | None]:
    if role == "proposal":
        return NAVY, 1.6, None
    if role == "average":
        return AVERAGE, 1.1, [3, 2]
    return EVALUATOR_TONES[index % len(EVALUATOR_TONES)], 0.7, [1, 1.5]


def _series(
    drawing: Drawing,
    cx: float,
    cy: float,
    unit: float,
    angles: list[float],
    series: Sequence[tuple[str, str, Sequence[float]]],
) -> None:
    """The proposal's area first (under everything), the others over it, the proposal's outline last."""
    rings = [
        [v for value, a in zip(values, angles) for v in _point(cx, cy, value * unit, a)] for _, _, values in series
    ]
    for (role, _, _), ring in zip(series, rings):
        if role == "proposal":
            drawing.add(Polygon(ring, fillColor=NAVY, fillOpacity=0.12, strokeColor=None, strokeWidth=0))
    ordered = sorted(range(len(series)), key=lambda i: series[i][0] == "proposal")
    evaluator_index = {i: n for n, i in enumerate(i for i in range(len(series)) if series[i][0] == "evaluator")}
    for i in ordered:
        tone, stroke, dash = _style(series[i][0], evaluator_index.get(i, 0))
        ring = rings[i]
        drawing.add(PolyLine([*ring, ring[0], ring[1]], strokeColor=tone, strokeWidth=stroke, strokeDashArray=dash))
        if series[i][0] == "proposal":
            for k in range(0, len(ring), 2):
                drawing.add(Circle(ring[k], ring[k + 1], 1.6, fillColor=tone, strokeColor=None))


def _legend_height(count: int, columns: int) -> float:
    return math.ceil(count / columns) * LEGEND_ROW + 2


def _fits(label: str, width: float) -> bool:
    return stringWidth(label, REGULAR, LEGEND_SIZE) <= width


def _legend(drawing: Drawing, series: Sequence[tuple[str, str, Sequence[float]]], width: float, columns: int) -> None:
    """At the foot of the drawing, in two columns when every label fits in half the width, else in one."""
    column = width / columns
    rows = math.ceil(len(series) / columns)
    evaluator = 0
    for i, (role, label, _) in enumerate(series):
        tone, stroke, dash = _style(role, evaluator)
        evaluator += role == "evaluator"
        x = (i % columns) * column
        y = (rows - 1 - i // columns) * LEGEND_ROW + 4
        drawing.add(Line(x, y + 2.5, x + 14, y + 2.5, strokeColor=tone, strokeWidth=stroke, strokeDashArray=dash))
        drawing.add(String(x + 18, y, label, fontName=REGULAR, fontSize=LEGEND_SIZE, fillColor=INK))
