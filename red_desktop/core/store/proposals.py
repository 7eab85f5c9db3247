"""Proposals and their local actors; the proposal list's queries (ids in display order, rows, facets)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from red_desktop.core.domain import Actor, Proposal, utc_now
from red_desktop.core.errors import ConflictError, NotFoundError, Problem, ValidationError
from red_desktop.core.listing import ListQuery, ProposalRow, check_query
from red_desktop.core.rubric import Rubric
from red_desktop.core.store.base import Manager
from red_desktop.core.store.rows import actor_from_row, actor_row, proposal_from_row, proposal_row
from red_desktop.core.text import fold, like_pattern
from red_desktop.core.validation import validate_proposal

_LEVERAGE = (
    "(CASE WHEN p.requested_amount > 0 THEN (p.counterpart_public + p.counterpart_private) / p.requested_amount END)"
)
# The only text that reaches ORDER BY: list column -> (SQL expression, whether it can be NULL).
_SORT_SQL: dict[str, tuple[str, bool]] = {
    "code": ("p.code", False),
    "title": ("p.title COLLATE NOCASE", False),
    "country": ("p.country", False),
    "region_name": ("p.region_name COLLATE NOCASE", False),
    "region_type": ("p.region_type", True),
    "priority_area": ("p.priority_area", True),
    "status": ("p.status", False),
    "executing_agency": ("p.executing_agency COLLATE NOCASE", False),
    "requested_amount": ("p.requested_amount", False),
    "leverage": (_LEVERAGE, True),
    "evaluations": ("coalesce(s.evaluations, 0)", False),
    "finals": ("coalesce(s.finals, 0)", False),
    "total": ("s.total", True),
    "updated_at": ("p.updated_at", False),
}
_SCORE_SORTS = {"evaluations", "finals", "total"}
TRIGRAM = 3  # a search this long or longer uses the trigram index; a shorter one reads every search text
_STATE_SQL = {
    "any": "",
    "none": "coalesce(s.evaluations, 0) = 0",
    "draft": "s.evaluations > 0 AND s.finals = 0",
    "final": "s.finals > 0",
}
_SCORES_JOIN = "LEFT JOIN proposal_scores s INDEXED BY proposal_scores_list ON s.proposal_uuid = p.uuid"
_ROW_SQL = f"""
    SELECT p.rowid, p.uuid, p.code, p.title, p.country, p.region_name, p.region_type, p.priority_area, p.status,
           p.executing_agency, p.requested_amount, {_LEVERAGE}, coalesce(s.evaluations, 0), coalesce(s.finals, 0),
           s.total, p.updated_at
    FROM proposals p {_SCORES_JOIN}"""
_FACETS = {
    "countries": "country",
    "region_types": "region_type",
    "priority_areas": "priority_area",
    "statuses": "status",
}


class Proposals(Manager):
    def add(self, proposal: Proposal) -> Proposal:
        """Store a new proposal with its actors; returns it as stored (stamped at its created_at if it has one)."""
        validate_proposal(proposal)
        now = proposal.stamp.created_at or utc_now()
        stored = replace(
            proposal,
            stamp=self.new_stamp(now),
            actors=tuple(replace(a, stamp=self.new_stamp(now)) for a in proposal.actors),
        )
        with self.writing():
            self._refuse_taken_code(stored)
            self.insert("proposals", [proposal_row(stored)])
            self.insert("actors", [actor_row(a, stored.uuid, i) for i, a in enumerate(stored.actors)])
        return stored

    def update(self, proposal: Proposal, rubric: Rubric | None = None) -> Proposal:
        """Replace a proposal's fields and actors; refused if someone saved a newer revision meanwhile.

        A new region type changes the weights of its evaluations' totals: the score summary is
        refreshed with `rubric` if given, otherwise marked stale until the next refresh.
        """
        validate_proposal(proposal)
        with self.writing() as db:
            current = self.get(proposal.uuid)
            if current.stamp.revision != proposal.stamp.revision:
                raise ConflictError(
                    f"Proposal {proposal.code} was changed elsewhere (revision {current.stamp.revision}, "
                    f"yours is {proposal.stamp.revision}); reload it before saving"
                )
            self._refuse_taken_code(proposal)
            now = utc_now()
            actors = self._restamped_actors(current.actors, proposal.actors, now)
            stored = replace(proposal, stamp=self.bumped(current.stamp, now), actors=actors)
            db.table("proposals").update(stored.uuid, proposal_row(stored))
            db.execute("DELETE FROM actors WHERE proposal_uuid = ?", [stored.uuid])
            self.insert("actors", [actor_row(a, stored.uuid, i) for i, a in enumerate(actors)])
            if stored.region_type != current.region_type:
                self._rescore(stored.uuid, rubric)
        return stored

    def _rescore(self, uuid: str, rubric: Rubric | None) -> None:
        if rubric is None:
            self._store.summaries.mark_stale([uuid])
        else:
            self._store.summaries.refresh(rubric, [uuid])

    def _restamped_actors(self, before: Iterable[Actor], after: Iterable[Actor], now: str) -> tuple[Actor, ...]:
        old = {a.uuid: a for a in before}
        out = []
        for actor in after:
            previous = old.get(actor.uuid)
            if previous is None:
                out.append(replace(actor, stamp=self.new_stamp(now)))
            elif replace(previous, stamp=actor.stamp) != actor:
                out.append(replace(actor, stamp=self.bumped(previous.stamp, now)))
            else:
                out.append(previous)
        return tuple(out)

    def _refuse_taken_code(self, proposal: Proposal) -> None:
        row = self.db.execute("SELECT uuid FROM proposals WHERE code = ?", [proposal.code]).fetchone()
        if row and row[0] != proposal.uuid:
            raise ValidationError(
                f"Proposal {proposal.code!r}", [Problem("code", "is already used by another proposal")]
            )

    def get(self, uuid: str) -> Proposal:
        rows = list(self.db.query("SELECT * FROM proposals WHERE uuid = ?", [uuid]))
        if not rows:
            raise NotFoundError(f"No proposal with id {uuid}")
        return proposal_from_row(rows[0], self._actors_of([uuid])[uuid])

    def require(self, uuid: str) -> None:
        if self.db.execute("SELECT 1 FROM proposals WHERE uuid = ?", [uuid]).fetchone() is None:
            raise NotFoundError(f"No proposal with id {uuid}")

    def by_code(self, code: str) -> Proposal:
        row = self.db.execute("SELECT uuid FROM proposals WHERE code = ?", [code]).fetchone()
        if row is None:
            raise NotFoundError(f"No proposal with code {code}")
        return self.get(row[0])

    def all(self) -> Iterator[Proposal]:
        """Every proposal with its actors, in code order, fetched in two queries."""
        actors = self._actors_of(None)
        for row in self.db.query("SELECT * FROM proposals ORDER BY code"):
            yield proposal_from_row(row, actors.get(row["uuid"], ()))

    def _actors_of(self, uuids: list[str] | None) -> dict[str, tuple[Actor, ...]]:
        sql = "SELECT * FROM actors"
        params: list[str] = []
        if uuids is not None:
            sql += f" WHERE proposal_uuid IN ({', '.join('?' * len(uuids))})"
            params = uuids
        grouped: dict[str, list[Actor]] = defaultdict(list)
        for row in self.db.query(sql + " ORDER BY proposal_uuid, position", params):
            grouped[row["proposal_uuid"]].append(actor_from_row(row))
        return defaultdict(tuple, {k: tuple(v) for k, v in grouped.items()})

    def count(self) -> int:
        return self.db["proposals"].count

    # ---- the proposal list: ids in display order, then rows for the lines on screen ----

    def query_ids(self, query: ListQuery) -> list[int]:
        """Rowids of the proposals the list shows, in display order, in one query."""
        check_query(query)
        term = fold(query.text.strip())
        conditions, params = _conditions(query, term)
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        ordered = f"SELECT p.rowid FROM {_source(query, term)} {where} ORDER BY {_order(query)}"
        # Plain rows, not json_group_array over the ordered subquery: that is ~16 ms faster at 100,000 ids but
        # relies on an undocumented ordering, and users' Pythons link different SQLite versions.
        return [rowid for (rowid,) in self.db.execute(ordered, params)]

    def rows(self, rowids: Sequence[int]) -> list[ProposalRow]:
        """The list lines of these proposals, in the given order; rowids no longer in the store are left out."""
        size = self.db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        found: dict[int, ProposalRow] = {}
        for start in range(0, len(rowids), size):
            chunk = list(rowids[start : start + size])
            sql = f"{_ROW_SQL} WHERE p.rowid IN ({', '.join('?' * len(chunk))})"
            found.update((row[0], ProposalRow(*row)) for row in self.db.execute(sql, chunk))
        return [found[r] for r in rowids if r in found]

    def facets(self) -> dict[str, list[str]]:
        """The values present in the store, for the list's filters; "" stands for a region type or area not set."""
        return {
            key: sorted({value or "" for (value,) in self.db.execute(f"SELECT DISTINCT {column} FROM proposals")})
            for key, column in _FACETS.items()
        }


