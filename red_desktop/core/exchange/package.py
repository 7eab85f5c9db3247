"""The package file: a zip holding a signed manifest, JSON-lines records and attachment contents by hash.

    manifest.json              format, version, package id, device, author, created, counts, and the
                               SHA-256 and size of every other member
    manifest.sig               Ed25519 signature of manifest.json's bytes by the author's key
    records/<kind>.jsonl       one record per line: {"entity", "key", "version", "lineage", "record"}
    attachments/<sha256>       an attachment's content

The zip's comment, the file's last bytes, signs the whole file before it: the author's fingerprint and an
Ed25519 signature of the SHA-256 of every byte before the signature. So one byte changed anywhere — in a
member, a zip header, a timestamp — or a file cut short is refused before the zip is even opened.

Reading checks everything before returning anything: the file signature and the manifest's against the
store's roster, the zip's names and sizes (no paths that escape, no zip bombs), the manifest's format,
every member's hash, every record's shape and values. Any failure raises PackageError naming what is wrong.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from red_desktop import __version__
from red_desktop.core.errors import Problem
from red_desktop.core.exchange import canonical as rec
from red_desktop.core.exchange.errors import PackageError
from red_desktop.core.exchange.model import FORMAT, FORMAT_VERSION, Author, Entity, Manifest, Package, Unit
from red_desktop.core.identity import PublicIdentity
from red_desktop.core.messages import t
from red_desktop.core.progress import NoProgress, Progress, check_cancelled
from red_desktop.core.rubric import Rubric
from red_desktop.core.store.attachments import MAX_ATTACHMENT_BYTES, human_size
from red_desktop.core.store.roster import TrustedKey

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
RECORD_FILES = {
    Entity.PROPOSAL: "records/proposals.jsonl",
    Entity.EVALUATION: "records/evaluations.jsonl",
    Entity.DECISION: "records/decisions.jsonl",
    Entity.GATE_OVERRIDE: "records/gate_overrides.jsonl",
    Entity.INTEREST: "records/interests.jsonl",
    Entity.ASSIGNMENT: "records/assignments.jsonl",
}
EVALUATORS_FILE = "records/evaluators.jsonl"
ATTACHMENT_PREFIX = "attachments/"
# What a package may expand to. A package is checked whole, in memory, before anything is written, so these bound
# what reading one costs: each is checked from the zip's (signed) headers before a byte is expanded, and again on
# the bytes actually expanded, member by member in 1 MiB chunks, stopping as soon as one is passed.
MAX_PACKAGE_BYTES = 2 * 1024**3  # all members together
MAX_RECORDS_BYTES = 256 * 1024**2  # all records/*.jsonl together: about 30 times a season of 2,000 proposals
MAX_MEMBER_ATTACHMENT_BYTES = MAX_ATTACHMENT_BYTES  # each attachment, as when it is attached
MAX_SEALED_BYTES = MAX_PACKAGE_BYTES + 256 * 1024**2  # what an encrypted package may decrypt to: the zip itself
MAX_MANIFEST_BYTES = 16 * 1024**2
MAX_MEMBERS = 200_000
MAX_RATIO = 200  # a member expanding more than this from its compressed size is a zip bomb
MAX_LINEAGE = 10_000
_MEMBER_NAME = re.compile(r"^(manifest\.json|manifest\.sig|records/[a-z_]+\.jsonl|attachments/[0-9a-f]{64})$")


SEAL_PREFIX = b"RED-DESKTOP-PACKAGE-SIGNATURE 1 "
_SIGNATURE_B64 = 88  # base64 of 64 bytes
TRAILER_BYTES = len(SEAL_PREFIX) + 19 + 1 + _SIGNATURE_B64  # prefix, fingerprint, space, signature


def signable(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def write_package(
    path: Path,
    manifest: dict[str, Any],
    members: dict[str, bytes],
    signing_key: Ed25519PrivateKey,
    progress: Progress | None = None,
) -> None:
    """Write the zip: members first, then the manifest naming their hashes, then its signature."""
    progress = progress or NoProgress()
    manifest = {**manifest, "members": {}}
    fingerprint = manifest["author"]["fingerprint"].encode("ascii")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.comment = b"\0" * TRAILER_BYTES  # its place, filled with the file signature once all is written
        for done, (name, data) in enumerate(sorted(members.items()), start=1):
            check_cancelled(progress)
            kind = zipfile.ZIP_STORED if name.startswith(ATTACHMENT_PREFIX) else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, compress_type=kind)
            manifest["members"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            progress.update(done, len(members))
        body = signable(manifest)
        archive.writestr(MANIFEST, body)
        archive.writestr(SIGNATURE, base64.b64encode(signing_key.sign(body)) + b"\n")
    with path.open("r+b") as handle:
        handle.seek(-TRAILER_BYTES, 2)
        signed_bytes = handle.tell()
        signature = base64.b64encode(signing_key.sign(_digest(path, signed_bytes)))
        handle.write(SEAL_PREFIX + fingerprint + b" " + signature)


def _digest(path: Path, length: int) -> bytes:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        remaining = length
        while remaining:
            chunk = handle.read(min(remaining, 1024**2))
            if not chunk:
                break
            digest.update(chunk)
            remaining -= len(chunk)
    return digest.digest()


def verify_file(path: Path, trusted: Callable[[str], TrustedKey | None], name: str) -> TrustedKey:
    """Check the file signature in the zip comment; returns the roster key that made it."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        handle.seek(max(size - TRAILER_BYTES, 0))
        trailer = handle.read()
    if size < TRAILER_BYTES + 22 or not trailer.startswith(SEAL_PREFIX):
        raise PackageError(t("{name} is truncated or damaged, or is not a RED Desktop package", name=name))
    fingerprint = trailer[len(SEAL_PREFIX) : len(SEAL_PREFIX) + 19].decode("ascii", "replace")
    key = _trusted_key(trusted, fingerprint, name)
    try:
        signature = base64.b64decode(trailer[len(SEAL_PREFIX) + 20 :], validate=True)
        key.identity.verifier().verify(signature, _digest(path, size - TRAILER_BYTES))
    except (InvalidSignature, ValueError):
        raise _altered(name, key) from None
    return key


