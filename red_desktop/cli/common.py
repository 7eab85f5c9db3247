"""What the commands share: exit codes, the usage error, the parser and its shared options, output, the store's
path, who a command acts as. Light on purpose: every command module imports it to register its parser."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from red_desktop import paths
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.messages import msg

if TYPE_CHECKING:  # loaded when a command runs, not to build the parser (red-desktop --help)
    from red_desktop.core.domain import Proposal
    from red_desktop.core.rubric import Rubric
    from red_desktop.core.store import Store

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70

DRY_RUN_USER = "(dry run)"  # a dry run writes nothing, so there is nothing to stamp

Handler: TypeAlias = Callable[[argparse.Namespace], int]


class UsageError(RedDesktopError):
    pass


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in our one-line form instead of exiting on its own."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (try: {self.prog} --help)")


if TYPE_CHECKING:
    Subcommands: TypeAlias = argparse._SubParsersAction[Parser]


@cache
def store_options(default: Any = argparse.SUPPRESS) -> Parser:
    """--db and --demo, accepted before or after the command; a command's copy must not reset the program's (so
    its default is SUPPRESS, the program's None)."""
    options = Parser(add_help=False)
    options.add_argument(
        "--db", type=Path, default=default, help=f"store file (default: ${paths.DB_ENV_VAR} or the user data folder)"
    )
    options.add_argument(
        "--demo",
        action="store_true",
        default=default if default is not None else False,
        help="use the demo store, kept apart from the real one",
    )
    return options


@cache
def json_option() -> Parser:
    options = Parser(add_help=False)
    options.add_argument("--json", action="store_true", help="machine-readable output")
    return options


def store_and_json() -> list[Parser]:
    """The parents of a command that works on a store: --db, --demo and --json."""
    return [store_options(), json_option()]


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError(f"must be between 1 and 1,000,000, not {value:,}")
    return value


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else text)


def store_path(args: argparse.Namespace, demo_command: bool = False) -> Path:
    if args.db is not None:
        return Path(args.db)
    if args.demo or demo_command:
        return paths.demo_store_path()
    return paths.default_store_path()


def add_rubric_option(parser: argparse.ArgumentParser, help: str = "rubric file") -> None:
    """--rubric, read by rubric_from; `help` says what the command reads it for."""
    parser.add_argument("--rubric", type=Path, help=f"{help} (default: the RED default rubric)")


def rubric_from(args: argparse.Namespace) -> Rubric:
    from red_desktop.core.rubric import load_rubric

    return load_rubric(getattr(args, "rubric", None) or paths.default_rubric_path())


def read_passphrase(path: Path) -> bytes:
    try:
        text = path.read_bytes().rstrip(b"\r\n")
    except OSError as exc:
        why = exc.strerror or str(exc)
        raise UsageError(
            msg("unreadable_passphrase", "the passphrase file {path} cannot be read ({why})", path=str(path), why=why)
        ) from None
    if not text:
        raise UsageError(msg("empty_passphrase", "the passphrase file {path} is empty", path=str(path)))
    return text


def message_language(chosen: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The language the commands speak: --lang, else the system's for messages as POSIX orders it (LC_ALL, then
    LC_MESSAGES, then LANG: "es_ES.UTF-8" -> es, "pt_BR" -> pt), else English. Not the window's setting: a
    command's output is read in the terminal it runs in."""
    if chosen:
        return chosen
    environ = os.environ if environ is None else environ
    system = next((environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if environ.get(name)), "")
    language = system.split("_")[0].split(".")[0].split("@")[0].lower()
    return language if language in ("es", "pt") else "en"


def default_language() -> str:
    """The interface language the window would use: the setting, else the system's, else English."""
    import locale

    from red_desktop.core.messages import languages
    from red_desktop.core.settings import Settings

    chosen = Settings.load().get("interface.language")
    if chosen in languages():
        return str(chosen)
    system = (locale.getlocale()[0] or "")[:2].lower()
    return system if system in languages() else "en"


def lookup(store: Store, code: str) -> Proposal:
    """store.proposals.by_code, saying on stderr when the code led elsewhere than a proposal holding it: an old
    code, a merged proposal's, or a code another proposal once had (a sheet printed before the codes were
    settled)."""
    proposal = store.proposals.by_code(code)
    typed = code.strip()
    if proposal.code.casefold() != typed.casefold() and proposal.uuid != typed.lower():
        print(f"note: {typed} leads to {proposal.code} ({proposal.title})", file=sys.stderr)
    elif earlier := [u for u in store.proposals.former_holders(proposal.code) if u != proposal.uuid]:
        others = "; ".join(f"{p.code} ({p.title})" for p in map(store.proposals.get, earlier))
        print(f"note: {proposal.code} was also the code of {others} before the codes were settled", file=sys.stderr)
    return proposal


@dataclass(frozen=True)
class Actor:
    name: str
    role: str


def acting(args: argparse.Namespace) -> Actor:
    """Who a command acts as: --user if given, else the evaluator profile's name, never the operating system's
    login name; the role is always the profile's (as in the window)."""
    from red_desktop.core.settings import Settings

    settings = Settings.load()
    name = (getattr(args, "user", None) or "").strip() or settings.profile_name
    if not name:
        raise RedDesktopError(
            msg(
                "no_profile",
                "No evaluator profile on this computer, and this command records who did it: nothing was written. "
                'Create one with red-desktop profile create --name "Your Name" --role field_evaluator (or '
                "committee_member), or open the window once",
            )
        )
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
