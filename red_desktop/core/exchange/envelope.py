"""Packages encrypted to one recipient's X25519 key, so a lost USB stick leaks nothing; streamed, chunk by chunk.

Layout: MAGIC, a 4-byte big-endian header length, a UTF-8 JSON header, then the body. A fresh ephemeral X25519 key
and the recipient's key give a shared secret; HKDF-SHA256 turns it into the ChaCha20-Poly1305 key. The plaintext is
cut into chunk_size pieces, the last one always shorter (empty when the plaintext is empty or an exact multiple),
so a full-size chunk is never the last. Each chunk's nonce is its index; its associated data is SHA-256 of the
header's JSON bytes, the index and a final-chunk flag. So an edited header, reordered or dropped chunks, a missing
end and bytes added after it all fail authentication. Every file has its own key (fresh ephemeral key and salt),
so index nonces never repeat under one key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from red_desktop.core.exchange.errors import PackageError
from red_desktop.core.identity import raw_encryption_key
from red_desktop.core.messages import t
from red_desktop.core.progress import NoProgress, Progress, check_cancelled

MAGIC = b"RED-DESKTOP-SEALED\n"
FORMAT = "red-desktop-sealed-package"
VERSION = 1
CIPHER = "X25519-HKDF-SHA256-ChaCha20Poly1305"
CHUNK_SIZE = 1024 * 1024
MAX_CHUNK_SIZE = 16 * 1024 * 1024  # a header may not make us read more than this at once
MAX_HEADER = 64 * 1024
MAX_RECIPIENT = 64  # characters of the fingerprint named in the header
SALT_BYTES = 16
TAG_BYTES = 16
KDF_INFO = b"red-desktop sealed package v1"


def _altered() -> str:
    return t("The encrypted package was altered after it was encrypted (authentication failed)")


def _truncated() -> str:
    return t("The encrypted package is truncated")


def _truncated_or_altered() -> str:
    return t("The encrypted package is truncated, or was altered after it was encrypted (authentication failed)")


@dataclass(frozen=True)
class _Header:
    raw: bytes  # exactly as read: what the chunks' associated data authenticates
    recipient: str
    recipient_key: bytes
    ephemeral_key: bytes
    chunk_size: int
    salt: bytes


def is_sealed(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError as exc:
        raise PackageError(t("The package {path} cannot be read ({reason})", path=path, reason=exc.strerror)) from None


def sealed_recipient(path: Path) -> str:
    """The fingerprint of the key the package is encrypted to, as its (not yet authenticated) header states it."""
    with _open_source(path) as handle:
        return _read_header(handle).recipient


def seal(
    source: Path,
    target: Path,
    recipient_fingerprint: str,
    recipient_key: bytes,
    progress: Progress | None = None,
    *,
    chunk_size: int = CHUNK_SIZE,
) -> None:
    """Encrypt source to the recipient's raw X25519 public key; a failed or cancelled run leaves no target."""
    if not 1 <= chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError(f"chunk_size must be 1..{MAX_CHUNK_SIZE}, not {chunk_size}")
    progress = progress or NoProgress()
    ephemeral = X25519PrivateKey.generate()
    shared = _exchange(ephemeral, recipient_key, t("The recipient's encryption key is not a usable key"))
    header = _new_header(recipient_fingerprint, recipient_key, raw_encryption_key(ephemeral), chunk_size)
    cipher = ChaCha20Poly1305(_derive_key(shared, header))
    progress.status(t("Encrypting the package"))
    with _open_source(source) as plain:
        total = os.fstat(plain.fileno()).st_size
        try:
            with target.open("wb") as out:
                out.write(MAGIC + len(header.raw).to_bytes(4, "big") + header.raw)
                _encrypt_chunks(plain, out, cipher, header, total, progress)
        except BaseException as exc:
            target.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise PackageError(t("The package could not be encrypted ({reason})", reason=exc.strerror)) from None
            raise


def _opened(sealed: IO[bytes], box_key: X25519PrivateKey) -> tuple[_Header, ChaCha20Poly1305]:
    header = _read_header(sealed)
    if header.recipient_key != raw_encryption_key(box_key):
        raise PackageError(
            t(
                "This package is encrypted to another key ({fingerprint}); it cannot be opened here",
                fingerprint=header.recipient,
            )
        )
    return header, ChaCha20Poly1305(_derive_key(_exchange(box_key, header.ephemeral_key, _altered()), header))


