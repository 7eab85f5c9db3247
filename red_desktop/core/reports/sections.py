"""The sections of an evaluation sheet as platypus flowables, built from SheetData alone (a dossier reuses them)."""

from __future__ import annotations

from xml.sax.saxutils import unescape

from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.flowables import HRFlowable

from red_desktop.core import formatting as fmt
from red_desktop.core.enum_labels import enum_label, value_label
from red_desktop.core.messages import Words
from red_desktop.core.reports.criteria_table import criteria_table
from red_desktop.core.reports.radar import radar_drawing
from red_desktop.core.reports.sheet_data import AGGREGATE, CriterionScore, Reason, SheetData, WithdrawalFacts
from red_desktop.core.reports.styles import (
    BAND,
    FAILED,
    HAIRLINE,
    INK,
    RULE,
    Para,
    fitted_width,
    small_caps,
    styles,
    table_style,
    text,
)

GRID_PAD = [("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]


def section(title: str) -> Paragraph:
    return Para(small_caps(title), styles()["section"])


def title_block(data: SheetData, w: Words) -> list[Flowable]:
    st = styles()
    p = data.proposal
    rubric = w.tc("sheet", "{name}, version {version}", name=data.rubric_name, version=data.rubric_version)
    parts = [
        Para(f"RED Desktop · {text(rubric)}", st["kicker"]),
        Para(text(sheet_title(data, w)), st["title"]),
        Para(f"{text(p.code)} — {text(p.title)}", st["proposal"]),
        Para(" · ".join(_meta(data, w)), st["meta"]),
    ]
    notes = _notes(data, w)
    parts += [Para(text(n), st["note"]) for n in notes]
    return [*parts, Spacer(1, 4), HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=2, spaceAfter=2)]


def sheet_title(data: SheetData, w: Words) -> str:
    return w.tc("sheet", "Committee evaluation sheet") if data.kind == AGGREGATE else w.tc("sheet", "Evaluation sheet")


def _meta(data: SheetData, w: Words) -> list[str]:
    when = fmt.long_date(data.date, data.language)
    dated = f"{text(_date_basis(data.date_basis, w))}: {text(when)}" if when else ""
    if data.kind == AGGREGATE:
        finals = w.tcn("sheet", "Aggregate of {n} final evaluation", "Aggregate of {n} final evaluations", data.finals)
        shown = [text(finals)] if data.finals else []
        return [*shown, *([dated] if dated else [])]
    evaluator, state = w.tc("sheet", "Evaluator"), w.tc("sheet", "State")
    return [
        f"{text(evaluator)}: <b>{text(data.evaluator)}</b>",
        f"{text(state)}: <b>{text(value_label('state', data.state, w.language))}</b>",
        *([dated] if dated else []),
    ]


def _date_basis(basis: str, w: Words) -> str:
    """What the sheet's date is: when the evaluation last changed, the decision's day, the latest final's day."""
    said = {
        "evaluation": w.tc("sheet", "Last changed"),
        "decision": w.tc("sheet", "Decided on"),
        "finals": w.tc("sheet", "Latest final evaluation"),
    }
    return said[basis]


def _notes(data: SheetData, w: Words) -> list[str]:
    notes = []
    if data.kind == AGGREGATE and not data.finals:
        notes.append(w.tc("sheet", "No final evaluation yet: the committee aggregate is empty"))
    if data.kind == AGGREGATE and data.excluded:
        notes.append(
            w.tc(
                "sheet",
                "Left out for a declared conflict of interest: the final evaluation of {names}",
                names=", ".join(data.excluded),
            )
        )
    if data.kind == AGGREGATE and data.drafts:
        notes.append(
            w.tcn("sheet", "{n} draft evaluation not counted", "{n} draft evaluations not counted", data.drafts)
        )
    if data.kind != AGGREGATE and data.missing:
        notes.append(
            w.tc(
                "sheet",
                "Incomplete: {missing} of {count} sub-criteria without a level",
                missing=data.missing,
                count=len(data.rows),
            )
        )
    return notes


def facts_and_radar(data: SheetData, w: Words, width: float) -> list[Flowable]:
    facts_w = width * 0.57
    radar_w = width - facts_w - 12
    radar_series = [(s.role, _series_label(s.role, s.name, data, w), s.values) for s in data.radar]
    height = 205 + 10 * max(0, len(radar_series) - 2)  # room for a longer legend, so the chart keeps its size
    drawing = radar_drawing(
        data.radar_axes, radar_series, radar_w, height, title=w.tc("sheet", "Criterion profile (0–4)")
    )
    outer = Table([[_facts(data, w, facts_w), drawing]], colWidths=[facts_w + 12, radar_w])
    outer.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return [section(w.tc("sheet", "Proposal facts")), outer]


def _series_label(role: str, name: str, data: SheetData, w: Words) -> str:
    if role == "average":
        return w.tc("sheet", "Portfolio average")
    if role == "proposal":
        return w.tc("sheet", "Committee aggregate") if data.kind == AGGREGATE else w.tc("sheet", "This evaluation")
    return name


def compact_facts(data: SheetData, w: Words, width: float) -> list[Flowable]:
    """The facts in two pairs of columns, without the radar: the dossier's proposal sections, where the evaluators'
    levels are in the reasons table and the criterion scores below it."""
    st = styles()
    pairs = [[Para(text(label), st["label"]), Para(v, st["cell"])] for label, v in _fact_rows(data, w, compact=True)]
    half = (len(pairs) + 1) // 2
    left, right = pairs[:half], pairs[half:] + [["", ""]] * (2 * half - len(pairs))
    table = Table([a + b for a, b in zip(left, right)], colWidths=[width * f for f in (0.19, 0.31, 0.23, 0.27)])
    table.setStyle(table_style([*_FACT_STYLE, ("LEFTPADDING", (2, 0), (2, -1), 10)]))
    return [section(w.tc("sheet", "Proposal facts")), table]


_FACT_STYLE: list[tuple[object, ...]] = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, -2), 0.3, HAIRLINE),
    ("TOPPADDING", (0, 0), (-1, -1), 2.2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
]


