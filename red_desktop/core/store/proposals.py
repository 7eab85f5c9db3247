"""Proposals and their local actors."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace

from red_desktop.core.domain import Actor, Proposal, utc_now
from red_desktop.core.errors import ConflictError, NotFoundError, Problem, ValidationError
from red_desktop.core.store.base import Manager
from red_desktop.core.store.rows import actor_from_row, actor_row, proposal_from_row, proposal_row
from red_desktop.core.validation import validate_proposal


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

    def update(self, proposal: Proposal) -> Proposal:
        """Replace a proposal's fields and actors; refused if someone saved a newer revision meanwhile."""
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
        return stored

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
