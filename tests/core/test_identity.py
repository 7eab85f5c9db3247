"""Evaluator keys: private key files only the owner reads, passphrases, public key files and their fingerprints."""

from __future__ import annotations

import base64
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


def _old_profile(keys: Path, passphrase: bytes | None = None) -> identity.PublicIdentity:
    """A profile as made before encryption existed: a signing key and a public file without an encryption key."""
    key = identity.generate()
    identity.save_private_key(key, keys / identity.PRIVATE_KEY_FILENAME, passphrase)
    public = identity.PublicIdentity("Ana Quispe", "field_evaluator", identity.raw_public_key(key))
    identity.write_public_key(public, keys / identity.PUBLIC_KEY_FILENAME)
    return public


def _file_data(path: Path) -> dict[str, object]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_a_new_profile_has_a_signed_encryption_key(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    public = identity.create_keys(keys, "Ana Quispe", "field_evaluator", b"correct horse")
    box_path = keys / identity.ENCRYPTION_KEY_FILENAME
    assert stat.S_IMODE(box_path.stat().st_mode) == 0o600 and b"ENCRYPTED PRIVATE KEY" in box_path.read_bytes()
    box_key = identity.load_encryption_key(box_path, b"correct horse")
    assert public.encryption_key == identity.raw_encryption_key(box_key)
    assert public.encryption_signature is not None
    public.verifier().verify(public.encryption_signature, b"red-desktop encryption key v1\n" + public.encryption_key)
    data = _file_data(keys / identity.PUBLIC_KEY_FILENAME)
    assert data["version"] == 1 and data["encryption_key"] == public.encryption_key_b64
    assert "encryption_key_signature" in data
    read = identity.read_public_key(keys / identity.PUBLIC_KEY_FILENAME)
    assert read == public and read.encryption_signature == public.encryption_signature
    signing = identity.load_private_key(keys / identity.PRIVATE_KEY_FILENAME, b"correct horse")
    assert identity.raw_public_key(signing) == public.public_key


def test_creating_over_any_existing_key_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    identity.save_encryption_key(identity.generate_encryption_key(), keys / identity.ENCRYPTION_KEY_FILENAME)
    with pytest.raises(ConflictError, match="already exists"):
        identity.create_keys(keys, "Ana", "field_evaluator")
    assert not (keys / identity.PRIVATE_KEY_FILENAME).exists()
    replaced = identity.create_keys(keys, "Ana", "field_evaluator", overwrite=True)
    assert replaced.encryption_key == identity.raw_encryption_key(
        identity.load_encryption_key(keys / identity.ENCRYPTION_KEY_FILENAME)
    )


def test_encryption_key_files_share_the_private_key_checks(tmp_path: Path) -> None:
    path = tmp_path / "evaluator.box.key"
    identity.save_encryption_key(identity.generate_encryption_key(), path, passphrase=b"correct horse")
    with pytest.raises(ConflictError, match="already exists"):
        identity.save_encryption_key(identity.generate_encryption_key(), path)
    with pytest.raises(identity.KeyFileError, match="passphrase is wrong"):
        identity.load_encryption_key(path, b"battery staple")
    with pytest.raises(identity.KeyFileError, match="protected by a passphrase"):
        identity.load_encryption_key(path)
    with pytest.raises(identity.KeyFileError, match="no private key"):
        identity.load_encryption_key(tmp_path / "missing.key")
    signing_path = tmp_path / "evaluator.key"
    identity.save_private_key(identity.generate(), signing_path)
    with pytest.raises(identity.KeyFileError, match="another kind; an encryption key is an X25519 key"):
        identity.load_encryption_key(signing_path)
    with pytest.raises(identity.KeyFileError, match="another kind; RED Desktop uses Ed25519 keys"):
        identity.load_private_key(path, b"correct horse")


def test_an_older_public_key_file_without_an_encryption_key_is_still_accepted() -> None:
    public = _public()
    data = public.to_json()
    assert "encryption_key" not in data and "encryption_key_signature" not in data
    parsed = identity.parse_public_key(data)
    assert parsed == public and parsed.encryption_key is None


def _signed_file(tmp_path: Path) -> Path:
    identity.create_keys(tmp_path / "keys", "Ana Quispe", "field_evaluator")
    return tmp_path / "keys" / identity.PUBLIC_KEY_FILENAME


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"encryption_key": "swapped"}, "encryption_key: is not signed by this key: it was altered"),
        ({"encryption_key_signature": "other signer"}, "encryption_key: is not signed by this key: it was altered"),
        ({"encryption_key_signature": None}, "encryption_key_signature: is missing"),
        ({"encryption_key": None}, "encryption_key: is missing"),
        ({"encryption_key": "not base64!"}, "encryption_key: is not base64"),
        ({"encryption_key": "AAAA"}, "encryption_key: must be 32 bytes"),
        ({"encryption_key_signature": "AAAA"}, "encryption_key_signature: must be 64 bytes"),
        ({"encryption_key": 42}, "encryption_key: must be base64 text"),
    ],
)
def test_an_altered_encryption_key_is_refused(tmp_path: Path, change: dict[str, object], message: str) -> None:
    path = _signed_file(tmp_path)
    data = _file_data(path)
    for name, value in change.items():
        if value == "swapped":  # a key the attacker holds, in place of the evaluator's
            value = base64.b64encode(identity.raw_encryption_key(identity.generate_encryption_key())).decode()
        elif value == "other signer":  # the attacker signing their own statement with their own key
            forged = identity.sign_encryption_key(identity.generate(), base64.b64decode(str(data["encryption_key"])))
            value = base64.b64encode(forged).decode()
        if value is None:
            del data[name]
        else:
            data[name] = value
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValidationError, match=re.escape(message)):
        identity.read_public_key(path)


