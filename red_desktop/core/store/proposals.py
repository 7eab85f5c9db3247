"""Proposals and their local actors; what the proposal list reads (its index's columns, the rows on screen)."""

from __future__ import annotations

import json
import os
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from red_desktop.core.domain import Actor, Proposal, ProposalStatus, utc_now
from red_desktop.core.errors import AmbiguousCodeError, ConflictError, NotFoundError, Problem, ValidationError
from red_desktop.core.listing import ProposalRow
from red_desktop.core.messages import msg
from red_desktop.core.rubric import Rubric
from red_desktop.core.store.base import Manager
from red_desktop.core.store.rows import actor_from_row, actor_row, proposal_from_row, proposal_row, stamp_columns
from red_desktop.core.text import search_text
from red_desktop.core.validation import validate_proposal

_LEVERAGE = (
    "(CASE WHEN p.requested_amount > 0 THEN (p.counterpart_public + p.counterpart_private) / p.requested_amount END)"
)
_LIST_KEYS = (
    "rowid", "uuid", "code", "title", "country", "region_name", "region_type", "priority_area", "status",
    "executing_agency", "requested_amount", "leverage", "updated_at",
)  # fmt: skip
# "Not merged into another", answered from the (small, partial) index of the merged ones: `merged_into IS NULL`
# would read each ~5 KB row to check it, which no covering index of the list then spares (at 100,000 proposals the
# list's columns took 0.36 s that way, 0.21 s so; the code order 0.18 s and 0.06 s).
_NOT_MERGED = "p.rowid NOT IN (SELECT rowid FROM proposals WHERE merged_into IS NOT NULL)"
_LIST_SQL = f"""
    SELECT p.rowid, p.uuid, p.code, p.title, p.country, p.region_name, coalesce(p.region_type, ''),
           coalesce(p.priority_area, ''), p.status, p.executing_agency, p.requested_amount, {_LEVERAGE}, p.updated_at
    FROM proposals p INDEXED BY proposals_list WHERE {_NOT_MERGED}"""
_SUMMARY_SQL = "SELECT proposal_uuid, evaluations, finals, total FROM proposal_scores"
_TEXT_SQL = f"SELECT p.rowid, p.search_text FROM proposals p INDEXED BY proposals_search WHERE {_NOT_MERGED}"
# The codes a proposal answers to besides its own: those it had, and those of the proposals merged into it.
_OTHER_CODES_SQL = """
    SELECT p.uuid AS uuid, f.code AS code FROM former_codes f JOIN proposals p ON p.uuid = f.proposal_uuid
          WHERE f.code != p.code
    UNION SELECT m.merged_into, m.code FROM proposals m WHERE m.merged_into IS NOT NULL
    UNION SELECT m.merged_into, f.code FROM former_codes f JOIN proposals m ON m.uuid = f.proposal_uuid
          WHERE m.merged_into IS NOT NULL"""
_SCORES_JOIN = "LEFT JOIN proposal_scores s INDEXED BY proposal_scores_list ON s.proposal_uuid = p.uuid"
_ROW_SQL = f"""
    SELECT p.rowid, p.uuid, p.code, p.title, p.country, p.region_name, p.region_type, p.priority_area, p.status,
           p.executing_agency, p.requested_amount, {_LEVERAGE}, coalesce(s.evaluations, 0), coalesce(s.finals, 0),
           s.total, p.updated_at
    FROM proposals p {_SCORES_JOIN}"""


