"""An evaluator's identity: an Ed25519 key pair, the private half kept 0600 on this laptop, the public half shared.

The public key travels as a small JSON file with a fingerprint short enough to read aloud over the phone:
SHA-256 of the raw 32-byte key, its first 10 bytes in base32 (RFC 4648, no padding), in blocks of four,
e.g. "K3QZ-7MDA-PLUS-XW2A". Base32 has no 0/O or 1/l/I pairs, so it is spelled back without ambiguity.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from red_desktop.core.errors import ConflictError, Problem, RedDesktopError, ValidationError

PUBLIC_KEY_FORMAT = "red-desktop-public-key"
PUBLIC_KEY_VERSION = 1
PRIVATE_KEY_FILENAME = "evaluator.key"
PUBLIC_KEY_FILENAME = "evaluator.pub.json"
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

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def public_key_b64(self) -> str:
        return base64.b64encode(self.public_key).decode("ascii")

    def to_json(self) -> dict[str, Any]:
        return {
            "format": PUBLIC_KEY_FORMAT,
            "version": PUBLIC_KEY_VERSION,
            "name": self.name,
            "role": self.role,
            "public_key": self.public_key_b64,
            "fingerprint": self.fingerprint,
        }

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


def save_private_key(
    key: Ed25519PrivateKey, path: Path, passphrase: bytes | None = None, overwrite: bool = False
) -> None:
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
        raise ConflictError(f"A private key already exists at {path}; it was left untouched") from None
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)


def load_private_key(path: Path, passphrase: bytes | None = None) -> Ed25519PrivateKey:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError(f"There is no private key at {path}; create a profile first") from None
    except OSError as exc:
        raise KeyFileError(f"The private key {path} cannot be read ({exc.strerror})") from None
    try:
        key = serialization.load_pem_private_key(data, password=passphrase or None)
    except TypeError:  # encrypted without a passphrase given, or a passphrase given for a plain key
        if passphrase:
            raise KeyFileError(f"The private key {path} is not protected by a passphrase; give none") from None
        raise KeyFileError(f"The private key {path} is protected by a passphrase; give it") from None
    except (ValueError, UnsupportedAlgorithm):
        hint = "the passphrase is wrong or the file is damaged" if passphrase else "the file is damaged or not a key"
        raise KeyFileError(f"The private key {path} cannot be opened: {hint}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{path} holds a key of another kind; RED Desktop uses Ed25519 keys")
    return key


def write_public_key(identity: PublicIdentity, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(identity.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def read_public_key(path: Path) -> PublicIdentity:
    try:
        if path.stat().st_size > MAX_PUBLIC_KEY_FILE:
            raise ValidationError(f"The public key file {path}", [Problem("file", "is far too large for a key")])
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RedDesktopError(f"There is no file {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RedDesktopError(f"The public key file {path} cannot be read ({exc})") from None
    try:
        data = json.loads(text)
    except ValueError:
        raise ValidationError(f"The public key file {path}", [Problem("file", "is not JSON")]) from None
    return parse_public_key(data, f"The public key file {path}")


def parse_public_key(data: object, subject: str = "The public key") -> PublicIdentity:
    """Check a public key record; a fingerprint that does not match its key means the record was altered."""
    if not isinstance(data, dict):
        raise ValidationError(subject, [Problem("file", "is not a RED Desktop public key")])
    if data.get("format") != PUBLIC_KEY_FORMAT:
        raise ValidationError(subject, [Problem("format", f"must be {PUBLIC_KEY_FORMAT!r}", data.get("format"))])
    if data.get("version") != PUBLIC_KEY_VERSION:
        raise ValidationError(subject, [Problem("version", f"must be {PUBLIC_KEY_VERSION}", data.get("version"))])
    problems = []
    for field in ("name", "role", "public_key", "fingerprint"):
        value = data.get(field)
        if not isinstance(value, str) or not value.strip() or len(value) > 200:
            problems.append(Problem(field, "must be text of 1-200 characters", value))
    if problems:
        raise ValidationError(subject, problems)
    try:
        raw = base64.b64decode(data["public_key"], validate=True)
    except (binascii.Error, ValueError):
        raise ValidationError(subject, [Problem("public_key", "is not base64")]) from None
    if len(raw) != 32:
        raise ValidationError(subject, [Problem("public_key", f"must be 32 bytes, not {len(raw)}")])
    identity = PublicIdentity(name=data["name"].strip(), role=data["role"].strip(), public_key=raw)
    if normalise_fingerprint(data["fingerprint"]) != identity.fingerprint:
        raise ValidationError(
            subject,
            [Problem("fingerprint", f"does not match the key (which gives {identity.fingerprint}): it was altered")],
        )
    return identity