def _facts(data: SheetData, w: Words, width: float) -> Table:
    st = styles()
    table = Table(
        [[Para(text(label), st["label"]), Para(v, st["cell"])] for label, v in _fact_rows(data, w)],
        colWidths=[width * 0.4, width * 0.6],
    )
    table.setStyle(table_style(_FACT_STYLE))
    return table


def _fact_rows(data: SheetData, w: Words, compact: bool = False) -> list[tuple[str, str]]:
    p, lang = data.proposal, data.language
    note = w.tc("sheet", "counterpart / requested")
    leverage = (
        w.tc("sheet", "undefined (nothing requested)")
        if p.leverage is None
        else f"{fmt.number(p.leverage, lang, 2)} <font color='#6B7078'>({text(note)})</font>"
    )
    actors = "<br/>".join(f"{text(value_label('actor_type', t, w.language))}: {n}" for t, n in p.actors)
    if compact:  # the dossier: how many, and of how many groups; the count by type is on the proposal's sheet
        actors = str(sum(n for _t, n in p.actors))
    no_actors = text(w.tc("sheet", "No local actors"))
    coverage = text(w.tc("sheet", "{count} of {total} actor groups", count=p.coverage, total=5))
    rows = [
        (w.tc("sheet", "Country"), text(fmt.country_name(p.country, lang))),
        (w.tc("sheet", "Region"), text(p.region_name) or text(enum_label(None, w.language))),
        (w.tc("sheet", "Region type"), text(value_label("region_type", p.region_type, w.language))),
        (w.tc("sheet", "Priority area"), text(value_label("priority_area", p.priority_area, w.language))),
        (w.tc("sheet", "Requested amount"), fmt.amount(p.requested_amount, lang)),
        (w.tc("sheet", "Public counterpart"), fmt.amount(p.counterpart_public, lang)),
        (w.tc("sheet", "Private counterpart"), fmt.amount(p.counterpart_private, lang)),
        (w.tc("sheet", "Co-funding leverage"), leverage),
        (w.tc("sheet", "Beneficiary MSMEs"), fmt.integer(p.beneficiary_msmes, lang)),
        (
            w.tc("sheet", "Local actors by type"),
            f"{actors}{' · ' if compact else '<br/>'}<i>{coverage}</i>" if p.actors else no_actors,
        ),
    ]
    return rows


def criteria(data: SheetData, w: Words, width: float) -> list[Flowable]:
    return [section(w.tc("sheet", "Assessment by sub-criterion")), criteria_table(data, w, width)]


def eligibility(data: SheetData, w: Words, width: float) -> list[Flowable]:
    st = styles()
    rows = [
        [
            Para(text(g.name), st["cell"]),
            Para(text(w.tc("sheet", "✓ met") if g.passed else w.tc("sheet", "✗ not met")), st["cell"]),
        ]
        for g in data.gates
    ]
    if data.override_rationale is not None:
        verdict = w.tc("sheet", "Eligible by gate override")
    elif data.eligible:
        verdict = w.tc("sheet", "Eligible")
    else:
        verdict = w.tc("sheet", "Ineligible")
    table = Table(rows, colWidths=[width * 0.7, width * 0.3]) if rows else Spacer(1, 0)
    if rows:
        commands = [("LINEBELOW", (0, 0), (-1, -1), 0.3, HAIRLINE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0)]  # fmt: skip
        commands += [("TEXTCOLOR", (1, i), (1, i), FAILED) for i, g in enumerate(data.gates) if not g.passed]
        table.setStyle(table_style(commands))
    parts: list[Flowable] = [section(w.tc("sheet", "Eligibility")), table, Spacer(1, 4)]
    parts.append(Para(f"<b>{text(verdict)}</b>", st["body"]))
    if data.override_rationale is not None:
        said = w.tc("sheet", "Override rationale")
        rationale = f"{text(said)}: {text(data.override_rationale)}"
        parts.append(Para(rationale, st["body"]))
    return [KeepTogether(parts[:3]), *parts[3:]]


