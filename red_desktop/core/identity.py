"""An evaluator's identity: an Ed25519 key pair, the private half kept 0600 on this laptop, the public half shared.

The public key travels as a small JSON file with a fingerprint short enough to read aloud over the phone:
SHA-256 of the raw 32-byte key, its first 10 bytes in base32 (RFC 4648, no padding), in blocks of four,
e.g. "K3QZ-7MDA-PLUS-XW2A". Base32 has no 0/O or 1/l/I pairs, so it is spelled back without ambiguity.

Each profile also holds an X25519 key pair that packages are encrypted to. Its public half travels in the same
public key file, signed by the Ed25519 key: the fingerprint covers only the signing key, so the signature is what
stops anyone swapping the encryption key in the file unnoticed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from red_desktop.core.errors import ConflictError, Problem, RedDesktopError, ValidationError
from red_desktop.core.messages import Message, msg

PUBLIC_KEY_FORMAT = "red-desktop-public-key"
PUBLIC_KEY_VERSION = 1
PRIVATE_KEY_FILENAME = "evaluator.key"
PUBLIC_KEY_FILENAME = "evaluator.pub.json"
ENCRYPTION_KEY_FILENAME = "evaluator.box.key"
ENCRYPTION_KEY_CONTEXT = b"red-desktop encryption key v1\n"
FINGERPRINT_BYTES = 10
MAX_PUBLIC_KEY_FILE = 64 * 1024


class KeyFileError(RedDesktopError):
    """A key file that cannot be used: wrong passphrase, damaged, or not a key."""


@dataclass(frozen=True)
class PublicIdentity:
    """Who a public key belongs to, as the key file states it; the fingerprint is always computed, never trusted."""

    name: str
    role: str
    public_key: bytes  # raw 32 bytes
    encryption_key: bytes | None = None  # raw 32-byte X25519 key; None for profiles made before encryption
    # Proof that the signing key vouches for encryption_key. Checked when a file is parsed; the roster keeps no
    # copy, so it is not part of what makes two identities equal.
    encryption_signature: bytes | None = field(default=None, compare=False, repr=False)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def public_key_b64(self) -> str:
        return base64.b64encode(self.public_key).decode("ascii")

    @property
    def encryption_key_b64(self) -> str | None:
        return None if self.encryption_key is None else base64.b64encode(self.encryption_key).decode("ascii")

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": PUBLIC_KEY_FORMAT,
            "version": PUBLIC_KEY_VERSION,
            "name": self.name,
            "role": self.role,
            "public_key": self.public_key_b64,
            "fingerprint": self.fingerprint,
        }
        if self.encryption_key is not None:
            data["encryption_key"] = self.encryption_key_b64
        if self.encryption_signature is not None:
            data["encryption_key_signature"] = base64.b64encode(self.encryption_signature).decode("ascii")
        return data

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.public_key)


def fingerprint(raw_public_key: bytes) -> str:
    digest = hashlib.sha256(raw_public_key).digest()[:FINGERPRINT_BYTES]
    text = base64.b32encode(digest).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalise_fingerprint(text: str) -> str:
    """What a person typed or read aloud ("k3qz 7mda-plus xw2a") in the canonical form."""
    compact = "".join(c for c in text.upper() if c.isalnum())
    return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def raw_public_key(private_key: Ed25519PrivateKey) -> bytes:
    return private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def generate() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def generate_encryption_key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def raw_encryption_key(private_key: X25519PrivateKey) -> bytes:
    return private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def sign_encryption_key(signing_key: Ed25519PrivateKey, raw_x25519_public: bytes) -> bytes:
    return signing_key.sign(ENCRYPTION_KEY_CONTEXT + raw_x25519_public)


def create_keys(
    keys_dir: Path, name: str, role: str, passphrase: bytes | None = None, overwrite: bool = False
) -> PublicIdentity:
    """A new profile: both key pairs and the public key file. Without overwrite, an existing key stops it all."""
    signing_path, box_path = keys_dir / PRIVATE_KEY_FILENAME, keys_dir / ENCRYPTION_KEY_FILENAME
    for path in () if overwrite else (signing_path, box_path):
        if path.exists():
            raise _key_exists(path)
    signing, box = generate(), generate_encryption_key()
    save_private_key(signing, signing_path, passphrase, overwrite)
    save_encryption_key(box, box_path, passphrase, overwrite)
    public = _with_signed_box_key(PublicIdentity(name, role, raw_public_key(signing)), signing, box)
    write_public_key(public, keys_dir / PUBLIC_KEY_FILENAME)
    return public


def ensure_encryption_key(keys_dir: Path, passphrase: bytes | None = None) -> PublicIdentity:
    """Give a profile made before encryption existed its encryption key; for newer profiles, just read it."""
    public_path, box_path = keys_dir / PUBLIC_KEY_FILENAME, keys_dir / ENCRYPTION_KEY_FILENAME
    public = read_public_key(public_path)
    if public.encryption_key is not None and box_path.exists():
        return public
    # The signing key first: a missing or wrong passphrase must stop us before a new key is written.
    signing = load_private_key(keys_dir / PRIVATE_KEY_FILENAME, passphrase)
    if raw_public_key(signing) != public.public_key:
        raise KeyFileError(
            msg(
                "public_key_of_another",
                "The public key file {path} belongs to another key than {folder}",
                path=str(public_path),
                folder=str(keys_dir),
            )
        )
    if box_path.exists():
        box = load_encryption_key(box_path, passphrase)
    else:
        box = generate_encryption_key()
        save_encryption_key(box, box_path, passphrase)
    updated = _with_signed_box_key(public, signing, box)
    write_public_key(updated, public_path)
    return updated


def _with_signed_box_key(public: PublicIdentity, signing: Ed25519PrivateKey, box: X25519PrivateKey) -> PublicIdentity:
    raw = raw_encryption_key(box)
    return replace(public, encryption_key=raw, encryption_signature=sign_encryption_key(signing, raw))


def save_private_key(
    key: Ed25519PrivateKey, path: Path, passphrase: bytes | None = None, overwrite: bool = False
) -> None:
    _save_key(key, path, passphrase, overwrite)


def save_encryption_key(
    key: X25519PrivateKey, path: Path, passphrase: bytes | None = None, overwrite: bool = False
) -> None:
    _save_key(key, path, passphrase, overwrite)


def _save_key(key: Ed25519PrivateKey | X25519PrivateKey, path: Path, passphrase: bytes | None, overwrite: bool) -> None:
    """Write the key as PKCS#8 PEM in a file only its owner can read (0600); an existing key is kept unless told."""
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(passphrase) if passphrase else serialization.NoEncryption()
    )
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    path.parent.mkdir(parents=True, exist_ok=True)
    if overwrite:
        path.unlink(missing_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise _key_exists(path) from None
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)


