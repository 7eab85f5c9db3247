"""Evaluator keys: private key files only the owner reads, passphrases, public key files and their fingerprints."""

from __future__ import annotations

import json
import re
import stat
from pathlib import Path

import pytest

from red_desktop.core import identity
from red_desktop.core.errors import ConflictError, NotFoundError, RedDesktopError, ValidationError
from red_desktop.core.store import Store

FINGERPRINT = re.compile(r"^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$")


def _public(name: str = "Ana Quispe") -> identity.PublicIdentity:
    return identity.PublicIdentity(name, "field_evaluator", identity.raw_public_key(identity.generate()))


def test_the_private_key_file_is_readable_by_its_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "evaluator.key"
    identity.save_private_key(identity.generate(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")


def test_an_existing_key_is_not_overwritten_unless_told(tmp_path: Path) -> None:
    path = tmp_path / "evaluator.key"
    first = identity.generate()
    identity.save_private_key(first, path)
    with pytest.raises(ConflictError, match="already exists"):
        identity.save_private_key(identity.generate(), path)
    assert identity.raw_public_key(identity.load_private_key(path)) == identity.raw_public_key(first)
    second = identity.generate()
    identity.save_private_key(second, path, overwrite=True)
    assert identity.raw_public_key(identity.load_private_key(path)) == identity.raw_public_key(second)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_passphrase_round_trips_and_a_wrong_one_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "evaluator.key"
    key = identity.generate()
    identity.save_private_key(key, path, passphrase=b"correct horse")
    assert b"ENCRYPTED PRIVATE KEY" in path.read_bytes()
    loaded = identity.load_private_key(path, b"correct horse")
    assert identity.raw_public_key(loaded) == identity.raw_public_key(key)
    with pytest.raises(identity.KeyFileError, match="passphrase is wrong") as wrong:
        identity.load_private_key(path, b"battery staple")
    assert "\n" not in str(wrong.value)
    with pytest.raises(identity.KeyFileError, match="protected by a passphrase"):
        identity.load_private_key(path)


def test_a_damaged_or_missing_private_key_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "evaluator.key"
    path.write_text("not a key")
    with pytest.raises(RedDesktopError, match="damaged or not a key"):
        identity.load_private_key(path)
    with pytest.raises(RedDesktopError, match="no private key"):
        identity.load_private_key(tmp_path / "missing.key")


def test_the_fingerprint_is_short_readable_and_stable() -> None:
    raw = bytes(range(32))
    assert identity.fingerprint(raw) == identity.fingerprint(raw)
    assert FINGERPRINT.match(identity.fingerprint(raw))
    assert identity.fingerprint(raw) != identity.fingerprint(bytes(32))
    assert identity.normalise_fingerprint(identity.fingerprint(raw).lower().replace("-", " ")) == identity.fingerprint(
        raw
    )


def test_a_public_key_file_round_trips(tmp_path: Path) -> None:
    public = _public()
    path = tmp_path / "ana.pub.json"
    identity.write_public_key(public, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "red-desktop-public-key" and data["version"] == 1
    assert data["fingerprint"] == public.fingerprint
    assert identity.read_public_key(path) == public


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("fingerprint", "AAAA-BBBB-CCCC-DDDD", "does not match the key"),
        ("public_key", "AAAA", "must be 32 bytes"),
        ("public_key", "not base64!", "not base64"),
        ("format", "something-else", "format"),
    ],
)
def test_an_altered_public_key_file_is_refused(tmp_path: Path, field: str, value: str, message: str) -> None:
    path = tmp_path / "ana.pub.json"
    identity.write_public_key(_public(), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data[field] = value
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValidationError, match=message):
        identity.read_public_key(path)


def test_a_swapped_key_with_the_old_fingerprint_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ana.pub.json"
    identity.write_public_key(_public(), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["public_key"] = _public().public_key_b64
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValidationError, match="altered"):
        identity.read_public_key(path)


def test_the_roster_adds_once_and_revokes_with_a_reason(store: Store) -> None:
    public = _public()
    key, added = store.roster.add(public.to_json())
    assert added and key.added_by == "tester" and store.roster.is_trusted(public.fingerprint)
    again, added_again = store.roster.add(public)
    assert not added_again and again == key
    assert store.roster.count() == 1
    with pytest.raises(ValidationError, match="reason"):
        store.roster.revoke(public.fingerprint, "  ")
    revoked = store.roster.revoke(public.fingerprint.lower(), "laptop stolen")
    assert revoked.revoked_by == "tester" and revoked.revoke_reason == "laptop stolen"
    assert not store.roster.is_trusted(public.fingerprint)
    with pytest.raises(ConflictError, match="already revoked"):
        store.roster.revoke(public.fingerprint, "again")
    with pytest.raises(NotFoundError):
        store.roster.revoke("AAAA-BBBB-CCCC-DDDD", "unknown")
    actions = [e.action for e in store.audit.entries(public.fingerprint)]
    assert actions == ["key_trusted", "key_revoked"]
    assert [k.fingerprint for k in store.roster.all()] == [public.fingerprint]
