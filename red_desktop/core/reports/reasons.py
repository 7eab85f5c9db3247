"""The evaluators' levels and justifications side by side: one row per sub-criterion, one column per evaluator.

The dossier's proposal section shows it instead of the rubric's level descriptors, so the committee reads why the
evaluators agree or not. The contested sub-criteria (aggregation's rule: levels LEVEL_GAP or more apart, carried
as the sheet's contest reasons) come first and are tinted. The data are the aggregate sheet's own
(`Row.justifications`, one per final evaluation, in the same evaluator order on every row).
"""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table

from red_desktop.core import formatting as fmt
from red_desktop.core.messages import Words, words
from red_desktop.core.reasons import contested_first, contested_subcriteria
from red_desktop.core.reports.sections import section
from red_desktop.core.reports.sheet_data import Justification, Row, SheetData
from red_desktop.core.reports.styles import BAND, FAILED, HAIRLINE, MUTED, RULE, Para, styles, table_style, text

CONTESTED = colors.HexColor("#FBEFD9")  # a pale amber: reads on paper, and the row also says "contested"
SUBCRITERION = 0.14  # of the width; the evaluators share the rest
SIZE, LEADING = 7.0, 8.4  # points: the densest text of the dossier, still above 7 pt
TOP, BOTTOM = 1.5, 2.0  # cell padding
PADDING = TOP + BOTTOM


def contested_ids(data: SheetData) -> frozenset[str]:
    """The sub-criteria aggregation flagged for this proposal (levels LEVEL_GAP or more apart)."""
    return contested_subcriteria(data.reasons)


def ordered_rows(data: SheetData, contested_only: bool = False) -> list[Row]:
    """Contested sub-criteria first, each group in the rubric's order: the window's order (core/reasons.py)."""
    rows = {r.subcriterion_id: r for r in data.rows}
    contested = contested_ids(data)
    return [rows[s] for s in contested_first(rows, contested) if s in contested or not contested_only]


