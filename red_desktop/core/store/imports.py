"""Imported proposals: where each came from, keyed by its submission, and writing a batch all or nothing.

A batch is planned read-only first (what would be added, updated, left alone, refused), then written in
one transaction: a failure, a cancel or a killed process leaves the store as it was.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from operator import attrgetter
from typing import Any, NamedTuple

from red_desktop.core.cycles import cycles_uncollected
from red_desktop.core.domain import Actor, Proposal, new_uuid, utc_now
from red_desktop.core.errors import StaleImportError
from red_desktop.core.importing.records import (
    ACTORS,
    ERROR,
    FieldChange,
    ImportProblem,
    ImportRecord,
    ImportReport,
    ProposalUpdate,
)
from red_desktop.core.messages import msg, t
from red_desktop.core.progress import NoProgress, Progress, check_cancelled
from red_desktop.core.store.base import Manager
from red_desktop.core.store.proposals import ascending_uuids
from red_desktop.core.store.rows import actor_from_row, actor_row, proposal_from_row, proposal_row
from red_desktop.core.validation import proposal_problems

_CHUNK = 1_000  # records checked or added between progress reports (and cancel checks)
_UPDATES = 500  # updates written together between progress reports (one at a time: 50)
_UNHASHED = frozenset({"uuid", "stamp", "actors"})
_KEPT = frozenset({"uuid", "stamp", "actors", "status", "merged_into"})  # an update never takes these from a file
_AMOUNTS = frozenset({"requested_amount", "counterpart_public", "counterpart_private", "contribution"})


def content_hash(proposal: Proposal) -> str:
    """SHA-256 of a proposal's content: canonical JSON of its fields and actors, without uuids or stamps.

    The stores hold these digests, so the text hashed never changes: keys sorted, compact, not ASCII-escaped,
    enums as their values. The keys are listed once and the encoder made once (json.dumps with options builds
    an encoder per call): a re-import of 100,000 unchanged rows hashes each of them.
    """
    content = dict(zip(_PROPOSAL_KEYS, _proposal_values(proposal)))
    content["actors"] = [dict(zip(_ACTOR_KEYS, _actor_values(a))) for a in proposal.actors]
    return hashlib.sha256(_ENCODE(content).encode("utf-8")).hexdigest()


def _content(record: Actor) -> tuple[Any, ...]:
    return _actor_values(record)  # the hashed fields: an actor's content without its id and stamp


def _hashed(cls: type) -> tuple[str, ...]:
    return tuple(sorted(f.name for f in fields(cls) if f.name not in _UNHASHED))


_PROPOSAL_KEYS, _ACTOR_KEYS = _hashed(Proposal), _hashed(Actor)
_UPDATED = tuple(f.name for f in fields(Proposal) if f.name not in _KEPT)  # what an update may take from a file
_proposal_values, _actor_values = attrgetter(*_PROPOSAL_KEYS), attrgetter(*_ACTOR_KEYS)
_ENCODE = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str).encode


@dataclass(frozen=True)
class ImportSource:
    submission_id: str
    proposal_uuid: str
    source: str
    content_hash: str
    submitted_at: str | None
    first_imported_at: str
    last_imported_at: str


class _Placing(NamedTuple):
    """What placing one record consults: the store's import of its submission and its stored proposal when the
    content differs, its content's hash, and the batch's state so far."""

    known: _Known | None
    current: Proposal | None
    digest: str
    owners: dict[str, str]
    claimed: dict[str, int]
    seen: dict[str, int]
    moved: dict[str, str | None]


class _Known(NamedTuple):  # not a frozen dataclass: a re-import makes one a row, 100,000 at a time
    proposal_uuid: str
    content_hash: str
    code: str


@dataclass
class ImportPlan:
    """What writing a batch would do; worked out without writing."""

    additions: list[ImportRecord] = field(default_factory=list)
    updates: list[tuple[ImportRecord, str]] = field(default_factory=list)  # with the proposal it updates
    unchanged: list[ImportRecord] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    hashes: dict[str, str] = field(default_factory=dict)  # by submission id: of the additions and updates
    revised: dict[str, Proposal] = field(default_factory=dict)  # by submission id: each update as it is written
    current: dict[str, Proposal] = field(default_factory=dict)  # by submission id: each update's stored proposal
    previous: dict[str, str] = field(default_factory=dict)  # by submission id: each update's stored hash
    changes: list[ProposalUpdate] = field(default_factory=list)  # each update's changed fields, in file order

    @property
    def errors(self) -> bool:
        return any(p.severity == ERROR for p in self.problems)

    @property
    def rejected(self) -> int:
        return len({p.row for p in self.problems if p.severity == ERROR})

    def report(self, added_uuids: Sequence[str] = ()) -> ImportReport:
        """What the plan does when written (added_uuids: those the writing gave the new proposals)."""
        return ImportReport(
            added=len(self.additions),
            updated=len(self.updates),
            unchanged=len(self.unchanged),
            rejected=self.rejected,
            problems=tuple(self.problems),
            added_uuids=tuple(added_uuids),
            updated_uuids=tuple(uuid for _, uuid in self.updates),
            updates=tuple(self.changes),
        )

    def refused(self) -> ImportReport:
        """Nothing written: every problem reported, the rows with none counted nowhere."""
        return ImportReport(rejected=self.rejected, problems=tuple(self.problems))


class Imports(Manager):
    def apply(
        self,
        records: Sequence[ImportRecord],
        source: str,
        *,
        valid_only: bool = False,
        progress: Progress | None = None,
        expected: ImportReport | None = None,
    ) -> ImportReport:
        """Write a batch in one transaction: new submissions added, changed ones updated, the same ones left alone.

        A record the store refuses (a code another proposal holds, a submission repeated in the batch) refuses
        the whole batch, unless `valid_only`, which writes the rest. Cancelling rolls everything back. With
        `expected` (the preview a user saw), StaleImportError and nothing written when the store has changed
        since, so that the import would not do exactly what the preview said.
        """
        progress = progress or NoProgress()
        with self.writing(), cycles_uncollected():
            plan = self.plan(records, progress)
            if expected is not None and plan.report().outcome() != expected.outcome():
                raise StaleImportError(
                    msg(
                        "stale_import",
                        "The store changed since this import was checked (another window or command wrote to it): "
                        "nothing was imported; check the file again",
                    )
                )
            if plan.errors and not valid_only:
                return plan.refused()
            progress.status(t("Writing {count:,} proposals", count=len(plan.additions) + len(plan.updates)))
            added = self._add(plan, source, progress)
            self._update(plan, source, progress)
        return plan.report(added)

    def plan(self, records: Sequence[ImportRecord], progress: Progress | None = None) -> ImportPlan:
        """Sort a batch into additions, updates and unchanged records, and find what the store would refuse.

        The store is asked about one chunk of records at a time (which submissions it knows, who holds their
        codes): held for a whole 100,000-row re-import, those answers were 70 MB. What the batch's own updates
        do to codes is kept across chunks (`moved`), so a code one row frees can be taken by a later row."""
        progress = progress or NoProgress()
        progress.status(f"Checking {len(records):,} proposals against the store")
        claimed: dict[str, int] = {}  # code -> the row of this batch that takes it
        seen: dict[str, int] = {}  # submission id -> its first row
        moved: dict[str, str | None] = {}  # code -> the proposal an update of this batch gave it, None: freed
        plan = ImportPlan()
        with cycles_uncollected():
            for start, chunk in _chunks(records):
                progress.update(start, len(records))
                check_cancelled(progress)
                known = self._known([r.submission_id for r in chunk])
                owners = self._owners(chunk, moved)
                digests = [content_hash(r.proposal) for r in chunk]
                differing = [
                    k.proposal_uuid
                    for r, digest in zip(chunk, digests)
                    if (k := known.get(r.submission_id)) is not None and k.content_hash != digest
                ]
                stored = self._stored(differing)  # in one read, not two queries a record
                for record, digest in zip(chunk, digests):
                    found = known.get(record.submission_id)
                    current = stored.get(found.proposal_uuid) if found else None
                    place = _Placing(found, current, digest, owners, claimed, seen, moved)
                    problem = self._place(plan, record, place)
                    if problem is not None:
                        plan.problems.append(problem)
        progress.update(len(records), len(records))
        return plan

    def _owners(self, chunk: Sequence[ImportRecord], moved: dict[str, str | None]) -> dict[str, str]:
        """The proposal holding each of the chunk's codes: the store's, as the batch's earlier updates left it."""
        codes = {r.proposal.code for r in chunk}
        owners = self._store.proposals.taken_codes(codes)
        for code in codes & moved.keys():
            holder = moved[code]
            if holder is None:
                owners.pop(code, None)
            else:
                owners[code] = holder
        return owners

    def _place(self, plan: ImportPlan, record: ImportRecord, place: _Placing) -> ImportProblem | None:
        p, row, known, owners, claimed = record.proposal, record.row, place.known, place.owners, place.claimed
        if record.submission_id in place.seen:
            reason = msg("same_submission", "is the same submission as row {row}", row=place.seen[record.submission_id])
            return ImportProblem(row, "submission_id", record.submission_id, reason)
        place.seen[record.submission_id] = row
        invalid = () if getattr(record, "validated", False) else proposal_problems(p)  # the reader checked it
        if invalid:
            return ImportProblem(row, invalid[0].location, _text(invalid[0].value), invalid[0].meaning)
        digest, current = place.digest, place.current
        if known is not None and known.content_hash == digest:
            plan.unchanged.append(record)  # the file says what it said last time: hand edits since are kept
            return None
        if current is not None:
            p = _revised(current, record)
            changes = _changes(current, p)
            if not changes:
                plan.unchanged.append(record)
                return None
            invalid = proposal_problems(p)
            if invalid:
                fuller = msg(
                    "with_stored_values",
                    "{problem} (with the stored values of the fields the file does not give)",
                    problem=invalid[0].meaning,
                )
                reason = replace(fuller, code=invalid[0].code)  # the same problem, said more fully
                return ImportProblem(row, invalid[0].location, _text(invalid[0].value), reason)
        target = known.proposal_uuid if known else ""
        if p.code in claimed:
            return ImportProblem(
                row, "code", p.code, msg("code_in_file", "is also the code of row {row}", row=claimed[p.code])
            )
        if owners.get(p.code, target) != target:
            return ImportProblem(
                row, "code", p.code, msg("code_in_store", "is already used by another proposal in the store")
            )
        claimed[p.code] = row
        plan.hashes[record.submission_id] = digest  # what the writing stores: kept for no other record
        if known is None:
            plan.additions.append(record)
        else:
            owners.pop(known.code, None)  # an update that renames its proposal frees the old code
            owners[p.code] = target
            place.moved[known.code], place.moved[p.code] = None, target
            plan.updates.append((record, target))
            plan.revised[record.submission_id] = p
            if current is not None:
                plan.current[record.submission_id] = current
            plan.previous[record.submission_id] = known.content_hash
            plan.changes.append(ProposalUpdate(row, record.submission_id, target, p.code, changes))
        return None

    def _add(self, plan: ImportPlan, source: str, progress: Progress) -> list[str]:
        now = utc_now()
        uuids: list[str] = []
        total = len(plan.additions) + len(plan.updates)
        ids = ascending_uuids(sum(1 + len(r.proposal.actors) for r in plan.additions))  # new ids: see its doc
        for start, chunk in _chunks(plan.additions):
            added = self._store.proposals.add_imported([r.proposal for r in chunk], ids)
            self.insert(
                "import_sources",
                [_source_row(r, uuid, source, plan.hashes[r.submission_id], now) for r, uuid in zip(chunk, added)],
            )
            uuids.extend(added)
            progress.update(start + len(chunk), total)
            check_cancelled(progress)
        return uuids

    def _update(self, plan: ImportPlan, source: str, progress: Progress) -> None:
        """The updates, a chunk at a time in a few executemany (one UPDATE a record was 1 ms: 100 s for 100,000).

        What Proposals.update checks was checked when planning, in this transaction: the revised proposal's
        validity, the codes (against the store and the batch), the revision (the plan read it). A proposal two
        submissions update in one batch goes the one-at-a-time way, whose revision check refuses the second."""
        uuids = [uuid for _, uuid in plan.updates]
        if len(set(uuids)) < len(uuids) or len(plan.current) < len(uuids):
            self._update_one_by_one(plan, source, progress)
            return
        total, now = len(plan.additions) + len(plan.updates), utc_now()
        for start in range(0, len(plan.updates), _UPDATES):
            progress.update(len(plan.additions) + start, total)
            check_cancelled(progress)
            self._update_chunk(plan, plan.updates[start : start + _UPDATES], source, now)

    def _update_chunk(self, plan: ImportPlan, chunk: Sequence[tuple[ImportRecord, str]], source: str, now: str) -> None:
        proposals, audit = self._store.proposals, self._store.audit
        rows: list[dict[str, Any]] = []
        actor_rows: list[dict[str, Any]] = []
        regions: list[str] = []  # proposals whose region type changed: their score summaries go stale
        entries = []
        for record, uuid in chunk:
            sid = record.submission_id
            current, revised = plan.current[sid], plan.revised[sid]
            actors = proposals.restamped_actors(current.actors, revised.actors, now)
            stored = replace(revised, stamp=self.bumped(current.stamp, now), actors=actors)
            rows.append(proposal_row(stored))
            actor_rows += [actor_row(a, uuid, i) for i, a in enumerate(actors)]
            if stored.region_type != current.region_type:
                regions.append(uuid)
            reason = f"imported from {source}, submission {sid}"
            digest = plan.hashes[sid]
            entries.append(audit.entry("import_update", "proposal", uuid, "content_hash", plan.previous[sid], digest,
                                       reason, now))  # fmt: skip
        columns = [c for c in rows[0] if c != "uuid"]
        assignments = ", ".join(f"{c} = ?" for c in columns)
        conn = self.db.conn
        conn.executemany(
            f"UPDATE proposals SET {assignments} WHERE uuid = ?", [[*(r[c] for c in columns), r["uuid"]] for r in rows]
        )
        conn.executemany("DELETE FROM actors WHERE proposal_uuid = ?", [[uuid] for _, uuid in chunk])
        self.insert("actors", actor_rows)
        if regions:
            self._store.summaries.mark_stale(regions)
        conn.executemany(
            "UPDATE import_sources SET source = ?, content_hash = ?, submitted_at = coalesce(?, submitted_at),"
            " last_imported_at = ? WHERE submission_id = ?",
            [[source, plan.hashes[r.submission_id], r.submitted_at, now, r.submission_id] for r, _ in chunk],
        )
        audit.record_many(entries)

    def _update_one_by_one(self, plan: ImportPlan, source: str, progress: Progress) -> None:
        proposals, audit, now = self._store.proposals, self._store.audit, utc_now()
        for i, (record, uuid) in enumerate(plan.updates):
            if i % _UPDATES == 0:
                progress.update(len(plan.additions) + i, len(plan.additions) + len(plan.updates))
                check_cancelled(progress)
            proposals.update(plan.revised[record.submission_id])
            old_hash, digest = self._hash_of(record.submission_id), plan.hashes[record.submission_id]
            self.db.execute(
                "UPDATE import_sources SET source = ?, content_hash = ?, submitted_at = coalesce(?, submitted_at),"
                " last_imported_at = ? WHERE submission_id = ?",
                [source, digest, record.submitted_at, now, record.submission_id],
            )
            reason = f"imported from {source}, submission {record.submission_id}"
            audit.record(audit.entry("import_update", "proposal", uuid, "content_hash", old_hash, digest, reason, now))

    def _hash_of(self, submission_id: str) -> str:
        sql = "SELECT content_hash FROM import_sources WHERE submission_id = ?"
        return str(self.db.execute(sql, [submission_id]).fetchone()[0])

    def _stored(self, uuids: list[str]) -> dict[str, Proposal]:
        """These proposals as stored, with their actors, in two queries."""
        if not uuids:
            return {}
        ids = json.dumps(uuids)
        actors: dict[str, list[Actor]] = {}
        sql = "SELECT * FROM actors WHERE proposal_uuid IN (SELECT value FROM json_each(?))"
        sql += " ORDER BY proposal_uuid, position"
        for row in self.db.query(sql, [ids]):
            actors.setdefault(row["proposal_uuid"], []).append(actor_from_row(row))
        sql = "SELECT * FROM proposals WHERE uuid IN (SELECT value FROM json_each(?))"
        return {
            row["uuid"]: proposal_from_row(row, tuple(actors.get(row["uuid"], ()))) for row in self.db.query(sql, [ids])
        }

    def _known(self, submission_ids: list[str]) -> dict[str, _Known]:
        sql = """SELECT s.submission_id, s.proposal_uuid, s.content_hash, p.code
            FROM import_sources s JOIN proposals p ON p.uuid = s.proposal_uuid
            WHERE s.submission_id IN (SELECT value FROM json_each(?))"""
        rows = self.db.execute(sql, [json.dumps(submission_ids)])  # not fetched whole: 100,000 rows on a re-import
        return {sid: _Known(uuid, digest, code) for sid, uuid, digest, code in rows}

    def source_of(self, submission_id: str) -> ImportSource | None:
        rows = list(self.db.query("SELECT * FROM import_sources WHERE submission_id = ?", [submission_id]))
        return ImportSource(**rows[0]) if rows else None

    def sources(self, proposal_uuid: str) -> list[ImportSource]:
        """The submissions a proposal was imported from (one, unless merged by hand)."""
        sql = "SELECT * FROM import_sources WHERE proposal_uuid = ? ORDER BY first_imported_at"
        return [ImportSource(**row) for row in self.db.query(sql, [proposal_uuid])]

    def count(self) -> int:
        return self.db["import_sources"].count


