"""Exchange packages end to end: export this store's work, preview and import packages, list and resolve conflicts.

The window and the `package` command call only these functions; each takes the store it works on.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from red_desktop.core import identity
from red_desktop.core.exchange import envelope
from red_desktop.core.exchange.errors import PackageError
from red_desktop.core.exchange.model import Conflict, Entity, ExportResult, ImportPlan, Package
from red_desktop.core.exchange.package import MAX_SEALED_BYTES, TRAILER_BYTES, read_package, trailer_sender
from red_desktop.core.exchange.receive import apply_plan, plan_package
from red_desktop.core.exchange.resolving import conflicts_of, resolve
from red_desktop.core.exchange.send import build_export, selection_counts, write_export
from red_desktop.core.identity import KeyFileError, PublicIdentity
from red_desktop.core.messages import t
from red_desktop.core.progress import NoProgress, Progress
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.core.store.roster import TrustedKey


@dataclass(frozen=True)
class Signer:
    """This laptop's evaluator: who signs its packages, and the key that opens packages encrypted to it."""

    identity: PublicIdentity
    signing_key: Ed25519PrivateKey
    box_key: X25519PrivateKey | None = None


def load_signer(keys_dir: Path, passphrase: bytes | None = None) -> Signer:
    signing_key = identity.load_private_key(keys_dir / identity.PRIVATE_KEY_FILENAME, passphrase)
    public = identity.read_public_key(keys_dir / identity.PUBLIC_KEY_FILENAME)
    if public.public_key != identity.raw_public_key(signing_key):
        raise KeyFileError(
            t(
                "The public key file in {folder} does not belong to the private key beside it; "
                "create the profile again",
                folder=keys_dir,
            )
        )
    box_path = keys_dir / identity.ENCRYPTION_KEY_FILENAME
    box_key = identity.load_encryption_key(box_path, passphrase) if box_path.exists() else None
    return Signer(public, signing_key, box_key)


def export_preview(store: Store, signer: Signer, *, everything: bool = False) -> dict[str, int]:
    """What an export would carry, counted by kind (proposals, actors, attachments, evaluations, scores, ...)."""
    return selection_counts(build_export(store, signer.identity, everything=everything, bind=False))


def export_package(
    store: Store,
    signer: Signer,
    target: Path,
    *,
    everything: bool = False,
    recipient: TrustedKey | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write a signed package of what changed since the last export (or everything), encrypted to `recipient`
    if given; the store then remembers those versions as shared. Nothing is remembered if writing fails."""
    progress = progress or NoProgress()
    if recipient is not None and recipient.revoked:
        raise PackageError(
            t("Packages cannot be encrypted to {name}: their key was revoked", name=recipient.identity.name)
        )
    if recipient is not None and recipient.identity.encryption_key is None:
        raise PackageError(
            t(
                "Packages cannot be encrypted to {name}: their key carries no encryption key "
                "(ask them for a new public key file)",
                name=recipient.identity.name,
            )
        )
    with store.transaction():
        selection = build_export(store, signer.identity, everything=everything, bind=True)
        return write_export(store, selection, signer.signing_key, target, recipient, progress)


def open_package(
    store: Store,
    path: Path,
    rubric: Rubric,
    *,
    box_key: X25519PrivateKey | None = None,
    progress: Progress | None = None,
) -> Package:
    """Read and verify a package file, decrypting it first if it is sealed; PackageError names any problem."""
    path = Path(path)
    if not path.is_file():
        if not path.exists():
            raise PackageError(t("There is no file {path}", path=path))
        raise PackageError(t("{path} is not a file", path=path))
    if envelope.is_sealed(path):
        recipient = envelope.sealed_recipient(path)
        if box_key is None:
            raise PackageError(
                t(
                    "{name} is encrypted to the key {fingerprint}; only that key's owner can open it, "
                    "with their profile on their laptop",
                    name=path.name,
                    fingerprint=recipient,
                )
            )
        # Who sent it, from the inner package's last bytes, before its body is decrypted: a key not on the roster,
        # or revoked, is refused here, and nothing is written to disk.
        trailer_sender(envelope.sealed_tail(path, box_key, TRAILER_BYTES), store.roster.get, path.name)
        with tempfile.TemporaryDirectory(prefix="red-package-") as folder:
            plain = Path(folder) / "package.zip"
            envelope.unseal(path, plain, box_key, MAX_SEALED_BYTES, progress)
            package = read_package(plain, store.roster.get, rubric, display_name=path.name, progress=progress)
        return Package(**{**package.__dict__, "encrypted": True})
    return read_package(path, store.roster.get, rubric, progress=progress)


def preview_import(
    store: Store, path: Path, *, rubric: Rubric | None = None, box_key: X25519PrivateKey | None = None
) -> ImportPlan:
    """What importing the file would do; a refused package comes back with `rejected` set, never raised."""
    rubric = rubric or _default_rubric()
    try:
        package = open_package(store, path, rubric, box_key=box_key)
    except PackageError as exc:
        return ImportPlan(file_name=Path(path).name, manifest=None, rejected=str(exc))
    return plan_package(store, package, rubric)[0]


def import_package(
    store: Store,
    path: Path,
    rubric: Rubric,
    *,
    box_key: X25519PrivateKey | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportPlan:
    """Check, then merge in one transaction: all of it or, with `rejected` set, none of it."""
    progress = progress or NoProgress()
    try:
        package = open_package(store, path, rubric, box_key=box_key, progress=progress)
    except PackageError as exc:
        return ImportPlan(file_name=Path(path).name, manifest=None, rejected=str(exc))
    with store.transaction():
        plan, merged = plan_package(store, package, rubric)
        if plan.ok and not dry_run:
            apply_plan(store, package, plan, merged, rubric, progress)
    return plan


def list_conflicts(store: Store) -> list[Conflict]:
    return conflicts_of(store)


def resolve_conflict(store: Store, entity: Entity, key: str, choices: dict[str, str], rubric: Rubric) -> None:
    """Keep, field by field, the value of the version named in `choices` (field -> version); unnamed fields keep
    the current version's value. The result is a new version descending from every side; the conflict is gone."""
    with store.transaction():
        resolve(store, Entity(entity), key, choices, rubric)


def _default_rubric() -> Rubric:
    from red_desktop import paths  # the shipped rubric, when the caller has none at hand
    from red_desktop.core.rubric import load_rubric

    return load_rubric(paths.default_rubric_path())
