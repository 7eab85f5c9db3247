"""The roster: evaluators' public keys this store trusts, who added each and when; revoked only with a reason."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from red_desktop.core.decision_rules import reason_problems
from red_desktop.core.domain import utc_now
from red_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from red_desktop.core.identity import PublicIdentity, normalise_fingerprint, parse_public_key
from red_desktop.core.store.base import Manager


@dataclass(frozen=True)
class TrustedKey:
    identity: PublicIdentity
    added_at: str
    added_by: str
    revoked_at: str | None = None
    revoked_by: str | None = None
    revoke_reason: str | None = None

    @property
    def fingerprint(self) -> str:
        return self.identity.fingerprint

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    def to_json(self) -> dict[str, Any]:
        return {
            "fingerprint": self.fingerprint,
            "name": self.identity.name,
            "role": self.identity.role,
            "public_key": self.identity.public_key_b64,
            "added_at": self.added_at,
            "added_by": self.added_by,
            "revoked_at": self.revoked_at,
            "revoked_by": self.revoked_by,
            "revoke_reason": self.revoke_reason,
        }


class Roster(Manager):
    def add(self, public_key: PublicIdentity | dict[str, Any]) -> tuple[TrustedKey, bool]:
        """Trust a key; a key already on the roster (revoked or not) is left unchanged. Returns it and whether added."""
        identity = public_key if isinstance(public_key, PublicIdentity) else parse_public_key(public_key)
        with self.writing() as db:
            existing = self.get(identity.fingerprint)
            if existing is not None:
                return existing, False
            now = utc_now()
            db.table("trusted_keys").insert(
                {
                    "fingerprint": identity.fingerprint,
                    "public_key": identity.public_key_b64,
                    "name": identity.name,
                    "role": identity.role,
                    "added_at": now,
                    "added_by": self.user,
                }
            )
            audit = self._store.audit
            audit.record(
                audit.entry("key_trusted", "trusted_key", identity.fingerprint, "name", None, identity.name, at=now)
            )
        stored = self.get(identity.fingerprint)
        assert stored is not None
        return stored, True

    def revoke(self, fingerprint: str, reason: str) -> TrustedKey:
        problems = reason_problems(reason)
        if problems:
            raise ValidationError("Revoking a key", problems)
        wanted = normalise_fingerprint(fingerprint)
        with self.writing() as db:
            key = self.get(wanted)
            if key is None:
                raise NotFoundError(f"No key with fingerprint {wanted} is on the roster")
            if key.revoked:
                raise ConflictError(f"The key {wanted} ({key.identity.name}) was already revoked on {key.revoked_at}")
            now = utc_now()
            db.execute(
                "UPDATE trusted_keys SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE fingerprint = ?",
                [now, self.user, reason.strip(), wanted],
            )
            audit = self._store.audit
            audit.record(
                audit.entry("key_revoked", "trusted_key", wanted, "revoked", None, now, reason.strip(), at=now)
            )
        revoked = self.get(wanted)
        assert revoked is not None
        return revoked

    def get(self, fingerprint: str) -> TrustedKey | None:
        rows = list(
            self.db.query("SELECT * FROM trusted_keys WHERE fingerprint = ?", [normalise_fingerprint(fingerprint)])
        )
        return _trusted(rows[0]) if rows else None

    def all(self) -> list[TrustedKey]:
        return [_trusted(row) for row in self.db.query("SELECT * FROM trusted_keys ORDER BY added_at, fingerprint")]

    def is_trusted(self, fingerprint: str) -> bool:
        key = self.get(fingerprint)
        return key is not None and not key.revoked

    def count(self) -> int:
        return self.db.table("trusted_keys").count


def _trusted(row: dict[str, Any]) -> TrustedKey:
    identity = PublicIdentity(name=row["name"], role=row["role"], public_key=base64.b64decode(row["public_key"]))
    return TrustedKey(
        identity=identity,
        added_at=row["added_at"],
        added_by=row["added_by"],
        revoked_at=row["revoked_at"],
        revoked_by=row["revoked_by"],
        revoke_reason=row["revoke_reason"],
    )
