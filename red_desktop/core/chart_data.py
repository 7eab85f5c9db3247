"""What each committee chart plots, computed without Qt: the window draws these, the PDF exports embed them.

Each function answers one question about the portfolio and returns plain numbers and labels.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from red_desktop.core.committee import CommitteeData
from red_desktop.core.enum_labels import value_label
from red_desktop.core.scoring import TOTAL
from red_desktop.core.sensitivity import RankingSensitivity

if TYPE_CHECKING:
    from red_desktop.core.portfolio import Portfolio

GROUPINGS = ("region_type", "country", "priority_area")


@dataclass(frozen=True)
class Radar:
    """A proposal's criterion profile (0-4) against the portfolio average and each evaluator's own profile."""

    axes: tuple[str, ...]
    proposal: tuple[float, ...] | None
    average: tuple[float, ...]
    evaluators: dict[str, tuple[float, ...]]
    title: str


@dataclass(frozen=True)
class RangeBars:
    """Ranked proposals: committee total with the lowest and highest evaluator total."""

    codes: tuple[str, ...]
    uuids: tuple[str, ...]
    totals: tuple[float, ...]
    lows: tuple[float, ...]
    highs: tuple[float, ...]
    contested: tuple[bool, ...]


@dataclass(frozen=True)
class Group:
    label: str
    totals: tuple[float, ...]
    codes: tuple[str, ...]

    @property
    def median(self) -> float:
        return float(np.median(self.totals))


@dataclass(frozen=True)
class Points:
    """Total against co-funding leverage, one point per proposal with both."""

    uuids: tuple[str, ...]
    codes: tuple[str, ...]
    leverage: tuple[float, ...]
    totals: tuple[float, ...]


def radar(data: CommitteeData, uuid: str, language: str = "en") -> Radar:
    rubric = data.rubric
    ids = rubric.criterion_ids
    average = data.criterion_averages
    mine = data.proposal(uuid)
    proposal = tuple(float(mine.criteria[c] or 0.0) for c in ids) if mine and mine.total is not None else None
    rows = data.finals_of(uuid)
    # column by column: a row of the whole frame was a common type worked out over 100,000 uuid categories (30 ms)
    values = rows[list(ids)].to_numpy(dtype=float)
    evaluators = {str(name): tuple(map(float, line)) for name, line in zip(rows["evaluator"], values, strict=True)}
    return Radar(
        axes=tuple(c.name.get_text(language) for c in rubric.criteria),
        proposal=proposal,
        average=average,
        evaluators=evaluators,
        title=_elided(f"{mine.code} · {mine.title}") if mine else "",
    )


def _elided(text: str, limit: int = 64) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def range_bars(data: CommitteeData, top: int = 20) -> RangeBars:
    """The first `top` proposals of the ranking that have a committee total."""
    ranked = list(islice((r for r in data.ranking if r.total is not None), top))
    spans = [data.finals_of(r.uuid)[TOTAL] for r in ranked]  # these proposals' evaluations, not every one's
    return RangeBars(
        codes=tuple(r.code for r in ranked),
        uuids=tuple(r.uuid for r in ranked),
        totals=tuple(float(r.total or 0) for r in ranked),
        lows=tuple(float(t.min()) if len(t) else float(r.total or 0.0) for r, t in zip(ranked, spans, strict=True)),
        highs=tuple(float(t.max()) if len(t) else float(r.total or 0.0) for r, t in zip(ranked, spans, strict=True)),
        contested=tuple(r.contested for r in ranked),
    )


def axis_start(lowest: float) -> float:
    """Where the ranking's bars start: 0 when the data reach down near it, else a round ten at least 5 points below
    the lowest evaluator total, so close totals (86-98) are told apart; the axis then says it does not start at 0."""
    start = math.floor((lowest - 5.0) / 10.0) * 10.0
    return start if start >= 20.0 else 0.0


def distribution(data: CommitteeData, by: str, language: str = "en") -> list[Group]:
    """Committee totals grouped by region type, country or priority area, largest group first; each group named
    in `language` (a priority area by its short name, without the examples in brackets)."""
    if by not in GROUPINGS:
        raise ValueError(f"grouping must be one of {', '.join(GROUPINGS)}")
    table = data.table
    ranked = table[table["total"].notna()]
    values = ranked[by].tolist()
    labels = {value: group_label(by, value, language) for value in set(values)}  # a few values: each worded once
    named = pd.Series([labels[v] for v in values], dtype=object)
    totals, codes = ranked["total"].to_numpy(), ranked["code"].to_numpy()
    groups = [
        Group(str(label), tuple(totals[rows].tolist()), tuple(codes[rows].tolist()))
        for label, rows in named.groupby(named, sort=False).indices.items()
    ]
    return sorted(groups, key=lambda g: (-len(g.totals), g.label))


def group_label(by: str, value: str | None, language: str) -> str:
    return str(value) if by == "country" and value else value_label(by, value, language).split(" (")[0]


def leverage_points(data: CommitteeData) -> Points:
    table = data.table
    chosen = table[table["total"].notna() & table["leverage"].notna()]
    return Points(
        uuids=tuple(chosen["uuid"].tolist()),
        codes=tuple(chosen["code"].tolist()),
        leverage=tuple(chosen["leverage"].tolist()),
        totals=tuple(chosen["total"].tolist()),
    )


@dataclass(frozen=True)
class RankIntervals:
    """The first proposals of the ranking with their 5-95 % rank interval under perturbed weights."""

    uuids: tuple[str, ...]
    codes: tuple[str, ...]
    base: tuple[int, ...]
    low: tuple[int, ...]
    high: tuple[int, ...]
    p_top: tuple[float, ...]
    top_n: int


def rank_intervals(data: CommitteeData, result: RankingSensitivity, first: int = 25) -> RankIntervals:
    found = (
        (r, result.proposals[r.uuid])
        for r in data.ranking
        if r.uuid in result.proposals and result.proposals[r.uuid].p_top is not None
    )
    rows = list(islice(found, first))  # the first of the ranking: the rest is never looked at
    return RankIntervals(
        uuids=tuple(r.uuid for r, _ in rows),
        codes=tuple(r.code for r, _ in rows),
        base=tuple(int(s.base_rank or 0) for _, s in rows),
        low=tuple(int(s.rank_lo or 0) for _, s in rows),
        high=tuple(int(s.rank_hi or 0) for _, s in rows),
        p_top=tuple(float(s.p_top or 0.0) for _, s in rows),
        top_n=result.top_n,
    )


@dataclass(frozen=True)
class ShareBar:
    """One value of a group: its share of the funded amount in the best set and in rank order, and the call's
    bounds on it as shares of the best set's amount (a rule on an amount read as the share it makes; None: none)."""

    label: str
    share: float
    rank_order_share: float
    lowest: float | None
    highest: float | None
    count: int
    amount: float


