"""The committee dossier as one PDF: cover, contents, ranking, charts, agreement, calibration, sensitivity,
decisions, then each selected proposal's aggregate sheet; every section in the PDF outline (bookmarks).

Charts are reportlab vector drawings (core/reports/charts.py) of the selected proposals, so the headless command
needs no Qt. ReportLab builds the body once; the front matter (cover, contents with page numbers) is built around
it and the two joined.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pypdf import PdfReader, PdfWriter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from red_desktop.core.agreement import FIGURES, LABELS, Agreement
from red_desktop.core.committee import CommitteeData
from red_desktop.core.enum_labels import enum_label, tendency_label, value_label
from red_desktop.core.formatting import integer, long_date, number, signed
from red_desktop.core.history import HistoryEvent, decision_history
from red_desktop.core.messages import Words, t, words
from red_desktop.core.plain_words import SURE, read_sensitivity
from red_desktop.core.portfolio_rules import ROBUST_SAMPLES
from red_desktop.core.progress import NoProgress, Progress, check_cancelled
from red_desktop.core.ranking import RankedProposal
from red_desktop.core.reports.atomic import write_beside
from red_desktop.core.reports.content_hash import sheet_hash
from red_desktop.core.reports.dossier_charts import chart_flowables
from red_desktop.core.reports.dossier_history import history_lines
from red_desktop.core.reports.dossier_plain import agreement_words, calibration_words, sensitivity_ties
from red_desktop.core.reports.dossier_proposal import proposal_section
from red_desktop.core.reports.dossier_tables import DENSE_SIZE, clip, dossier_table, fit
from red_desktop.core.reports.fonts import BOLD, REGULAR, register_fonts
from red_desktop.core.reports.selection import Selection, select
from red_desktop.core.reports.sheet import PAGE_SIZES, NumberedCanvas, _footer, _frame, _header
from red_desktop.core.reports.sheet_data import sheet_for_aggregate
from red_desktop.core.reports.styles import (
    HIGH_SHARE,
    LOW_SHARE,
    MARGIN,
    MUTED,
    NAVY,
    styles,
    table_style,
    text,
)
from red_desktop.core.reports.tagging import Mark, Tagged, drawn, role, tag_after, tag_document
from red_desktop.core.rubric import Rubric
from red_desktop.core.sensitivity import RankingSensitivity
from red_desktop.core.store import Store

if TYPE_CHECKING:  # scipy underneath (0.6 s): loaded when a call has a budget, not with the window
    from red_desktop.core.portfolio_robust import CallPortfolio

REASONS = ("contested", "all")


@dataclass(frozen=True)
class DossierFile:
    path: Path
    pages: int
    proposals: int
    content_hash: str


class _Heading(Tagged, Paragraph):
    """A section title that the contents list and the PDF outline pick up, tagged a heading (H1, H2)."""

    def __init__(self, title: str, style: Any, level: int, key: str):
        super().__init__(text(title), style)
        self.toc = (level, title, key)
        self.tag_role = role(level)


class _Anchor(Flowable):
    """An invisible mark where a proposal's section begins: its sheet carries the visible title."""

    def __init__(self, title: str, key: str):
        super().__init__()
        self.toc = (1, title, key)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        return None