def scores(data: SheetData, w: Words, width: float) -> list[Flowable]:
    st, lang = styles(), data.language
    head = [
        Para(text(w.tc("sheet", "Criterion")), st["head"]),
        *(
            Para(text(head), st["head_right"])
            for head in (w.tc("sheet", "Weight"), w.tc("sheet", "Score (0–4)"), w.tc("sheet", "Points"))
        ),
    ]
    rows = [head, *(_score_row(c, lang) for c in data.criteria)]
    total = "—" if data.total is None else w.tc("sheet", "{total} / 100", total=fmt.number(data.total, lang, 1))
    partial = data.kind != AGGREGATE and data.missing
    rows.append(
        [
            Para(text(w.tc("sheet", "Partial total") if partial else w.tc("sheet", "Total")), st["cell_bold"]),
            Para(fmt.number(sum(c.weight for c in data.criteria), lang, 0), st["cell_right_bold"]),
            Para("", st["cell"]),
            Para(text(total), st["cell_right_bold"]),
        ]
    )
    numbers = [_column_width(rows, column) for column in (1, 2, 3)]
    table = Table(rows, colWidths=[width - sum(numbers), *numbers], repeatRows=1)
    table.setStyle(
        table_style(
            [
                ("BACKGROUND", (0, 0), (-1, 0), BAND),
                ("LINEBELOW", (0, 1), (-1, -2), 0.3, HAIRLINE),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *GRID_PAD,
            ]
        )
    )
    return [KeepTogether([section(w.tc("sheet", "Scores")), table]), *_standing(data, w)]


def _column_width(rows: list[list[Paragraph]], column: int) -> float:
    """As wide as the column's widest value or its header's longest word, so neither breaks ("Weig/ht" did when
    the scores sat beside the eligibility), with the grid's padding."""
    pieces = [
        (unescape(piece), row[column].style.fontName, row[column].style.fontSize)
        for row in rows
        for piece in (row[column].text.split() if row is rows[0] else [row[column].text])
    ]
    return fitted_width(pieces, 4)  # GRID_PAD's padding


def _score_row(c: CriterionScore, lang: str) -> list[Paragraph]:
    st = styles()
    points = None if c.score is None else c.weight * c.score / 4
    return [
        Para(f"<b>{text(c.id)}</b> · {text(c.name)}", st["cell"]),
        Para(fmt.number(c.weight, lang, 0), st["cell_right"]),
        Para("—" if c.score is None else fmt.number(c.score, lang, 2), st["cell_right"]),
        Para("—" if points is None else fmt.number(points, lang, 1), st["cell_right"]),
    ]


def _standing(data: SheetData, w: Words) -> list[Flowable]:
    """Rank among the proposals, and for an aggregate its spread and why it is contested."""
    st, lang = styles(), data.language
    rank = (
        w.tc("sheet", "{rank} of {count}", rank=data.rank, count=data.ranked_count)
        if data.rank is not None
        else w.tc("sheet", "not ranked (no final evaluation)")
    )
    items = [(w.tc("sheet", "Committee rank"), rank)]
    if data.kind != AGGREGATE and data.committee_total is not None:
        items.append((w.tc("sheet", "Committee total"), f"{fmt.number(data.committee_total, lang, 1)} / 100"))
    if data.kind == AGGREGATE:
        items.append((w.tc("sheet", "Final evaluations"), str(data.finals)))
        if data.spread is not None:
            items.append(
                (
                    w.tc("sheet", "Spread of totals"),
                    w.tc("sheet", "{spread} points", spread=fmt.number(data.spread, lang, 1)),
                )
            )
    line = " · ".join(f"{text(k)}: <b>{text(v)}</b>" for k, v in items)
    parts: list[Flowable] = [Spacer(1, 5), Para(line, st["body"])]
    if data.contested:
        contested = w.tc("sheet", "Contested")
        parts.append(Para(f"<b>{text(contested)}</b>:", st["body"]))
        parts += [Para(f"· {text(_reason_text(r, data, w))}", st["hanging"]) for r in data.reasons]
    return parts


