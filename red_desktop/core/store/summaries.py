"""A derived score summary per proposal (counts, committee total and criterion scores) so lists can filter and sort
by it in SQL, and a proposal's sheet reads its rank and the portfolio average without aggregating every evaluation.

The rows are a cache: refresh() recomputes them from the evaluations with the same scoring and
aggregation as the committee ranking (mean of the final evaluations' totals and criterion scores),
never by a formula of its own. Evaluation changes refresh their proposal's row in the same transaction.
The portfolio's figures (table portfolio_scores: how many proposals have a committee aggregate and
their mean score per criterion) are a cache of the criterion scores that their triggers empty on any
change; refresh() computes it again when it is missing, so only a change of some proposal's committee
figures pays for reading every proposal's.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from red_desktop.core.domain import utc_now
from red_desktop.core.rubric import Rubric
from red_desktop.core.store.base import Manager

if TYPE_CHECKING:  # numpy, pandas and the scoring load where summaries are computed, not to open a store
    import pandas as pd


CHUNK = 500  # proposal uuids per query, well under SQLite's bound-variable limit

# Written by migration 8 when a store's summaries had committee totals but no criterion scores; the next refresh
# of every proposal removes it. While it is there, the summaries are not current.
WITHOUT_CRITERIA = "score_summaries_without_criteria"
CATCH_UP = "score_summaries_caught_up_to"  # meta: the last proposal (by uuid) a catch-up has refreshed

_COLUMNS = ("proposal_uuid", "rubric_id", "rubric_version", "evaluations", "finals", "drafts", "total", "computed_at")
_UPSERT = (
    f"INSERT INTO proposal_scores ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))}) "
    "ON CONFLICT (proposal_uuid) DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS[1:])
)
# An unchanged score is not written again, so its triggers leave the portfolio's figures in place.
_CRITERIA_UPSERT = """INSERT INTO proposal_criterion_scores (proposal_uuid, criterion_id, score) VALUES (?, ?, ?)
    ON CONFLICT (proposal_uuid, criterion_id) DO UPDATE SET score = excluded.score WHERE score IS NOT excluded.score"""


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


@dataclass(frozen=True)
class Portfolio:
    """The committee figures of the whole portfolio that one proposal's sheet shows beside its own."""

    ranked: int  # proposals with a committee aggregate (at least one final evaluation)
    average: tuple[float, ...]  # their mean score per criterion, in the rubric's order; 0.0 each when none


