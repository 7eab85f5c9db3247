"""Who a headless command acts as: the evaluator profile (or --user), never the operating system's login name."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from red_desktop.cli import store_path
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.settings import Settings

if TYPE_CHECKING:
    from red_desktop.core.store import Store

NO_PROFILE = (
    "No evaluator profile on this computer, and this command records who did it: nothing was written. Create one "
    'with red-desktop profile create --name "Your Name" --role field_evaluator (or committee_member), or open the '
    "window once"
)
DRY_RUN_USER = "(dry run)"  # a dry run writes nothing, so there is nothing to stamp


@dataclass(frozen=True)
class Actor:
    name: str
    role: str


def acting(args: argparse.Namespace) -> Actor:
    """--user if given, else the profile's name; the role is always the profile's (as in the window)."""
    settings = Settings.load()
    name = (getattr(args, "user", None) or "").strip() or settings.profile_name
    if not name:
        raise RedDesktopError(NO_PROFILE)
    return Actor(name, str(settings.get("profile.role")))


@contextmanager
def writing_store(args: argparse.Namespace, dry_run: bool = False) -> Iterator[Store]:
    """The store opened for a command that writes, stamping the profile's name; refused before any file is made
    when there is no profile, and when there is no store there (a mistyped --db must not become a new empty
    store: only `init` and `demo` make one). Once the command has written something, the profile is on the
    store's evaluators, as the window makes it on opening a store; a failed command or a dry run adds nobody (and
    a dry run needs no profile)."""
    from red_desktop.core.profile import ensure_evaluator
    from red_desktop.core.store import Store

    try:
        actor = acting(args)
    except RedDesktopError:
        if not dry_run:
            raise
        actor = Actor(DRY_RUN_USER, "")
    path = store_path(args)
    with Store.open(path, user=actor.name, create=False) as store:
        before = store.db.conn.total_changes
        yield store
        if not dry_run and store.db.conn.total_changes > before:
            ensure_evaluator(store, actor.name, actor.role)
