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
from red_desktop.core import messages
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.messages import msg, pick_language, t, tc, tcn, tn

if TYPE_CHECKING:  # loaded when a command runs, not to build the parser (red-desktop --help)
    from red_desktop.core.domain import Evaluator, Proposal
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
        raise UsageError(t("{message} (try: {prog} --help)", message=message, prog=self.prog))


# argparse's own texts ("usage: ", "options:", its usage errors) are looked up with gettext through its module's `_`
# and `ngettext` (Python 3.11 reads them when it says a text: `from gettext import gettext as _, ngettext`).
# speaking_argparse() points them at our catalogue, where they sit under the context "argparse", while the program
# runs; argparse's texts for programmers (a parser built wrong) stay English, as texts missing in a catalogue do.
ARGPARSE = "argparse"


def _argparse_gettext(text: str) -> str:
    return messages.translations(messages.language()).pgettext(ARGPARSE, text)


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    return messages.translations(messages.language()).npgettext(ARGPARSE, singular, plural, n)


@contextmanager
def speaking_argparse() -> Iterator[None]:
    """argparse's texts in the language of the moment while the block runs; its own gettext back afterwards.
    The parser must be built inside, once the language is set: argparse says some texts when it is built (the
    groups' titles, --help's help)."""
    spoken = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _argparse_gettext, _argparse_ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = spoken  # type: ignore[attr-defined]


