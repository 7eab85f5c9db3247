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
from red_desktop.core.reports.criteria_table import criteria_table
from red_desktop.core.reports.labels import Labels
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


def title_block(data: SheetData, labels: Labels) -> list[Flowable]:
    st = styles()
    p = data.proposal
    kind = "sheet.aggregate" if data.kind == AGGREGATE else "sheet.evaluation"
    rubric = labels.fmt("sheet.rubric", name=data.rubric_name, version=data.rubric_version)
    parts = [
        Para(f"RED Desktop · {text(rubric)}", st["kicker"]),
        Para(text(labels[kind]), st["title"]),
        Para(f"{text(p.code)} — {text(p.title)}", st["proposal"]),
        Para(" · ".join(_meta(data, labels)), st["meta"]),
    ]
    notes = _notes(data, labels)
    parts += [Para(text(n), st["note"]) for n in notes]
    return [*parts, Spacer(1, 4), HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=2, spaceAfter=2)]


def _meta(data: SheetData, labels: Labels) -> list[str]:
    when = fmt.long_date(data.date, data.language)
    dated = f"{text(labels['date.' + data.date_basis])}: {text(when)}" if when else ""
    if data.kind == AGGREGATE:
        count = "head.finals_one" if data.finals == 1 else "head.finals"
        shown = [text(labels.fmt(count, count=data.finals))] if data.finals else []
        return [*shown, *([dated] if dated else [])]
    return [
        f"{text(labels['head.evaluator'])}: <b>{text(data.evaluator)}</b>",
        f"{text(labels['head.state'])}: <b>{text(labels.enum('state', data.state))}</b>",
        *([dated] if dated else []),
    ]


def _notes(data: SheetData, labels: Labels) -> list[str]:
    notes = []
    if data.kind == AGGREGATE and not data.finals:
        notes.append(labels["head.no_finals"])
    if data.kind == AGGREGATE and data.drafts:
        notes.append(labels.fmt("head.drafts_one" if data.drafts == 1 else "head.drafts", count=data.drafts))
    if data.kind != AGGREGATE and data.missing:
        notes.append(labels.fmt("head.incomplete", missing=data.missing, count=len(data.rows)))
    return notes


def facts_and_radar(data: SheetData, labels: Labels, width: float) -> list[Flowable]:
    facts_w = width * 0.57
    radar_w = width - facts_w - 12
    radar_series = [(s.role, _series_label(s.role, s.name, data, labels), s.values) for s in data.radar]
    height = 205 + 10 * max(0, len(radar_series) - 2)  # room for a longer legend, so the chart keeps its size
    drawing = radar_drawing(data.radar_axes, radar_series, radar_w, height, title=labels["radar.title"])
    outer = Table([[_facts(data, labels, facts_w), drawing]], colWidths=[facts_w + 12, radar_w])
    outer.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return [section(labels["section.facts"]), outer]


def _series_label(role: str, name: str, data: SheetData, labels: Labels) -> str:
    if role == "average":
        return labels["radar.average"]
    if role == "proposal":
        return labels["radar.committee" if data.kind == AGGREGATE else "radar.evaluation"]
    return name


def compact_facts(data: SheetData, labels: Labels, width: float) -> list[Flowable]:
    """The facts in two pairs of columns, without the radar: the dossier's proposal sections, where the evaluators'
    levels are in the reasons table and the criterion scores below it."""
    st = styles()
    pairs = [
        [Para(text(labels[k]), st["label"]), Para(v, st["cell"])] for k, v in _fact_rows(data, labels, compact=True)
    ]
    half = (len(pairs) + 1) // 2
    left, right = pairs[:half], pairs[half:] + [["", ""]] * (2 * half - len(pairs))
    table = Table([a + b for a, b in zip(left, right)], colWidths=[width * f for f in (0.19, 0.31, 0.23, 0.27)])
    table.setStyle(table_style([*_FACT_STYLE, ("LEFTPADDING", (2, 0), (2, -1), 10)]))
    return [section(labels["section.facts"]), table]


_FACT_STYLE: list[tuple[object, ...]] = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, -2), 0.3, HAIRLINE),
    ("TOPPADDING", (0, 0), (-1, -1), 2.2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
]


def _facts(data: SheetData, labels: Labels, width: float) -> Table:
    st = styles()
    table = Table(
        [[Para(text(labels[k]), st["label"]), Para(v, st["cell"])] for k, v in _fact_rows(data, labels)],
        colWidths=[width * 0.4, width * 0.6],
    )
    table.setStyle(table_style(_FACT_STYLE))
    return table