def _key_exists(path: Path) -> ConflictError:
    return ConflictError(
        msg("key_exists", "A private key already exists at {path}; it was left untouched", path=str(path))
    )


def load_private_key(path: Path, passphrase: bytes | None = None) -> Ed25519PrivateKey:
    key = _load_key(path, passphrase)
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(
            msg(
                "not_a_signing_key", "{path} holds a key of another kind; RED Desktop uses Ed25519 keys", path=str(path)
            )
        )
    return key


def load_encryption_key(path: Path, passphrase: bytes | None = None) -> X25519PrivateKey:
    key = _load_key(path, passphrase)
    if not isinstance(key, X25519PrivateKey):
        raise KeyFileError(
            msg(
                "not_an_encryption_key",
                "{path} holds a key of another kind; an encryption key is an X25519 key",
                path=str(path),
            )
        )
    return key


def _load_key(path: Path, passphrase: bytes | None) -> PrivateKeyTypes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError(
            msg("no_private_key", "There is no private key at {path}; create a profile first", path=str(path))
        ) from None
    except OSError as exc:
        raise KeyFileError(
            msg(
                "unreadable_private_key",
                "The private key {path} cannot be read ({why})",
                path=str(path),
                why=exc.strerror,
            )
        ) from None
    try:
        return serialization.load_pem_private_key(data, password=passphrase or None)
    except TypeError:  # encrypted without a passphrase given, or a passphrase given for a plain key
        if passphrase:
            raise KeyFileError(
                msg(
                    "passphrase_not_needed",
                    "The private key {path} is not protected by a passphrase; give none",
                    path=str(path),
                )
            ) from None
        raise KeyFileError(
            msg("passphrase_needed", "The private key {path} is protected by a passphrase; give it", path=str(path))
        ) from None
    except (ValueError, UnsupportedAlgorithm):
        if passphrase:
            raise KeyFileError(
                msg(
                    "passphrase_wrong",
                    "The private key {path} cannot be opened: the passphrase is wrong or the file is damaged",
                    path=str(path),
                )
            ) from None
        raise KeyFileError(
            msg(
                "key_damaged",
                "The private key {path} cannot be opened: the file is damaged or not a key",
                path=str(path),
            )
        ) from None


PASSPHRASE_ASKED = frozenset({"passphrase_needed", "passphrase_wrong"})  # asking (again) for one may open the key