def argparse_texts() -> tuple[str, ...]:
    """argparse's texts that a person reads, in the language of the moment: the literals that put them in the
    catalogue (extraction finds them here; argparse asks for them by their English). A test checks that they are
    every text of the Python in use that a user of our parsers can meet."""
    return (
        tc("argparse", "usage: "),
        tc("argparse", "positional arguments"),
        tc("argparse", "options"),
        tc("argparse", "show this help message and exit"),
        tc("argparse", "argument %(argument_name)s: %(message)s"),
        tc("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
        tc("argparse", "unrecognized arguments: %s"),
        tc("argparse", "not allowed with argument %s"),
        tc("argparse", "ignored explicit argument %r"),
        tc("argparse", "the following arguments are required: %s"),
        tc("argparse", "one of the arguments %s is required"),
        tc("argparse", "expected one argument"),
        tc("argparse", "expected at most one argument"),
        tc("argparse", "expected at least one argument"),
        tcn("argparse", "expected %s argument", "expected %s arguments", 2),
        tc("argparse", "ambiguous option: %(option)s could match %(matches)s"),
        tc("argparse", "unexpected option string: %s"),
        tc("argparse", "invalid %(type)s value: %(value)r"),
        tc("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    )


if TYPE_CHECKING:
    Subcommands: TypeAlias = argparse._SubParsersAction[Parser]


def store_options(default: Any = argparse.SUPPRESS) -> Parser:
    """--db and --demo, accepted before or after the command; a command's copy must not reset the program's (so
    its default is SUPPRESS, the program's None)."""
    return _store_options(default, messages.language())


@cache
def _store_options(default: Any, language: str) -> Parser:  # one per language: its help is said when it is built
    options = Parser(add_help=False)
    options.add_argument(
        "--db",
        type=Path,
        default=default,
        help=t("store file (default: ${variable} or the user data folder)", variable=paths.DB_ENV_VAR),
    )
    options.add_argument(
        "--demo",
        action="store_true",
        default=default if default is not None else False,
        help=t("use the demo store, kept apart from the real one"),
    )
    return options


def json_option() -> Parser:
    return _json_option(messages.language())


@cache
def _json_option(language: str) -> Parser:
    options = Parser(add_help=False)
    options.add_argument("--json", action="store_true", help=t("machine-readable output"))
    return options


def store_and_json() -> list[Parser]:
    """The parents of a command that works on a store: --db, --demo and --json."""
    return [store_options(), json_option()]


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(t("not a whole number: {text!r}", text=text)) from None
    if not 1 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError(t("must be between 1 and 1,000,000, not {value:,}", value=value))
    return value


def counted(records: str, n: int) -> str:
    """n records of a kind the store keeps ("proposals", "gate_overrides"), in words: "3 proposals", "1 decision";
    a kind not named here keeps its name."""
    said = {
        "proposals": lambda: tn("{n:,} proposal", "{n:,} proposals", n),
        "actors": lambda: tn("{n:,} actor", "{n:,} actors", n),
        "attachments": lambda: tn("{n:,} attachment", "{n:,} attachments", n),
        "evaluations": lambda: tn("{n:,} evaluation", "{n:,} evaluations", n),
        "scores": lambda: tn("{n:,} score", "{n:,} scores", n),
        "decisions": lambda: tn("{n:,} decision", "{n:,} decisions", n),
        "gate_overrides": lambda: tn("{n:,} eligibility override", "{n:,} eligibility overrides", n),
        "withdrawals": lambda: tn("{n:,} withdrawal", "{n:,} withdrawals", n),
        "evaluators": lambda: tn("{n:,} evaluator", "{n:,} evaluators", n),
    }.get(records)
    return said() if said else f"{n:,} {records.replace('_', ' ')}"


def emit(args: argparse.Namespace, data: Any, text: str | Callable[[], str]) -> None:
    """Print the JSON or the text; `text` may be a function, so a long table is not made when JSON is asked for
    (rank's table of 100,000 proposals takes seconds to write in the language's number format)."""
    if args.json:
        print(as_json(data))
    else:
        print(text() if callable(text) else text)


def as_json(data: Any) -> str:
    """Indented JSON, a list one element a line: json's indenting encoder is pure Python (3.1 s for a ranking of
    100,000 proposals, 0.9 s this way)."""
    if isinstance(data, list) and data:
        return "[\n" + ",\n".join(f"  {json.dumps(item, ensure_ascii=False)}" for item in data) + "\n]"
    return json.dumps(data, ensure_ascii=False, indent=2)


def store_path(args: argparse.Namespace, demo_command: bool = False) -> Path:
    if args.db is not None:
        return Path(args.db)
    if args.demo or demo_command:
        return paths.demo_store_path()
    return paths.default_store_path()


def add_rubric_option(parser: argparse.ArgumentParser, help: str | None = None) -> None:
    """--rubric, read by rubric_from; `help` says what the command reads it for (said already)."""
    parser.add_argument(
        "--rubric", type=Path, help=t("{what} (default: the RED default rubric)", what=help or t("rubric file"))
    )


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
    return pick_language("", system)


def default_language() -> str:
    """The interface language the window would use: the setting, else the system's, else English."""
    import locale

    from red_desktop.core.settings import Settings

    return pick_language(str(Settings.load().get("interface.language")), locale.getlocale()[0] or "")


def lookup(store: Store, code: str) -> Proposal:
    """store.proposals.by_code, saying on stderr when the code led elsewhere than a proposal holding it: an old
    code, a merged proposal's, or a code another proposal once had (a sheet printed before the codes were
    settled)."""
    proposal = store.proposals.by_code(code)
    typed = code.strip()
    if proposal.code.casefold() != typed.casefold() and proposal.uuid != typed.lower():
        note = t("note: {typed} leads to {code} ({title})", typed=typed, code=proposal.code, title=proposal.title)
        print(note, file=sys.stderr)
    elif earlier := [u for u in store.proposals.former_holders(proposal.code) if u != proposal.uuid]:
        others = "; ".join(f"{p.code} ({p.title})" for p in map(store.proposals.get, earlier))
        note = t(
            "note: {code} was also the code of {others} before the codes were settled",
            code=proposal.code,
            others=others,
        )
        print(note, file=sys.stderr)
    return proposal


def named_evaluator(store: Store, name: str) -> Evaluator:
    """The store's evaluator of this name, or the roster's (made one of the store's: the committee assigns and records
    declarations before an evaluator's first package has arrived); refused naming those the store knows."""
    from red_desktop.core.assigning import evaluator_named

    found = evaluator_named(store, name)
    if found is None:
        known = ", ".join(e.name for e in store.evaluators.all()) or t("none")
        raise RedDesktopError(
            msg(
                "no_such_evaluator",
                "No evaluator named {name!r} in this store (known: {known})",
                name=name,
                known=known,
            )
        )
    return found


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