def _source(query: ListQuery, term: str) -> str:
    """FROM clause of query_ids, naming the covering index to read.

    Without statistics SQLite prefers the code index plus a lookup of each ~5 KB proposal row,
    ten times slower at 100,000 proposals than reading a covering index (bench/bench_list.py).
    Walking an index and checking each row against the trigram matches bounds the cost of a search
    that matches most proposals; starting from the matches would look them up one by one.
    """
    if 0 < len(term) < TRIGRAM:
        index = " INDEXED BY proposals_search"
    elif not _plain(query):
        index = " INDEXED BY proposals_list"
    else:
        index = ""  # the unique code index alone gives the order
    return f"proposals p{index} {_SCORES_JOIN if _scored(query) else ''}"


def _scored(query: ListQuery) -> bool:
    bounded = query.min_total is not None or query.max_total is not None
    return query.sort in _SCORE_SORTS or query.evaluation_state != "any" or bounded


def _plain(query: ListQuery) -> bool:
    """Code order and no filter but the text: the unique code index alone gives the order."""
    faceted = query.countries or query.region_types or query.priority_areas or query.statuses
    return not faceted and not _scored(query) and query.sort == "code"


def _conditions(query: ListQuery, term: str) -> tuple[list[str], list[object]]:
    conditions: list[str] = []
    params: list[object] = []
    if len(term) >= TRIGRAM:  # "+": a check on each row of the index walked, not a lookup of each match
        conditions.append("+p.rowid IN (SELECT rowid FROM proposals_fts WHERE proposals_fts MATCH ?)")
        params.append('"' + term.replace('"', '""') + '"')  # one phrase: the term's trigrams, in a row
    elif term:
        conditions.append("p.search_text LIKE ? ESCAPE '\\'")
        params.append(like_pattern(term))
    for column, values in (
        ("p.country", query.countries),
        ("coalesce(p.region_type, '')", query.region_types),
        ("coalesce(p.priority_area, '')", query.priority_areas),
        ("p.status", query.statuses),
    ):
        if values:
            conditions.append(f"{column} IN ({', '.join('?' * len(values))})")
            params.extend(sorted(values))
    if _STATE_SQL[query.evaluation_state]:
        conditions.append(_STATE_SQL[query.evaluation_state])
    for bound, operator in ((query.min_total, ">="), (query.max_total, "<=")):
        if bound is not None:
            conditions.append(f"s.total {operator} ?")
            params.append(float(bound))
    return conditions, params


def _order(query: ListQuery) -> str:
    """ORDER BY from the whitelist only: the sort column (blanks last either way), ties by code.

    Codes are unique, so code alone makes the order total and stable; a trailing rowid would only
    keep SQLite from reading the order straight off the index.
    """
    expression, nullable = _SORT_SQL[query.sort]
    direction = "DESC" if query.descending else "ASC"
    tie = "" if query.sort == "code" else ", p.code"
    return f"{expression} {direction}{' NULLS LAST' if nullable else ''}{tie}"