class _Dossier(BaseDocTemplate):
    def __init__(self, *args: Any, progress: Progress, sections: int = 0, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._progress = progress
        self._sections = sections  # proposal sections: the second half of the progress, after gathering
        self._laid_out = 0
        self.page_offset = 0
        self.entries: list[tuple[int, str, int]] = []

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        check_cancelled(self._progress)
        entry = getattr(flowable, "toc", None)
        if entry is None:
            return
        level, title, _key = entry
        self.entries.append((level, title, self.page_offset + self.page))
        if isinstance(flowable, _Anchor) and self._sections:
            self._laid_out += 1
            self._progress.update(self._sections + self._laid_out, 2 * self._sections)
            self._progress.status(f"{title.split(' · ')[0]} ({self._laid_out} / {self._sections})")


def write_dossier(
    store: Store,
    rubric: Rubric,
    committee: CommitteeData,
    path: Path | str,
    *,
    selection: Selection = Selection(),
    language: str = "en",
    page_size: str = "A4",
    charts: bool = True,
    sensitivity: RankingSensitivity | None = None,
    progress: Progress | None = None,
    reasons: str = "contested",
    portfolio_samples: int = ROBUST_SAMPLES,
) -> DossierFile:
    """Write the dossier of the selected proposals; StoreError (nothing written) when the target is unwritable.

    `reasons`: "contested" gives every level but only the contested sub-criteria's justifications (about one page
    a proposal); "all" every evaluator's justification of every sub-criterion (about two pages). When the call has
    a budget, a Portfolio section (its robust set from `portfolio_samples` weight samples, seed 0, as the portfolio
    command's) comes before the proposals."""
    progress = progress or NoProgress()
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    if reasons not in REASONS:
        raise ValueError(f"reasons must be one of {', '.join(REASONS)}, not {reasons!r}")
    register_fonts()
    chosen = select(committee.ranking, selection)
    width, height = (side - 2 * MARGIN for side in PAGE_SIZES[page_size])
    found = _call_portfolio(store, rubric, committee, portfolio_samples, progress)
    body, digest = _story(
        store,
        rubric,
        committee,
        chosen,
        selection,
        language,
        (width, height),
        charts,
        sensitivity,
        progress,
        reasons,
        found,
    )
    cover = _cover(rubric, committee, chosen, selection, language, _styles())
    target = Path(path)
    pages = write_beside(
        target, "dossier", lambda partial: _build(cover, body, partial, page_size, language, rubric, digest, progress)
    )
    return DossierFile(target, pages, len(chosen), digest)


def _story(
    store: Store,
    rubric: Rubric,
    committee: CommitteeData,
    chosen: list[RankedProposal],
    selection: Selection,
    language: str,
    frame: tuple[float, float],
    charts: bool,
    sensitivity: RankingSensitivity | None,
    progress: Progress,
    reasons: str,
    found: CallPortfolio | None,
) -> tuple[list[Flowable], str]:
    w = words(language)
    width, height = frame
    st = _styles()
    story: list[Flowable] = [_Heading(w.tc("dossier", "1. Ranking"), st["h1"], 0, "ranking")]
    story.append(_ranking(chosen, rubric, committee, language, width))
    if charts:
        drawn = chart_flowables(committee, chosen, sensitivity, language, width, st)
        story += [PageBreak(), _Heading(w.tc("dossier", "2. Charts"), st["h1"], 0, "charts"), *drawn]
    story += [
        CondPageBreak(8 * cm),
        _Heading(w.tc("dossier", "3. Agreement between evaluators"), st["h1"], 0, "agreement"),
    ]
    story += _agreement(committee, rubric, language, width, st)
    story += [CondPageBreak(6 * cm), _Heading(w.tc("dossier", "4. Evaluator calibration"), st["h1"], 0, "calibration")]
    story += [Paragraph(text(line), st["plain"]) for line in calibration_words(committee.calibration, language)]
    story += [Spacer(1, 6), _calibration(committee, language, width)]
    story += [CondPageBreak(6 * cm), _Heading(w.tc("dossier", "5. Ranking sensitivity"), st["h1"], 0, "sensitivity")]
    story += _sensitivity(chosen, sensitivity, language, width, st)
    story += [CondPageBreak(6 * cm), _Heading(w.tc("dossier", "6. Decisions"), st["h1"], 0, "decisions")]
    story += _decisions(store, chosen, committee, language, st)
    proposals = w.tc("dossier", "7. Proposals")
    if found is not None:
        from red_desktop.core.reports.dossier_portfolio import portfolio_section  # noqa: PLC0415 (scipy)

        story += [CondPageBreak(10 * cm), _Heading(w.tc("dossier", "7. Portfolio"), st["h1"], 0, "portfolio")]
        story += portfolio_section(found, chosen, language, width, st)
        proposals = w.tc("dossier", "8. Proposals")
    story += [PageBreak(), _Heading(proposals, st["h1"], 0, "proposals")]
    hashes = []
    for index, ranked in enumerate(chosen):
        check_cancelled(progress)
        progress.update(index, 2 * len(chosen))
        progress.status(f"{ranked.code} ({index + 1} / {len(chosen)})")
        data = sheet_for_aggregate(store, rubric, ranked.uuid, language, committee)
        hashes.append(sheet_hash(data))
        title = f"{ranked.code} · {ranked.title}"
        start, *section = proposal_section(data, width, height, contested_only=reasons == "contested")
        story += [start, _Anchor(title, f"p-{ranked.uuid}"), *section]
    if not chosen:
        story.append(Paragraph(text(w.tc("dossier", "No proposal matches this selection.")), st["body"]))
    progress.update(len(chosen), 2 * len(chosen))
    mode = [] if reasons == "all" else [reasons]  # the codes of full-reasons dossiers stay as they were
    if found is not None:  # and those of dossiers without a budget
        mode.append(found.portfolio.call.dumps())
    digest = hashlib.sha256("|".join([selection.describe(), language, *mode, *hashes]).encode()).hexdigest()[:12]
    return story, f"{digest[:4]}-{digest[4:8]}-{digest[8:]}"


def _call_portfolio(
    store: Store, rubric: Rubric, committee: CommitteeData, samples: int, progress: Progress
) -> CallPortfolio | None:
    """The call's portfolio on the committee's ranking when the call has a budget, as the portfolio command works it
    out; its robust set reports to `progress` (left out beyond ROBUST_MOST fundable proposals)."""
    call = store.call.budget()
    if call.budget is None:
        return None
    from red_desktop.core import portfolio_robust  # noqa: PLC0415
    from red_desktop.core.portfolio import Candidates  # noqa: PLC0415 (scipy: only for a call with a budget)

    progress.status(t("The portfolio's robust set"))
    candidates = Candidates.of_table(committee.table)
    most = portfolio_robust.ROBUST_MOST
    return portfolio_robust.call_portfolio(
        candidates, committee.ranking, rubric, call, samples=samples, most=most, progress=progress
    )


def _styles() -> dict[str, Any]:
    base = styles()
    body = base["body"]
    return {
        **base,
        "cover": ParagraphStyle("cover", body, fontName=BOLD, fontSize=24, leading=30, textColor=NAVY, spaceAfter=10),
        "cover_sub": ParagraphStyle("cover_sub", body, fontSize=12, leading=16, spaceAfter=24),
        "cover_line": ParagraphStyle("cover_line", body, fontSize=10, leading=14, spaceAfter=4),
        "h1": ParagraphStyle(
            "h1", body, fontName=BOLD, fontSize=13, leading=17, textColor=NAVY, spaceBefore=12, spaceAfter=8
        ),  # fmt: skip
        "h2": ParagraphStyle("h2", body, fontName=BOLD, fontSize=11, leading=14, textColor=NAVY, spaceAfter=6),
        "toc0": ParagraphStyle("toc0", body, fontName=BOLD, fontSize=10, leading=14, leftIndent=0),
        "toc1": ParagraphStyle("toc1", body, fontSize=8.5, leading=11, leftIndent=14),
        "toc_page": ParagraphStyle("toc_page", body, fontSize=8.5, leading=11, alignment=2),
        "caption": ParagraphStyle("caption", base["note"], spaceBefore=3, spaceAfter=14),
        "plain": ParagraphStyle("plain", body, spaceAfter=4),  # what a section's figures mean, before them
        "history": ParagraphStyle("history", body, fontSize=8, leading=10.5, textColor=MUTED, spaceBefore=3),
        "event": ParagraphStyle(
            "event", body, fontSize=8, leading=10.5, leftIndent=16, firstLineIndent=-8, spaceBefore=1.5
        ),  # fmt: skip
    }


def _cover(
    rubric: Rubric,
    committee: CommitteeData,
    chosen: list[RankedProposal],
    selection: Selection,
    language: str,
    st: dict[str, Any],
) -> list[Flowable]:
    w = words(language)
    chosen_ids = {r.uuid for r in chosen}
    finals = committee.finals[committee.finals["proposal_uuid"].isin(chosen_ids)]
    codes = ", ".join(r.code for r in chosen) or selection.value
    which = _selection(w, selection, codes)
    lines = [
        w.tc("dossier", "Rubric: {name} {version}", name=rubric.name.get_text(language), version=rubric.version),
        w.tc(
            "dossier",
            "Covers {selection}: {proposals}, {finals} by {evaluators}",
            selection=which,
            proposals=_proposals(w, len(chosen)),
            finals=w.tcn("dossier", "{n:,} final evaluation", "{n:,} final evaluations", len(finals)),
            evaluators=w.tcn("dossier", "{n:,} evaluator", "{n:,} evaluators", finals["evaluator_uuid"].nunique()),
        ),
        w.tc("dossier", "Prepared on {date} with RED Desktop", date=long_date(date.today().isoformat(), language)),
    ]
    return [
        Spacer(1, 5 * cm),
        Paragraph(text(w.tc("dossier", "Committee dossier")), st["cover"]),
        Paragraph(text(w.tc("dossier", "Evaluation of Regional Economic Development proposals")), st["cover_sub"]),
        *(Paragraph(text(line), st["cover_line"]) for line in lines),
    ]


def _proposals(w: Words, n: int) -> str:
    return w.tcn("dossier", "{n:,} proposal", "{n:,} proposals", n)


def _selection(w: Words, selection: Selection, codes: str) -> str:
    """What the dossier covers, as its cover says it: 'all proposals', 'the proposals of PE', ..."""
    if selection.kind == "status":
        return w.tc(
            "dossier", "the proposals with status “{value}”", value=value_label("status", selection.value, w.language)
        )
    if selection.kind == "country":
        return w.tc("dossier", "the proposals of {value}", value=selection.value)
    if selection.kind == "top":
        return w.tcn("dossier", "the first ranked proposal", "the first {n:,} ranked proposals", selection.top)
    if selection.kind == "proposal":
        return w.tc("dossier", "the proposal {code}", code=codes)
    return w.tc("dossier", "all proposals")


def _ranking(
    chosen: list[RankedProposal], rubric: Rubric, committee: CommitteeData, language: str, width: float
) -> Table:
    """One line a proposal: the title cut to its column (the proposal's section gives it in full); a flag or a
    decision too long for its column wraps, which the demo's never do."""
    w = words(language)
    cell = ParagraphStyle("dense", styles()["cell"], fontSize=DENSE_SIZE, leading=DENSE_SIZE * 1.2)
    criteria = list(rubric.criterion_ids)
    head = [
        w.tc("dossier", "#"),
        w.tc("dossier", "Code"),
        w.tc("dossier", "Title"),
        w.tc("dossier", "Total"),
        *criteria,
        w.tc("dossier", "Spread"),
        w.tc("dossier", "Flags"),
        w.tc("dossier", "Decision"),
    ]
    lines: list[list[str]] = []
    for r in chosen:
        flags = [
            w.tc("dossier flag", "contested") if r.contested else "",
            "" if r.eligible else w.tc("dossier flag", "ineligible"),
        ]
        flags.append(w.tc("dossier flag", "gate override") if r.override_rationale else "")
        decision = committee.decisions.get(r.uuid)
        lines.append(
            [
                "–" if r.rank is None else integer(r.rank, language),
                r.code,
                r.title,
                _num(r.total, language),
                *(_num(r.criteria[c], language, 2) for c in criteria),
                _num(r.spread, language),
                ", ".join(f for f in flags if f),
                enum_label(decision.kind, language) if decision else "",
            ]
        )
    columns = list(zip(*lines)) if lines else [()] * len(head)
    widths = [fit(list(values), h) for values, h in zip(columns, head)]
    flags = [
        w.tc("dossier flag", "contested"),
        w.tc("dossier flag", "ineligible"),
        w.tc("dossier flag", "gate override"),
    ]
    widths[-2] = min(
        widths[-2], max(fit([f for f in flags if any(f in line[-2] for line in lines)], head[-2]), 1.6 * cm)
    )
    widths[-1] = min(widths[-1], 2.8 * cm)  # two flags, or a long decision, wrap
    widths[2] = max(3 * cm, width - sum(widths) + widths[2])
    rows: list[list[Any]] = [head]
    for line in lines:
        row: list[Any] = list(line)
        row[2] = clip(line[2], widths[2])
        row[-2:] = [Paragraph(text(v), cell) if v and fit([v]) > room else v for v, room in zip(line[-2:], widths[-2:])]
        rows.append(row)
    return dossier_table(rows, widths, 3, dense=True)


def _num(value: float | None, language: str, decimals: int = 1) -> str:
    return "–" if value is None else number(value, language, decimals)


def _agreement(
    committee: CommitteeData, rubric: Rubric, language: str, width: float, st: dict[str, Any]
) -> list[Flowable]:
    w = words(language)
    panel = committee.agreement
    names = {s.id: s.name.get_text(language) for s in rubric.subcriteria}
    heads = [_agreement_head(f) for f in FIGURES]
    rows: list[list[Any]] = [[w.tc("dossier", "Figure"), *heads]]
    entries: list[tuple[str, Agreement]] = [(w.tc("dossier", "Total"), panel.total)]
    entries += [(f"{sub} {names.get(sub, '')}", figures) for sub, figures in panel.subcriteria.items()]
    cell = styles()["cell"]
    for label, figures in entries:
        values = figures.to_json()
        rows.append([Paragraph(text(label), cell), *(_num(values[f], language, 3) for f in FIGURES)])
    first = 4.4 * cm
    table = dossier_table(rows, [first, *([(width - first) / len(FIGURES)] * len(FIGURES))], 1)
    note = w.tc(
        "dossier",
        "ICC(1) and Krippendorff's alpha use every proposal scored at least twice ({items} proposals, "
        "{raters} evaluators); ICC(2) and ICC(3) need proposals scored by every evaluator ({complete} here). "
        "A dash marks a figure that is undefined for these data.",
        items=integer(panel.items, language),
        raters=integer(panel.raters, language),
        complete=integer(panel.total.complete_items, language),
    )
    said = [Paragraph(text(line), st["plain"]) for line in agreement_words(panel, language)]
    return [*said, Spacer(1, 4), Paragraph(text(note), st["note"]), Spacer(1, 4), table]


# Ten figure columns share what the row names leave: "nominal" or "interval" in full would break mid-word.
_ALPHA_HEADS = {"nominal": "nom.", "ordinal": "ord.", "interval": "int.", "ratio": "ratio"}


def _agreement_head(figure: str) -> str:
    label = LABELS[figure]
    if label.startswith("alpha "):
        metric = label.removeprefix("alpha ")
        return "α\n" + _ALPHA_HEADS.get(metric, metric)
    return label.replace("ICC(", "ICC\n(")


def _calibration(committee: CommitteeData, language: str, width: float) -> Table:
    w = words(language)
    rows: list[list[Any]] = [
        [
            w.tc("dossier", "Evaluator"),
            w.tc("dossier", "Proposals compared"),
            w.tc("dossier", "Mean deviation"),
            w.tc("dossier", "± 2 SE"),
            w.tc("dossier", "Tendency"),
        ]
    ]
    for c in committee.calibration:
        rows.append(
            [
                c.evaluator,
                integer(c.proposals, language),
                "–" if c.mean_deviation is None else signed(c.mean_deviation, language, 1),
                "–" if c.standard_error is None else number(2 * c.standard_error, language, 1),
                tendency_label(c.tendency, language),
            ]
        )
    return dossier_table(rows, [width * 0.36, width * 0.17, width * 0.17, width * 0.12, width * 0.18], 1)


def _sensitivity(
    chosen: list[RankedProposal],
    result: RankingSensitivity | None,
    language: str,
    width: float,
    st: dict[str, Any],
) -> list[Flowable]:
    w = words(language)
    if result is None:
        return [Paragraph(text(w.tc("dossier", "The sensitivity was not computed for this dossier.")), st["note"])]
    swaps = {pair.upper: pair.distance for pair in result.pairs}
    ranked = {r.uuid for r in chosen if r.total is not None}
    reading = read_sensitivity(replace(result, proposals={k: v for k, v in result.proposals.items() if k in ranked}))
    note = w.tc(
        "dossier",
        "{samples} samples of the criterion weights, each moved about ±3 points around its profile (seed {seed}). "
        "p(top {top}) is the share of samples in which the proposal stays among the first {top}.",
        samples=integer(result.samples, language),
        seed=result.seed,
        top=result.top_n,
    )
    sure = w.tc(
        "dossier",
        "Of {proposals}, {sure_in} are in the top {top} in at least {high_share} of the samples and {sure_out} in at "
        "most {low_share}: only the {uncertain} whose place in the top {top} is uncertain are listed.",
        high_share=HIGH_SHARE,
        low_share=LOW_SHARE,
        proposals=_proposals(w, reading.sure_in + reading.uncertain + reading.sure_out),
        sure_in=integer(reading.sure_in, language),
        sure_out=integer(reading.sure_out, language),
        uncertain=integer(reading.uncertain, language),
        top=result.top_n,
    )
    said = [Paragraph(text(line), st["plain"]) for line in [sure, *sensitivity_ties(reading, language)]]
    parts: list[Flowable] = [*said, Paragraph(text(note), st["note"]), Spacer(1, 4)]
    rows: list[list[Any]] = [
        [
            w.tc("dossier", "Rank"),
            w.tc("dossier", "Code"),
            w.tc("dossier", "p(top {top})", top=result.top_n),
            w.tc("dossier", "Rank 5–95\u00a0%"),
            w.tc("dossier", "Swap with next (points)"),
        ]
    ]
    for r in chosen:
        figures = result.proposals.get(r.uuid)
        if r.total is None or figures is None or figures.p_top is None or not 1 - SURE < figures.p_top < SURE:
            continue
        swap = swaps.get(r.uuid)
        rows.append(
            [
                "–" if r.rank is None else integer(r.rank, language),
                r.code,
                number(figures.p_top, language, 2),
                "–".join("–" if n is None else integer(n, language) for n in (figures.rank_lo, figures.rank_hi)),
                "–" if r.uuid not in swaps else ("∞" if swap is None else number(swap, language, 1)),
            ]
        )
    if len(rows) == 1:
        none = w.tc("dossier", "No proposal's place in the top {top} is uncertain: none is listed.", top=result.top_n)
        return [*parts[:-1], Paragraph(text(none), st["plain"])]
    table = dossier_table(rows, [width * 0.12, width * 0.28, width * 0.18, width * 0.2, width * 0.22], 2)
    return [*parts, table]


def _decisions(
    store: Store, chosen: list[RankedProposal], committee: CommitteeData, language: str, st: dict[str, Any]
) -> list[Flowable]:
    """Each decision in force, and each proposal's decision history (a withdrawn decision is only there)."""
    w = words(language)
    out: list[Flowable] = []
    for r in chosen:
        decision = committee.decisions.get(r.uuid)
        events = decision_history(store, r.uuid)
        if decision is None and not events:
            continue
        block = [Paragraph(f"<b>{text(r.code)}</b> · {text(r.title)}", st["body"])]
        if decision is None:
            block.append(Paragraph(text(w.tc("dossier", "No decision in force.")), st["body"]))
        else:
            line = w.tc(
                "dossier",
                "{kind} on {date}. Members present: {members}.",
                kind=enum_label(decision.kind, language),
                date=long_date(decision.decided_on, language),
                members=", ".join(decision.members_present),
            )
            block.append(Paragraph(text(line), st["body"]))
            if decision.members_recused:
                recused = w.tc(
                    "dossier",
                    "Recused for a declared conflict of interest: {members}.",
                    members=", ".join(decision.members_recused),
                )
                block.append(Paragraph(text(recused), st["body"]))
            block.append(Paragraph(text(decision.rationale), st["body"]))
            if decision.conditions:
                conditions = w.tc("dossier", "Conditions: {conditions}", conditions=decision.conditions)
                block.append(Paragraph(text(conditions), st["body"]))
        out.append(KeepTogether([*block, *_history(events, language, st), Spacer(1, 8)]))
    return out or [Paragraph(text(w.tc("dossier", "No decision has been recorded for these proposals.")), st["note"])]


def _history(events: list[HistoryEvent], language: str, st: dict[str, Any]) -> list[Flowable]:
    if not events:
        return []
    title = words(language).tc("dossier", "Decision history")
    out: list[Flowable] = [Paragraph(f"<i>{text(title)}</i>", st["history"])]
    for head, details in history_lines(events, language):
        lines = [text(head), *(f"<i>{text(d)}</i>" for d in details)]
        out.append(Paragraph("<br/>".join(lines), st["event"]))
    return out


def _build(
    cover: list[Flowable],
    body: list[Flowable],
    path: Path,
    page_size: str,
    language: str,
    rubric: Rubric,
    digest: str,
    progress: Progress,
) -> int:
    """The body is numbered after the front matter (cover and contents), so that is measured first by laying out
    the real contents rows, each at its own level, with the widest page numbers: a row's height does not depend
    on its number. Laying out hundreds of proposal sections twice would double the time, so the body is laid out
    again only if the front matter built with the real numbers is not the length measured."""
    front = partial(_front, cover, page_size=page_size, language=language, rubric=rubric, digest=digest)
    sections = sum(1 for flowable in body if isinstance(flowable, _Anchor))
    tag_after(body, _Anchor, role(1), "proposal")  # a proposal's heading: its sheet's title line
    offset = _pages(front([(level, title, 99_999) for level, title in _toc(body)], total=99_999))
    for _ in range(3):  # one pass; a second only in principle
        entries: list[tuple[int, str, int]] = []
        marks: list[Mark] = []  # the headings drawn, tagged (tagging.py): the front matter's, then the body's
        body_pdf, total = _body(body, page_size, language, rubric, digest, progress, offset, entries, sections, marks)
        front_pdf = front(entries, total=total, marks=marks)
        measured = _pages(front_pdf)
        if measured == offset:
            break
        offset = measured
    else:
        raise RuntimeError("the dossier's contents did not settle on a page count")
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(front_pdf)), import_outline=False)
    writer.append(PdfReader(io.BytesIO(body_pdf)), import_outline=False)
    writer.add_metadata(PdfReader(io.BytesIO(body_pdf)).metadata or {})
    _outline(writer, entries)
    tag_document(
        writer, marks, [words(language).tc("dossier", "Contents"), *(title for _, title, _ in entries)], language
    )
    with open(path, "wb") as out:
        writer.write(out)
    return total


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def _outline(writer: PdfWriter, entries: list[tuple[int, str, int]]) -> None:
    """The PDF bookmarks: each section, and each proposal under the last section before it."""
    parent = None
    for level, title, page in entries:
        if level == 0:
            parent = writer.add_outline_item(title=title, page_number=page - 1)
        else:
            writer.add_outline_item(title=title, page_number=page - 1, parent=parent)