def sealed_tail(source: Path, box_key: X25519PrivateKey, length: int) -> bytes:
    """The last `length` bytes of the plaintext (fewer if it is shorter), decrypting only the last chunk or two.

    The sender is not in the clear header (the ephemeral key says nothing of who made it): it is in the inner
    package's signature trailer, its last bytes. So the sender can be named, and refused if not trusted, before the
    body is decrypted. These bytes are authenticated as encrypted to this key, not yet as signed by that sender:
    reading the whole package then checks the signature."""
    with _open_source(source) as sealed:
        header, cipher = _opened(sealed, box_key)
        start = sealed.tell()
        body = os.fstat(sealed.fileno()).st_size - start
        full = header.chunk_size + TAG_BYTES
        last_index, last_size = divmod(body, full)  # the last chunk is always shorter than a full one
        if last_size < TAG_BYTES:
            raise PackageError(_truncated())
        digest = hashlib.sha256(header.raw).digest()

        def chunk(index: int, size: int, final: bool) -> bytes:
            sealed.seek(start + index * full)
            data = sealed.read(size)
            try:
                return cipher.decrypt(_nonce(index), data, _associated(digest, index, final))
            except InvalidTag:
                raise PackageError(_truncated_or_altered() if final else _altered()) from None

        tail = chunk(last_index, last_size, True)
        if len(tail) < length and last_index > 0:
            tail = chunk(last_index - 1, full, False) + tail
        return tail[-length:] if length else b""


def unseal(
    source: Path, target: Path, box_key: X25519PrivateKey, max_bytes: int, progress: Progress | None = None
) -> None:
    """Decrypt into target, which is written only once the header checks out and removed if anything then fails;
    refused as soon as more than max_bytes are decrypted."""
    progress = progress or NoProgress()
    with _open_source(source) as sealed:
        header, cipher = _opened(sealed, box_key)
        progress.status(t("Decrypting the package"))
        total = os.fstat(sealed.fileno()).st_size
        try:
            with target.open("wb") as out:
                _decrypt_chunks(sealed, out, cipher, header, max_bytes, total, progress)
        except BaseException as exc:
            target.unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise PackageError(t("The package could not be decrypted ({reason})", reason=exc.strerror)) from None
            raise


def _encrypt_chunks(
    plain: IO[bytes], out: IO[bytes], cipher: ChaCha20Poly1305, header: _Header, total: int, progress: Progress
) -> None:
    digest, index, done = hashlib.sha256(header.raw).digest(), 0, 0
    while True:
        check_cancelled(progress)
        chunk = plain.read(header.chunk_size)
        final = len(chunk) < header.chunk_size
        out.write(cipher.encrypt(_nonce(index), chunk, _associated(digest, index, final)))
        done += len(chunk)
        progress.update(done, total)
        if final:
            return
        index += 1


def _decrypt_chunks(
    sealed: IO[bytes],
    out: IO[bytes],
    cipher: ChaCha20Poly1305,
    header: _Header,
    max_bytes: int,
    total: int,
    progress: Progress,
) -> None:
    digest, index, written = hashlib.sha256(header.raw).digest(), 0, 0
    full = header.chunk_size + TAG_BYTES
    while True:
        check_cancelled(progress)
        chunk = sealed.read(full)
        if len(chunk) < TAG_BYTES:
            raise PackageError(_truncated())
        final = len(chunk) < full
        written += len(chunk) - TAG_BYTES
        if written > max_bytes:
            raise PackageError(
                t("The package inside the encryption is larger than {limit} bytes; refused", limit=max_bytes)
            )
        try:
            out.write(cipher.decrypt(_nonce(index), chunk, _associated(digest, index, final)))
        except InvalidTag:  # a short last chunk may be a whole one cut off, or a chunk edited
            raise PackageError(_truncated_or_altered() if final else _altered()) from None
        progress.update(sealed.tell(), total)
        if final:
            break
        index += 1
    if sealed.read(1):
        raise PackageError(t("The encrypted package was altered after it was encrypted (bytes were added at its end)"))


def _nonce(index: int) -> bytes:
    return bytes(4) + index.to_bytes(8, "big")


def _associated(header_digest: bytes, index: int, final: bool) -> bytes:
    return header_digest + index.to_bytes(8, "big") + (b"\x01" if final else b"\x00")


