"""Declared conflicts of interest (issue 21): declared by an evaluator or committee member, or recorded for them by
the committee; withdrawn only with a reason; never deleted. Every change is audited. What a declaration reaches is
core/interests.py's."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from red_desktop.core.decision_rules import reason_problems
from red_desktop.core.domain import Evaluation, Evaluator, Interest, InterestKind, utc_now
from red_desktop.core.errors import ConflictError, NotFoundError, Problem, ValidationError
from red_desktop.core.interests import Named, conflicted_pairs, reaches, words
from red_desktop.core.messages import msg
from red_desktop.core.store.base import Manager
from red_desktop.core.store.rows import stamp_columns, stamp_of

MAX_SUBJECT = 200


class Interests(Manager):
    def declare(
        self,
        evaluator: Evaluator,
        kind: InterestKind,
        reason: str,
        *,
        proposal_uuid: str | None = None,
        subject: str = "",
    ) -> Interest:
        """Record that `evaluator` has a conflict of interest with a proposal, an agency or an actor (audited)."""
        kind = InterestKind(kind)
        problems = reason_problems(reason) + _subject_problems(kind, subject, proposal_uuid)
        if problems:
            raise ValidationError(msg("declaration", "The declaration of a conflict of interest"), problems)
        with self.writing() as db:
            if kind is InterestKind.PROPOSAL:
                assert proposal_uuid is not None
                self._store.proposals.require(proposal_uuid)
            now = utc_now()
            interest = Interest(
                evaluator.uuid,
                evaluator.name,
                kind,
                reason.strip(),
                proposal_uuid if kind is InterestKind.PROPOSAL else None,
                subject.strip() if kind is not InterestKind.PROPOSAL else "",
                stamp=self.new_stamp(now),
            )
            db.table("interests").insert(interest_row(interest))
            audit = self._store.audit
            named = f"{evaluator.name} — {interest.subject or self._code(str(proposal_uuid))}"
            audit.record(
                audit.entry("interest_declared", "interest", interest.uuid, str(kind), None, named, interest.reason)
            )
            self._restate(interest.evaluator_uuid, set())
        return interest

    def withdraw(self, uuid: str, reason: str) -> Interest:
        problems = reason_problems(reason)
        if problems:
            raise ValidationError(msg("withdrawing_interest", "Withdrawing a declaration"), problems)
        with self.writing() as db:
            interest = self.get(uuid)
            if not interest.active:
                raise ConflictError(
                    msg(
                        "interest_withdrawn",
                        "This declaration was already withdrawn on {day}",
                        day=str(interest.withdrawn_at)[:10],
                    )
                )
            now = utc_now()
            withdrawn = replace(
                interest, withdrawn_at=now, withdrawn_reason=reason.strip(), stamp=self.bumped(interest.stamp, now)
            )
            reached = {p for e, p in self.conflicted_pairs() if e == interest.evaluator_uuid}
            db.table("interests").update(interest.uuid, interest_row(withdrawn))
            audit = self._store.audit
            named = f"{interest.evaluator_name} — {self.describe(interest)}"
            audit.record(
                audit.entry("interest_withdrawn", "interest", interest.uuid, "withdrawn", named, None, reason.strip())
            )
            self._restate(interest.evaluator_uuid, reached)
        return withdrawn

    def _restate(self, evaluator_uuid: str, reached_before: set[str]) -> None:
        """The committee totals of the proposals a change of this evaluator's declarations reaches are no longer
        what their evaluations give: forgotten until the summaries are next refreshed (the window catches up)."""
        reached = {p for e, p in self.conflicted_pairs() if e == evaluator_uuid}
        changed = reached ^ reached_before
        if changed:
            self._store.summaries.mark_stale(sorted(changed))

    def get(self, uuid: str) -> Interest:
        rows = list(self.db.query("SELECT * FROM interests WHERE uuid = ?", [uuid.strip()]))
        if not rows:  # an id may be given by its first characters, as `coi list` shows it
            prefix = uuid.strip().lower()  # compared as it is: a % or _ typed is no wildcard
            rows = list(self.db.query("SELECT * FROM interests WHERE substr(uuid, 1, ?) = ?", [len(prefix), prefix]))
        if len(rows) != 1 or not uuid.strip():
            raise NotFoundError(
                msg("no_interest", "No declaration of a conflict of interest with id {uuid}", uuid=uuid)
            )
        return interest_from_row(rows[0])

    def all(self, *, active_only: bool = False) -> list[Interest]:
        where = "WHERE withdrawn_at IS NULL" if active_only else ""
        sql = f"SELECT * FROM interests {where} ORDER BY evaluator_name, created_at, uuid"
        return [interest_from_row(row) for row in self.db.query(sql)]

    def count(self) -> int:
        return self.db["interests"].count

    def against(self, evaluator_uuid: str, proposal_uuid: str) -> Interest | None:
        """The first active declaration of this evaluator that reaches this proposal, if any."""
        mine = [i for i in self.all(active_only=True) if i.evaluator_uuid == evaluator_uuid]
        if not mine:
            return None
        named = self._named([proposal_uuid])
        proposal = named[0] if named else Named(proposal_uuid, "")
        return next((i for i in mine if reaches(i, proposal)), None)

    def refuse_if_conflicted(self, evaluator_uuid: str, proposal_uuid: str) -> None:
        interest = self.against(evaluator_uuid, proposal_uuid)
        if interest is not None:
            raise ConflictError(
                msg(
                    "conflicted",
                    "{name} declared a conflict of interest with this proposal ({what}): {reason}",
                    name=interest.evaluator_name,
                    what=self.describe(interest),
                    reason=interest.reason,
                )
            )

    def describe(self, interest: Interest) -> str:
        """What the declaration is with, as a person reads it: the proposal's code, or the name declared."""
        if interest.kind is InterestKind.PROPOSAL:
            return self._code(str(interest.proposal_uuid))
        return interest.subject

    def left_out(self, proposal_uuid: str, finals: Sequence[Evaluation]) -> tuple[list[Evaluation], list[Evaluation]]:
        """Of a proposal's final evaluations (`proposal_uuid`: the proposal they count for), those that count and
        those a declared conflict of interest leaves out: the rule store.evaluations.frame marks `excluded`."""
        conflicted = self.conflicted_pairs([proposal_uuid])
        out = [e for e in finals if (e.evaluator_uuid, proposal_uuid) in conflicted]
        return [e for e in finals if e not in out], out

    def _code(self, proposal_uuid: str) -> str:
        return self._store.proposals.codes_of([proposal_uuid]).get(proposal_uuid, proposal_uuid[:8])

    def reached(self, interest: Interest) -> list[str]:
        """The proposals this declaration reaches (none once withdrawn)."""
        if not interest.active:
            return []
        if interest.kind is InterestKind.PROPOSAL:
            return [str(interest.proposal_uuid)]
        longest = max(words(interest.subject).split(), key=len)
        return [named.uuid for named in self._candidates([longest], None) if reaches(interest, named)]

    def conflicted_pairs(self, proposal_uuids: Sequence[str] | None = None) -> set[tuple[str, str]]:
        """(evaluator uuid, proposal uuid) of every active declaration and proposal it reaches (of these proposals,
        when given): read only where a declaration by name exists."""
        interests = self.all(active_only=True)
        if proposal_uuids is not None:
            wanted = set(proposal_uuids)
            interests = [i for i in interests if i.kind is not InterestKind.PROPOSAL or i.proposal_uuid in wanted]
        if not interests:
            return set()
        by_name = [i for i in interests if i.kind is not InterestKind.PROPOSAL]
        longest = [max(words(i.subject).split(), key=len) for i in by_name]
        named = self._candidates(longest, proposal_uuids) if by_name else []
        return conflicted_pairs(interests, named)

    def _candidates(self, subjects: list[str], proposal_uuids: Sequence[str] | None) -> list[Named]:
        """The proposals whose folded search text holds one of these words (each name's longest): only they can bear
        the names; reaches() then compares whole names."""
        where = " OR ".join("instr(search_text, ?) > 0" for _ in subjects)
        params: list[Any] = list(subjects)
        sql = f"SELECT uuid FROM proposals WHERE ({where})"
        if proposal_uuids is not None:
            sql += " AND uuid IN (SELECT value FROM json_each(?))"
            params.append(json.dumps(list(proposal_uuids)))
        return self._named([u for (u,) in self.db.execute(sql, params)])

    def _named(self, uuids: Sequence[str]) -> list[Named]:
        sql = "SELECT uuid, executing_agency FROM proposals WHERE uuid IN (SELECT value FROM json_each(?))"
        agencies = dict(self.db.execute(sql, [json.dumps(list(uuids))]).fetchall())
        actors: dict[str, list[str]] = {}
        sql = "SELECT proposal_uuid, name FROM actors WHERE proposal_uuid IN (SELECT value FROM json_each(?))"
        for proposal, name in self.db.execute(sql, [json.dumps(list(uuids))]):
            actors.setdefault(proposal, []).append(name)
        return [Named(u, agencies[u], tuple(actors.get(u, ()))) for u in uuids if u in agencies]