def _fact_rows(data: SheetData, labels: Labels, compact: bool = False) -> list[tuple[str, str]]:
    p, lang = data.proposal, data.language
    leverage = (
        labels["value.undefined"]
        if p.leverage is None
        else f"{fmt.number(p.leverage, lang, 2)} <font color='#6B7078'>({text(labels['fact.leverage_note'])})</font>"
    )
    actors = "<br/>".join(f"{text(labels.enum('actor_type', t))}: {n}" for t, n in p.actors)
    if compact:  # the dossier: how many, and of how many groups; the count by type is on the proposal's sheet
        actors = str(sum(n for _t, n in p.actors))
    no_actors = text(labels["fact.no_actors"])
    coverage = text(labels.fmt("fact.coverage", count=p.coverage, total=5))
    rows = [
        ("fact.country", text(fmt.country_name(p.country, lang))),
        ("fact.region", text(p.region_name) or text(labels["value.not_set"])),
        ("fact.region_type", text(labels.enum("region_type", p.region_type))),
        ("fact.priority_area", text(labels.enum("priority_area", p.priority_area))),
        ("fact.requested_amount", fmt.amount(p.requested_amount, lang)),
        ("fact.counterpart_public", fmt.amount(p.counterpart_public, lang)),
        ("fact.counterpart_private", fmt.amount(p.counterpart_private, lang)),
        ("fact.leverage", leverage),
        ("fact.beneficiary_msmes", fmt.integer(p.beneficiary_msmes, lang)),
        ("fact.actors", f"{actors}{' · ' if compact else '<br/>'}<i>{coverage}</i>" if p.actors else no_actors),
    ]
    return rows


def criteria(data: SheetData, labels: Labels, width: float) -> list[Flowable]:
    return [section(labels["section.criteria"]), criteria_table(data, labels, width)]


def eligibility(data: SheetData, labels: Labels, width: float) -> list[Flowable]:
    st = styles()
    rows = [
        [
            Para(text(g.name), st["cell"]),
            Para(text(labels["gate.met" if g.passed else "gate.failed"]), st["cell"]),
        ]
        for g in data.gates
    ]
    if data.override_rationale is not None:
        verdict = "eligibility.overridden"
    else:
        verdict = "eligibility.eligible" if data.eligible else "eligibility.ineligible"
    table = Table(rows, colWidths=[width * 0.7, width * 0.3]) if rows else Spacer(1, 0)
    if rows:
        commands = [("LINEBELOW", (0, 0), (-1, -1), 0.3, HAIRLINE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0)]  # fmt: skip
        commands += [("TEXTCOLOR", (1, i), (1, i), FAILED) for i, g in enumerate(data.gates) if not g.passed]
        table.setStyle(table_style(commands))
    parts: list[Flowable] = [section(labels["section.eligibility"]), table, Spacer(1, 4)]
    parts.append(Para(f"<b>{text(labels[verdict])}</b>", st["body"]))
    if data.override_rationale is not None:
        rationale = f"{text(labels['eligibility.override'])}: {text(data.override_rationale)}"
        parts.append(Para(rationale, st["body"]))
    return [KeepTogether(parts[:3]), *parts[3:]]