def trailer_sender(tail: bytes, trusted: Callable[[str], TrustedKey | None], name: str) -> TrustedKey:
    """The roster key a package's last bytes (its signature trailer) name, refused as verify_file refuses it when
    the key is unknown or revoked; nothing is verified yet (verify_file checks the signature)."""
    if len(tail) < TRAILER_BYTES or not tail[-TRAILER_BYTES:].startswith(SEAL_PREFIX):
        raise PackageError(t("{name} is truncated or damaged, or is not a RED Desktop package", name=name))
    trailer = tail[-TRAILER_BYTES:]
    fingerprint = trailer[len(SEAL_PREFIX) : len(SEAL_PREFIX) + 19].decode("ascii", "replace")
    return _trusted_key(trusted, fingerprint, name)


def _trusted_key(trusted: Callable[[str], TrustedKey | None], fingerprint: str, name: str) -> TrustedKey:
    key = trusted(fingerprint)
    if key is None:
        raise PackageError(
            t(
                "{name} is signed with the key {fingerprint}, which is not on this store's roster. Add the "
                "sender's public key file (Exchange › Roster) after checking its fingerprint with them",
                name=name,
                fingerprint=fingerprint,
            )
        )
    if key.revoked:
        raise PackageError(
            t(
                "{name} is signed with the key of {owner} ({fingerprint}), revoked on {date} by {revoked_by}: {reason}",
                name=name,
                owner=key.identity.name,
                fingerprint=key.fingerprint,
                date=key.revoked_at[:10] if key.revoked_at else "?",
                revoked_by=key.revoked_by,
                reason=key.revoke_reason,
            )
        )
    return key


def _altered(name: str, key: TrustedKey) -> PackageError:
    return PackageError(
        t(
            "{name}: its signature does not match its content. It was altered after {owner} signed it, "
            "or was not signed by them; nothing was imported",
            name=name,
            owner=key.identity.name,
        )
    )


def manifest_header(
    package_id: str, device_id: str, author: PublicIdentity, created_at: str, scope: str, counts: dict[str, int]
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "package_id": package_id,
        "device_id": device_id,
        "author": {"name": author.name, "role": author.role, "fingerprint": author.fingerprint},
        "created_at": created_at,
        "scope": scope,
        "counts": counts,
        "app_version": __version__,
    }


def read_package(
    path: Path,
    trusted: Callable[[str], TrustedKey | None],
    rubric: Rubric,
    *,
    display_name: str | None = None,
    progress: Progress | None = None,
) -> Package:
    """Open and verify a plain (unsealed) package file; see the module docstring for what is checked."""
    progress = progress or NoProgress()
    name = display_name or path.name
    try:
        signer = verify_file(path, trusted, name)
        with zipfile.ZipFile(path) as archive:
            infos = _checked_members(archive, name)
            body = _read_exact(archive, infos[MANIFEST], MAX_MANIFEST_BYTES, name)
            manifest = _parse_manifest(body, name)
            _verify_signature(body, _read_exact(archive, infos[SIGNATURE], 1024, name), manifest, signer, name)
            contents = _members(archive, infos, manifest, name, progress)
    except zipfile.BadZipFile:
        raise PackageError(t("{name} is truncated or damaged, or is not a RED Desktop package", name=name)) from None
    except (OSError, EOFError) as exc:
        why = getattr(exc, "strerror", None) or exc
        raise PackageError(t("{name} cannot be read ({reason})", name=name, reason=why)) from None
    return _package(manifest, contents, rubric, name)


