"""The append-only audit log: who changed what, when, from which value to which."""

from __future__ import annotations

from red_desktop.core.domain import AuditEntry, new_uuid, utc_now
from red_desktop.core.store.base import Manager


class AuditLog(Manager):
    def record(self, entry: AuditEntry) -> None:
        """Append an entry; callers do this inside the transaction of the change it describes."""
        self.record_many([entry])

    def record_many(self, entries: list[AuditEntry]) -> None:
        self.insert("audit_log", [{"uuid": new_uuid(), **e.__dict__} for e in entries])

    def entry(
        self,
        action: str,
        entity: str,
        entity_uuid: str,
        field: str = "",
        old: object = None,
        new: object = None,
        reason: str = "",
        at: str | None = None,
    ) -> AuditEntry:
        return AuditEntry(
            at=at or utc_now(),
            actor=self.user,
            action=action,
            entity=entity,
            entity_uuid=entity_uuid,
            field=field,
            old_value=_text(old),
            new_value=_text(new),
            reason=reason,
        )

    def entries(self, entity_uuid: str | None = None) -> list[AuditEntry]:
        where, params = ("entity_uuid = ?", [entity_uuid]) if entity_uuid else (None, None)
        rows = self.db["audit_log"].rows_where(where, params, order_by="id")
        return [AuditEntry(**{k: v for k, v in row.items() if k not in ("id", "uuid")}) for row in rows]

    def about_proposal(self, proposal_uuid: str) -> list[AuditEntry]:
        """A proposal's trail, as written: its own entries (edits, code, decision, override, packages), its
        evaluations' and those of the proposals merged into it, and those proposals' merges into or out of it."""
        sql = """SELECT * FROM audit_log WHERE entity_uuid = :p
                 OR entity_uuid IN (SELECT uuid FROM evaluations WHERE proposal_uuid = :p
                                    OR proposal_uuid IN (SELECT uuid FROM proposals WHERE merged_into = :p))
                 OR (entity_uuid IN (SELECT uuid FROM proposals WHERE merged_into = :p) AND field = 'merged_into')
                 ORDER BY id"""
        rows = self.db.query(sql, {"p": proposal_uuid})
        return [AuditEntry(**{k: v for k, v in row.items() if k not in ("id", "uuid")}) for row in rows]

    def count(self) -> int:
        return self.db["audit_log"].count


def _text(value: object) -> str | None:
    return None if value is None else str(value)