def scores(data: SheetData, labels: Labels, width: float) -> list[Flowable]:
    st, lang = styles(), data.language
    head = [
        Para(text(labels["col.criterion"]), st["head"]),
        *(Para(text(labels[k]), st["head_right"]) for k in ("col.weight", "col.score", "col.points")),
    ]
    rows = [head, *(_score_row(c, lang) for c in data.criteria)]
    total = "—" if data.total is None else labels.fmt("score.of_100", total=fmt.number(data.total, lang, 1))
    partial = data.kind != AGGREGATE and data.missing
    rows.append(
        [
            Para(text(labels["score.partial_total" if partial else "score.total"]), st["cell_bold"]),
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
    return [KeepTogether([section(labels["section.scores"]), table]), *_standing(data, labels)]


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


def _standing(data: SheetData, labels: Labels) -> list[Flowable]:
    """Rank among the proposals, and for an aggregate its spread and why it is contested."""
    st, lang = styles(), data.language
    rank = (
        labels.fmt("score.rank_value", rank=data.rank, count=data.ranked_count)
        if data.rank is not None
        else labels["score.not_ranked"]
    )
    items = [(labels["score.committee_rank"], rank)]
    if data.kind != AGGREGATE and data.committee_total is not None:
        items.append((labels["score.committee_total"], f"{fmt.number(data.committee_total, lang, 1)} / 100"))
    if data.kind == AGGREGATE:
        items.append((labels["score.finals"], str(data.finals)))
        if data.spread is not None:
            items.append(
                (labels["score.spread"], labels.fmt("score.spread_value", spread=fmt.number(data.spread, lang, 1)))
            )
    line = " · ".join(f"{text(k)}: <b>{text(v)}</b>" for k, v in items)
    parts: list[Flowable] = [Spacer(1, 5), Para(line, st["body"])]
    if data.contested:
        parts.append(Para(f"<b>{text(labels['score.contested'])}</b>:", st["body"]))
        parts += [Para(f"· {text(_reason_text(r, data, labels))}", st["hanging"]) for r in data.reasons]
    return parts


def _reason_text(reason: Reason, data: SheetData, labels: Labels) -> str:
    if reason.kind == "spread":
        return labels.fmt("reason.spread", spread=fmt.number(data.spread or 0.0, data.language, 1))
    low_name, high_name = (reason.evaluators + ("", ""))[:2]
    low, high = (reason.levels + (0, 0))[:2]
    return labels.fmt(
        "reason.gap",
        id=reason.subcriterion_id,
        name=reason.subcriterion_name,
        low_name=low_name,
        low=low,
        high_name=high_name,
        high=high,
    )


def decision(data: SheetData, labels: Labels, width: float) -> list[Flowable]:
    """Paragraphs, not a table: a rationale may be 5,000 characters long and must be free to break across pages."""
    st = styles()
    d = data.decision
    if d is None and data.withdrawal is not None:
        return _withdrawn(data.withdrawal, data.language, labels)
    if d is None:
        return [KeepTogether([section(labels["section.decision"]), Para(text(labels["decision.none"]), st["body"])])]
    items = [
        ("decision.kind", f"<b>{text(labels.enum('decision_kind', d.kind))}</b>"),
        ("decision.date", text(fmt.long_date(d.decided_on, data.language))),
        ("decision.rationale", text(d.rationale)),
        *([("decision.conditions", text(d.conditions))] if d.conditions else []),
        ("decision.members", text(", ".join(d.members_present))),
    ]
    parts = [Para(f"<font color='#6B7078'>{text(labels[k])}:</font> {v}", st["body"]) for k, v in items]
    return [KeepTogether([section(labels["section.decision"]), *parts[:2]]), *parts[2:]]


def _withdrawn(w: WithdrawalFacts, language: str, labels: Labels) -> list[Flowable]:
    """No decision in force: the one withdrawn, when, by whom and why (the audit log's words)."""
    st = styles()
    withdrawn = labels.fmt("decision.withdrawn", kind=labels.enum("decision_kind", w.kind))
    items = [
        ("decision.kind", f"<b>{text(withdrawn)}</b>"),
        ("decision.withdrawn_on", text(fmt.long_moment(w.at, language))),
        ("decision.withdrawn_by", text(w.by or "?")),
        ("decision.reason", text(w.reason)),
    ]
    parts = [Para(f"<font color='#6B7078'>{text(labels[k])}:</font> {v}", st["body"]) for k, v in items]
    return [KeepTogether([section(labels["section.decision"]), *parts[:2]]), *parts[2:]]


def signatures(data: SheetData, labels: Labels, width: float, compact: bool = False) -> list[Flowable]:
    """A line to sign per signatory: the evaluator, or each committee member present (three blank lines without);
    `compact` (the dossier) leaves less room above each line."""
    st = styles()
    if data.kind == AGGREGATE:
        names = list(data.decision.members_present) if data.decision and data.decision.members_present else ["", "", ""]
        who = labels["sign.member"]
    else:
        names, who = [data.evaluator], labels["sign.evaluator"]
    widths = [width * 0.38, width * 0.04, width * 0.22, width * 0.04, width * 0.32]
    rows: list[list[object]] = []
    commands: list[tuple[object, ...]] = [*GRID_PAD, ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    for name in names:
        r = len(rows)
        rows.append([Para(text(name), st["cell"]), "", "", "", ""])
        captions = (who, "", labels["sign.date"], "", labels["sign.signature"])
        rows.append([Para(text(c), st["sign_label"]) if c else "" for c in captions])
        commands += [("LINEBELOW", (c, r), (c, r), 0.6, INK) for c in (0, 2, 4)]
        commands += [("TOPPADDING", (0, r), (-1, r), 10 if compact else 22)]
        commands += [("BOTTOMPADDING", (0, r + 1), (-1, r + 1), 2 if compact else 8)]
    table = Table(rows, colWidths=widths)
    table.setStyle(table_style(commands))
    return [KeepTogether([section(labels["section.signatures"]), table])]