def _checked_members(archive: zipfile.ZipFile, name: str) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise PackageError(
            t(
                "{name} holds {count:,} files; a package holds at most {limit:,}",
                name=name,
                count=len(infos),
                limit=MAX_MEMBERS,
            )
        )
    by_name: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        if not _MEMBER_NAME.match(info.filename):
            raise PackageError(
                t(
                    "{name} holds a file named {member!r}, which no package has (a path "
                    "that could escape its folder, or not a RED Desktop package); nothing was imported",
                    name=name,
                    member=info.filename[:80],
                )
            )
        if info.filename in by_name:
            raise PackageError(t("{name} holds {member} twice; it was tampered with", name=name, member=info.filename))
        if info.file_size > MAX_RATIO * max(info.compress_size, 1) and info.file_size > 1024**2:
            raise PackageError(
                t(
                    "{name}: {member} would expand {ratio:,} times its size (a zip bomb); nothing was imported",
                    name=name,
                    member=info.filename,
                    ratio=info.file_size // max(info.compress_size, 1),
                )
            )
        if info.filename.startswith(ATTACHMENT_PREFIX) and info.file_size > MAX_MEMBER_ATTACHMENT_BYTES:
            raise _too_large(name, info.filename, MAX_MEMBER_ATTACHMENT_BYTES)
        by_name[info.filename] = info
    budget = _Budget(name)
    for info in infos:  # the headers' sizes, before a byte is expanded
        budget.count(info.filename, info.file_size)
    for required in (MANIFEST, SIGNATURE):
        if required not in by_name:
            raise PackageError(
                t("{name} has no {member}: it is truncated or not a RED Desktop package", name=name, member=required)
            )
    return by_name


class _Budget:
    """What the members expand to, counted as they are read: refused as soon as a limit is passed."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.total = 0
        self.records = 0

    def count(self, member: str, size: int) -> None:
        self.total += size
        if member.startswith("records/"):
            self.records += size
            if self.records > MAX_RECORDS_BYTES:
                raise _too_large(self.name, member, MAX_RECORDS_BYTES)
        if self.total > MAX_PACKAGE_BYTES:
            raise _too_large(self.name, None, MAX_PACKAGE_BYTES)


def _too_large(name: str, member: str | None, limit: int) -> PackageError:
    """Named by what passed the limit: the whole package (member None), its records, or one attachment."""
    if member is None:
        text = t(
            "{name} expands to more than {limit}, the most a package may hold; it was not read further and "
            "nothing was imported",
            name=name,
            limit=human_size(limit),
        )
    elif member.startswith(ATTACHMENT_PREFIX):
        text = t(
            "{name}: attachment {hash}… expands to more than {limit}, the most an attachment may hold; it was "
            "not read further and nothing was imported",
            name=name,
            hash=member[len(ATTACHMENT_PREFIX) :][:12],
            limit=human_size(limit),
        )
    else:
        text = t(
            "{name}: its records expand to more than {limit}, the most a package's records may hold; they were "
            "not read further and nothing was imported",
            name=name,
            limit=human_size(limit),
        )
    return PackageError(text)


def _read_exact(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, name: str, budget: _Budget | None = None
) -> bytes:
    """A member's bytes, never more than `limit` or than its header declares (a lying header is a bomb too);
    read in chunks, each counted against `budget` before the next is read."""
    cap = min(limit, info.file_size)
    if info.file_size > limit:
        raise PackageError(
            t(
                "{name}: {member} is {size:,} bytes; at most {limit:,} are allowed",
                name=name,
                member=info.filename,
                size=info.file_size,
                limit=limit,
            )
        )
    with archive.open(info) as handle:
        data = _read_capped(handle, cap + 1, lambda size: budget.count(info.filename, size) if budget else None)
    if len(data) != info.file_size:
        raise PackageError(
            t(
                "{name}: {member} does not hold the size its header declares; it was tampered with",
                name=name,
                member=info.filename,
            )
        )
    return data


def _read_capped(handle: IO[bytes], cap: int, counted: Callable[[int], None] = lambda _size: None) -> bytes:
    chunks, total = [], 0
    while total < cap:
        chunk = handle.read(min(1024**2, cap - total))
        if not chunk:
            break
        counted(len(chunk))
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _parse_manifest(body: bytes, name: str) -> dict[str, Any]:
    try:
        manifest = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise PackageError(t("{name}: its manifest is not JSON; it is damaged", name=name)) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError(t("{name} is not a RED Desktop exchange package", name=name))
    if manifest.get("version") != FORMAT_VERSION:
        raise PackageError(
            t(
                "{name} uses package format version {version!r}; this RED Desktop reads version "
                "{supported}. Update RED Desktop (or ask the sender to) before importing it",
                name=name,
                version=manifest.get("version"),
                supported=FORMAT_VERSION,
            )
        )
    author = manifest.get("author")
    fields = ("package_id", "device_id", "created_at", "scope")
    if (
        not isinstance(author, dict)
        or not all(isinstance(author.get(k), str) for k in ("name", "role", "fingerprint"))
        or not all(isinstance(manifest.get(k), str) and len(manifest[k]) <= 200 for k in fields)
        or not isinstance(manifest.get("counts"), dict)
        or not isinstance(manifest.get("members"), dict)
    ):
        raise PackageError(t("{name}: its manifest lacks the author, id, dates, counts or member list", name=name))
    return manifest


def _verify_signature(body: bytes, signature: bytes, manifest: dict[str, Any], key: TrustedKey, name: str) -> None:
    """The manifest's own signature, by the same key as the file's, and the author it names is that key's owner."""
    author = manifest["author"]
    if author["fingerprint"] != key.fingerprint:
        raise PackageError(
            t(
                "{name}: its manifest names the key {named} but the file is signed with {fingerprint}; "
                "nothing was imported",
                name=name,
                named=author["fingerprint"],
                fingerprint=key.fingerprint,
            )
        )
    try:
        key.identity.verifier().verify(base64.b64decode(signature.strip(), validate=True), body)
    except (InvalidSignature, ValueError):
        raise _altered(name, key) from None
    if author["name"] != key.identity.name:
        raise PackageError(
            t(
                "{name} says it is from {author!r} but is signed with the key of {owner} ({fingerprint}); "
                "nothing was imported",
                name=name,
                author=author["name"],
                owner=key.identity.name,
                fingerprint=key.fingerprint,
            )
        )