def _exchange(private: X25519PrivateKey, peer_key: bytes, failure: str) -> bytes:
    try:
        return private.exchange(X25519PublicKey.from_public_bytes(peer_key))
    except ValueError:  # not 32 bytes, or a degenerate (low-order) point that gives no secret
        raise PackageError(failure) from None


def _derive_key(shared: bytes, header: _Header) -> bytes:
    info = KDF_INFO + header.ephemeral_key + header.recipient_key
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=header.salt, info=info).derive(shared)


def _new_header(recipient: str, recipient_key: bytes, ephemeral_key: bytes, chunk_size: int) -> _Header:
    if not 0 < len(recipient) <= MAX_RECIPIENT:
        raise ValueError(f"the recipient's fingerprint must be 1..{MAX_RECIPIENT} characters: {recipient!r}")
    salt = os.urandom(SALT_BYTES)
    fields = {
        "format": FORMAT,
        "version": VERSION,
        "recipient": recipient,
        "recipient_key": _b64(recipient_key),
        "ephemeral_key": _b64(ephemeral_key),
        "cipher": CIPHER,
        "chunk_size": chunk_size,
        "salt": _b64(salt),
    }
    raw = json.dumps(fields, ensure_ascii=False).encode("utf-8")
    return _Header(raw, recipient, recipient_key, ephemeral_key, chunk_size, salt)


def _read_header(handle: IO[bytes]) -> _Header:
    magic = handle.read(len(MAGIC))
    if magic != MAGIC:
        raise PackageError(
            _truncated() if magic and MAGIC.startswith(magic) else t("This is not a RED Desktop package")
        )
    length_bytes = handle.read(4)
    if len(length_bytes) < 4:
        raise PackageError(_truncated())
    length = int.from_bytes(length_bytes, "big")
    if not 0 < length <= MAX_HEADER:
        raise PackageError(t("The encrypted package's header is damaged (its length is impossible)"))
    raw = handle.read(length)
    if len(raw) < length:
        raise PackageError(_truncated())
    try:
        fields = json.loads(raw.decode("utf-8"))
    except ValueError:  # UnicodeDecodeError is a ValueError
        raise PackageError(t("The encrypted package's header is damaged (it is not JSON)")) from None
    return _parse_header(raw, fields)


def _parse_header(raw: bytes, fields: Any) -> _Header:
    if not isinstance(fields, dict) or fields.get("format") != FORMAT:
        raise PackageError(t("This is not a RED Desktop package"))
    version, cipher = fields.get("version"), fields.get("cipher")
    if type(version) is not int:
        raise _damaged("version")
    if version != VERSION:
        raise PackageError(
            t(
                "This encrypted package has format version {version}; this RED Desktop opens version {supported} only "
                "(a newer RED Desktop may open it)",
                version=version,
                supported=VERSION,
            )
        )
    if not isinstance(cipher, str) or len(cipher) > 100:
        raise _damaged("cipher")
    if cipher != CIPHER:
        raise PackageError(
            t("This encrypted package uses a cipher RED Desktop does not know ({cipher!r})", cipher=cipher)
        )
    recipient, chunk_size = fields.get("recipient"), fields.get("chunk_size")
    if not isinstance(recipient, str) or not 0 < len(recipient) <= MAX_RECIPIENT:
        raise _damaged("recipient")
    if type(chunk_size) is not int or not 1 <= chunk_size <= MAX_CHUNK_SIZE:
        raise _damaged("chunk_size")
    recipient_key = _unb64(fields, "recipient_key", 32)
    ephemeral_key = _unb64(fields, "ephemeral_key", 32)
    salt = _unb64(fields, "salt", SALT_BYTES)
    return _Header(raw, recipient, recipient_key, ephemeral_key, chunk_size, salt)


def _unb64(fields: dict[str, Any], name: str, size: int) -> bytes:
    text = fields.get(name)
    if not isinstance(text, str) or len(text) > 2 * size:
        raise _damaged(name)
    try:
        value = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise _damaged(name) from None
    if len(value) != size:
        raise _damaged(name)
    return value


def _damaged(name: str) -> PackageError:
    return PackageError(t("The encrypted package's header is damaged (its {field!r} field is not valid)", field=name))


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _open_source(path: Path) -> IO[bytes]:
    try:
        return path.open("rb")
    except OSError as exc:
        raise PackageError(t("The package {path} cannot be read ({reason})", path=path, reason=exc.strerror)) from None
