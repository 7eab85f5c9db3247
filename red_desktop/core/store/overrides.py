"""The committee's recorded overrides of eligibility gates."""

from __future__ import annotations

from red_desktop.core.domain import GateOverride, utc_now
from red_desktop.core.errors import NotFoundError, Problem, ValidationError
from red_desktop.core.messages import msg
from red_desktop.core.store.base import Manager
from red_desktop.core.store.rows import stamp_columns, stamp_of

MAX_RATIONALE = 5_000


class GateOverrides(Manager):
    def set(self, proposal_uuid: str, rationale: str) -> GateOverride:
        """Treat a proposal as eligible whatever its gates say, for the reason given (audited)."""
        if not isinstance(rationale, str) or not rationale.strip() or len(rationale) > MAX_RATIONALE:
            said = msg("required_at_most", "is required, at most {limit:,} characters", limit=MAX_RATIONALE)
            raise ValidationError(msg("eligibility_override", "The eligibility override"), [Problem("rationale", said)])
        with self.writing() as db:
            self._store.proposals.require(proposal_uuid)
            now = utc_now()
            previous = self.get(proposal_uuid)
            if previous is None:
                override = GateOverride(proposal_uuid, rationale.strip(), stamp=self.new_stamp(now))
            else:
                override = GateOverride(
                    proposal_uuid, rationale.strip(), previous.uuid, self.bumped(previous.stamp, now)
                )
            db.table("gate_overrides").upsert(
                {
                    "uuid": override.uuid,
                    "proposal_uuid": proposal_uuid,
                    "rationale": override.rationale,
                    **stamp_columns(override.stamp),
                },
                pk="uuid",
            )
            audit = self._store.audit
            audit.record(
                audit.entry(
                    "gate_override",
                    "proposal",
                    proposal_uuid,
                    "eligibility",
                    previous and previous.rationale,
                    override.rationale,
                    override.rationale,
                    at=now,
                )
            )
        return override

    def clear(self, proposal_uuid: str, reason: str) -> None:
        if not isinstance(reason, str) or not reason.strip():
            raise ValidationError(
                msg("removing_override", "Removing an eligibility override"),
                [Problem("reason", msg("required", "is required"))],
            )
        with self.writing() as db:
            previous = self.get(proposal_uuid)
            if previous is None:
                raise NotFoundError(msg("no_override", "This proposal has no eligibility override"))
            db.execute("DELETE FROM gate_overrides WHERE uuid = ?", [previous.uuid])
            audit = self._store.audit
            audit.record(
                audit.entry(
                    "gate_override_removed",
                    "proposal",
                    proposal_uuid,
                    "eligibility",
                    previous.rationale,
                    None,
                    reason.strip(),
                )
            )

    def get(self, proposal_uuid: str) -> GateOverride | None:
        rows = list(self.db.query("SELECT * FROM gate_overrides WHERE proposal_uuid = ?", [proposal_uuid]))
        if not rows:
            return None
        row = rows[0]
        return GateOverride(row["proposal_uuid"], row["rationale"], row["uuid"], stamp_of(row))

    def rationales(self) -> dict[str, str]:
        return {
            r["proposal_uuid"]: r["rationale"]
            for r in self.db.query("SELECT proposal_uuid, rationale FROM gate_overrides")
        }
