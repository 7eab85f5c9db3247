"""The profile and roster commands: this laptop's evaluator key pairs, and the keys a store trusts."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from red_desktop import paths
from red_desktop.cli.common import (
    Parser,
    UsageError,
    emit,
    json_option,
    read_passphrase,
    store_and_json,
    store_path,
    writing_store,
)
from red_desktop.core.settings import Role, Settings

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands
    from red_desktop.core.store.roster import TrustedKey


def register(commands: Subcommands) -> None:
    """profile (this laptop's evaluator key pair) and roster (the keys a store trusts)."""
    profile = commands.add_parser("profile", help="your evaluator profile and its signing and encryption keys")
    profile.set_defaults(run=run_profile)
    profile_commands = profile.add_subparsers(dest="profile_command", parser_class=Parser, metavar="COMMAND")
    create = profile_commands.add_parser(
        "create", parents=[json_option()], help="create your key pairs and save your name and role"
    )
    create.add_argument("--name", required=True, help="your name, as others will see it")
    create.add_argument("--role", required=True, choices=[r.value for r in Role])
    create.add_argument(
        "--passphrase-file", type=Path, metavar="FILE", help="protect the private key with the passphrase in FILE"
    )
    create.add_argument("--force", action="store_true", help="replace an existing key pair (the old key is lost)")
    export_key = profile_commands.add_parser(
        "export-key", parents=[json_option()], help="write your public key file, to hand to the committee"
    )
    export_key.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json")
    export_key.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="the passphrase in FILE, if your private key has one (needed once, to add an encryption key to an "
        "older profile)",
    )

    roster = commands.add_parser("roster", help="the evaluators' public keys this store trusts")
    roster.set_defaults(run=run_roster)
    roster_commands = roster.add_subparsers(dest="roster_command", parser_class=Parser, metavar="COMMAND")
    add = roster_commands.add_parser("add", parents=store_and_json(), help="trust a public key file")
    add.add_argument("file", type=Path, metavar="FILE.json", help="a public key file from profile export-key")
    roster_commands.add_parser("list", parents=store_and_json(), help="the trusted and revoked keys")
    revoke = roster_commands.add_parser(
        "revoke", parents=store_and_json(), help="stop trusting a key (it stays listed, with the reason)"
    )
    revoke.add_argument("fingerprint", metavar="FINGERPRINT", help="e.g. K3QZ-7MDA-PLUS-XW2A")
    revoke.add_argument("--reason", help="why the key is revoked (required)")


def run_profile(args: argparse.Namespace) -> int:
    if args.profile_command == "create":
        return _create(args)
    if args.profile_command == "export-key":
        return _export_key(args)
    raise UsageError("profile needs a command: create or export-key (try: red-desktop profile --help)")


def run_roster(args: argparse.Namespace) -> int:
    if args.roster_command == "add":
        return _roster_add(args)
    if args.roster_command == "list":
        return _roster_list(args)
    if args.roster_command == "revoke":
        return _roster_revoke(args)
    raise UsageError("roster needs a command: add, list or revoke (try: red-desktop roster --help)")


def _create(args: argparse.Namespace) -> int:
    from red_desktop.core import identity

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
    from red_desktop.core import identity

    passphrase = read_passphrase(args.passphrase_file) if args.passphrase_file else None
    public = identity.ensure_encryption_key(paths.keys_dir(), passphrase)  # profiles made before encryption gain one
    identity.write_public_key(public, args.output)
    text = (
        f"Public key of {public.name} written to {args.output}; fingerprint {public.fingerprint}\n"
        "The file also carries your encryption key, so packages sent to you can be encrypted"
    )
    emit(args, {**public.to_json(), "path": str(args.output)}, text)
    return 0


def _roster_add(args: argparse.Namespace) -> int:
    from red_desktop.core import identity

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
    from red_desktop.core.store import Store

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
