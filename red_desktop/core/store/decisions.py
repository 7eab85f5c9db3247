"""The committee's decisions: one per proposal, audited, revised or withdrawn only with a reason.

A decision locks the proposal's evaluations (store/evaluations.py checks): what the committee
decided on can no longer change underneath it. An approval of a proposal that fails the rubric's
eligibility gates is refused unless a gate override is recorded (decision_rules.gates_refusing);
decisions arriving in an exchange package are written by store/exchange.py, not checked here.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from red_desktop.core.decision_rules import decision_problems, gates_refusing, reason_problems
from red_desktop.core.domain import AuditEntry, Decision, ProposalStatus, utc_now
from red_desktop.core.eligibility import check_eligibility
from red_desktop.core.enum_labels import enum_label
from red_desktop.core.errors import ConflictError, IneligibleError, NotFoundError, ValidationError
from red_desktop.core.messages import msg
from red_desktop.core.rubric import Rubric
from red_desktop.core.store.base import Manager
from red_desktop.core.store.rows import decision_from_row, stamp_columns


class Decisions(Manager):
    def record(self, decision: Decision, rubric: Rubric) -> Decision:
        """The first decision on a proposal; a proposal already decided needs `revise` (with a reason)."""
        with self.writing() as db:
            self._store.proposals.require(decision.proposal_uuid)
            decision = self._recused(decision)
            _check(decision)
            self._check_eligible(decision, rubric)
            previous = self.get(decision.proposal_uuid)
            if previous is not None:
                raise ConflictError(
                    msg(
                        "already_decided",
                        "This proposal already has a decision ({kind}, {day}); revise it with a reason instead",
                        kind=enum_label(previous.kind),
                        day=previous.decided_on,
                    )
                )
            now = utc_now()
            stored = replace(decision, rationale=decision.rationale.strip(), stamp=self.new_stamp(now))
            db.table("decisions").insert(_row(stored))
            self._audit(stored, None, "", now)
            self._store.proposals.set_status(decision.proposal_uuid, ProposalStatus.DECIDED, "committee decision")
        return stored

    def revise(self, decision: Decision, reason: str, rubric: Rubric) -> Decision:
        """Replace the decision on a proposal; `decision` must carry the revision it was read at."""
        problems = reason_problems(reason)
        if problems:
            raise ValidationError(msg("revising", "Revising a decision"), problems)
        with self.writing() as db:
            decision = self._recused(decision)
            _check(decision)
            previous = self._require(decision.proposal_uuid)
            if previous.stamp.revision != decision.stamp.revision:
                raise ConflictError(
                    msg(
                        "changed_elsewhere",
                        "The decision was changed elsewhere (revision {theirs}, yours is {yours}); reload it before "
                        "revising",
                        theirs=previous.stamp.revision,
                        yours=decision.stamp.revision,
                    )
                )
            self._check_eligible(decision, rubric)
            now = utc_now()
            stored = replace(
                decision,
                uuid=previous.uuid,
                rationale=decision.rationale.strip(),
                stamp=self.bumped(previous.stamp, now),
            )
            db.table("decisions").update(previous.uuid, _row(stored))
            self._audit(stored, previous, reason.strip(), now)
        return stored

    def withdraw(self, proposal_uuid: str, reason: str) -> None:
        """Remove the decision (its evaluations are unlocked again) and give the proposal back the status it had
        before; the audit log keeps what it was."""
        problems = reason_problems(reason)
        if problems:
            raise ValidationError(msg("withdrawing", "Withdrawing a decision"), problems)
        with self.writing() as db:
            previous = self._require(proposal_uuid)
            db.execute("DELETE FROM decisions WHERE uuid = ?", [previous.uuid])
            self._store.proposals.set_status(proposal_uuid, self.status_before(proposal_uuid), reason.strip())
            audit = self._store.audit
            audit.record(
                audit.entry(
                    "decision_withdrawn", "proposal", proposal_uuid, "decision", previous.kind, None, reason.strip()
                )
            )

    def _recused(self, decision: Decision) -> Decision:
        """The decision with the members present who declared a conflict of interest with its proposal moved to
        those recused (issue 21): recorded as such, not counted among those present. Members are named as the
        roster names evaluators; those recused before stay so."""
        present, recused = [], list(decision.members_recused)
        for member in decision.members_present:
            try:
                evaluator = self._store.evaluators.by_name(member.strip())
            except NotFoundError:
                present.append(member)
                continue
            conflicted = self._store.interests.against(evaluator.uuid, decision.proposal_uuid) is not None
            (recused if conflicted else present).append(member)
        if recused and not present:
            raise ConflictError(
                msg(
                    "all_recused",
                    "Every member present ({members}) declared a conflict of interest with this proposal; a decision "
                    "needs at least one member who did not",
                    members=", ".join(recused),
                )
            )
        return replace(decision, members_present=tuple(present), members_recused=tuple(dict.fromkeys(recused)))

    def status_before(self, proposal_uuid: str) -> ProposalStatus:
        """The status the proposal had before it was marked decided, read from the audit log; under review when
        the log does not say (a decision that arrived in a package)."""
        rows = self.db.query(
            "SELECT old_value FROM audit_log WHERE entity = 'proposal' AND entity_uuid = ? AND field = 'status' "
            "AND new_value = ? ORDER BY id DESC LIMIT 1",
            [proposal_uuid, str(ProposalStatus.DECIDED)],
        )
        old = next((row["old_value"] for row in rows), None)
        if old in set(ProposalStatus) and old != ProposalStatus.DECIDED:
            return ProposalStatus(old)
        return ProposalStatus.UNDER_REVIEW

    def withdrawal(self, proposal_uuid: str) -> AuditEntry | None:
        """The audit entry of the withdrawal that left the proposal without a decision (its old value the kind
        withdrawn); None when the proposal has a decision, or never had one withdrawn."""
        rows = self.db.query(
            "SELECT * FROM audit_log WHERE entity = 'proposal' AND entity_uuid = ? AND field = 'decision' "
            "AND action IN ('decision', 'decision_withdrawn') ORDER BY at DESC, id DESC LIMIT 1",
            [proposal_uuid],
        )
        row = next(iter(rows), None)
        if row is None or row["action"] != "decision_withdrawn" or self.get(proposal_uuid) is not None:
            return None
        return AuditEntry(**{k: row[k] for k in AuditEntry.__dataclass_fields__})

    def get(self, proposal_uuid: str) -> Decision | None:
        rows = list(self.db.query("SELECT * FROM decisions WHERE proposal_uuid = ?", [proposal_uuid]))
        return decision_from_row(rows[0]) if rows else None

    def all(self) -> dict[str, Decision]:
        """Every decision by proposal uuid."""
        return {row["proposal_uuid"]: decision_from_row(row) for row in self.db.query("SELECT * FROM decisions")}

    def count(self) -> int:
        return self.db.table("decisions").count

    def _require(self, proposal_uuid: str) -> Decision:
        previous = self.get(proposal_uuid)
        if previous is None:
            raise NotFoundError(msg("no_decision", "This proposal has no decision yet; record one first"))
        return previous

    def _check_eligible(self, decision: Decision, rubric: Rubric) -> None:
        proposal = self._store.proposals.get(decision.proposal_uuid)
        override = self._store.overrides.get(proposal.uuid)
        eligibility = check_eligibility(proposal, rubric.gate_ids, override.rationale if override else None)
        failed = gates_refusing(decision.kind, eligibility)
        if failed:
            names = {g.id: g.name.get_text("en") for g in rubric.gates}
            raise IneligibleError(proposal.code, failed, tuple(names[g] for g in failed))

    def _audit(self, decision: Decision, previous: Decision | None, reason: str, at: str) -> None:
        audit = self._store.audit
        entries = [
            audit.entry(
                "decision",
                "proposal",
                decision.proposal_uuid,
                "decision",
                previous and previous.kind,
                decision.kind,
                reason,
                at=at,
            ),  # fmt: skip
        ]
        for name in ("rationale", "conditions", "decided_on", "members_present", "members_recused"):
            old = None if previous is None else _field_text(previous, name)
            new = _field_text(decision, name)
            if old != new and not (name == "members_recused" and not old and not new):  # none recused, none said
                entries.append(
                    audit.entry("decision", "proposal", decision.proposal_uuid, name, old, new, reason, at=at)
                )
        audit.record_many(entries)


def _check(decision: Decision) -> None:
    problems = decision_problems(decision)
    if problems:
        raise ValidationError(msg("the_decision", "The decision"), problems)


def _field_text(decision: Decision, name: str) -> str:
    value = getattr(decision, name)
    return ", ".join(value) if isinstance(value, tuple) else str(value)


def _row(decision: Decision) -> dict[str, Any]:
    return {
        "uuid": decision.uuid,
        "proposal_uuid": decision.proposal_uuid,
        "kind": str(decision.kind),
        "rationale": decision.rationale,
        "conditions": decision.conditions.strip(),
        "decided_on": decision.decided_on,
        "members_present": json.dumps([m.strip() for m in decision.members_present], ensure_ascii=False),
        "members_recused": json.dumps([m.strip() for m in decision.members_recused], ensure_ascii=False),
        **stamp_columns(decision.stamp),
    }