def test_ensure_encryption_key_upgrades_an_old_profile_once(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    old = _old_profile(keys, b"correct horse")
    with pytest.raises(identity.KeyFileError, match="protected by a passphrase"):
        identity.ensure_encryption_key(keys)
    assert not (keys / identity.ENCRYPTION_KEY_FILENAME).exists()  # nothing written without the passphrase
    assert identity.read_public_key(keys / identity.PUBLIC_KEY_FILENAME).encryption_key is None

    upgraded = identity.ensure_encryption_key(keys, b"correct horse")
    assert upgraded.fingerprint == old.fingerprint and upgraded.encryption_key is not None
    box_key = identity.load_encryption_key(keys / identity.ENCRYPTION_KEY_FILENAME, b"correct horse")
    assert identity.raw_encryption_key(box_key) == upgraded.encryption_key
    assert stat.S_IMODE((keys / identity.ENCRYPTION_KEY_FILENAME).stat().st_mode) == 0o600
    assert identity.read_public_key(keys / identity.PUBLIC_KEY_FILENAME) == upgraded
    assert identity.ensure_encryption_key(keys) == upgraded  # already there: no passphrase needed


def test_ensure_encryption_key_adds_an_existing_key_to_a_public_file_that_lacks_it(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    public = identity.create_keys(keys, "Ana Quispe", "field_evaluator")
    identity.write_public_key(
        identity.PublicIdentity(public.name, public.role, public.public_key), keys / identity.PUBLIC_KEY_FILENAME
    )
    again = identity.ensure_encryption_key(keys)
    assert again.encryption_key == public.encryption_key
    assert identity.read_public_key(keys / identity.PUBLIC_KEY_FILENAME).encryption_key == public.encryption_key


def test_ensure_encryption_key_refuses_a_public_file_of_another_key(tmp_path: Path) -> None:
    keys = tmp_path / "keys"
    _old_profile(keys)
    identity.write_public_key(_public("Mallory"), keys / identity.PUBLIC_KEY_FILENAME)
    with pytest.raises(identity.KeyFileError, match="belongs to another key"):
        identity.ensure_encryption_key(keys)
    assert not (keys / identity.ENCRYPTION_KEY_FILENAME).exists()


def _signed_public(name: str = "Ana Quispe") -> identity.PublicIdentity:
    signing, raw = identity.generate(), identity.raw_encryption_key(identity.generate_encryption_key())
    signature = identity.sign_encryption_key(signing, raw)
    return identity.PublicIdentity(name, "field_evaluator", identity.raw_public_key(signing), raw, signature)


def test_the_roster_stores_and_returns_the_encryption_key(store: Store) -> None:
    public = _signed_public()
    key, added = store.roster.add(public.to_json())  # parsed: the signature is checked
    assert added and key.identity.encryption_key == public.encryption_key and key.can_receive_encrypted
    assert key.identity == public  # the signature is not kept: it was checked when the file was parsed
    data = key.to_json()
    assert data["encryption_key"] == public.encryption_key_b64 and data["can_receive_encrypted"] is True
    store.roster.revoke(public.fingerprint, "laptop stolen")
    revoked = store.roster.get(public.fingerprint)
    assert revoked is not None and not revoked.can_receive_encrypted

    old, _ = store.roster.add(_public("Luis"))
    assert old.identity.encryption_key is None and old.to_json()["encryption_key"] is None
    assert old.to_json()["can_receive_encrypted"] is False


def test_adding_a_known_key_again_fills_in_its_encryption_key(store: Store) -> None:
    public = _signed_public()
    bare = identity.PublicIdentity(public.name, public.role, public.public_key)
    store.roster.add(bare)
    key, added = store.roster.add(public)
    assert not added and key.identity.encryption_key == public.encryption_key and key.can_receive_encrypted
    again, added_again = store.roster.add(public)
    assert not added_again and again == key
    actions = [e.action for e in store.audit.entries(public.fingerprint)]
    assert actions == ["key_trusted", "key_updated"]


def test_a_revoked_key_is_not_given_an_encryption_key(store: Store) -> None:
    public = _signed_public()
    store.roster.add(identity.PublicIdentity(public.name, public.role, public.public_key))
    store.roster.revoke(public.fingerprint, "laptop stolen")
    key, added = store.roster.add(public)
    assert not added and key.revoked and key.identity.encryption_key is None
