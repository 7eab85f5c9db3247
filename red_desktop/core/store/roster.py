"""The roster: evaluators' public keys this store trusts, who added each and when; revoked only with a reason."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from red_desktop.core.decision_rules import reason_problems
from red_desktop.core.domain import utc_now
from red_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from red_desktop.core.identity import PublicIdentity, normalise_fingerprint, parse_public_key
from red_desktop.core.messages import msg
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

    @property
    def can_receive_encrypted(self) -> bool:
        """Packages can be encrypted to this key: it is trusted and its file carried an encryption key."""
        return self.identity.encryption_key is not None and not self.revoked

    def to_json(self) -> dict[str, Any]:
        return {
            "fingerprint": self.fingerprint,
            "name": self.identity.name,
            "role": self.identity.role,
            "public_key": self.identity.public_key_b64,
            "encryption_key": self.identity.encryption_key_b64,
            "can_receive_encrypted": self.can_receive_encrypted,
            "added_at": self.added_at,
            "added_by": self.added_by,
            "revoked_at": self.revoked_at,
            "revoked_by": self.revoked_by,
            "revoke_reason": self.revoke_reason,
        }


class Roster(Manager):
    def add(self, public_key: PublicIdentity | dict[str, Any]) -> tuple[TrustedKey, bool]:
        """Trust a key; returns it and whether it was added. A key already on the roster is left unchanged, except
        that a trusted (not revoked) key listed without an encryption key gains the one its file now carries.

        A PublicIdentity given here must come from parse_public_key, which checked its encryption key's signature.
        """
        identity = public_key if isinstance(public_key, PublicIdentity) else parse_public_key(public_key)
        with self.writing() as db:
            existing = self.get(identity.fingerprint)
            if existing is not None:
                if identity.encryption_key and existing.identity.encryption_key is None and not existing.revoked:
                    self._fill_in_encryption_key(identity)
                return self._stored(identity.fingerprint), False
            now = utc_now()
            db.table("trusted_keys").insert(
                {
                    "fingerprint": identity.fingerprint,
                    "public_key": identity.public_key_b64,
                    "encryption_key": identity.encryption_key_b64,
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
        return self._stored(identity.fingerprint), True

    def _fill_in_encryption_key(self, identity: PublicIdentity) -> None:
        key, fingerprint = identity.encryption_key_b64, identity.fingerprint
        self.db.execute("UPDATE trusted_keys SET encryption_key = ? WHERE fingerprint = ?", [key, fingerprint])
        audit = self._store.audit
        audit.record(audit.entry("key_updated", "trusted_key", fingerprint, "encryption_key", None, key))

    def _stored(self, fingerprint: str) -> TrustedKey:
        stored = self.get(fingerprint)
        assert stored is not None
        return stored

    def revoke(self, fingerprint: str, reason: str) -> TrustedKey:
        problems = reason_problems(reason)
        if problems:
            raise ValidationError(msg("revoking", "Revoking a key"), problems)
        wanted = normalise_fingerprint(fingerprint)
        with self.writing() as db:
            key = self.get(wanted)
            if key is None:
                raise NotFoundError(
                    msg("no_key", "No key with fingerprint {fingerprint} is on the roster", fingerprint=wanted)
                )
            if key.revoked:
                raise ConflictError(
                    msg(
                        "already_revoked",
                        "The key {fingerprint} ({name}) was already revoked on {day}",
                        fingerprint=wanted,
                        name=key.identity.name,
                        day=key.revoked_at,
                    )
                )
            now = utc_now()
            db.execute(
                "UPDATE trusted_keys SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE fingerprint = ?",
                [now, self.user, reason.strip(), wanted],
            )
            audit = self._store.audit
            audit.record(
                audit.entry("key_revoked", "trusted_key", wanted, "revoked", None, now, reason.strip(), at=now)
            )
        return self._stored(wanted)

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
    box_key = row.get("encryption_key")
    identity = PublicIdentity(
        name=row["name"],
        role=row["role"],
        public_key=base64.b64decode(row["public_key"]),
        encryption_key=base64.b64decode(box_key) if box_key else None,
    )
    return TrustedKey(
        identity=identity,
        added_at=row["added_at"],
        added_by=row["added_by"],
        revoked_at=row["revoked_at"],
        revoked_by=row["revoked_by"],
        revoke_reason=row["revoke_reason"],
    )
