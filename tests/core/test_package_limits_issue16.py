"""Issue 16, item 7: a package is refused at the first limit it passes, before it is read whole, and an encrypted
package from a key the store does not trust is refused before its body is decrypted. Nothing is written."""

from __future__ import annotations

import hashlib
import random
import zipfile
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from red_desktop.core import identity
from red_desktop.core.exchange import envelope
from red_desktop.core.exchange import package as fmt
from red_desktop.core.exchange import service as exchange
from red_desktop.core.rubric import Rubric
from red_desktop.core.store.attachments import MAX_ATTACHMENT_BYTES
from tests.exchange_world import World, refused, signed_package

MiB = 1024**2


@pytest.fixture
def world(tmp_path: Path, rubric: Rubric) -> Iterator[World]:
    made = World(tmp_path, rubric)
    yield made
    made.close()


@pytest.fixture
def expanded(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every byte any zip member gives when read (expanded), counted."""
    counted: list[int] = []
    original = zipfile.ZipExtFile.read

    def read(self: zipfile.ZipExtFile, n: int = -1) -> bytes:
        data = original(self, n)
        counted.append(len(data))
        return data

    monkeypatch.setattr(zipfile.ZipExtFile, "read", read)
    return counted


def compressible(size: int) -> bytes:
    """Bytes that deflate about 10-60 times, under the zip bomb ratio: JSON-looking lines with random digits."""
    rng = random.Random(16)
    line = b'{"entity": "proposal", "key": "%08d", "record": {"title": "' + b"a" * 400 + b'"}}\n'
    parts, total = [], 0
    while total < size:
        part = line.replace(b"%08d", b"%08d" % rng.randrange(10**8))
        parts.append(part)
        total += len(part)
    return b"".join(parts)[:size]


def test_records_expanding_past_their_limit_are_refused_before_they_are_read(
    world: World, tmp_path: Path, expanded: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The 9.7 MB package expanding 55 times to 512 MiB, scaled down: records limited to 4 MiB here, 24 MiB sent."""
    monkeypatch.setattr(fmt, "MAX_RECORDS_BYTES", 4 * MiB, raising=False)
    records = compressible(24 * MiB)
    path = signed_package(world["ana"], tmp_path / "big.redpkg", members={"records/proposals.jsonl": records})
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("records/proposals.jsonl")
        assert info.file_size < fmt.MAX_RATIO * info.compress_size  # not caught as a zip bomb
    reason = refused(world, path, "records expand to more than 4 MB")
    assert "big.redpkg" in reason and "nothing was imported" in reason
    assert sum(expanded) <= 4 * MiB  # stopped at the limit, never read whole (24 MiB)


def test_the_records_limit_is_also_counted_while_reading(
    world: World, tmp_path: Path, expanded: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should a header understate a member, the bytes actually expanded are counted chunk by chunk."""
    records = compressible(6 * MiB)
    path = signed_package(world["ana"], tmp_path / "big.redpkg", members={"records/proposals.jsonl": records})
    monkeypatch.setattr(fmt, "MAX_RECORDS_BYTES", 2 * MiB, raising=False)
    real_checked = fmt._checked_members

    def checked_with_small_headers(archive: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
        saved = fmt.MAX_RECORDS_BYTES
        fmt.MAX_RECORDS_BYTES = 64 * MiB  # the headers' check passes
        try:
            return real_checked(archive, name)
        finally:
            fmt.MAX_RECORDS_BYTES = saved

    monkeypatch.setattr(fmt, "_checked_members", checked_with_small_headers)
    refused(world, path, "records expand to more than 2 MB")
    assert sum(expanded) <= 3 * MiB + 64 * 1024  # the manifest, and chunks up to the one that passed the limit


def test_an_attachment_larger_than_attachments_may_be_is_refused_unread(
    world: World, tmp_path: Path, expanded: list[int]
) -> None:
    blob = compressible(MAX_ATTACHMENT_BYTES + MiB)
    sha = hashlib.sha256(blob).hexdigest()
    path = signed_package(world["ana"], tmp_path / "huge.redpkg", blobs={sha: blob})
    reason = refused(world, path, f"attachment {sha[:12]}… expands to more than 25 MB")
    assert "nothing was imported" in reason
    assert sum(expanded) < MiB  # only the manifest and its signature were read


def test_a_package_expanding_past_the_total_limit_is_refused_before_it_is_read(
    world: World, tmp_path: Path, expanded: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    blobs = {}
    for seed in range(3):
        blob = compressible(3 * MiB) + bytes([seed])
        blobs[hashlib.sha256(blob).hexdigest()] = blob
    path = signed_package(world["ana"], tmp_path / "many.redpkg", blobs=blobs)
    monkeypatch.setattr(fmt, "MAX_PACKAGE_BYTES", 8 * MiB)
    refused(world, path, "many.redpkg expands to more than 8 MB, the most a package may hold")
    assert sum(expanded) == 0


def test_the_limits_are_generous_for_an_honest_package(world: World, tmp_path: Path) -> None:
    assert fmt.MAX_PACKAGE_BYTES == 2 * 1024**3 and fmt.MAX_RECORDS_BYTES == 256 * MiB
    uuid = world.add_proposals("committee", 1)[0]
    world["committee"].store.attachments.add(uuid, _file(tmp_path / "carta.pdf", compressible(3 * MiB)))
    plan = world.import_("ana", world.export("committee", everything=True))
    assert plan.ok and len(world["ana"].store.attachments.list(uuid)) == 1


def _file(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# ---- encrypted packages: who sent it, before the body is decrypted ----


def stranger_package(world: World, tmp_path: Path, name: str, *, body: bytes = b"") -> Path:
    """A package signed by a key on nobody's roster, encrypted to the committee's key."""
    keys = tmp_path / "keys-stranger"
    identity.create_keys(keys, "Nadie Conocido", "field_evaluator")
    stranger = SimpleNamespace(signer=exchange.load_signer(keys))
    plain = signed_package(stranger, tmp_path / "stranger-plain.zip", members={"records/proposals.jsonl": body})  # type: ignore[arg-type]
    committee = world["committee"].signer.identity
    assert committee.encryption_key is not None
    sealed = tmp_path / name
    envelope.seal(plain, sealed, committee.fingerprint, committee.encryption_key, chunk_size=64 * 1024)
    return sealed


@pytest.fixture
def decrypted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Chunks of an encrypted package's body decrypted to disk, counted."""
    counted: list[int] = []
    original = envelope._decrypt_chunks

    def decrypt(*args: object, **kwargs: object) -> None:
        counted.append(1)
        original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(envelope, "_decrypt_chunks", decrypt)
    return counted


def test_an_encrypted_package_from_an_unknown_key_is_refused_before_its_body_is_decrypted(
    world: World, tmp_path: Path, decrypted: list[int]
) -> None:
    sealed = stranger_package(world, tmp_path, "anonymous.redpkg", body=compressible(2 * MiB))
    reason = refused(world, sealed, "not on this store's roster")
    assert "anonymous.redpkg" in reason
    assert decrypted == []


def test_an_encrypted_package_from_a_revoked_key_is_refused_before_its_body_is_decrypted(
    world: World, tmp_path: Path, decrypted: list[int]
) -> None:
    uuid = world.add_proposals("ana", 1)[0]
    assert uuid
    committee = world["ana"].store.roster.get(world["committee"].fingerprint)
    sealed = world.export("ana", "sealed.redpkg", recipient=committee)
    world["committee"].store.roster.revoke(world["ana"].fingerprint, reason="laptop lost")
    refused(world, sealed, "revoked")
    assert decrypted == []


def test_an_encrypted_package_from_a_trusted_key_is_still_imported(
    world: World, tmp_path: Path, decrypted: list[int]
) -> None:
    world.add_proposals("ana", 2)
    committee = world["ana"].store.roster.get(world["committee"].fingerprint)
    sealed = world.export("ana", "sealed.redpkg", recipient=committee)
    plan = world.import_("committee", sealed)
    assert plan.ok and plan.counts()["added"] == 2 and decrypted == [1]


@pytest.mark.parametrize("cut", [1, 17, 64 * 1024 + 16])
def test_a_cut_encrypted_package_is_still_refused_as_truncated(world: World, tmp_path: Path, cut: int) -> None:
    world.add_proposals("ana", 1)
    committee = world["ana"].store.roster.get(world["committee"].fingerprint)
    sealed = world.export("ana", "sealed.redpkg", recipient=committee)
    data = sealed.read_bytes()
    (tmp_path / "cut.redpkg").write_bytes(data[:-cut])
    refused(world, tmp_path / "cut.redpkg", "truncated")


def test_the_sealed_tail_is_the_plaintexts_last_bytes_across_chunks(world: World, tmp_path: Path) -> None:
    plain = tmp_path / "plain.bin"
    data = bytes(random.Random(7).randrange(256) for _ in range(3000))
    committee = world["committee"]
    key = committee.signer.identity.encryption_key
    assert key is not None and committee.signer.box_key is not None
    for size in (0, 5, 999, 1000, 1001, 2500):
        plain.write_bytes(data[:size])
        sealed = tmp_path / f"sealed-{size}"
        envelope.seal(plain, sealed, committee.fingerprint, key, chunk_size=1000)
        for length in (0, 10, 150, 1200):
            got = envelope.sealed_tail(sealed, committee.signer.box_key, length)
            assert got == (data[:size][-length:] if length else b"")


def test_records_are_read_line_by_line_at_newlines_only(world: World) -> None:
    """Lines are decoded one at a time (not the whole member at once); a U+2028 or U+0085 inside a title, which
    the writer leaves as it is, is not taken for the end of a line."""
    store = world["ana"].store
    uuid = world.add_proposals("ana", 1)[0]
    world.retitle("ana", uuid, "Cacao\u2028de altura\x85 y café")
    plan = world.import_("committee", world.export("ana"))
    assert plan.ok, plan.rejected
    assert world["committee"].store.proposals.get(uuid).title == store.proposals.get(uuid).title
