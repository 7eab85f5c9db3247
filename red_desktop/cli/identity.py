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
from red_desktop.core.enum_labels import role_label
from red_desktop.core.messages import msg, t
from red_desktop.core.settings import Role, Settings

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands
    from red_desktop.core.store.roster import TrustedKey


def register(commands: Subcommands) -> None:
    """profile (this laptop's evaluator key pair) and roster (the keys a store trusts)."""
    profile = commands.add_parser("profile", help=t("your evaluator profile and its signing and encryption keys"))
    profile.set_defaults(run=run_profile)
    profile_commands = profile.add_subparsers(dest="profile_command", parser_class=Parser, metavar="COMMAND")
    create = profile_commands.add_parser(
        "create", parents=[json_option()], help=t("create your key pairs and save your name and role")
    )
    create.add_argument("--name", required=True, help=t("your name, as others will see it"))
    create.add_argument("--role", required=True, choices=[r.value for r in Role], help=t("your role"))
    create.add_argument(
        "--passphrase-file", type=Path, metavar="FILE", help=t("protect the private key with the passphrase in FILE")
    )
    create.add_argument("--force", action="store_true", help=t("replace an existing key pair (the old key is lost)"))
    export_key = profile_commands.add_parser(
        "export-key", parents=[json_option()], help=t("write your public key file, to hand to the committee")
    )
    export_key.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.json", help=t("the public key file to write")
    )
    export_key.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=t(
            "the passphrase in FILE, if your private key has one (needed once, to add an encryption key to an "
            "older profile)"
        ),
    )

    roster = commands.add_parser("roster", help=t("the evaluators' public keys this store trusts"))
    roster.set_defaults(run=run_roster)
    roster_commands = roster.add_subparsers(dest="roster_command", parser_class=Parser, metavar="COMMAND")
    add = roster_commands.add_parser("add", parents=store_and_json(), help=t("trust a public key file"))
    add.add_argument("file", type=Path, metavar="FILE.json", help=t("a public key file from profile export-key"))
    roster_commands.add_parser("list", parents=store_and_json(), help=t("the trusted and revoked keys"))
    revoke = roster_commands.add_parser(
        "revoke", parents=store_and_json(), help=t("stop trusting a key (it stays listed, with the reason)")
    )
    revoke.add_argument("fingerprint", metavar="FINGERPRINT", help=t("the key's fingerprint, e.g. K3QZ-7MDA-PLUS-XW2A"))
    revoke.add_argument("--reason", help=t("why the key is revoked (required)"))


def run_profile(args: argparse.Namespace) -> int:
    if args.profile_command == "create":
        return _create(args)
    if args.profile_command == "export-key":
        return _export_key(args)
    raise UsageError(
        msg("command_needed", "profile needs a command: create or export-key (try: red-desktop profile --help)")
    )


def run_roster(args: argparse.Namespace) -> int:
    if args.roster_command == "add":
        return _roster_add(args)
    if args.roster_command == "list":
        return _roster_list(args)
    if args.roster_command == "revoke":
        return _roster_revoke(args)
    raise UsageError(
        msg("command_needed", "roster needs a command: add, list or revoke (try: red-desktop roster --help)")
    )


def _create(args: argparse.Namespace) -> int:
    from red_desktop.core import identity

    settings = Settings.load()
    settings.set_profile(args.name, Role(args.role))
    passphrase = read_passphrase(args.passphrase_file) if args.passphrase_file else None
    keys = paths.keys_dir()
    public = identity.create_keys(keys, settings.profile_name, args.role, passphrase, overwrite=args.force)
    settings.save()
    private_path, box_path = keys / identity.PRIVATE_KEY_FILENAME, keys / identity.ENCRYPTION_KEY_FILENAME
    text = "\n".join(
        (
            t(
                "Profile {name} ({role}) created; key fingerprint {fingerprint}",
                name=public.name,
                role=role_label(public.role),
                fingerprint=public.fingerprint,
            ),
            t(
                "Private keys: {signing} and {encryption} (keep them on this laptop)",
                signing=private_path,
                encryption=box_path,
            ),
            t("Your public key file also carries an encryption key, so packages sent to you can be encrypted"),
        )
    )
    data = {**public.to_json(), "private_key_path": str(private_path), "encryption_key_path": str(box_path)}
    emit(args, data, text)
    return 0


def _export_key(args: argparse.Namespace) -> int:
    from red_desktop.core import identity

    passphrase = read_passphrase(args.passphrase_file) if args.passphrase_file else None
    public = identity.ensure_encryption_key(paths.keys_dir(), passphrase)  # profiles made before encryption gain one
    identity.write_public_key(public, args.output)
    text = "\n".join(
        (
            t(
                "Public key of {name} written to {path}; fingerprint {fingerprint}",
                name=public.name,
                path=args.output,
                fingerprint=public.fingerprint,
            ),
            t("The file also carries your encryption key, so packages sent to you can be encrypted"),
        )
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
    named = {"name": key.identity.name, "fingerprint": key.fingerprint}
    if added:
        text = t(
            "Added {name} ({role}) to the roster; fingerprint {fingerprint}",
            role=role_label(key.identity.role),
            **named,
        )
    elif updated:
        text = t("{name} ({fingerprint}) is already on the roster; its encryption key was added", **named)
    elif key.revoked:
        text = t("{name} ({fingerprint}) is already on the roster (revoked); unchanged", **named)
    else:
        text = t("{name} ({fingerprint}) is already on the roster (trusted); unchanged", **named)
    emit(args, {**key.to_json(), "added": added, "updated": updated}, text)
    return 0


def _roster_list(args: argparse.Namespace) -> int:
    from red_desktop.core.store import Store

    with Store.open(store_path(args), user=args.user, readonly=True) as store:
        keys = store.roster.all()
    emit(args, [k.to_json() for k in keys], "\n".join(_line(k) for k in keys) or t("The roster is empty"))
    return 0


def _line(key: TrustedKey) -> str:
    if key.revoked:
        state = t("revoked {at} by {who}: {reason}", at=key.revoked_at, who=key.revoked_by, reason=key.revoke_reason)
    else:
        state = t("trusted")
    return "  ".join(
        (
            key.fingerprint,
            f"{key.identity.name} ({role_label(key.identity.role)})",
            t("added {at} by {who}", at=key.added_at, who=key.added_by),
            state,
            t("encrypted packages: yes") if key.can_receive_encrypted else t("encrypted packages: no"),
        )
    )


def _roster_revoke(args: argparse.Namespace) -> int:
    with writing_store(args) as store:
        key = store.roster.revoke(args.fingerprint, args.reason or "")
    emit(
        args,
        key.to_json(),
        t(
            "Revoked {name} ({fingerprint}): {reason}",
            name=key.identity.name,
            fingerprint=key.fingerprint,
            reason=key.revoke_reason,
        ),
    )
    return 0
