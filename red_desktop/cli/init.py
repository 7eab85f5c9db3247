"""red-desktop init: a new, empty store (only init and demo make one)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from red_desktop.cli.common import emit, store_and_json, store_path
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.messages import msg, t

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands


def register(commands: Subcommands) -> None:
    init = commands.add_parser(
        "init", parents=store_and_json(), help=t("make a new, empty store (only init and demo make one)")
    )
    init.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """A new store where there is none (no file, or an empty one); refused, changing nothing, where one is."""
    from red_desktop.core.store import Store

    path = store_path(args)
    if Store.identify(path):
        raise RedDesktopError(
            msg("already_a_store", "{path} is already a RED Desktop store; nothing was changed", path=str(path))
        )
    Store.open(path, user=args.user).close()
    emit(args, {"path": str(path), "created": True}, t("New store created at {path}", path=path))
    return 0