class ScoreSummaries(Manager):
    def refresh(self, rubric: Rubric, proposal_uuids: Sequence[str] | None = None) -> int:
        """Recompute the summaries of these proposals (None: every proposal) under this rubric; returns rows written."""
        with self.writing() as db:
            if proposal_uuids is None:
                written = self._refresh(rubric, None)
                db.execute("DELETE FROM meta WHERE key = ?", [WITHOUT_CRITERIA])
            else:
                uuids = list(dict.fromkeys([*proposal_uuids, *self._merged_targets(proposal_uuids)]))
                written = sum(self._refresh(rubric, uuids[i : i + CHUNK]) for i in range(0, len(uuids), CHUNK))
            if self._cached_portfolio(rubric) is None:
                self._keep_portfolio(rubric)
            return written

    def catch_up(self, rubric: Rubric, batch: int = 2_000) -> bool:
        """Refresh the next `batch` proposals (by uuid) while the summaries are not current under this rubric (a
        migration left the criterion scores to a full refresh, or the rubric changed); True once a whole pass is
        done or nothing was due. The window runs it a batch per operation of its writer, so a save waits one batch
        at the most, where a full refresh holds the writer for 22 s at 100,000 proposals."""
        if self.is_current(rubric):
            return True
        with self.writing() as db:
            after = self._store.meta.get(CATCH_UP, "")
            sql = "SELECT uuid FROM proposals WHERE uuid > ? ORDER BY uuid LIMIT ?"
            uuids = [uuid for (uuid,) in db.execute(sql, [after, batch])]
            if uuids:
                self.refresh(rubric, uuids)
                self._store.meta.set(CATCH_UP, uuids[-1])
                return False
            db.execute("DELETE FROM meta WHERE key IN (?, ?)", [WITHOUT_CRITERIA, CATCH_UP])
            self._keep_portfolio(rubric)
            return True

    def _refresh(self, rubric: Rubric, uuids: list[str] | None) -> int:
        proposals = self._existing(uuids)
        if not proposals:
            return 0
        scored, levels = self._store.evaluations.scored(rubric, uuids)
        aggregates = committee_aggregates(scored, levels, rubric)
        rows = summary_rows(proposals, scored, aggregates, rubric, utc_now())
        self.db.conn.executemany(_UPSERT, rows)
        self._write_criteria(rubric, proposals if uuids is not None else None, aggregates)
        return len(rows)

    def _write_criteria(self, rubric: Rubric, proposals: list[str] | None, aggregates: pd.DataFrame | None) -> None:
        """The criterion scores of these proposals (None: every proposal) as `aggregates` has them: a proposal
        without a committee aggregate has none, and none is kept for a criterion the rubric does not have."""
        ids = list(rubric.criterion_ids)
        ranked = [] if aggregates is None else [str(u) for u in aggregates.index]
        where = """(criterion_id NOT IN (SELECT value FROM json_each(:ids))
                    OR proposal_uuid NOT IN (SELECT value FROM json_each(:ranked)))"""
        params = {"ids": json.dumps(ids), "ranked": json.dumps(ranked)}
        if proposals is not None:
            where += " AND proposal_uuid IN (SELECT value FROM json_each(:proposals))"
            params["proposals"] = json.dumps(proposals)
        self.db.execute(f"DELETE FROM proposal_criterion_scores WHERE {where}", params)
        if aggregates is None:
            return
        values = aggregates[ids].to_numpy(dtype=float).tolist()
        self.db.conn.executemany(
            _CRITERIA_UPSERT,
            [
                (uuid, c, None if math.isnan(v) else v)
                for uuid, scores in zip(ranked, values)
                for c, v in zip(ids, scores)
            ],
        )

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

    def criteria(self, proposal_uuid: str) -> dict[str, float | None]:
        """The proposal's stored committee score per criterion; empty without a committee aggregate."""
        sql = "SELECT criterion_id, score FROM proposal_criterion_scores WHERE proposal_uuid = ? ORDER BY criterion_id"
        return dict(self.db.execute(sql, [proposal_uuid]).fetchall())

    def get(self, proposal_uuid: str) -> ScoreSummary | None:
        sql = f"SELECT {', '.join(_COLUMNS)} FROM proposal_scores WHERE proposal_uuid = ?"
        row = self.db.execute(sql, [proposal_uuid]).fetchone()
        return None if row is None else ScoreSummary(*row)

    def is_current(self, rubric: Rubric) -> bool:
        """Whether every proposal's summary is what refresh(rubric) would write now.

        A proposal without a row and without an evaluation under this rubric is current: a refresh
        would write zeros and no total, which is what the list shows for a missing row. Summaries
        from before migration 8 lack the criterion scores until every proposal is refreshed.
        Under a millisecond at 100,000 proposals: the rubrics are the least and greatest in an index, and
        evaluations are looked at only when some proposal has no row.
        """
        db, params = self.db, {"id": rubric.id, "version": rubric.version}
        if db.execute("SELECT 1 FROM meta WHERE key = ?", [WITHOUT_CRITERIA]).fetchone():
            return False
        sql = """SELECT (SELECT min(rubric_id) FROM proposal_scores), (SELECT max(rubric_id) FROM proposal_scores),
                        (SELECT min(rubric_version) FROM proposal_scores WHERE rubric_id = :id),
                        (SELECT max(rubric_version) FROM proposal_scores WHERE rubric_id = :id)"""
        low, high, oldest, newest = db.execute(sql, params).fetchone()
        if low is not None and not (low == high == rubric.id and oldest == newest == rubric.version):
            return False  # some row computed with another rubric, or stale (mark_stale: no rubric)
        # A row refers to its proposal (a foreign key), so as many rows as proposals means every proposal has one.
        rows, proposals = db.execute(
            "SELECT (SELECT count(*) FROM proposal_scores), (SELECT count(*) FROM proposals)"
        ).fetchone()
        if rows >= proposals:
            return True
        sql = """
            SELECT NOT EXISTS (
                   SELECT 1 FROM evaluations e LEFT JOIN proposal_scores s ON s.proposal_uuid = e.proposal_uuid
                   WHERE s.proposal_uuid IS NULL AND e.rubric_id = :id AND e.rubric_version = :version)"""
        return bool(db.execute(sql, params).fetchone()[0])

    def portfolio(self, rubric: Rubric) -> Portfolio | None:
        """The portfolio's committee figures from the stored summaries; None unless they are current (is_current).

        The same numbers as the committee aggregate of every evaluation (the mean of each criterion over the
        proposals in uuid order, as pandas takes it there), read from the cache when it holds this rubric's
        criteria, else computed from every proposal's criterion scores (a store read-only here keeps nothing).
        Call it inside snapshot() to read it and the proposal's own figures from one state of the store.
        """
        if not self.is_current(rubric):
            return None
        return self._cached_portfolio(rubric) or self._portfolio(rubric)

    def rank(self, total: float) -> int:
        """The competition rank (1, 2, 2, 4) of a committee total among the stored totals: 1 + those above it.

        Right when the summaries are current and `total` is the proposal's committee total (or one of them)."""
        return 1 + int(self.db.execute("SELECT count(*) FROM proposal_scores WHERE total > ?", [total]).fetchone()[0])

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Every read inside sees the store as it was at the first one (unless the caller holds a transaction)."""
        conn: sqlite3.Connection = self.db.conn
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN")
        try:
            yield
        finally:
            conn.execute("ROLLBACK")

    def _cached_portfolio(self, rubric: Rubric) -> Portfolio | None:
        rows = dict(
            (criterion, (proposals, average))
            for criterion, proposals, average in self.db.execute(
                "SELECT criterion_id, proposals, average FROM portfolio_scores"
            )
        )
        if not rubric.criterion_ids or any(c not in rows for c in rubric.criterion_ids):
            return None
        ranked = rows[rubric.criterion_ids[0]][0]
        return Portfolio(ranked, tuple(_average(ranked, rows[c][1]) for c in rubric.criterion_ids))

    def _portfolio(self, rubric: Rubric) -> Portfolio:
        """From every proposal's criterion scores: 30-60 ms a criterion at 100,000 proposals (reading them)."""
        import pandas as pd  # see the imports

        ranked = int(self.db.execute("SELECT count(*) FROM proposal_scores WHERE finals > 0").fetchone()[0])
        sql = "SELECT score FROM proposal_criterion_scores WHERE criterion_id = ? ORDER BY proposal_uuid"
        average = []
        for criterion in rubric.criterion_ids:
            scores = pd.Series([s for (s,) in self.db.execute(sql, [criterion])], dtype=float)
            average.append(float(scores.mean()) if ranked else 0.0)
        return Portfolio(ranked, tuple(average))

    def _keep_portfolio(self, rubric: Rubric) -> None:
        portfolio = self._portfolio(rubric)
        self.db.execute("DELETE FROM portfolio_scores")  # another rubric's criteria, if any
        self.db.conn.executemany(
            "INSERT INTO portfolio_scores (criterion_id, proposals, average) VALUES (?, ?, ?)",
            [
                (c, portfolio.ranked, None if math.isnan(a) else a)
                for c, a in zip(rubric.criterion_ids, portfolio.average)
            ],
        )


