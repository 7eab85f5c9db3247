"""The dossier's Portfolio section (issue 20), when the call has a budget: the budget and its rules in words, the
best set against funding in rank order, the funding line, each group's share of the funded amount against the
rules, and the robust set. The figures are core.portfolio_robust.call_portfolio's, as `portfolio --json` gives them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from red_desktop.core.chart_data import share_bars
from red_desktop.core.formatting import amount, integer, number
from red_desktop.core.messages import Words, words
from red_desktop.core.portfolio import GroupShare, Portfolio, Reason, Why, group_shares
from red_desktop.core.portfolio_robust import MARGIN as MARGIN_SHARE
from red_desktop.core.portfolio_robust import ROBUST_MOST, CallPortfolio
from red_desktop.core.portfolio_rules import GROUPS, GroupRule, RuleKind
from red_desktop.core.portfolio_words import conflict_words, group_name, reason_words, rule_words, value_name
from red_desktop.core.ranking import RankedProposal
from red_desktop.core.reports.chart_frame import ORANGE
from red_desktop.core.reports.charts import share_chart
from red_desktop.core.reports.dossier_tables import DENSE_SIZE, clip, dossier_table, fit
from red_desktop.core.reports.styles import styles, text

YES = "✓"
MARGIN_MARK = "⚠"
TITLE_LEAST = 2.2 * cm  # "Desarrollo e…": the section of each proposal gives it whole
REASON_LEAST = 3.0 * cm
GAP = 8  # points above each of the section's sub-headings


def portfolio_section(
    found: CallPortfolio, chosen: Sequence[RankedProposal], language: str, width: float, st: dict[str, Any]
) -> list[Flowable]:
    """The section's body (its heading is the dossier's); `chosen` are the dossier's proposals, whose rows the
    funding line's table lists — the portfolio is the whole call's."""
    w = words(language)
    p = found.portfolio
    out: list[Flowable] = [*_call(p, w, st)]
    if not p.feasible:
        lead = w.tc("dossier portfolio", "The call's rules cannot all be met, so no set can be funded. In conflict:")
        out.append(Paragraph(text(lead), st["plain"]))
        out += [Paragraph(text(line), st["hanging"], bulletText="•") for line in conflict_words(p, language)]
    else:
        out += [Spacer(1, 4), _sets(p, w, width), Spacer(1, 4), Paragraph(text(_difference(p, w)), st["plain"])]
    out += [Spacer(1, GAP), Paragraph(text(w.tc("dossier portfolio", "The funding line")), st["h2"])]
    out += [Paragraph(text(_line_note(found, len(chosen), w)), st["note"]), Spacer(1, 4)]
    out.append(_funding_table(found, chosen, w, width))
    if p.feasible:
        out += _shares(p, w, width, st)
    out += _robust(found, w, st)
    return out


def _call(p: Portfolio, w: Words, st: dict[str, Any]) -> list[Flowable]:
    budget = w.tc("dossier portfolio", "The call's budget: {budget}.", budget=amount(p.call.budget or 0, w.language))
    out = [Paragraph(text(budget), st["plain"])]
    rules = p.call.rules
    if not rules:
        out.append(Paragraph(text(w.tc("dossier portfolio", "The call sets no rules on what it funds.")), st["plain"]))
    else:
        out.append(Paragraph(text(w.tc("dossier portfolio", "Its rules:")), st["plain"]))
        out += [Paragraph(text(rule_words(r, w.language)), st["hanging"], bulletText="•") for r in rules]
    c = p.candidates
    codes = np.asarray(c.codes, dtype=object)
    forced_in = ", ".join(codes[c.forced(p.call)])
    forced_out = ", ".join(codes[np.isin(np.asarray(c.uuids, dtype=object), list(p.call.forced_out))])
    if forced_in:
        said = w.tc("dossier portfolio", "Committed already by the committee: {codes}.", codes=forced_in)
        out.append(Paragraph(text(said), st["plain"]))
    if forced_out:
        said = w.tc("dossier portfolio", "Kept out by the committee: {codes}.", codes=forced_out)
        out.append(Paragraph(text(said), st["plain"]))
    return out


def _sets(p: Portfolio, w: Words, width: float) -> Any:
    rows: list[list[Any]] = [
        [
            "",
            w.tc("dossier portfolio", "Proposals"),
            w.tc("dossier portfolio", "Amount"),
            w.tc("dossier portfolio", "Sum of totals"),
        ],
        [
            w.tc("dossier portfolio", "Best set under the budget and the rules"),
            integer(int(p.funded.sum()), w.language),
            amount(p.funded_amount, w.language),
            number(p.objective, w.language, 1),
        ],
        [
            w.tc("dossier portfolio", "In rank order while the money lasts"),
            integer(int(p.rank_order.sum()), w.language),
            amount(p.rank_order_amount, w.language),
            number(p.rank_order_objective, w.language, 1),
        ],
    ]
    return dossier_table(rows, [width * 0.46, width * 0.14, width * 0.2, width * 0.2], 1)


def _difference(p: Portfolio, w: Words) -> str:
    only_best = int((p.funded & ~p.rank_order).sum())
    only_rank = int((p.rank_order & ~p.funded).sum())
    if not only_best and not only_rank:
        return w.tc("dossier portfolio", "The best set is the rank order's: funding in rank order is the best use.")
    return w.tc(
        "dossier portfolio",
        "The best set scores {points} points more than funding in rank order: it funds {added} proposals below the "
        "funding line and leaves out {left} above it (the reasons are in the table).",
        points=number(p.objective - p.rank_order_objective, w.language, 1),
        added=integer(only_best, w.language),
        left=integer(only_rank, w.language),
    )


def _line_note(found: CallPortfolio, shown: int, w: Words) -> str:
    note = w.tc(
        "dossier portfolio",
        "The proposals in rank order, with their requested amount and the cumulative amount of the fundable ones; "
        "the line marks where the budget runs out in rank order. “Best set” and “Rank order” mark what each funds.",
    )
    everyone = len(found.portfolio.candidates)
    if shown < everyone:
        note += " " + w.tc(
            "dossier portfolio",
            "The portfolio is the whole call's, of its {everyone} proposals; the table lists this dossier's {shown}.",
            everyone=integer(everyone, w.language),
            shown=integer(shown, w.language),
        )
    if found.robust is None:
        return note
    return (
        note
        + " "
        + w.tc(
            "dossier portfolio",
            "p(funded) is the share of the weight samples whose best set funds the proposal; {mark} marks one at the "
            "margin (funded in some samples, but fewer than {share}).",
            mark=MARGIN_MARK,
            share=_percent(MARGIN_SHARE, w.language),
        )
    )


def _funding_table(found: CallPortfolio, chosen: Sequence[RankedProposal], w: Words, width: float) -> Any:
    p, robust = found.portfolio, found.robust
    c = p.candidates
    at = {uuid: i for i, uuid in enumerate(c.uuids)}
    listed = [at[r.uuid] for r in chosen if r.uuid in at]
    head = [
        w.tc("dossier portfolio", "Code"),
        w.tc("dossier portfolio", "Title"),
        w.tc("dossier portfolio", "Total"),
        w.tc("dossier portfolio", "Requested (US$)"),
        w.tc("dossier portfolio", "Cumulative (US$)"),
        w.tc("dossier portfolio", "Best set"),
        w.tc("dossier portfolio", "Rank order"),
        w.tc("dossier portfolio", "p(funded)").replace("(", " (", 1),  # wraps before its bracket: a narrow column
        Paragraph(text(w.tc("dossier portfolio", "Why")), styles()["head"]),
    ]
    titles = {r.uuid: r.title for r in chosen}
    lines = []
    for i in listed:
        total, cumulative = float(c.totals[i]), float(p.cumulative[i])
        p_funded = "" if robust is None else number(float(robust.p_funded[i]), w.language, 2)
        if robust is not None and robust.at_margin[i]:
            p_funded = f"{MARGIN_MARK} {p_funded}"
        lines.append(
            [
                c.codes[i],
                titles[c.uuids[i]],
                "–" if np.isnan(total) else number(total, w.language, 1),
                _dollars(float(c.amounts[i]), w.language),
                "" if np.isnan(cumulative) else _dollars(cumulative, w.language),
                YES if p.funded[i] else "",
                YES if p.rank_order[i] else "",
                p_funded,
                reason_words(found.reasons[i], float(c.amounts[i]), w.language),
            ]
        )
    columns = list(zip(*lines)) if lines else [()] * len(head)
    widths = [fit(list(values), h) for values, h in zip(columns[:-1], head[:-1])]
    short = [reason_words(Reason(why), 0.0, w.language) for why in (Why.IN_RANK_ORDER, Why.BELOW_LINE)]
    widths[1] = 0.0  # the title takes what the reasons leave, the usual ones on one line
    widths.append(max(REASON_LEAST, min(fit(short, size=DENSE_SIZE), width - sum(widths) - TITLE_LEAST)))
    widths[1] = width - sum(widths)
    cell = ParagraphStyle("dense_reason", styles()["cell"], fontSize=DENSE_SIZE, leading=DENSE_SIZE * 1.2)
    rows: list[list[Any]] = [head]
    line_row = None
    for i, line in zip(listed, lines):
        if line_row is None and p.funding_line is not None and i >= p.funding_line:
            line_row = len(rows)
            rows.append([_runs_out(p, w)] + [""] * (len(head) - 1))
        row: list[Any] = list(line)
        row[1] = clip(line[1], widths[1])
        row[-1] = Paragraph(text(line[-1]), cell)
        rows.append(row)
    table = dossier_table(rows, widths, 2, dense=True)
    table.setStyle([("ALIGN", (5, 1), (6, -1), "CENTER")])
    if line_row is not None:
        table.setStyle(
            [
                ("SPAN", (0, line_row), (-1, line_row)),
                ("ALIGN", (0, line_row), (-1, line_row), "LEFT"),
                ("TEXTCOLOR", (0, line_row), (-1, line_row), ORANGE),
                ("LINEABOVE", (0, line_row), (-1, line_row), 1.2, ORANGE),
                ("LINEBELOW", (0, line_row), (-1, line_row), 1.2, ORANGE),
            ]
        )
    return table


def _runs_out(p: Portfolio, w: Words) -> str:
    return w.tc(
        "dossier portfolio",
        "The budget of {budget} runs out here in rank order",
        budget=amount(p.call.budget or 0, w.language),
    )


def _shares(p: Portfolio, w: Words, width: float, st: dict[str, Any]) -> list[Flowable]:
    c = p.candidates
    rules = c.rules_for(p.call)
    in_order = {(s.group, s.value): s for s in group_shares(c, p.rank_order, rules)}
    head = [
        w.tc("dossier portfolio", "Group"),
        w.tc("dossier portfolio", "Value"),
        w.tc("dossier portfolio", "Funded"),
        w.tc("dossier portfolio", "Share"),
        w.tc("dossier portfolio", "Share in rank order"),
        w.tc("dossier portfolio", "Proposals"),
        Paragraph(text(w.tc("dossier portfolio", "The call's rule")), styles()["head"]),
    ]
    cell = styles()["cell"]
    rows: list[list[Any]] = [head]
    for s in p.shares:
        if not (s.rules or s.amount or in_order[(s.group, s.value)].amount):
            continue
        said = [f"{rule_words(r, w.language)} {YES if _met(r, s) else '✗'}" for r in s.rules]
        rows.append(
            [
                Paragraph(text(group_name(s.group, w.language)), cell),
                Paragraph(text(value_name(s.group, s.value, w.language)), cell),
                amount(s.amount, w.language),
                _percent(s.share, w.language),
                _percent(in_order[(s.group, s.value)].share, w.language),
                integer(s.count, w.language),
                Paragraph(text("\n".join(said)), cell) if said else "",
            ]
        )
    widths = [0.16, 0.17, 0.14, 0.08, 0.1, 0.09, 0.26]
    table = dossier_table(rows, [width * f for f in widths], 2)
    table.setStyle([("ALIGN", (-1, 0), (-1, -1), "LEFT")])
    note = w.tc(
        "dossier portfolio",
        "Each group's share of the amount the best set funds, against the call's rules ({yes}: met); beside it, "
        "its share of what funding in rank order would spend. A value funded in neither is left out.",
        yes=YES,
    )
    title = Paragraph(text(w.tc("dossier portfolio", "Shares of the funded amount")), st["h2"])
    return [
        Spacer(1, GAP),
        KeepTogether([title, Paragraph(text(note), st["note"]), Spacer(1, 4)]),
        table,
        *_share_charts(p, w, width),
    ]


def _share_charts(p: Portfolio, w: Words, width: float) -> list[Flowable]:
    """A chart for each group the call has a rule on (region type when it has none), as the window draws it."""
    ruled = [g for g in GROUPS if any(r.group == g for r in p.call.rules)] or ["region_type"]
    out: list[Flowable] = []
    for group in ruled:
        drawing = share_chart(share_bars(p, group, w.language), group_name(group, w.language).lower(), w.language,
                              width)  # fmt: skip
        if drawing is not None:
            out += [Spacer(1, GAP), KeepTogether([drawing])]
    return out


def _met(rule: GroupRule, share: GroupShare) -> bool:
    value = share.share if rule.kind.is_share else share.count if rule.kind.is_count else share.amount
    slack = 1e-9 * max(1.0, rule.bound)
    if rule.kind in (RuleKind.MIN_SHARE, RuleKind.MIN_AMOUNT, RuleKind.MIN_COUNT):
        return value >= rule.bound - slack
    return value <= rule.bound + slack


def _robust(found: CallPortfolio, w: Words, st: dict[str, Any]) -> list[Flowable]:
    title = Paragraph(text(w.tc("dossier portfolio", "The robust set")), st["h2"])
    robust, p = found.robust, found.portfolio
    if robust is None:
        said = [
            w.tc(
                "dossier portfolio",
                "Not worked out for this dossier: the call has {fundable} fundable proposals, and beyond {most} the "
                "samples would take many minutes (the portfolio command works it out on demand).",
                fundable=integer(found.fundable, w.language),
                most=integer(ROBUST_MOST, w.language),
            )
        ]
    elif not p.feasible:
        said = [w.tc("dossier portfolio", "None: no set meets the call's rules, whatever the weights.")]
    else:
        margin = [code for code, flag in zip(p.candidates.codes, robust.at_margin, strict=True) if flag]
        said = [
            w.tc(
                "dossier portfolio",
                "The best set solved again for each of {samples} samples of the criterion weights (seed {seed}), "
                "each weight moved a little around its profile as for the ranking's sensitivity.",
                samples=integer(robust.samples, w.language),
                seed=robust.seed,
            ),
            w.tcn(
                "dossier portfolio",
                "{n} proposal is at the margin, funded in some samples but fewer than {share}: {codes}.",
                "{n} proposals are at the margin, funded in some samples but fewer than {share}: {codes}.",
                len(margin),
                share=_percent(MARGIN_SHARE, w.language),
                codes=", ".join(margin),
            )
            if margin
            else w.tc(
                "dossier portfolio",
                "No proposal is at the margin: each is funded in at least {share} of the samples or in none.",
                share=_percent(MARGIN_SHARE, w.language),
            ),
        ]
    return [Spacer(1, GAP), KeepTogether([title, *(Paragraph(text(line), st["plain"]) for line in said)])]


def _dollars(value: float, language: str) -> str:
    """Whole dollars without the currency, which the column's header names: a narrower column than amount()'s."""
    return integer(round(value), language)


def _percent(share: float, language: str) -> str:
    return number(share * 100, language, 1).removesuffix(",0").removesuffix(".0") + "\u00a0%"