def _reason_text(reason: Reason, data: SheetData, w: Words) -> str:
    if reason.kind == "spread":
        return w.tc(
            "sheet",
            "totals spread {spread} points, over the threshold",
            spread=fmt.number(data.spread or 0.0, data.language, 1),
        )
    low_name, high_name = (reason.evaluators + ("", ""))[:2]
    low, high = (reason.levels + (0, 0))[:2]
    return w.tc(
        "sheet",
        "{id} {name}: {low_name} gave {low}, {high_name} gave {high}",
        id=reason.subcriterion_id,
        name=reason.subcriterion_name,
        low_name=low_name,
        low=low,
        high_name=high_name,
        high=high,
    )


def decision(data: SheetData, w: Words, width: float) -> list[Flowable]:
    """Paragraphs, not a table: a rationale may be 5,000 characters long and must be free to break across pages."""
    st = styles()
    d = data.decision
    if d is None and data.withdrawal is not None:
        return _withdrawn(data.withdrawal, data.language, w)
    if d is None:
        return [
            KeepTogether(
                [
                    section(w.tc("sheet", "Committee decision")),
                    Para(text(w.tc("sheet", "No decision recorded.")), st["body"]),
                ]
            )
        ]
    items = [
        (w.tc("sheet", "Decision"), f"<b>{text(value_label('decision_kind', d.kind, w.language))}</b>"),
        (w.tc("sheet", "Date"), text(fmt.long_date(d.decided_on, data.language))),
        (w.tc("sheet", "Rationale"), text(d.rationale)),
        *([(w.tc("sheet", "Conditions"), text(d.conditions))] if d.conditions else []),
        (w.tc("sheet", "Members present"), text(", ".join(d.members_present))),
        *([(w.tc("sheet", "Recused"), text(", ".join(d.members_recused)))] if d.members_recused else []),
    ]
    parts = [Para(f"<font color='#6B7078'>{text(label)}:</font> {v}", st["body"]) for label, v in items]
    return [KeepTogether([section(w.tc("sheet", "Committee decision")), *parts[:2]]), *parts[2:]]


def _withdrawn(gone: WithdrawalFacts, language: str, w: Words) -> list[Flowable]:
    """No decision in force: the one withdrawn, when, by whom and why (the audit log's words)."""
    st = styles()
    withdrawn = w.tc(
        "sheet",
        "Withdrawn (it was {kind}); no decision in force",
        kind=value_label("decision_kind", gone.kind, w.language),
    )
    items = [
        (w.tc("sheet", "Decision"), f"<b>{text(withdrawn)}</b>"),
        (w.tc("sheet", "Withdrawn on"), text(fmt.long_moment(gone.at, language))),
        (w.tc("sheet", "Withdrawn by"), text(gone.by or "?")),
        (w.tc("sheet", "Reason"), text(gone.reason)),
    ]
    parts = [Para(f"<font color='#6B7078'>{text(label)}:</font> {v}", st["body"]) for label, v in items]
    return [KeepTogether([section(w.tc("sheet", "Committee decision")), *parts[:2]]), *parts[2:]]


def signatures(data: SheetData, w: Words, width: float, compact: bool = False) -> list[Flowable]:
    """A line to sign per signatory: the evaluator, or each committee member present (three blank lines without);
    `compact` (the dossier) leaves less room above each line."""
    st = styles()
    if data.kind == AGGREGATE:
        names = list(data.decision.members_present) if data.decision and data.decision.members_present else ["", "", ""]
        who = w.tc("sheet", "Committee member")
    else:
        names, who = [data.evaluator], w.tc("sheet", "Evaluator")
    widths = [width * 0.38, width * 0.04, width * 0.22, width * 0.04, width * 0.32]
    rows: list[list[object]] = []
    commands: list[tuple[object, ...]] = [*GRID_PAD, ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    for name in names:
        r = len(rows)
        rows.append([Para(text(name), st["cell"]), "", "", "", ""])
        captions = (who, "", w.tc("sheet", "Date"), "", w.tc("sheet", "Signature"))
        rows.append([Para(text(c), st["sign_label"]) if c else "" for c in captions])
        commands += [("LINEBELOW", (c, r), (c, r), 0.6, INK) for c in (0, 2, 4)]
        commands += [("TOPPADDING", (0, r), (-1, r), 10 if compact else 22)]
        commands += [("BOTTOMPADDING", (0, r + 1), (-1, r + 1), 2 if compact else 8)]
    table = Table(rows, colWidths=widths)
    table.setStyle(table_style(commands))
    return [KeepTogether([section(w.tc("sheet", "Signatures")), table])]
