"""A committee ranking kept as columns, each proposal made when asked: what the window holds at 100,000 proposals.

A list of 100,000 RankedProposal objects cost the window ~80 ms more at each full collection of Python's cycle
collector, which walks every object kept (measured in a plain process: 21 ms with none, 99 ms with them), on
whichever thread runs it. The columns are numpy arrays and lists of strings, which it does not walk; the few
proposals a view shows at a time are made from them, equal to the ones build_ranking makes (test).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd

from red_desktop.core.aggregation import ContestReason
from red_desktop.core.made_when_asked import MadeWhenAsked
from red_desktop.core.ranking import ProfileWeights, RankedProposal
from red_desktop.core.rubric import Rubric
from red_desktop.core.text import fold
from red_desktop.core.text_column import TextColumn
from red_desktop.core.uuid_positions import UuidPositions

TABLE_TEXTS = ("uuid", "code", "country", "region_type", "priority_area")  # object columns: None stays None
TABLE_FLAGS = ("eligible", "contested")
TABLE_FIGURES = ("rank", "total", "leverage", "spread", "evaluations", "requested_amount")  # floats, None as NaN


def ranking_table(ranking: Sequence[RankedProposal], rubric: Rubric) -> pd.DataFrame:
    """The ranking as columns, a row per proposal in its order: the committee's table (CommitteeData.table)."""
    columns: dict[str, Any] = {key: pd.Series([getattr(r, key) for r in ranking], dtype=object) for key in TABLE_TEXTS}
    for key in TABLE_FLAGS:
        columns[key] = np.array([getattr(r, key) for r in ranking], dtype=bool)
    for key in TABLE_FIGURES:
        columns[key] = np.array([getattr(r, key) for r in ranking], dtype=float)  # None: NaN
    for c in rubric.criterion_ids:
        columns[c] = np.array([r.criteria[c] for r in ranking], dtype=float)
    return pd.DataFrame(columns)


def ranking_search(ranking: Sequence[RankedProposal]) -> TextColumn:
    """The folded text the committee's search reads, a row per proposal in the ranking's order."""
    return TextColumn.of(fold(f"{r.code} {r.title} {r.country}") for r in ranking)


class RankingColumns(MadeWhenAsked[RankedProposal]):
    """The ranking as its table plus what the table leaves out (titles, statuses, the search's text, and the few
    proposals' gates, overrides and contest reasons by position); `ranking[i]` makes proposal i."""

    def __init__(
        self,
        rubric: Rubric,
        table: pd.DataFrame,
        texts: dict[str, Sequence[str] | TextColumn],
        sparse: Mapping[str, Mapping[int, Any]],
        search: TextColumn,
        positions: UuidPositions | None = None,
    ):
        """`texts`: "title" (a TextColumn in the window: 100,000 strings are 19 MB) and "status" for every proposal;
        `sparse`: "failed_gates", "override_rationale", "reasons" and "conflicts_excluded" for the proposals that
        have any; `search`: as
        ranking_search makes it; `positions`: of the table's uuids, when worked out already."""
        self.rubric, self.table = rubric, table
        self.texts, self.sparse, self.search = texts, sparse, search
        self.positions = UuidPositions(table["uuid"].to_numpy()) if positions is None else positions
        # numpy views of the table's own columns (lists of Python floats would be 45 MB more at 100,000)
        self._columns = {key: table[key].to_numpy() for key in (*TABLE_TEXTS, *TABLE_FLAGS, *TABLE_FIGURES)}
        self._criteria = [table[c].to_numpy(dtype=float) for c in rubric.criterion_ids]
        self._weights = ProfileWeights(rubric)
        super().__init__(len(table))

    @classmethod
    def of(
        cls,
        ranking: Sequence[RankedProposal],
        rubric: Rubric,
        table: pd.DataFrame | None = None,
        positions: UuidPositions | None = None,
    ) -> RankingColumns:
        """`ranking` (build_ranking's list) as columns; `table` and `positions` when they are made already."""
        texts: dict[str, Sequence[str] | TextColumn] = {
            key: [getattr(r, key) for r in ranking] for key in ("title", "status")
        }
        sparse: dict[str, dict[int, Any]] = {
            "failed_gates": {i: r.failed_gates for i, r in enumerate(ranking) if r.failed_gates},
            "override_rationale": {i: r.override_rationale for i, r in enumerate(ranking) if r.override_rationale},
            "reasons": {i: r.reasons for i, r in enumerate(ranking) if r.reasons},
            "conflicts_excluded": {i: r.conflicts_excluded for i, r in enumerate(ranking) if r.conflicts_excluded},
        }
        table = ranking_table(ranking, rubric) if table is None else table
        return cls(rubric, table, texts, sparse, ranking_search(ranking), positions)

    def values(self, key: str) -> list[Any]:
        """One field of every proposal, in the ranking's order, without making the proposals (floats of the table's
        figures: None is NaN there)."""
        if key in self.texts:
            texts = self.texts[key]
            return texts.texts() if isinstance(texts, TextColumn) else list(texts)
        if key in self.sparse:
            blank: Any = {"override_rationale": None, "conflicts_excluded": 0}.get(key, ())
            found = self.sparse[key]
            return [found.get(i, blank) for i in range(len(self))]
        return self.table[key].tolist()

    def _make(self, i: int) -> RankedProposal:
        c, sparse = self._columns, self.sparse
        region_type = c["region_type"][i]
        reasons: tuple[ContestReason, ...] = sparse["reasons"].get(i, ())
        return RankedProposal(
            rank=_whole(c["rank"][i]),
            uuid=str(c["uuid"][i]),
            code=str(c["code"][i]),
            title=self._text("title", i),
            country=str(c["country"][i]),
            region_type=region_type,
            priority_area=c["priority_area"][i],
            criteria={key: _number(scores[i]) for key, scores in zip(self.rubric.criterion_ids, self._criteria)},
            weights=self._weights(region_type),
            total=_number(c["total"][i]),
            eligible=bool(c["eligible"][i]),
            failed_gates=sparse["failed_gates"].get(i, ()),
            override_rationale=sparse["override_rationale"].get(i),
            evaluations=int(c["evaluations"][i]),
            spread=_number(c["spread"][i]),
            contested=bool(c["contested"][i]),
            reasons=reasons,
            leverage=_number(c["leverage"][i]),
            status=self._text("status", i),
            requested_amount=float(c["requested_amount"][i]),
            conflicts_excluded=int(sparse.get("conflicts_excluded", {}).get(i, 0)),
        )

    def _text(self, key: str, i: int) -> str:
        texts = self.texts[key]
        return texts.text(i) if isinstance(texts, TextColumn) else texts[i]


class Reranked(MadeWhenAsked[RankedProposal]):
    """A ranking's proposals in another order with other ranks, each made when asked (ineligible_apart's view)."""

    def __init__(self, ranking: Sequence[RankedProposal], positions: np.ndarray, ranks: list[int | None]):
        self._ranking, self._positions, self.ranks = ranking, positions.tolist(), ranks
        super().__init__(len(self._positions))

    def _make(self, i: int) -> RankedProposal:
        return replace(self._ranking[self._positions[i]], rank=self.ranks[i])


def _number(value: Any) -> float | None:
    number = float(value)
    return None if math.isnan(number) else number


def _whole(value: Any) -> int | None:
    number = float(value)
    return None if math.isnan(number) else int(number)
