"""red-desktop init: a new, empty store (only init and demo make one)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from red_desktop.cli.common import emit, store_and_json, store_path
from red_desktop.core.errors import RedDesktopError

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands


def register(commands: Subcommands) -> None:
    init = commands.add_parser(
        "init", parents=store_and_json(), help="make a new, empty store (only init and demo make one)"
    )
    init.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """A new store where there is none (no file, or an empty one); refused, changing nothing, where one is."""
    from red_desktop.core.store import Store

    path = store_path(args)
    if Store.identify(path):
        raise RedDesktopError(f"{path} is already a RED Desktop store; nothing was changed")
    Store.open(path, user=args.user).close()
    emit(args, {"path": str(path), "created": True}, f"New store created at {path}")
    return 0