def clipped(value: str, limit: int | None) -> str:
    """At most `limit` characters, cut at a word and ended with '…'; the whole text without a limit."""
    value = value.strip()
    if limit is None or len(value) <= limit:
        return value
    cut = value.rfind(" ", limit // 2, limit)
    return value[: cut if cut > 0 else limit].rstrip(" ,;:.") + "…"


def reasons_table(
    data: SheetData, w: Words, width: float, limit: int | None = None, contested_only: bool = False
) -> list[Flowable]:
    """The section title, a one-line note, and the table (its header row repeated if it runs over a page).

    `contested_only`: every sub-criterion's levels in a compact grid, then the justifications of the contested
    sub-criteria alone (a dossier of about one page a proposal; the proposal's sheet has every justification)."""
    st = _styles()
    title = section(w.tc("dossier", "Levels and justifications by evaluator"))
    evaluators = [j.author for j in data.rows[0].justifications] if data.rows else []
    if not evaluators:
        none = w.tc("sheet", "No final evaluation yet: the committee aggregate is empty")
        return [title, Para(text(none), styles()["note"])]
    rows = ordered_rows(data, contested_only)
    shortened = (
        " "
        + w.tc(
            "dossier",
            "Justifications are shortened to {limit} characters (…) to keep the proposal on two pages; its sheet "
            "gives them in full.",
            limit=limit,
        )
        if limit
        else ""
    )
    if contested_only:
        grid = levels_grid(data, w, evaluators, width)
        if not rows:
            none_contested = w.tc(
                "dossier",
                "No sub-criterion is contested (no levels two or more apart): each evaluator's level below; the "
                "proposal's sheet gives every justification.",
            )
            return [title, Para(text(none_contested), st["note"]), grid]
        note = w.tc(
            "dossier",
            "Each evaluator's level for every sub-criterion; then, side by side, the justifications of the contested "
            "sub-criteria (levels two or more apart), tinted. The proposal's sheet gives every justification.",
        )
        return [
            title,
            Para(text(note + shortened), st["note"]),
            grid,
            *_justifications(data, rows, evaluators, w, width, limit),
        ]
    note = w.tc(
        "dossier",
        "Each evaluator's level and reasons side by side; contested sub-criteria (levels two or more apart) come "
        "first, tinted.",
    )
    return [title, Para(text(note + shortened), st["note"]), *_justifications(data, rows, evaluators, w, width, limit)]


def _justifications(
    data: SheetData, shown: list[Row], evaluators: list[str], w: Words, width: float, limit: int | None
) -> list[Flowable]:
    lang, st = data.language, _styles()
    head: list[object] = [
        Para(text(w.tc("sheet", "Sub-criterion")), st["head"]),
        *(Para(text(n), st["head"]) for n in evaluators),
    ]
    rows: list[list[object]] = [head]
    commands = _grid_style(data, shown, TOP, BOTTOM)
    commands += [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]
    contested = contested_ids(data)
    for row in shown:
        rows.append(
            [
                _subcriterion(row, row.subcriterion_id in contested, lang, st),
                *(_given(j, w, limit, st) for j in row.justifications),
            ]
        )
    rest = width * (1 - SUBCRITERION) / len(evaluators)
    table = Table(rows, colWidths=[width * SUBCRITERION, *([rest] * len(evaluators))], repeatRows=1)
    table.setStyle(table_style(commands))
    return [table]


def levels_grid(data: SheetData, w: Words, evaluators: list[str], width: float) -> Table:
    """One line a sub-criterion: its name, the mean level and each evaluator's level; contested rows tinted."""
    st = _styles()
    mean_head = w.tc("dossier", "Mean")
    names = [Para(text(w.tc("sheet", "Sub-criterion")), st["head"]), Para(text(mean_head), st["head_right"])]
    rows: list[list[object]] = [[*names, *(Para(text(n), st["head_right"]) for n in evaluators)]]
    shown = ordered_rows(data)
    commands = _grid_style(data, shown, 0.8, 1.4)  # one short line a row: tighter than the justifications
    commands += [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("FONT", (0, 1), (-1, -1), st["cell"].fontName, SIZE + 0.5),
    ]
    for row in shown:
        mean = "—" if row.level is None else fmt.number(row.level, data.language, 1)
        rows.append(
            [
                Para(f"<b>{text(row.subcriterion_id)}</b> {text(row.name)}", st["cell"]),
                mean,
                *("—" if j.level is None else str(j.level) for j in row.justifications),
            ]
        )
    first, mean_width = width * 0.4, width * 0.08
    rest = (width - first - mean_width) / len(evaluators)
    table = Table(rows, colWidths=[first, mean_width, *([rest] * len(evaluators))], repeatRows=1)
    table.setStyle(table_style(commands))
    return table


def _subcriterion(row: Row, contested: bool, language: str, st: dict[str, ParagraphStyle]) -> Para:
    mean = "—" if row.level is None else fmt.number(row.level, language, 1)
    lines = [f"<b>{text(row.subcriterion_id)}</b> {text(row.name)}"]
    said = text(words(language).tc("dossier", "mean {mean}", mean=mean))
    lines.append(f"<font color='#{MUTED.hexval()[2:]}'>{said}</font>")
    if contested:
        word = text(words(language).tc("dossier sub-criterion", "contested"))
        lines.append(f"<font color='#{FAILED.hexval()[2:]}'><b>{word}</b></font>")
    return Para("<br/>".join(lines), st["cell"])


def _given(j: Justification, w: Words, limit: int | None, st: dict[str, ParagraphStyle]) -> Para:
    level = "—" if j.level is None else str(j.level)
    said = clipped(j.text, limit)
    if not said:
        none = w.tc("sheet", "(no justification)")
        return Para(f"<b>{level}</b> · <i>{text(none)}</i>", st["cell"])
    return Para(text(said), st["cell"], lead=f"{level} ·")


def _grid_style(data: SheetData, shown: list[Row], top: float, bottom: float) -> list[tuple[object, ...]]:
    """What both tables of the section share: the banded header, hairlines, paddings, and the contested rows
    (in `shown`, after the header) tinted."""
    contested = contested_ids(data)
    return [
        ("BACKGROUND", (0, 0), (-1, 0), BAND),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, HAIRLINE),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
        *(("BACKGROUND", (0, n), (-1, n), CONTESTED) for n, r in enumerate(shown, 1) if r.subcriterion_id in contested),
    ]


@cache
def _styles() -> dict[str, ParagraphStyle]:
    base = styles()
    cell = ParagraphStyle("reason_cell", base["cell"], fontSize=SIZE, leading=LEADING)
    return {
        "cell": cell,
        "head": ParagraphStyle("reason_head", cell, fontName=base["head"].fontName),
        "head_right": ParagraphStyle("reason_head_right", cell, fontName=base["head"].fontName, alignment=TA_RIGHT),
        "note": ParagraphStyle("reason_note", base["note"], fontSize=7.5, leading=9.5, spaceAfter=2),
    }