def _subject_problems(kind: InterestKind, subject: object, proposal_uuid: str | None) -> list[Problem]:
    if kind is InterestKind.PROPOSAL:
        return [] if proposal_uuid else [Problem("proposal", msg("required", "is required"))]
    if not isinstance(subject, str) or not words(subject) or len(subject) > MAX_SUBJECT:
        said = msg("name_required", "must name it, in at most {limit} characters", limit=MAX_SUBJECT)
        return [Problem(str(kind), said, subject)]
    return []


def interest_row(interest: Interest) -> dict[str, Any]:
    return {
        "uuid": interest.uuid,
        "evaluator_uuid": interest.evaluator_uuid,
        "evaluator_name": interest.evaluator_name,
        "kind": str(interest.kind),
        "proposal_uuid": interest.proposal_uuid,
        "subject": interest.subject,
        "reason": interest.reason,
        "withdrawn_at": interest.withdrawn_at,
        "withdrawn_reason": interest.withdrawn_reason,
        **stamp_columns(interest.stamp),
    }


def interest_from_row(row: dict[str, Any]) -> Interest:
    return Interest(
        evaluator_uuid=row["evaluator_uuid"],
        evaluator_name=row["evaluator_name"],
        kind=InterestKind(row["kind"]),
        reason=row["reason"],
        proposal_uuid=row["proposal_uuid"],
        subject=row["subject"],
        withdrawn_at=row["withdrawn_at"],
        withdrawn_reason=row["withdrawn_reason"],
        uuid=row["uuid"],
        stamp=stamp_of(row),
    )