_LIKE_ESCAPES = str.maketrans({"\\": "\\\\", "%": "\\%", "_": "\\_"})  # LIKE's wildcards taken literally (ESCAPE '\\')


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

    def add_many(self, proposals: Sequence[Proposal], *, validated: bool = False) -> list[Proposal]:
        """Store new proposals in one executemany each for proposals and actors; all or none.

        Every proposal is validated first (unless the caller just did); a code already in the store or repeated
        in the batch refuses them all.
        """
        for p in () if validated else proposals:
            validate_proposal(p)
        now = utc_now()
        stored = [
            replace(
                p,
                stamp=self.new_stamp(p.stamp.created_at or now),
                actors=tuple(replace(a, stamp=self.new_stamp(p.stamp.created_at or now)) for a in p.actors),
            )
            for p in proposals
        ]
        rows = [proposal_row(p) for p in stored]
        self._insert_new(rows, [actor_row(a, p.uuid, i) for p in stored for i, a in enumerate(p.actors)])
        return stored

    def add_imported(self, proposals: Sequence[Proposal], uuids: Iterator[str]) -> list[str]:
        """Store new, validated proposals (an import's additions), each and then its actors under the next of
        `uuids` (a file may carry ids the store already holds), as add_many does; their uuids.

        The rows are written from the records with the new ids and stamps put in, not from stamped copies: for
        100,000 proposals that was 400,000 copies held until the last was written.
        """
        now = utc_now()
        stamps: dict[str, dict[str, Any]] = {}  # the columns of one stamp a creation time, mostly one for all
        rows: list[dict[str, Any]] = []
        actor_rows: list[dict[str, Any]] = []
        for p in proposals:
            at = p.stamp.created_at or now
            stamp = stamps.get(at) or stamps.setdefault(at, stamp_columns(self.new_stamp(at)))
            row = proposal_row(p)
            row.update(stamp, uuid=next(uuids))
            rows.append(row)
            for i, a in enumerate(p.actors):
                actor = actor_row(a, row["uuid"], i)
                actor.update(stamp, uuid=next(uuids))
                actor_rows.append(actor)
        self._insert_new(rows, actor_rows)
        return [row["uuid"] for row in rows]

    def _insert_new(self, rows: list[dict[str, Any]], actor_rows: list[dict[str, Any]]) -> None:
        codes = [row["code"] for row in rows]
        with self.writing():
            taken = self.taken_codes(codes)
            repeated = {c for c, n in Counter(codes).items() if n > 1}
            if taken or repeated:
                code = sorted(set(taken) | repeated)[0]
                raise _code_taken(code)
            self.insert("proposals", rows)
            self.insert("actors", actor_rows)

    def taken_codes(self, codes: Iterable[str]) -> dict[str, str]:
        """The uuid of the proposal holding each of these codes, for those in the store."""
        sql = "SELECT code, uuid FROM proposals WHERE code IN (SELECT value FROM json_each(?))"
        return dict(self.db.execute(sql, [json.dumps(list(codes))]).fetchall())

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
                    msg(
                        "changed_elsewhere",
                        "Proposal {code} was changed elsewhere (revision {theirs}, yours is {yours}); reload it before "
                        "saving",
                        code=proposal.code,
                        theirs=current.stamp.revision,
                        yours=proposal.stamp.revision,
                    )
                )
            self._refuse_taken_code(proposal)
            now = utc_now()
            actors = self.restamped_actors(current.actors, proposal.actors, now)
            stored = replace(proposal, stamp=self.bumped(current.stamp, now), actors=actors)
            db.table("proposals").update(stored.uuid, proposal_row(stored))
            db.execute("DELETE FROM actors WHERE proposal_uuid = ?", [stored.uuid])
            self.insert("actors", [actor_row(a, stored.uuid, i) for i, a in enumerate(actors)])
            if stored.region_type != current.region_type:
                self._rescore(stored.uuid, rubric)
        return stored

    def set_status(self, uuid: str, status: ProposalStatus, reason: str = "") -> None:
        """Change only the status (a committee decision marks its proposal decided); a new revision, audited."""
        with self.writing() as db:
            current = self.get(uuid)
            if current.status == status:
                return
            now = utc_now()
            db.table("proposals").update(
                uuid, {"status": str(status), **stamp_columns(self.bumped(current.stamp, now))}
            )
            audit = self._store.audit
            audit.record(audit.entry("update", "proposal", uuid, "status", current.status, status, reason, at=now))

    def _rescore(self, uuid: str, rubric: Rubric | None) -> None:
        if rubric is None:
            self._store.summaries.mark_stale([uuid])
        else:
            self._store.summaries.refresh(rubric, [uuid])

    def restamped_actors(self, before: Iterable[Actor], after: Iterable[Actor], now: str) -> tuple[Actor, ...]:
        """An update's actors with their stamps: new ones stamped now, changed ones bumped, the rest as they were
        (one update here, a batch of a re-import in store.imports)."""
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
            raise _code_taken(proposal.code)

    def get(self, uuid: str) -> Proposal:
        rows = list(self.db.query("SELECT * FROM proposals WHERE uuid = ?", [uuid]))
        if not rows:
            raise NotFoundError(msg("no_proposal", "No proposal with id {uuid}", uuid=uuid))
        return proposal_from_row(rows[0], self._actors_of([uuid])[uuid])

    def exists(self, uuid: str) -> bool:
        return self.db.execute("SELECT 1 FROM proposals WHERE uuid = ?", [uuid]).fetchone() is not None

    def require(self, uuid: str) -> None:
        if not self.exists(uuid):
            raise NotFoundError(msg("no_proposal", "No proposal with id {uuid}", uuid=uuid))

    def by_code(self, code: str) -> Proposal:
        """The proposal a person means by this code: the one holding it, or the one it was replaced by or merged
        into (a sheet printed before the committee settled the codes). A code two proposals hold names both;
        a proposal's uuid is accepted too."""
        code = code.strip()
        if not code:
            raise NotFoundError(msg("no_code_given", "No proposal code was given"))
        uuids = self.holders(code) or self._answering(code) or self._holders_ignoring_case(code)
        if not uuids and (self.exists(code) or self.exists(code.lower())):
            uuids = [self._followed(code if self.exists(code) else code.lower())]
        if not uuids:
            raise NotFoundError(msg("no_proposal", "No proposal with code {code}", code=code))
        if len(uuids) > 1:
            named = "; ".join(f"{p.title} ({p.uuid})" for p in map(self.get, uuids))
            raise AmbiguousCodeError(
                msg(
                    "ambiguous_code",
                    "{count} proposals have the code {code}: {named}. Name one by its id, or settle the codes "
                    "(red-desktop codes settle, or Exchange › Codes and duplicates › Give final codes, in the "
                    "committee's store)",
                    count=len(uuids),
                    code=code,
                    named=named,
                )
            )
        return self.get(uuids[0])

    def _holders_ignoring_case(self, code: str) -> list[str]:
        """Codes typed in another case ("red-pe-2026-014"): held, else once held."""
        sql = "SELECT uuid FROM proposals WHERE code = ? COLLATE NOCASE AND merged_into IS NULL ORDER BY uuid"
        held = [uuid for (uuid,) in self.db.execute(sql, [code])]
        if held:
            return held
        sql = f"SELECT DISTINCT uuid FROM ({_OTHER_CODES_SQL}) AS other WHERE code = ? COLLATE NOCASE ORDER BY uuid"
        return list(dict.fromkeys(self._followed(uuid) for (uuid,) in self.db.execute(sql, [code])))

    def holder_of(self, code: str) -> Proposal | None:
        """The proposal holding exactly this code, merged into another or not (a merge names proposals by the codes
        they hold, never by the one they count as); None for none, or for a code two proposals hold."""
        sql = "SELECT uuid FROM proposals WHERE code = ? ORDER BY uuid"
        uuids = [uuid for (uuid,) in self.db.execute(sql, [code.strip()])]
        return self.get(uuids[0]) if len(uuids) == 1 else None

    def former_holders(self, code: str) -> list[str]:
        """The proposals that once had this code and have another now (a sheet printed before settling)."""
        sql = """SELECT proposal_uuid FROM former_codes f JOIN proposals p ON p.uuid = f.proposal_uuid
                 WHERE f.code = ? AND p.code != f.code ORDER BY proposal_uuid"""
        return [uuid for (uuid,) in self.db.execute(sql, [code.strip()])]

    def _answering(self, code: str) -> list[str]:
        sql = f"SELECT DISTINCT uuid FROM ({_OTHER_CODES_SQL}) AS other WHERE code = ? ORDER BY uuid"
        held = [uuid for (uuid,) in self.db.execute(sql, [code])]
        return list(dict.fromkeys(self._followed(uuid) for uuid in held))

    def _followed(self, uuid: str) -> str:
        """The proposal this one counts as: itself, or the one it was merged into."""
        return self.merged_target(uuid) or uuid

    def merged_target(self, uuid: str) -> str | None:
        row = self.db.execute("SELECT merged_into FROM proposals WHERE uuid = ?", [uuid]).fetchone()
        return row[0] if row else None

    def candidates(self, countries: Iterable[str]) -> list[dict[str, object]]:
        """What duplicate detection compares, for every proposal of these countries not merged into another."""
        sql = """SELECT uuid, code, title, country, executing_agency, region_name, latitude, longitude
                 FROM proposals WHERE merged_into IS NULL AND country IN (SELECT value FROM json_each(?))
                 ORDER BY uuid"""
        return list(self.db.query(sql, [json.dumps(sorted(countries))]))

    def merged_with_code(self, code: str) -> Proposal | None:
        """The proposal holding this code that was merged into another (by_code finds the one it was merged into)."""
        sql = "SELECT uuid FROM proposals WHERE code = ? AND merged_into IS NOT NULL ORDER BY uuid"
        row = self.db.execute(sql, [code.strip()]).fetchone()
        return self.get(row[0]) if row else None

    def holding(self, codes: Sequence[str]) -> list[tuple[str, str, str]]:
        """(uuid, code, title) of every proposal holding one of these codes, but those merged into another."""
        sql = """SELECT uuid, code, title FROM proposals
                 WHERE code IN (SELECT value FROM json_each(?)) AND merged_into IS NULL ORDER BY code, uuid"""
        return [(u, c, t) for u, c, t in self.db.execute(sql, [json.dumps(list(codes))])]

    def code_index(self) -> dict[str, str]:
        """Each shown proposal's code -> its uuid (a code two proposals hold: one of them), for a code typed in."""
        sql = f"SELECT code, uuid FROM proposals p WHERE {_NOT_MERGED} ORDER BY code DESC, uuid DESC"
        return dict(self.db.execute(sql).fetchall())

    def labels_of(self, uuids: Sequence[str]) -> dict[str, tuple[str, str]]:
        """Each proposal's code and title, of those the store holds."""
        sql = "SELECT uuid, code, title FROM proposals WHERE uuid IN (SELECT value FROM json_each(?))"
        return {uuid: (code, title) for uuid, code, title in self.db.execute(sql, [json.dumps(list(uuids))])}

    def codes_of(self, uuids: Sequence[str]) -> dict[str, str]:
        sql = "SELECT uuid, code FROM proposals WHERE uuid IN (SELECT value FROM json_each(?))"
        return dict(self.db.execute(sql, [json.dumps(list(uuids))]).fetchall())

    def countries(self) -> list[str]:
        return [c for (c,) in self.db.execute("SELECT DISTINCT country FROM proposals ORDER BY country")]

    def holders(self, code: str) -> list[str]:
        """The uuids of the proposals shown with this code (two or more until the committee settles it)."""
        sql = "SELECT uuid FROM proposals WHERE code = ? AND merged_into IS NULL ORDER BY uuid"
        return [uuid for (uuid,) in self.db.execute(sql, [code])]

    def shared_codes(self) -> dict[str, list[str]]:
        """Every code more than one proposal holds, with their uuids (oldest first)."""
        sql = """SELECT code, uuid FROM proposals WHERE merged_into IS NULL AND code IN (
                     SELECT code FROM proposals WHERE merged_into IS NULL GROUP BY code HAVING count(*) > 1)
                 ORDER BY code, created_at, uuid"""
        out: dict[str, list[str]] = defaultdict(list)
        for code, uuid in self.db.execute(sql):
            out[code].append(uuid)
        return dict(out)

    def former_codes(self, uuid: str) -> list[str]:
        """The codes this proposal answers to besides its own, sorted."""
        sql = f"SELECT DISTINCT code FROM ({_OTHER_CODES_SQL}) AS other WHERE uuid = ? ORDER BY code"
        return [code for (code,) in self.db.execute(sql, [uuid])]

    def codes_in_use(self, prefix: str) -> set[str]:
        """Every code starting with `prefix` that a proposal holds or once held: a new code takes none of them,
        so an old printed code never comes to name another proposal."""
        pattern = prefix.translate(_LIKE_ESCAPES) + "%"
        sql = """SELECT code FROM proposals WHERE code LIKE ? ESCAPE '\\'
                 UNION SELECT code FROM former_codes WHERE code LIKE ? ESCAPE '\\'"""
        return {code for (code,) in self.db.execute(sql, [pattern, pattern])}

    def recode(self, uuid: str, code: str, reason: str) -> Proposal:
        """Give a proposal another code: a new revision (which travels like any edit), audited with the reason;
        the old code stays findable. Refused for a code another proposal holds or held."""
        with self.writing() as db:
            current = self.get(uuid)
            if current.code == code:
                return current
            changed = replace(current, code=code)
            validate_proposal(changed)
            if self.holders(code) or code in self.codes_in_use(code) - {current.code, *self.former_codes(uuid)}:
                raise ValidationError(
                    f"Proposal {current.code!r}", [Problem("code", "is already used by another proposal", code)]
                )
            now = utc_now()
            stamp = self.bumped(current.stamp, now)
            db.table("proposals").update(uuid, {**proposal_row(replace(changed, stamp=stamp)), **stamp_columns(stamp)})
            audit = self._store.audit
            audit.record(audit.entry("recode", "proposal", uuid, "code", current.code, code, reason, at=now))
            return self.get(uuid)

    def merge(self, uuid: str, into: str | None, reason: str) -> Proposal:
        """Mark a proposal as a duplicate of another (None: no longer): a new revision that travels, audited.
        Its evaluations then count for the other; it leaves the list, and its code finds the other."""
        with self.writing() as db:
            current = self.get(uuid)
            if current.merged_into == into:
                return current
            if into is not None:
                self._refuse_merge(current, self.get(into))
            now = utc_now()
            stamp = self.bumped(current.stamp, now)
            db.table("proposals").update(uuid, {"merged_into": into, **stamp_columns(stamp)})
            audit = self._store.audit
            action = "merge" if into is not None else "unmerge"
            audit.record(
                audit.entry(action, "proposal", uuid, "merged_into", current.merged_into, into, reason, at=now)
            )
            return self.get(uuid)

    def _refuse_merge(self, merged: Proposal, kept: Proposal) -> None:
        if merged.uuid == kept.uuid:
            raise ConflictError(f"A proposal cannot be merged into itself ({merged.code})")
        decided = self._store.decisions.get(merged.uuid)
        if decided is not None:
            raise ConflictError(
                f"{merged.code} has a decision ({decided.kind.value.replace('_', ' ')}); a merge would hide it. "
                "Withdraw the decision first, or merge the other proposal into this one"
            )
        if kept.merged_into is not None:
            raise ConflictError(
                f"{kept.code} was itself merged into another proposal; merge {merged.code} into that one"
            )
        if self.db.execute("SELECT 1 FROM proposals WHERE merged_into = ?", [merged.uuid]).fetchone():
            raise ConflictError(
                f"Other proposals were merged into {merged.code}; undo those merges before merging it into {kept.code}"
            )

    def all(self, *, merged: bool = False) -> Iterator[Proposal]:
        """Every proposal with its actors, in code order, fetched in two queries; those merged into another
        only when asked for."""
        actors = self._actors_of(None)
        where = "" if merged else "WHERE merged_into IS NULL"
        for row in self.db.query(f"SELECT * FROM proposals {where} ORDER BY code, uuid"):
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

    def count(self, *, merged: bool = False) -> int:
        """How many proposals there are; those merged into another only when asked for."""
        sql = "SELECT count(*) FROM proposals"  # every row: counted from the smallest index, not the ~5 KB rows
        if not merged:
            sql = f"SELECT ({sql}) - (SELECT count(*) FROM proposals WHERE merged_into IS NOT NULL)"
        return int(self.db.execute(sql).fetchone()[0])

    # ---- the proposal list: ids in display order, then rows for the lines on screen ----

    def ids_in_code_order(self, offset: int = 0, limit: int | None = None) -> list[int]:
        """Rowids of the proposals in code order, from `offset`, `limit` of them (all when None): what the list shows
        before its index is loaded, a page at a time (one covering index read: 0.1 ms the first page, 20 ms the
        middle one, 60 ms all of them at 100,000 proposals)."""
        sql = f"SELECT p.rowid FROM proposals p INDEXED BY proposals_list WHERE {_NOT_MERGED} ORDER BY p.code, p.uuid"
        page = "" if limit is None and not offset else " LIMIT ? OFFSET ?"
        params = [] if not page else [-1 if limit is None else limit, offset]
        return [rowid for (rowid,) in self.db.execute(sql + page, params)]

    def search_in_code_order(self, term: str) -> list[int]:
        """Rowids of the proposals whose search text holds `term` (folded as the list folds it), in code order: the
        list's search before its index is loaded (a read of the search text's covering index, ~0.1 s at 100,000).
        The same proposals as the index's search (core.list_index), former and merged codes included."""
        if not term or "\n" in term:
            return []
        others: dict[str, list[str]] = defaultdict(list)
        for uuid, code in self.db.execute(f"SELECT uuid, code FROM ({_OTHER_CODES_SQL})"):
            others[uuid].append(code)
        sql = f"""SELECT p.rowid, p.uuid, p.search_text FROM proposals p INDEXED BY proposals_search
                  WHERE {_NOT_MERGED} AND (instr(p.search_text, ?) > 0 OR p.uuid IN (SELECT value FROM json_each(?)))
                  ORDER BY p.code, p.uuid"""
        found = self.db.execute(sql, [term, json.dumps(list(others))])
        return [
            rowid
            for rowid, uuid, text in found
            if term in (search_text([text, *others[uuid]]) if uuid in others else text)
        ]

    def list_columns(self, uuids: Sequence[str] | None = None) -> dict[str, list[object]]:
        """What the list's in-memory index holds (core.list_index.ENTRY_KEYS), column by column, for these
        proposals (every one when None). Three reads, each of a covering index, never of the ~5 KB rows."""
        where, params = "", []
        if uuids is not None:
            where, params = "WHERE {} IN (SELECT value FROM json_each(?))", [json.dumps(list(uuids))]
        lines = self.db.execute(f"{_LIST_SQL} {where.replace('WHERE', 'AND').format('p.uuid')}", params).fetchall()
        columns: dict[str, list[object]] = {key: [line[i] for line in lines] for i, key in enumerate(_LIST_KEYS)}
        scores = {row[0]: row[1:] for row in self.db.execute(f"{_SUMMARY_SQL} {where.format('proposal_uuid')}", params)}
        summaries = [scores.get(str(uuid), (0, 0, None)) for uuid in columns["uuid"]]
        for i, key in enumerate(("evaluations", "finals", "total")):
            columns[key] = [summary[i] for summary in summaries]
        texts = dict(self.db.execute(f"{_TEXT_SQL} {where.replace('WHERE', 'AND').format('p.uuid')}", params))
        others: dict[str, list[str]] = defaultdict(list)  # the patch after a save reads only its proposals' codes
        for uuid, code in self.db.execute(
            f"SELECT uuid, code FROM ({_OTHER_CODES_SQL}) {where.format('uuid')}", params
        ):
            others[uuid].append(code)
        columns["search_text"] = [
            search_text([texts[rowid], *others[str(uuid)]]) if str(uuid) in others else texts[rowid]
            for rowid, uuid in zip(columns["rowid"], columns["uuid"])
        ]
        return columns

    def rows(self, rowids: Sequence[int]) -> list[ProposalRow]:
        """The list lines of these proposals, in the given order; rowids no longer in the store are left out."""
        size = self.db.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        found: dict[int, ProposalRow] = {}
        for start in range(0, len(rowids), size):
            chunk = [int(rowid) for rowid in rowids[start : start + size]]  # numpy ints too
            sql = f"{_ROW_SQL} WHERE p.rowid IN ({', '.join('?' * len(chunk))})"
            found.update((row[0], ProposalRow(*row)) for row in self.db.execute(sql, chunk))
        return [found[r] for r in map(int, rowids) if r in found]


def ascending_uuids(count: int) -> Iterator[str]:
    """`count` new version 4 uuids in ascending order, written as str(uuid.uuid4()) writes them: the i-th starts
    with a random 32 bits from the i-th of `count` equal slices of their range, the other 90 random bits are the
    system's. Rows stored under ascending ids go to the end of the uuid indexes (of proposals, actors and their
    foreign keys) instead of all over them: a bulk add of 100,000 proposals writes a few pages, not every one."""
    for i in range(count):
        if i % 4096 == 0:
            random = os.urandom(16 * 4096)  # the system's random source read in blocks, not once an id
        h = random[16 * (i % 4096) : 16 * (i % 4096) + 16].hex()
        low, high = (i << 32) // count, ((i + 1) << 32) // count
        prefix = low + int(h[:8], 16) % max(high - low, 1)
        yield f"{prefix:08x}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


def _code_taken(code: str) -> ValidationError:
    taken = msg("code_taken", "is already used by another proposal")
    return ValidationError(msg("proposal_code", "Proposal {code}", code=repr(code)), [Problem("code", taken)])
