"""The sheet's restrained look: DejaVu Sans 8.5-9 pt, ink and greys, one dark blue for headings and the radar."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from itertools import groupby
from typing import Any
from xml.sax.saxutils import escape, unescape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, TableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from red_desktop.core.reports.fonts import BOLD, ITALIC, REGULAR, register_fonts

MARGIN = 2 * cm
# The sensitivity's shares of samples, as the reports write them: values of the catalogue's texts, not part of them
# (a "%" before a letter, as in "95 % of", reads to gettext's tools as a printf placeholder)
INTERVAL, HIGH_SHARE, LOW_SHARE = "5–95\u00a0%", "95\u00a0%", "5\u00a0%"
INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#6B7078")
NAVY = colors.HexColor("#1F3A5F")
RULE = colors.HexColor("#8A9099")
HAIRLINE = colors.HexColor("#CDD1D6")
BAND = colors.HexColor("#E4E7EB")  # table header rows
GROUP = colors.HexColor("#F2F3F5")  # a criterion's row in the criteria table
FAILED = colors.HexColor("#8B2E2E")


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12, textColor=INK)
    cell = ParagraphStyle("cell", body, fontSize=8.5, leading=10.8)
    return {
        "body": body,
        "cell": cell,
        "cell_next": ParagraphStyle("cell_next", cell, spaceBefore=4),
        "cell_bold": ParagraphStyle("cell_bold", cell, fontName=BOLD),
        "cell_muted": ParagraphStyle("cell_muted", cell, textColor=MUTED, fontName=ITALIC),
        "cell_right": ParagraphStyle("cell_right", cell, alignment=TA_RIGHT),
        "cell_right_bold": ParagraphStyle("cell_right_bold", cell, alignment=TA_RIGHT, fontName=BOLD),
        "head": ParagraphStyle("head", cell, fontName=BOLD, fontSize=7.8, leading=10, textColor=INK),
        "head_right": ParagraphStyle("head_right", cell, fontName=BOLD, fontSize=7.8, leading=10, alignment=TA_RIGHT),
        "label": ParagraphStyle("label", cell, textColor=MUTED),
        "kicker": ParagraphStyle("kicker", body, fontSize=7.8, leading=10, textColor=MUTED),
        "title": ParagraphStyle("title", body, fontName=BOLD, fontSize=15, leading=19, textColor=NAVY, spaceAfter=3),
        "proposal": ParagraphStyle("proposal", body, fontName=BOLD, fontSize=10.5, leading=13.5, spaceAfter=3),
        "hanging": ParagraphStyle("hanging", body, leftIndent=9, firstLineIndent=-7),
        "meta": ParagraphStyle("meta", body, fontSize=8.5, leading=11.5, textColor=INK),
        "note": ParagraphStyle("note", body, fontSize=8.5, leading=11.5, fontName=ITALIC, textColor=MUTED),
        "section": ParagraphStyle(
            "section", body, fontName=BOLD, fontSize=8, leading=11, textColor=NAVY, spaceBefore=12, spaceAfter=2
        ),
        "sign_label": ParagraphStyle("sign_label", cell, fontSize=7.5, leading=9, textColor=MUTED),
    }


@cache
def _lead_style(style: ParagraphStyle) -> ParagraphStyle:
    """`style` with its bullet in bold at the start of the first line, the text after it."""
    return ParagraphStyle(
        f"{style.name}_lead", style, bulletFontName=BOLD, bulletFontSize=style.fontSize, bulletIndent=style.leftIndent
    )


@cache
def _plain_fragment(style: ParagraphStyle) -> Any:
    """The fragment reportlab's parser makes of plain text in `style` (font, size, colour), to copy per text."""
    _style, frags, _bullet = ParaParser().parse("x", style)
    return frags[0]


def table_style(commands: list[tuple[object, ...]]) -> TableStyle:
    """The commands after our font for plain-string cells (empty ones too), which reportlab would set in Helvetica:
    a font named on a page but not embedded."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 8.5), *commands])


def fitted_width(pieces: Iterable[tuple[str, str, float]], padding: float) -> float:
    """A column as wide as the widest of its unbreakable pieces (text, font, size) — each value whole, its header's
    longest word — with the cell's padding on both sides and a point to spare, so neither wraps nor breaks."""
    return max((stringWidth(t, font, size) for t, font, size in pieces), default=0.0) + 2 * padding + 1


def text(value: str) -> str:
    """User text made safe for a Paragraph: markup characters escaped, line breaks kept."""
    return escape(value.strip()).replace("\r\n", "\n").replace("\n", "<br/>")


def small_caps(value: str) -> str:
    """Markup imitating small capitals (DejaVu has none): capitals stay, lower case becomes smaller capitals."""
    out = []
    for is_lower, run in groupby(value, key=str.islower):
        chunk = escape("".join(run))
        out.append(f"<font size=6.6>{chunk.upper()}</font>" if is_lower else chunk)
    return "".join(out)


class Para(Paragraph):
    """A Paragraph that remembers its line breaks for the last width: a table wraps every cell when it measures,
    splits and draws, and line breaking is most of a sheet's drawing time (wrap depends on the width alone).

    Text without markup skips reportlab's XML parser: its one fragment is the style's own, carrying the text
    (a dossier's proposal sections make ~140 paragraphs each, most of them plain justifications and names).
    One fragment also keeps reportlab's fast line breaking, which is 5-7 times quicker than for mixed fonts;
    so a bold `lead` ("3 ·") is drawn as the paragraph's bullet, in the first line, rather than as <b> markup.
    """

    def __init__(self, text: str, style: ParagraphStyle, lead: str | None = None):
        plain = "<" not in text and text.strip()
        frags = [_plain_fragment(style).clone(text=unescape(cleanBlockQuotedText(text)))] if plain else None
        super().__init__(text, _lead_style(style) if lead else style, bulletText=lead, frags=frags)

    _wrapped_for: float | None = None
    _wrapped: tuple[float, float] = (0.0, 0.0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._wrapped_for != available_width or "blPara" not in self.__dict__:  # a failed split drops it
            self._wrapped = super().wrap(available_width, available_height)
            self._wrapped_for = available_width
        return self._wrapped