def _toc(body: list[Flowable]) -> list[tuple[int, str]]:
    """The contents' rows (level, title) before the pages are known."""
    return [flowable.toc[:2] for flowable in body if isinstance(flowable, _Heading | _Anchor)]


def _document(
    target: io.BytesIO,
    page_size: str,
    language: str,
    rubric: Rubric,
    digest: str,
    progress: Progress,
    sections: int = 0,
) -> _Dossier:
    w = words(language)
    size = PAGE_SIZES[page_size]
    title = w.tc("dossier", "Committee dossier")
    margin = MARGIN
    doc = _Dossier(
        target,
        progress=progress,
        sections=sections,
        pagesize=size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin,
        bottomMargin=margin,
        title=f"{title} · {rubric.name.get_text(language)} {rubric.version}",
        author=w.tc("sheet", "Evaluation committee"),
        subject=w.tc("dossier", "Evaluation of Regional Economic Development proposals"),
        creator="RED Desktop",
        keywords=[digest],
        lang=language,
        initialFontName=REGULAR,
        initialFontSize=9,
    )
    header = partial(_header, left=f"{title} · {rubric.name.get_text(language)} {rubric.version}", right="")
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[_frame(size)], autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[_frame(size)], onPage=header),
        ]
    )
    return doc


def _body(
    body: list[Flowable],
    page_size: str,
    language: str,
    rubric: Rubric,
    digest: str,
    progress: Progress,
    offset: int,
    entries: list[tuple[int, str, int]],
    sections: int,
    marks: list[Mark],
) -> tuple[bytes, int]:
    """Lay out and draw the body once, numbering its pages after the front matter's; fills `entries`, and adds
    its tagged headings to `marks`."""
    buffer = io.BytesIO()
    doc = _document(buffer, page_size, language, rubric, digest, progress, sections)
    doc.page_offset = offset
    doc.entries = entries
    counted: list[int] = []
    footer = partial(_shifted_footer, w=words(language), content_hash=digest, offset=offset, counted=counted)
    for flowable in body:  # reportlab marks a flowable it moved to the next page and, seeing the mark again in a
        flowable.__dict__.pop("_postponed", None)  # second layout, would take it for one too large for any page
    doc.build(list(body), canvasmaker=partial(NumberedCanvas, decorate=footer))  # build() empties its list
    marks += drawn(doc.canv, offset)
    return buffer.getvalue(), counted[0] if counted else offset


