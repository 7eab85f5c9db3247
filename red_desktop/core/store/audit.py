"""The append-only audit log: who changed what, when, from which value to which."""

from __future__ import annotations

from red_desktop.core.domain import AuditEntry, LoggedEntry, new_uuid, utc_now
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

    def logged(self) -> list[LoggedEntry]:
        """The whole log, oldest first (by time, then as written: a demo or a package writes times of the past),
        each entry with the proposal it is about and, for an evaluation's entry, its evaluator. A decision's and an
        override's entries are keyed by their proposal."""
        sql = """SELECT a.*, COALESCE(p.uuid, '') AS about_uuid, COALESCE(p.code, '') AS about_code,
                        COALESCE(v.name, '') AS about_evaluator
                 FROM audit_log a
                 LEFT JOIN evaluations e ON a.entity = 'evaluation' AND e.uuid = a.entity_uuid
                 LEFT JOIN evaluators v ON v.uuid = e.evaluator_uuid
                 LEFT JOIN proposals p ON p.uuid = COALESCE(e.proposal_uuid, a.entity_uuid)
                 ORDER BY a.at, a.id"""
        return [
            LoggedEntry(
                AuditEntry(**{k: row[k] for k in AuditEntry.__dataclass_fields__}),
                row["about_uuid"],
                row["about_code"],
                row["about_evaluator"],
            )
            for row in self.db.query(sql)
        ]

    def count(self) -> int:
        return self.db["audit_log"].count


def _text(value: object) -> str | None:
    return None if value is None else str(value)
