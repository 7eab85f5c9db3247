"""Sealed packages: encrypted to one recipient's key, and every cut, flip, swap or addition refused."""

from __future__ import annotations

import base64
import json
import os
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from red_desktop.core import identity
from red_desktop.core.exchange import envelope
from red_desktop.core.exchange.errors import PackageError
from red_desktop.core.progress import Cancelled
from tests.progress_recorder import RecordingProgress

CHUNK = 64
RECIPIENT = "K3QZ-7MDA-PLUS-XW2A"
LIMIT = 10**9


@pytest.fixture
def box_key() -> X25519PrivateKey:
    return identity.generate_encryption_key()


def _sealed(tmp_path: Path, box_key: X25519PrivateKey, plain: bytes, chunk_size: int = CHUNK) -> Path:
    source, target = tmp_path / "package.zip", tmp_path / "package.sealed"
    source.write_bytes(plain)
    envelope.seal(source, target, RECIPIENT, identity.raw_encryption_key(box_key), chunk_size=chunk_size)
    return target


def _unsealed(path: Path, box_key: X25519PrivateKey, max_bytes: int = LIMIT) -> bytes:
    target = path.with_name("opened.zip")
    envelope.unseal(path, target, box_key, max_bytes)
    return target.read_bytes()


def _refused(path: Path, box_key: X25519PrivateKey, data: bytes, match: str | None = None) -> None:
    path.write_bytes(data)
    target = path.with_name("opened.zip")
    with pytest.raises(PackageError, match=match):
        envelope.unseal(path, target, box_key, LIMIT)
    assert not target.exists()


def _body_start(sealed: bytes) -> int:
    length = int.from_bytes(sealed[len(envelope.MAGIC) : len(envelope.MAGIC) + 4], "big")
    return len(envelope.MAGIC) + 4 + length


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, 2 * CHUNK, 3 * CHUNK + 7])
def test_a_sealed_package_round_trips_at_any_size(tmp_path: Path, box_key: X25519PrivateKey, size: int) -> None:
    plain = os.urandom(size)
    sealed = _sealed(tmp_path, box_key, plain)
    chunks = size // CHUNK + 1  # the last chunk is always short, empty when the size is a multiple
    assert sealed.stat().st_size == _body_start(sealed.read_bytes()) + size + chunks * envelope.TAG_BYTES
    assert _unsealed(sealed, box_key) == plain


def test_the_default_chunk_size_round_trips_and_hides_the_content(tmp_path: Path, box_key: X25519PrivateKey) -> None:
    plain = b"Proposal: irrigation for the valley of Urubamba. " * 50_000  # ~2.5 MB: three 1 MiB chunks
    sealed = _sealed(tmp_path, box_key, plain, chunk_size=envelope.CHUNK_SIZE)
    assert b"Urubamba" not in sealed.read_bytes()
    assert _unsealed(sealed, box_key) == plain


def test_the_header_names_the_recipient_and_the_cipher(tmp_path: Path, box_key: X25519PrivateKey) -> None:
    sealed = _sealed(tmp_path, box_key, b"x")
    data = sealed.read_bytes()
    assert data.startswith(envelope.MAGIC) and envelope.is_sealed(sealed)
    header = json.loads(data[len(envelope.MAGIC) + 4 : _body_start(data)])
    assert header["format"] == "red-desktop-sealed-package" and header["version"] == 1
    assert header["cipher"] == "X25519-HKDF-SHA256-ChaCha20Poly1305" and header["chunk_size"] == CHUNK
    assert header["recipient"] == RECIPIENT == envelope.sealed_recipient(sealed)
    assert base64.b64decode(header["recipient_key"]) == identity.raw_encryption_key(box_key)
    assert header["ephemeral_key"] != header["recipient_key"]


def test_a_profile_encryption_key_opens_what_was_sealed_to_its_public_file(tmp_path: Path) -> None:
    public = identity.create_keys(tmp_path / "keys", "Ana", "committee_member", b"correct horse")
    assert public.encryption_key is not None
    source, sealed, opened = tmp_path / "p.zip", tmp_path / "p.sealed", tmp_path / "opened.zip"
    source.write_bytes(b"package")
    envelope.seal(source, sealed, public.fingerprint, public.encryption_key)
    box_key = identity.load_encryption_key(tmp_path / "keys" / identity.ENCRYPTION_KEY_FILENAME, b"correct horse")
    envelope.unseal(sealed, opened, box_key, LIMIT)
    assert opened.read_bytes() == b"package"