def committee_aggregates(scored: pd.DataFrame, levels: pd.DataFrame, rubric: Rubric) -> pd.DataFrame | None:
    """The committee aggregate (mean method) of the proposals with a final evaluation; None when none has one."""
    from red_desktop.core.aggregation import aggregate  # see the imports

    return aggregate(scored, levels, rubric) if (scored["state"] == "final").any() else None


def summary_rows(
    proposals: list[str], scored: pd.DataFrame, aggregates: pd.DataFrame | None, rubric: Rubric, now: str
) -> list[tuple[object, ...]]:
    """One proposal_scores row per proposal: evaluation counts by state, committee total (None without finals)."""
    import numpy as np  # see the imports
    import pandas as pd

    from red_desktop.core.scoring import TOTAL

    index = pd.Index(proposals, dtype=object)
    positions = index.get_indexer(pd.Index(scored["proposal_uuid"]))
    final = (scored["state"] == "final").to_numpy()
    evaluations = np.bincount(positions, minlength=len(index)).tolist()
    finals = np.bincount(positions[final], minlength=len(index)).tolist()
    totals = [math.nan] * len(index)
    if aggregates is not None:
        totals = aggregates[TOTAL].reindex(index).astype(float).tolist()
    return [
        (uuid, rubric.id, rubric.version, n, f, n - f, None if math.isnan(t) else t, now)
        for uuid, n, f, t in zip(proposals, evaluations, finals, totals)
    ]


def _average(ranked: int, stored: float | None) -> float:
    if not ranked:
        return 0.0
    return math.nan if stored is None else float(stored)