def _front(
    cover: list[Flowable],
    entries: list[tuple[int, str, int]],
    page_size: str,
    language: str,
    rubric: Rubric,
    digest: str,
    total: int,
    marks: list[Mark] | None = None,
) -> bytes:
    st = _styles()
    rows = [
        [Paragraph(text(title), st["toc0"] if level == 0 else st["toc1"]), Paragraph(str(page), st["toc_page"])]
        for level, title, page in entries
    ]
    width = PAGE_SIZES[page_size][0] - 2 * MARGIN
    contents = Table(rows or [["", ""]], colWidths=[width - 1.6 * cm, 1.6 * cm], repeatRows=0)
    contents.setStyle(table_style([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story = [
        *cover,
        PageBreak(),
        _Heading(words(language).tc("dossier", "Contents"), st["h1"], 0, "contents"),
        contents,
    ]
    buffer = io.BytesIO()
    doc = _document(buffer, page_size, language, rubric, digest, NoProgress())
    footer = partial(_footer, w=words(language), content_hash=digest, watermark=None, counted=[])
    doc.build(story, canvasmaker=partial(NumberedCanvas, decorate=partial(_of_total, footer=footer, total=total)))
    if marks is not None:
        marks[:0] = drawn(doc.canv)  # before the body's
    return buffer.getvalue()


def _of_total(canvas: Any, page: int, pages: int, footer: Any, total: int) -> None:
    footer(canvas, page, total)


def _shifted_footer(
    canvas: Any, page: int, pages: int, w: Words, content_hash: str, offset: int, counted: list[int]
) -> None:
    counted[:] = [offset + pages]
    _footer(canvas, offset + page, offset + pages, w=w, content_hash=content_hash, watermark=None, counted=[])
