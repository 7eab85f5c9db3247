"""A derived score summary per proposal (counts and committee total) so lists can filter and sort by it in SQL.

The rows are a cache: refresh() recomputes them from the evaluations with the same scoring and
aggregation as the committee ranking (mean of the totals of final evaluations), never by a formula
of its own. Evaluation changes refresh their proposal's row in the same transaction.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from red_desktop.core.domain import utc_now
from red_desktop.core.rubric import Rubric
from red_desktop.core.store.base import Manager

if TYPE_CHECKING:  # numpy, pandas and the scoring load where summaries are computed, not to open a store
    import pandas as pd

CHUNK = 500  # proposal uuids per query, well under SQLite's bound-variable limit

_COLUMNS = ("proposal_uuid", "rubric_id", "rubric_version", "evaluations", "finals", "drafts", "total", "computed_at")
_UPSERT = (
    f"INSERT INTO proposal_scores ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))}) "
    "ON CONFLICT (proposal_uuid) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS[1:])
)


@dataclass(frozen=True)
class ScoreSummary:
    proposal_uuid: str
    rubric_id: str
    rubric_version: str
    evaluations: int
    finals: int
    drafts: int
    total: float | None  # None: no final evaluation (or the row is stale, see ScoreSummaries.mark_stale)
    computed_at: str


class ScoreSummaries(Manager):
    def refresh(self, rubric: Rubric, proposal_uuids: Sequence[str] | None = None) -> int:
        """Recompute the summaries of these proposals (None: every proposal) under this rubric; returns rows written."""
        with self.writing():
            if proposal_uuids is None:
                return self._refresh(rubric, None)
            uuids = list(dict.fromkeys([*proposal_uuids, *self._merged_targets(proposal_uuids)]))
            return sum(self._refresh(rubric, uuids[i : i + CHUNK]) for i in range(0, len(uuids), CHUNK))

    def _refresh(self, rubric: Rubric, uuids: list[str] | None) -> int:
        from red_desktop.core.scoring import level_matrix, score_matrix  # pandas: see the imports

        proposals = self._existing(uuids)
        if not proposals:
            return 0
        evaluations = self._store.evaluations.frame(rubric, uuids)
        levels = level_matrix(self._store.evaluations.scores_frame(rubric, uuids), rubric, list(evaluations.index))
        scored = evaluations.join(score_matrix(levels, evaluations["region_type"].tolist(), rubric))
        rows = summary_rows(proposals, scored, levels, rubric, utc_now())
        self.db.conn.executemany(_UPSERT, rows)
        return len(rows)

    def _merged_targets(self, uuids: Sequence[str]) -> list[str]:
        """The proposals these were merged into: their evaluations count there (store.evaluations.frame)."""
        sql = """SELECT DISTINCT merged_into FROM proposals
                 WHERE merged_into IS NOT NULL AND uuid IN (SELECT value FROM json_each(?))"""
        return [uuid for (uuid,) in self.db.execute(sql, [json.dumps(list(uuids))])]

    def _existing(self, uuids: list[str] | None) -> list[str]:
        if uuids is None:
            return [r[0] for r in self.db.execute("SELECT uuid FROM proposals")]
        marks = ", ".join("?" * len(uuids))
        return [r[0] for r in self.db.execute(f"SELECT uuid FROM proposals WHERE uuid IN ({marks})", uuids)]

    def mark_stale(self, proposal_uuids: Sequence[str]) -> None:
        """Forget the totals of these proposals until the next refresh (is_current turns False); counts are kept."""
        with self.writing() as db:
            db.conn.executemany(
                "UPDATE proposal_scores SET rubric_id = '', rubric_version = '', total = NULL WHERE proposal_uuid = ?",
                [[u] for u in proposal_uuids],
            )

    def get(self, proposal_uuid: str) -> ScoreSummary | None:
        sql = f"SELECT {', '.join(_COLUMNS)} FROM proposal_scores WHERE proposal_uuid = ?"
        row = self.db.execute(sql, [proposal_uuid]).fetchone()
        return None if row is None else ScoreSummary(*row)

    def is_current(self, rubric: Rubric) -> bool:
        """Whether every proposal's summary is what refresh(rubric) would write now.

        A proposal without a row and without an evaluation under this rubric is current: a refresh
        would write zeros and no total, which is what the list shows for a missing row.
        """
        sql = """
            SELECT NOT EXISTS (SELECT 1 FROM proposal_scores WHERE rubric_id != :id OR rubric_version != :version)
               AND NOT EXISTS (
                   SELECT 1 FROM evaluations e LEFT JOIN proposal_scores s ON s.proposal_uuid = e.proposal_uuid
                   WHERE s.proposal_uuid IS NULL AND e.rubric_id = :id AND e.rubric_version = :version)"""
        return bool(self.db.execute(sql, {"id": rubric.id, "version": rubric.version}).fetchone()[0])


def summary_rows(
    proposals: list[str], scored: pd.DataFrame, levels: pd.DataFrame, rubric: Rubric, now: str
) -> list[tuple[object, ...]]:
    """One proposal_scores row per proposal: evaluation counts by state, committee total (None without finals)."""
    import numpy as np  # see the imports
    import pandas as pd

    from red_desktop.core.aggregation import aggregate
    from red_desktop.core.scoring import TOTAL

    index = pd.Index(proposals, dtype=object)
    positions = index.get_indexer(pd.Index(scored["proposal_uuid"]))
    final = (scored["state"] == "final").to_numpy()
    evaluations = np.bincount(positions, minlength=len(index)).tolist()
    finals = np.bincount(positions[final], minlength=len(index)).tolist()
    totals = [math.nan] * len(index)
    if final.any():
        totals = aggregate(scored, levels, rubric)[TOTAL].reindex(index).astype(float).tolist()
    return [
        (uuid, rubric.id, rubric.version, n, f, n - f, None if math.isnan(t) else t, now)
        for uuid, n, f, t in zip(proposals, evaluations, finals, totals)
    ]
