"""The profile and roster commands: this laptop's evaluator key pairs, and the keys a store trusts."""

from __future__ import annotations

import argparse
from pathlib import Path

from red_desktop import paths
from red_desktop.cli import UsageError, emit, store_path
from red_desktop.cli_profile import writing_store
from red_desktop.core import identity
from red_desktop.core.settings import Role, Settings
from red_desktop.core.store import Store
from red_desktop.core.store.roster import TrustedKey


def profile(args: argparse.Namespace) -> int:
    if args.profile_command == "create":
        return _create(args)
    if args.profile_command == "export-key":
        return _export_key(args)
    raise UsageError("profile needs a command: create or export-key (try: red-desktop profile --help)")


def roster(args: argparse.Namespace) -> int:
    if args.roster_command == "add":
        return _roster_add(args)
    if args.roster_command == "list":
        return _roster_list(args)
    if args.roster_command == "revoke":
        return _roster_revoke(args)
    raise UsageError("roster needs a command: add, list or revoke (try: red-desktop roster --help)")


def _create(args: argparse.Namespace) -> int:
    settings = Settings.load()
    settings.set_profile(args.name, Role(args.role))
    passphrase = read_passphrase(args.passphrase_file) if args.passphrase_file else None
    keys = paths.keys_dir()
    public = identity.create_keys(keys, settings.profile_name, args.role, passphrase, overwrite=args.force)
    settings.save()
    private_path, box_path = keys / identity.PRIVATE_KEY_FILENAME, keys / identity.ENCRYPTION_KEY_FILENAME
    text = (
        f"Profile {public.name} ({public.role}) created; key fingerprint {public.fingerprint}\n"
        f"Private keys: {private_path} and {box_path} (keep them on this laptop)\n"
        "Your public key file also carries an encryption key, so packages sent to you can be encrypted"
    )
    data = {**public.to_json(), "private_key_path": str(private_path), "encryption_key_path": str(box_path)}
    emit(args, data, text)
    return 0


def _export_key(args: argparse.Namespace) -> int:
    passphrase = read_passphrase(args.passphrase_file) if args.passphrase_file else None
    public = identity.ensure_encryption_key(paths.keys_dir(), passphrase)  # profiles made before encryption gain one
    identity.write_public_key(public, args.output)
    text = (
        f"Public key of {public.name} written to {args.output}; fingerprint {public.fingerprint}\n"
        "The file also carries your encryption key, so packages sent to you can be encrypted"
    )
    emit(args, {**public.to_json(), "path": str(args.output)}, text)
    return 0


def read_passphrase(path: Path) -> bytes:
    try:
        text = path.read_bytes().rstrip(b"\r\n")
    except OSError as exc:
        raise UsageError(f"the passphrase file {path} cannot be read ({exc.strerror})") from None
    if not text:
        raise UsageError(f"the passphrase file {path} is empty")
    return text


def _roster_add(args: argparse.Namespace) -> int:
    public = identity.read_public_key(args.file)
    with writing_store(args) as store:
        before = store.roster.get(public.fingerprint)
        key, added = store.roster.add(public)
    updated = before is not None and before.identity.encryption_key is None and key.identity.encryption_key is not None
    if added:
        text = f"Added {key.identity.name} ({key.identity.role}) to the roster; fingerprint {key.fingerprint}"
    elif updated:
        text = f"{key.identity.name} ({key.fingerprint}) is already on the roster; its encryption key was added"
    else:
        state = "revoked" if key.revoked else "trusted"
        text = f"{key.identity.name} ({key.fingerprint}) is already on the roster ({state}); unchanged"
    emit(args, {**key.to_json(), "added": added, "updated": updated}, text)
    return 0


def _roster_list(args: argparse.Namespace) -> int:
    with Store.open(store_path(args), user=args.user, readonly=True) as store:
        keys = store.roster.all()
    emit(args, [k.to_json() for k in keys], "\n".join(_line(k) for k in keys) or "The roster is empty")
    return 0


def _line(key: TrustedKey) -> str:
    state = f"revoked {key.revoked_at} by {key.revoked_by}: {key.revoke_reason}" if key.revoked else "trusted"
    encrypted = "yes" if key.can_receive_encrypted else "no"
    return (
        f"{key.fingerprint}  {key.identity.name} ({key.identity.role})  added {key.added_at} by {key.added_by}  "
        f"{state}  encrypted packages: {encrypted}"
    )


def _roster_revoke(args: argparse.Namespace) -> int:
    with writing_store(args) as store:
        key = store.roster.revoke(args.fingerprint, args.reason or "")
    emit(args, key.to_json(), f"Revoked {key.identity.name} ({key.fingerprint}): {key.revoke_reason}")
    return 0
