"""The criteria table: sub-criterion | level | descriptor | justification, its header row repeated on every page.

A reportlab table row taller than a page cannot split (splitInRow exists, but repeats the header
row in the middle of a page), so a long justification is cut at a line, sentence or word boundary
into chunks, each in a continued row without padding or rule, so the text reads on. The rows then
break across pages like lines of text and nothing is ever cut off; a continued row that opens a
page shows which sub-criterion it continues.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Paragraph, Table

from red_desktop.core import formatting as fmt
from red_desktop.core.messages import Words
from red_desktop.core.reports.sheet_data import AGGREGATE, Justification, Row, SheetData
from red_desktop.core.reports.styles import BAND, GROUP, HAIRLINE, RULE, Para, styles, table_style, text

CHUNK = 650  # characters per row: ~17 lines in the justification column, well under a page
COLUMNS = (0.18, 0.14, 0.28, 0.40)


def criteria_table(data: SheetData, w: Words, width: float) -> Table:
    st = styles()
    heads = (
        w.tc("sheet", "Sub-criterion"),
        w.tc("sheet", "Level"),
        w.tc("sheet", "Level descriptor"),
        w.tc("sheet", "Justification"),
    )
    rows: list[list[object]] = [[Para(text(head), st["head"]) for head in heads]]
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), BAND),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    names = {c.id: c.name for c in data.criteria}
    current = None
    for row in data.rows:
        if row.criterion_id != current:
            current = row.criterion_id
            g = len(rows)
            title = f"<b>{text(current)}</b> · {text(names.get(current, ''))}"
            rows.append([Para(title, st["cell"]), *[""] * (len(heads) - 1)])
            # a criterion's title never ends a page alone: keep it with its first sub-criterion
            commands += [
                ("SPAN", (0, g), (-1, g)),
                ("BACKGROUND", (0, g), (-1, g), GROUP),
                ("NOSPLIT", (0, g), (-1, g + 1)),
            ]
        first = len(rows)
        rows += _sub_rows(row, data, w)
        commands.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.3, HAIRLINE))
        if len(rows) - first > 1:  # continued rows read on from the row above
            commands.append(("TOPPADDING", (0, first + 1), (-1, len(rows) - 1), 0))
            commands.append(("BOTTOMPADDING", (0, first), (-1, len(rows) - 2), 0))
    table = CriteriaTable(rows, colWidths=[width * f for f in COLUMNS], repeatRows=1)
    table.setStyle(table_style(commands))
    return table


def _sub_rows(row: Row, data: SheetData, w: Words) -> list[list[object]]:
    """The sub-criterion's first row, then continued rows holding the rest of the justifications."""
    st = styles()
    name = Para(f"<b>{text(row.subcriterion_id)}</b> {text(row.name)}", st["cell"])
    cells = _justification_cells(row, data, w)
    first = [name, _level(row, data, w), Para(text(row.descriptor), st["cell"]), cells[0]]
    mark = text(w.tc("sheet", "{id} (continued)", id=row.subcriterion_id))
    more = [[ContinuedMark(Para(mark, st["cell_muted"])), "", "", c] for c in cells[1:]]
    return [first, *more]


def _level(row: Row, data: SheetData, w: Words) -> Paragraph:
    st, lang = styles(), data.language
    if row.level is None:
        not_scored = w.tc("sheet", "not scored")
        return Para(f"— <i>{text(not_scored)}</i>", st["cell_muted"])
    if data.kind != AGGREGATE:
        return Para(f"<b>{int(row.level)}</b><br/>{text(row.level_label)}", st["cell"])
    given = [j.level for j in row.justifications if j.level is not None]
    mean = fmt.number(row.level, lang, 1)
    of = text(w.tc("sheet", "mean of {levels}", levels=", ".join(str(v) for v in given)))
    return Para(
        f"<b>{mean}</b> ≈ {row.descriptor_level}<br/>{text(row.level_label)}<br/><font color='#6B7078'>{of}</font>",
        st["cell"],
    )


def _justification_cells(row: Row, data: SheetData, w: Words) -> list[list[Paragraph]]:
    """Paragraphs packed into cells of at most CHUNK characters; each evaluator's text starts a paragraph."""
    st = styles()
    pieces: list[tuple[str, str]] = []  # (bold lead, text) per paragraph
    none = w.tc("sheet", "(no justification)")
    for j in row.justifications:
        lead = _lead(j, data, w)
        chunks = chunked(j.text) or [""]
        pieces += [(lead if i == 0 else "", c) for i, c in enumerate(chunks)]
    cells: list[list[Paragraph]] = [[]]
    size = 0
    for lead, chunk in pieces:
        if cells[-1] and size + len(chunk) > CHUNK:
            cells.append([])
            size = 0
        size += len(chunk)
        body = text(chunk) if chunk.strip() else f"<i>{text(none)}</i>"
        style = st["cell"] if chunk.strip() else st["cell_muted"]
        if lead and cells[-1]:
            style = st["cell_next"]  # a little air between two evaluators' texts in one cell
        cells[-1].append(Para(f"<b>{text(lead)}</b> {body}" if lead else body, style))
    return cells


def _lead(j: Justification, data: SheetData, w: Words) -> str:
    if data.kind != AGGREGATE:
        return ""
    level = "—" if j.level is None else str(j.level)
    return w.tc("sheet", "{name}, level {level}:", name=j.author, level=level)


def chunked(value: str, size: int = CHUNK) -> list[str]:
    """Cut after a line break, else a sentence, else at a space, in the second half of each chunk; a word longer
    than a chunk is cut."""
    rest = value.strip()
    out = []
    while len(rest) > size:
        cut = next((i + 1 for sep in ("\n", ". ", " ") if (i := rest.rfind(sep, size // 2, size)) >= 0), size)
        out.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        out.append(rest)
    return out


class ContinuedMark(Flowable):
    """'A1 (continued)' in a continued row: drawn only when the row opens a page (CriteriaTable.split shows it)."""

    def __init__(self, paragraph: Paragraph):
        super().__init__()
        self.paragraph = paragraph
        self.visible = False

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # the same size shown or not: a split table keeps the row heights it measured before the split
        width, height = self.paragraph.wrap(available_width, available_height)
        return width, height

    def draw(self) -> None:
        if self.visible:
            self.paragraph.drawOn(self.canv, 0, 0)


class CriteriaTable(Table):
    """A table whose part after a page break names the sub-criterion its first row continues."""

    def split(self, available_width: float, available_height: float) -> list[Any]:
        parts: list[Any] = super().split(available_width, available_height)
        if len(parts) == 2 and len(parts[1]._cellvalues) > 1:
            cell = parts[1]._cellvalues[1][0]  # the row after the repeated header; reportlab keeps cells as tuples
            for item in cell if isinstance(cell, (list, tuple)) else (cell,):
                if isinstance(item, ContinuedMark):
                    item.visible = True
        return parts