def test_another_key_is_refused_naming_the_recipient(tmp_path: Path, box_key: X25519PrivateKey) -> None:
    sealed = _sealed(tmp_path, box_key, b"secret")
    with pytest.raises(PackageError, match=f"encrypted to another key \\({RECIPIENT}\\); it cannot be opened here"):
        envelope.unseal(sealed, tmp_path / "opened.zip", identity.generate_encryption_key(), LIMIT)
    assert not (tmp_path / "opened.zip").exists()


def test_every_single_byte_flip_is_refused(tmp_path: Path, box_key: X25519PrivateKey) -> None:
    sealed = _sealed(tmp_path, box_key, os.urandom(3 * CHUNK + 7))
    original = sealed.read_bytes()
    for position in range(len(original)):  # magic, length, header, every chunk's body and tag
        flipped = bytearray(original)
        flipped[position] ^= 0x01
        _refused(sealed, box_key, bytes(flipped))


def test_every_truncation_is_refused(tmp_path: Path, box_key: X25519PrivateKey) -> None:
    sealed = _sealed(tmp_path, box_key, os.urandom(2 * CHUNK))  # ends with an empty final chunk
    original = sealed.read_bytes()
    for length in range(len(original)):
        _refused(sealed, box_key, original[:length])
    _refused(sealed, box_key, original[: -envelope.TAG_BYTES], "truncated")  # exactly the empty final chunk gone


@pytest.mark.parametrize("extra", [b"\x00", b"more data after the end", bytes(CHUNK + envelope.TAG_BYTES)])
def test_bytes_added_at_the_end_are_refused(tmp_path: Path, box_key: X25519PrivateKey, extra: bytes) -> None:
    sealed = _sealed(tmp_path, box_key, os.urandom(CHUNK + 10))
    _refused(sealed, box_key, sealed.read_bytes() + extra)


def test_swapped_dropped_or_repeated_chunks_are_refused(tmp_path: Path, box_key: X25519PrivateKey) -> None:
    sealed = _sealed(tmp_path, box_key, os.urandom(3 * CHUNK + 7))
    data = sealed.read_bytes()
    start, size = _body_start(data), CHUNK + envelope.TAG_BYTES
    head, body = data[:start], data[start:]
    chunks = [body[i : i + size] for i in range(0, len(body), size)]
    assert len(chunks) == 4
    _refused(sealed, box_key, head + chunks[1] + chunks[0] + chunks[2] + chunks[3], "altered")
    _refused(sealed, box_key, head + chunks[0] + chunks[2] + chunks[3], "altered")
    _refused(sealed, box_key, head + chunks[0] + chunks[0] + chunks[1] + chunks[2] + chunks[3], "altered")
    _refused(sealed, box_key, head + chunks[0] + chunks[1] + chunks[2], "truncated")


def test_a_chunk_moved_from_another_sealed_package_is_refused(tmp_path: Path, box_key: X25519PrivateKey) -> None:
    plain = os.urandom(CHUNK + 5)
    first = _sealed(tmp_path, box_key, plain).read_bytes()
    second = _sealed(tmp_path, box_key, plain).read_bytes()
    assert first != second  # a fresh key every time
    _refused(tmp_path / "mixed.sealed", box_key, first[: _body_start(first)] + second[_body_start(second) :])


def _with_header(original: bytes, change: dict[str, object]) -> bytes:
    header = json.loads(original[len(envelope.MAGIC) + 4 : _body_start(original)])
    raw = json.dumps({**header, **change}).encode()
    return envelope.MAGIC + len(raw).to_bytes(4, "big") + raw + original[_body_start(original) :]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"version": 2}, "format version 2; this RED Desktop opens version 1 only"),
        ({"version": "1"}, "'version' field is not valid"),
        ({"cipher": "ROT13"}, "cipher RED Desktop does not know"),
        ({"format": "zip"}, "not a RED Desktop package"),
        ({"chunk_size": 10**9}, "'chunk_size' field is not valid"),
        ({"chunk_size": True}, "'chunk_size' field is not valid"),
        ({"salt": "AAAA"}, "'salt' field is not valid"),
        ({"ephemeral_key": "not base64!"}, "'ephemeral_key' field is not valid"),
        ({"recipient": None}, "'recipient' field is not valid"),
        ({"recipient": "AAAA-BBBB-CCCC-DDDD"}, "altered"),
        ({"salt": "AAAAAAAAAAAAAAAAAAAAAA=="}, "altered"),
        ({"ephemeral_key": "CQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}, "altered"),  # the base point
        ({"ephemeral_key": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="}, "altered"),  # a low-order point
    ],
)
def test_an_edited_header_is_refused(
    tmp_path: Path, box_key: X25519PrivateKey, change: dict[str, object], message: str
) -> None:
    sealed = _sealed(tmp_path, box_key, b"payload")
    _refused(sealed, box_key, _with_header(sealed.read_bytes(), change), message)


def test_a_header_retargeted_to_another_key_is_refused(tmp_path: Path, box_key: X25519PrivateKey) -> None:
    sealed = _sealed(tmp_path, identity.generate_encryption_key(), b"payload")
    mine = base64.b64encode(identity.raw_encryption_key(box_key)).decode()
    _refused(sealed, box_key, _with_header(sealed.read_bytes(), {"recipient_key": mine}), "altered")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a RED Desktop package"),
        (b"PK\x03\x04 a zip file", "not a RED Desktop package"),
        (b"RED-DESKTOP-SEA", "truncated"),
        (envelope.MAGIC + (10**6).to_bytes(4, "big") + b"{}", "length is impossible"),
        (envelope.MAGIC + (0).to_bytes(4, "big"), "length is impossible"),
        (envelope.MAGIC + (5).to_bytes(4, "big") + b"{]xx", "truncated"),
        (envelope.MAGIC + (4).to_bytes(4, "big") + b"{]xx", "not JSON"),
        (envelope.MAGIC + (2).to_bytes(4, "big") + b"[]", "not a RED Desktop package"),
    ],
)
def test_what_is_not_a_sealed_package_is_refused(
    tmp_path: Path, box_key: X25519PrivateKey, content: bytes, message: str
) -> None:
    _refused(tmp_path / "file.sealed", box_key, content, message)


