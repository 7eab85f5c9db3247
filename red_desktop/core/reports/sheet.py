"""The evaluation sheet as a PDF file: page frame, running header, 'page x of y' footer with the content hash.

write_sheet takes prepared SheetData and writes one file (to a temporary file renamed into place,
so a failure leaves nothing half-written); sheet_flowables gives the sections alone, for a dossier.
ReportLab is not thread-safe: build one report at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from red_desktop.core.messages import Words, words
from red_desktop.core.reports import sections
from red_desktop.core.reports.atomic import write_beside
from red_desktop.core.reports.content_hash import sheet_hash
from red_desktop.core.reports.fonts import BOLD, REGULAR, register_fonts
from red_desktop.core.reports.sheet_data import AGGREGATE, SheetData
from red_desktop.core.reports.styles import MARGIN, MUTED, RULE

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "Letter": LETTER}
CREATOR = "RED Desktop"


@dataclass(frozen=True)
class SheetFile:
    path: Path
    pages: int
    content_hash: str


def sheet_flowables(data: SheetData, width: float | None = None) -> list[Flowable]:
    """Every section of the sheet in reading order; `width` is the frame's (default: A4 inside 2 cm margins)."""
    register_fonts()
    width = width if width is not None else A4[0] - 2 * MARGIN
    w = words(data.language)
    parts = [
        *sections.title_block(data, w),
        *sections.facts_and_radar(data, w, width),
        *sections.criteria(data, w, width),
        *sections.eligibility(data, w, width),
        *sections.scores(data, w, width),
    ]
    if data.kind == AGGREGATE:
        parts += sections.decision(data, w, width)
    return [*parts, *sections.signatures(data, w, width)]


def write_sheet(data: SheetData, path: Path | str, page_size: str = "A4") -> SheetFile:
    """Write the sheet to `path` (A4 or Letter); StoreError, with nothing written, when the target is unwritable."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    target = Path(path)
    digest = sheet_hash(data)
    pages = write_beside(target, "sheet", lambda partial: _build(data, partial, PAGE_SIZES[page_size], digest))
    return SheetFile(target, pages, digest)


def _build(data: SheetData, path: Path, page_size: tuple[float, float], digest: str) -> int:
    w = words(data.language)
    title = sections.sheet_title(data, w)
    p = data.proposal
    doc = BaseDocTemplate(
        str(path),
        pagesize=page_size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{title} · {p.code}",
        author=data.evaluator if data.kind != AGGREGATE else w.tc("sheet", "Evaluation committee"),
        subject=w.tc("sheet", "{code} · {title} · {rubric} {version}", code=p.code, title=p.title,
                     rubric=data.rubric_name, version=data.rubric_version),
        creator=CREATOR,
        keywords=[p.code, digest],
        lang=data.language,
        initialFontName=REGULAR,  # else every page would name a Helvetica that is not embedded
        initialFontSize=9,
    )  # fmt: skip
    header = partial(_header, left=f"{title} · {data.rubric_name} {data.rubric_version}", right=p.code)
    doc.addPageTemplates(
        [  # the first page opens with the title block, so only the following pages carry the running header
            PageTemplate(id="first", frames=[_frame(page_size)], autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[_frame(page_size)], onPage=header),
        ]
    )
    counted: list[int] = []
    footer = partial(
        _footer,
        w=w,
        content_hash=digest,
        watermark=w.tc("sheet", "DRAFT") if data.is_draft else None,
        counted=counted,
    )
    doc.build(sheet_flowables(data, page_size[0] - 2 * MARGIN), canvasmaker=partial(NumberedCanvas, decorate=footer))
    return counted[0] if counted else 0


def _frame(page_size: tuple[float, float]) -> Frame:
    width, height = page_size
    return Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN, leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)  # fmt: skip


def _header(canvas: Canvas, doc: BaseDocTemplate, left: str, right: str) -> None:
    width, height = doc.pagesize
    y = height - MARGIN + 14
    canvas.saveState()
    canvas.setFont(REGULAR, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, y, left)
    canvas.setFont(BOLD, 7.5)
    canvas.drawRightString(width - MARGIN, y, right)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y - 5, width - MARGIN, y - 5)
    canvas.restoreState()


def _footer(
    canvas: Canvas, page: int, pages: int, w: Words, content_hash: str, watermark: str | None,
    counted: list[int],
) -> None:  # fmt: skip
    width, height = canvas._pagesize
    counted[:] = [pages]
    canvas.saveState()
    if watermark:
        _watermark(canvas, watermark, width, height)
    y = MARGIN - 22
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, y + 10, width - MARGIN, y + 10)
    canvas.setFont(REGULAR, 7.5)
    canvas.setFillColor(MUTED)
    said = w.tc("sheet", "Content hash {hash}", hash=content_hash)
    canvas.drawString(MARGIN, y, f"{CREATOR} · {said}")
    canvas.drawRightString(width - MARGIN, y, w.tc("sheet", "Page {page} of {pages}", page=page, pages=pages))
    canvas.restoreState()


def _watermark(canvas: Canvas, word: str, width: float, height: float) -> None:
    """The word across the page's diagonal, pale and translucent over the content so nothing under it is hidden."""
    canvas.saveState()
    canvas.translate(width / 2, height / 2)
    canvas.rotate(50)
    canvas.setFillColor(MUTED)
    canvas.setFillAlpha(0.13)
    size = min(110.0, 0.9 * (width**2 + height**2) ** 0.5 / max(len(word), 1) / 0.62)
    canvas.setFont(BOLD, size)
    canvas.drawCentredString(0, -size * 0.35, word)
    canvas.restoreState()


class NumberedCanvas(Canvas):
    """ReportLab's two-pass idiom: keep each page's state, and draw 'page x of y' once the count is known."""

    def __init__(self, *args: Any, decorate: Callable[..., None], **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for number, state in enumerate(self._page_states, start=1):
            self.__dict__.update(state)
            self._decorate(self, number, total)
            super().showPage()
        super().save()