def _members(
    archive: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], manifest: dict[str, Any], name: str, progress: Progress
) -> dict[str, bytes]:
    listed = manifest["members"]
    present = set(infos) - {MANIFEST, SIGNATURE}
    if present != set(listed):
        missing = sorted(set(listed) - present)
        if missing:
            raise PackageError(
                t(
                    "{name} lacks {member} (and {more} more): it is truncated or altered",
                    name=name,
                    member=missing[0],
                    more=len(missing) - 1,
                )
            )
        raise PackageError(
            t(
                "{name} holds {member}, which its manifest does not list",
                name=name,
                member=sorted(present - set(listed))[0],
            )
        )
    contents = {}
    budget = _Budget(name)
    for done, (member, facts) in enumerate(sorted(listed.items()), start=1):
        check_cancelled(progress)
        if not isinstance(facts, dict) or facts.get("size") != infos[member].file_size:
            raise PackageError(
                t("{name}: {member} is not the size the manifest states; it was altered", name=name, member=member)
            )
        limit = MAX_MEMBER_ATTACHMENT_BYTES if member.startswith(ATTACHMENT_PREFIX) else MAX_PACKAGE_BYTES
        data = _read_exact(archive, infos[member], limit, name, budget)  # the budget limits the records
        if hashlib.sha256(data).hexdigest() != facts.get("sha256"):
            raise PackageError(
                t(
                    "{name}: {member} does not match the hash in its signed manifest; it was altered",
                    name=name,
                    member=member,
                )
            )
        contents[member] = data
        progress.update(done, len(listed))
    return contents