def test_a_plain_package_is_not_sealed(tmp_path: Path) -> None:
    plain = tmp_path / "package.zip"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("manifest.json", "{}")
    assert not envelope.is_sealed(plain)
    with pytest.raises(PackageError, match="not a RED Desktop package"):
        envelope.sealed_recipient(plain)
    with pytest.raises(PackageError, match="cannot be read"):
        envelope.is_sealed(tmp_path / "missing.sealed")


def test_the_size_limit_is_enforced_and_the_partial_file_removed(tmp_path: Path, box_key: X25519PrivateKey) -> None:
    plain = os.urandom(3 * CHUNK + 7)
    sealed = _sealed(tmp_path, box_key, plain)
    with pytest.raises(PackageError, match=f"larger than {len(plain) - 1} bytes; refused"):
        envelope.unseal(sealed, tmp_path / "opened.zip", box_key, len(plain) - 1)
    assert not (tmp_path / "opened.zip").exists()
    assert _unsealed(sealed, box_key, max_bytes=len(plain)) == plain


def test_a_failure_in_a_late_chunk_removes_what_was_already_written(tmp_path: Path, box_key: X25519PrivateKey) -> None:
    sealed = _sealed(tmp_path, box_key, os.urandom(3 * CHUNK + 7))
    data = bytearray(sealed.read_bytes())
    data[-3] ^= 0xFF  # the last chunk's tag: three chunks were written before it fails
    _refused(sealed, box_key, bytes(data), "altered")


def test_progress_is_reported_and_cancelling_leaves_no_file(tmp_path: Path, box_key: X25519PrivateKey) -> None:
    source, sealed, opened = tmp_path / "p.zip", tmp_path / "p.sealed", tmp_path / "opened.zip"
    source.write_bytes(os.urandom(3 * CHUNK + 7))
    progress = RecordingProgress()
    envelope.seal(source, sealed, RECIPIENT, identity.raw_encryption_key(box_key), progress, chunk_size=CHUNK)
    assert progress.statuses and progress.updates[-1] == (3 * CHUNK + 7, 3 * CHUNK + 7)
    progress = RecordingProgress()
    envelope.unseal(sealed, opened, box_key, LIMIT, progress)
    assert progress.updates[-1] == (sealed.stat().st_size, sealed.stat().st_size)

    opened.unlink()
    with pytest.raises(Cancelled):
        envelope.unseal(sealed, opened, box_key, LIMIT, RecordingProgress(cancel_after=2))
    assert not opened.exists()
    with pytest.raises(Cancelled):
        envelope.seal(
            source,
            tmp_path / "again.sealed",
            RECIPIENT,
            identity.raw_encryption_key(box_key),
            RecordingProgress(cancel_after=1),
            chunk_size=CHUNK,
        )
    assert not (tmp_path / "again.sealed").exists()


def test_an_unusable_recipient_key_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "p.zip"
    source.write_bytes(b"x")
    for key in (bytes(32), b"short"):  # a low-order point gives no shared secret
        with pytest.raises(PackageError, match="not a usable key"):
            envelope.seal(source, tmp_path / "p.sealed", RECIPIENT, key)
    assert not (tmp_path / "p.sealed").exists()