def _revised(current: Proposal, record: ImportRecord) -> Proposal:
    """The stored proposal with the fields the file gives taken from it: its id, revision and status kept, every
    field the file does not give kept too (a mapping that leaves a column out never blanks it), actors matched
    by position when the file gives actors."""
    imported = record.proposal
    values = {name: getattr(imported, name) for name in _UPDATED if record.provides(name)}
    actors = current.actors
    if record.provides(ACTORS):
        actors = tuple(
            replace(a, uuid=current.actors[i].uuid if i < len(current.actors) else new_uuid())
            for i, a in enumerate(imported.actors)
        )
    return replace(current, **values, actors=actors)


def _changes(current: Proposal, revised: Proposal) -> tuple[FieldChange, ...]:
    """The fields an update changes, old → new, in the proposal's field order; the actors as one change."""
    changes = [
        FieldChange(name, _shown(name, getattr(current, name)), _shown(name, getattr(revised, name)))
        for name in _UPDATED
        if getattr(current, name) != getattr(revised, name)
    ]
    if [_content(a) for a in current.actors] != [_content(a) for a in revised.actors]:
        changes.append(FieldChange(ACTORS, _actors_shown(current.actors), _actors_shown(revised.actors)))
    return tuple(changes)


def _shown(name: str, value: object) -> str:
    """A value as a person reads it: amounts grouped (600,000), lists joined, long texts cut at 80 characters."""
    if value is None:
        return ""
    if isinstance(value, float) and name in _AMOUNTS:
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    if isinstance(value, tuple):
        return "; ".join(str(v) for v in value)
    text = str(getattr(value, "value", value))
    return text if len(text) <= 80 else text[:79] + "…"


def _actors_shown(actors: tuple[Actor, ...]) -> str:
    return "; ".join(f"{a.name} ({a.actor_type.value}, {_shown('contribution', a.contribution)})" for a in actors)


def _source_row(record: ImportRecord, uuid: str, source: str, digest: str, now: str) -> dict[str, Any]:
    return {
        "submission_id": record.submission_id,
        "proposal_uuid": uuid,
        "source": source,
        "content_hash": digest,
        "submitted_at": record.submitted_at,
        "first_imported_at": now,
        "last_imported_at": now,
    }


def _chunks(records: Sequence[ImportRecord]) -> Iterator[tuple[int, Sequence[ImportRecord]]]:
    for start in range(0, len(records), _CHUNK):
        yield start, records[start : start + _CHUNK]


def _text(value: object) -> str:
    return "" if value is None else str(value)