def _package(manifest: dict[str, Any], contents: dict[str, bytes], rubric: Rubric, name: str) -> Package:
    blobs = {m[len(ATTACHMENT_PREFIX) :]: data for m, data in contents.items() if m.startswith(ATTACHMENT_PREFIX)}
    sizes = {sha: len(data) for sha, data in blobs.items()}
    for sha, data in blobs.items():
        if hashlib.sha256(data).hexdigest() != sha:
            raise PackageError(
                t("{name}: attachment {hash}… does not match its name; it was altered", name=name, hash=sha[:12])
            )
    units = []
    for entity, member in RECORD_FILES.items():
        for number, line in _lines(contents.get(member, b""), member, name):
            units.append(_unit(entity, line, rubric, sizes, _where(name, member, number)))
    _refuse_repeats(units, name)
    evaluators = []
    for number, line in _lines(contents.get(EVALUATORS_FILE, b""), EVALUATORS_FILE, name):
        problems = rec.evaluator_problems(line)
        if problems:
            raise _invalid(_where(name, EVALUATORS_FILE, number), problems)
        evaluators.append(line)
    author = manifest["author"]
    return Package(
        manifest=Manifest(
            package_id=manifest["package_id"],
            device_id=manifest["device_id"],
            author=Author(author["name"], author["role"], author["fingerprint"]),
            created_at=manifest["created_at"],
            scope=manifest["scope"],
            counts={str(k): v for k, v in manifest["counts"].items() if isinstance(v, int)},
            members={m: (f["sha256"], f["size"]) for m, f in manifest["members"].items()},
        ),
        units=tuple(units),
        evaluators=tuple(evaluators),
        blobs=blobs,
        file_name=name,
    )


def _where(name: str, member: str, number: int) -> str:
    return t("{name}, {member} line {number}", name=name, member=member, number=number)


def _lines(data: bytes, member: str, name: str) -> Iterator[tuple[int, Any]]:
    """Each line decoded on its own (never the whole member at once, which tripled what reading it cost), split
    at newlines only, as the writer ends them: a U+2028 inside a text is not the end of a line."""
    start, number = 0, 0
    while start < len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        raw, start, number = data[start:end], end + 1, number + 1
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise PackageError(t("{name}: {member} is not UTF-8 text", name=name, member=member)) from None
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except ValueError:
            raise PackageError(
                t("{name}: {member} line {number} is not JSON", name=name, member=member, number=number)
            ) from None


def _unit(entity: Entity, line: Any, rubric: Rubric, sizes: dict[str, int], where: str) -> Unit:
    if not isinstance(line, dict) or set(line) != {"entity", "key", "version", "lineage", "record"}:
        raise PackageError(t("{where}: not a package record (entity, key, version, lineage, record)", where=where))
    if line["entity"] != entity.value:
        raise PackageError(
            t(
                "{where}: a {found!r} record in the file of {expected} records",
                where=where,
                found=line["entity"],
                expected=entity.value,
            )
        )
    problems = rec.record_problems(entity, line["record"], rubric, sizes)
    if problems:
        raise _invalid(where, problems)
    record = line["record"]
    version = rec.version_of(record)
    if line["version"] != version or line["key"] != rec.key_of(entity, record):
        raise PackageError(t("{where}: the record does not match its version hash or key; it was altered", where=where))
    return Unit(entity, line["key"], record, version, _lineage(line["lineage"], version, where))


def _lineage(value: Any, version: str, where: str) -> dict[str, tuple[str, ...]]:
    if (
        not isinstance(value, dict)
        or len(value) > MAX_LINEAGE
        or version not in value
        or not all(
            isinstance(v, str)
            and rec.HEX64.match(v)
            and isinstance(ps, list)
            and all(isinstance(p, str) and rec.HEX64.match(p) for p in ps)
            for v, ps in value.items()
        )
    ):
        raise PackageError(t("{where}: its lineage (the versions it descends from) is malformed", where=where))
    return {v: tuple(ps) for v, ps in value.items()}


def _refuse_repeats(units: list[Unit], name: str) -> None:
    seen: set[tuple[Entity, str]] = set()
    for unit in units:
        if (unit.entity, unit.key) in seen:
            raise PackageError(
                t(
                    "{name} carries {entity} {key} twice; it is malformed",
                    name=name,
                    entity=unit.entity.value,
                    key=unit.key,
                )
            )
        seen.add((unit.entity, unit.key))


def _invalid(where: str, problems: list[Problem]) -> PackageError:
    listed = "; ".join(str(p) for p in problems[:5])
    if len(problems) > 5:
        return PackageError(
            t(
                "{where} fails validation: {problems} (and {more} more). Nothing was imported",
                where=where,
                problems=listed,
                more=len(problems) - 5,
            )
        )
    return PackageError(t("{where} fails validation: {problems}. Nothing was imported", where=where, problems=listed))


def unit_line(unit: Unit) -> bytes:
    line = {
        "entity": unit.entity.value,
        "key": unit.key,
        "version": unit.version,
        "lineage": {v: list(ps) for v, ps in sorted(unit.lineage.items())},
        "record": unit.record,
    }
    return (json.dumps(line, ensure_ascii=False, sort_keys=True, allow_nan=False) + "\n").encode("utf-8")
