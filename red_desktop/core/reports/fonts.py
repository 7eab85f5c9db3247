"""DejaVu Sans registered once with reportlab as a family, so every accent renders and the font is embedded."""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from red_desktop import paths
from red_desktop.core.errors import RedDesktopError

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FAMILY = REGULAR  # <b> and <i> in a Paragraph pick the family's faces
_FACES = {REGULAR: (0, 0), BOLD: (1, 0), ITALIC: (0, 1), BOLD_ITALIC: (1, 1)}


def register_fonts() -> str:
    """Register the four faces and their family once per process; returns the family name. Idempotent."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    if all(face in registered for face in _FACES):
        return FAMILY
    folder = paths.resources_dir() / "fonts"
    for face, (bold, italic) in _FACES.items():
        path = folder / f"{face}.ttf"
        try:
            # TrueType fonts are always embedded by reportlab, as a subset of the glyphs the sheet uses
            pdfmetrics.registerFont(TTFont(face, str(path)))
        except (OSError, TTFError) as exc:
            raise RedDesktopError(f"The report font {path} cannot be read ({exc}); reinstall the application") from None
        addMapping(FAMILY, bold, italic, face)
    return FAMILY