def write_public_key(identity: PublicIdentity, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(identity.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def read_public_key(path: Path) -> PublicIdentity:
    subject = msg("public_key_file", "The public key file {path}", path=str(path))
    try:
        if path.stat().st_size > MAX_PUBLIC_KEY_FILE:
            raise ValidationError(subject, [Problem("file", msg("too_large_for_a_key", "is far too large for a key"))])
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RedDesktopError(msg("no_file", "There is no file {path}", path=str(path))) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RedDesktopError(
            msg(
                "unreadable_public_key",
                "The public key file {path} cannot be read ({why})",
                path=str(path),
                why=str(exc),
            )
        ) from None
    try:
        data = json.loads(text)
    except ValueError:
        raise ValidationError(subject, [Problem("file", msg("not_json", "is not JSON"))]) from None
    return parse_public_key(data, subject)


def parse_public_key(data: object, subject: Message | None = None) -> PublicIdentity:
    """Check a public key record; a fingerprint that does not match its key means the record was altered."""
    subject = subject or msg("public_key", "The public key")
    if not isinstance(data, dict):
        raise ValidationError(subject, [Problem("file", msg("not_a_public_key", "is not a RED Desktop public key"))])
    if data.get("format") != PUBLIC_KEY_FORMAT:
        wanted = msg("must_be", "must be {value}", value=repr(PUBLIC_KEY_FORMAT))
        raise ValidationError(subject, [Problem("format", wanted, data.get("format"))])
    if data.get("version") != PUBLIC_KEY_VERSION:
        wanted = msg("must_be", "must be {value}", value=PUBLIC_KEY_VERSION)
        raise ValidationError(subject, [Problem("version", wanted, data.get("version"))])
    problems = []
    for name in ("name", "role", "public_key", "fingerprint"):
        value = data.get(name)
        if not isinstance(value, str) or not value.strip() or len(value) > 200:
            problems.append(
                Problem(name, msg("not_a_short_text", "must be text of 1-{limit} characters", limit=200), value)
            )
    if problems:
        raise ValidationError(subject, problems)
    try:
        raw = base64.b64decode(data["public_key"], validate=True)
    except (binascii.Error, ValueError):
        raise ValidationError(subject, [Problem("public_key", _NOT_BASE64)]) from None
    if len(raw) != 32:
        raise ValidationError(subject, [Problem("public_key", _bytes(32, len(raw)))])
    identity = PublicIdentity(name=data["name"].strip(), role=data["role"].strip(), public_key=raw)
    if normalise_fingerprint(data["fingerprint"]) != identity.fingerprint:
        raise ValidationError(
            subject,
            [
                Problem(
                    "fingerprint",
                    msg(
                        "fingerprint_altered",
                        "does not match the key (which gives {fingerprint}): it was altered",
                        fingerprint=identity.fingerprint,
                    ),
                )
            ],
        )
    return _with_encryption_key(identity, data, subject)


def _with_encryption_key(identity: PublicIdentity, data: dict[str, Any], subject: Message) -> PublicIdentity:
    """Older files carry no encryption key; a file that carries one must carry the signing key's word for it."""
    key_text, signature_text = data.get("encryption_key"), data.get("encryption_key_signature")
    if key_text is None and signature_text is None:
        return identity
    key = _decoded(key_text, "encryption_key", 32, subject)
    signature = _decoded(signature_text, "encryption_key_signature", 64, subject)
    try:
        identity.verifier().verify(signature, ENCRYPTION_KEY_CONTEXT + key)
    except InvalidSignature:
        raise ValidationError(
            subject, [Problem("encryption_key", msg("not_signed", "is not signed by this key: it was altered"))]
        ) from None
    return replace(identity, encryption_key=key, encryption_signature=signature)


def _decoded(text: object, name: str, size: int, subject: Message) -> bytes:
    if text is None:
        missing = msg("missing_half", "is missing (the encryption key and its signature go together)")
        raise ValidationError(subject, [Problem(name, missing)])
    if not isinstance(text, str) or len(text) > 200:
        raise ValidationError(subject, [Problem(name, msg("not_base64_text", "must be base64 text"), text)])
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ValidationError(subject, [Problem(name, _NOT_BASE64)]) from None
    if len(raw) != size:
        raise ValidationError(subject, [Problem(name, _bytes(size, len(raw)))])
    return raw


_NOT_BASE64 = msg("not_base64", "is not base64")


def _bytes(size: int, found: int) -> Message:
    return msg("wrong_size", "must be {size} bytes, not {found}", size=size, found=found)