def share_bars(portfolio: Portfolio, by: str, language: str = "en") -> list[ShareBar]:
    """Each value of the group `by` among the candidates, largest share of the best set first."""
    from red_desktop.core.portfolio import group_shares  # noqa: PLC0415 (scipy: 0.6 s, not at the window's start)

    c = portfolio.candidates
    rules = c.rules_for(portfolio.call)
    rank_order = {(s.group, s.value): s.share for s in group_shares(c, portfolio.rank_order, rules)}
    funded = portfolio.funded_amount
    bars = []
    for s in portfolio.shares:
        if s.group != by:
            continue
        lowest = [
            _as_share(r.bound, r.kind.is_share, funded) for r in s.rules if r.kind.is_minimum and not r.kind.is_count
        ]
        highest = [
            _as_share(r.bound, r.kind.is_share, funded)
            for r in s.rules
            if not r.kind.is_minimum and not r.kind.is_count
        ]
        bars.append(
            ShareBar(
                group_label(by, s.value, language),
                s.share,
                rank_order[(s.group, s.value)],
                max(lowest) if lowest else None,
                min(highest) if highest else None,
                s.count,
                s.amount,
            )
        )
    return sorted(bars, key=lambda b: (-b.share, -b.rank_order_share, b.label))


def _as_share(bound: float, is_share: bool, funded: float) -> float:
    return bound if is_share else (bound / funded if funded else 0.0)
