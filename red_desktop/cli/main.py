"""The one program `red-desktop`: the window when called bare, headless commands for batch work and tests."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from red_desktop import __version__, paths
from red_desktop.cli.common import (
    EXIT_ERROR,
    EXIT_INTERNAL,
    EXIT_USAGE,
    Handler,
    Parser,
    UsageError,
    message_language,
    speaking_argparse,
    store_options,
    store_path,
)
from red_desktop.core import messages
from red_desktop.core.errors import RedDesktopError, ValidationError
from red_desktop.core.messages import t

if TYPE_CHECKING:
    from red_desktop.core.messages import Message

# The commands, in the order --help lists them: each module of red_desktop.cli adds its parsers with
# register(commands), and loads what its commands need only when one runs.
COMMANDS = (
    "init",
    "demo",
    "rank",
    "portfolio",
    "check",
    "agreement",
    "decide",
    "coi",
    "assign",
    "progress",
    "history",
    "dossier",
    "sheet",
    "export",
    "importing",
    "identity",
    "package",
    "codes",
    "backup",
)


def build_parser() -> Parser:
    parser = Parser(
        prog="red-desktop",
        parents=[store_options(None)],
        description=t("Evaluate Regional Economic Development proposals. Without a command, opens the window."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"red-desktop {__version__}",
        help=t("show the program's version number and exit"),
    )
    parser.add_argument(
        "--user",
        help=t("who is acting (stamped on changes and in the audit log); default: your evaluator profile's name"),
    )
    _add_message_language(parser, None)
    commands = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"red_desktop.cli.{name}").register(commands)
    for command in _commands(parser):  # accepted after a command too, where it has no --lang of its own
        if "--lang" not in command._option_string_actions:
            _add_message_language(command, argparse.SUPPRESS)
    return parser


def _commands(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """Every command's parser, and its subcommands' (roster list), below `parser`."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                yield command
                yield from _commands(command)


def _add_message_language(parser: argparse.ArgumentParser, default: object) -> None:
    """--lang: the language of the messages (the program's copy defaults to None; a command's must not reset it).
    dossier, sheet and export keep their own --lang, the document's language; given before them, it is this one."""
    parser.add_argument(
        "--lang",
        dest="messages_language",
        choices=messages.languages(),
        default=default,
        help=t("language of the messages (default: from LC_ALL, LC_MESSAGES or LANG)"),
    )


def _chosen_language(parser: argparse.ArgumentParser, argv: Sequence[str]) -> str | None:
    """The messages' --lang as parsing will read it, found before parsing, so that the parser can be built in that
    language and say its help and usage errors in it: the program's --lang, or a command's where it means the
    messages (not dossier's, sheet's or export's, the document's). Each option's value is stepped over, and a
    command name leads into that command's options."""
    chosen = None
    level = parser
    tokens = iter(argv)
    for token in tokens:
        if token == "--":
            break
        if not token.startswith("-"):
            subcommands = [a for a in level._actions if isinstance(a, argparse._SubParsersAction)]
            level = subcommands[0].choices.get(token, level) if subcommands else level
            continue
        option, equals, value = token.partition("=")
        action = level._option_string_actions.get(option) or _abbreviated(level, option)
        if action is None or action.nargs == 0:
            continue
        if not equals:
            value = next(tokens, "")
        if action.dest == "messages_language":
            chosen = value
    return chosen if chosen in messages.languages() else None


def _abbreviated(parser: argparse.ArgumentParser, option: str) -> argparse.Action | None:
    """The option a unique abbreviation names (argparse takes --la for --lang)."""
    if not option.startswith("--"):
        return None
    found = {a for name, a in parser._option_string_actions.items() if name.startswith(option)}
    return found.pop() if len(found) == 1 else None


def main(argv: Sequence[str] | None = None) -> int:
    """The program. What it creates (stores, backups, exports, packages, logs) is its user's alone: 0600 files,
    0700 folders, whatever the umask was, since they hold evaluations and decisions."""
    umask = os.umask(0o077)
    spoken = messages.language()
    messages.set_language(message_language(None))  # before parsing: a usage error of the core's is said too
    try:
        with speaking_argparse():
            return _main(argv)
    finally:
        os.umask(umask)
        messages.set_language(spoken)


def _main(argv: Sequence[str] | None) -> int:
    args: argparse.Namespace | None = None
    try:
        argv = sys.argv[1:] if argv is None else list(argv)
        parser = build_parser()
        chosen = _chosen_language(parser, argv)
        if chosen is not None and chosen != messages.language():  # --lang: the parser again, in its language
            messages.set_language(chosen)
            parser = build_parser()
        args = parser.parse_args(argv)
        messages.set_language(message_language(args.messages_language))
        return _dispatch(args)
    except UsageError as exc:
        print(f"red-desktop: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except RedDesktopError as exc:
        _refused(exc)
        if getattr(args, "json", False):  # a script reads stdout: what went wrong, with codes that never change
            print(json.dumps(_error_json(exc), ensure_ascii=False, indent=2, default=str))
        return EXIT_ERROR
    except sqlite3.Error as exc:  # a store damaged or changed underneath a read, or a disk full or gone
        problem = _storage_problem(exc, args)
        if problem:
            _refused(problem)
        else:
            unread = t("the store could not be read ({why}); run red-desktop check", why=exc)
            _refused(unread)
        return EXIT_ERROR
    except BrokenPipeError:  # the reader went away (red-desktop rank | head): nothing is wrong with the work
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the exit does not complain again
        return 0
    except KeyboardInterrupt:
        print("red-desktop: " + t("interrupted; nothing half-done was kept"), file=sys.stderr)
        return 130
    except Exception:  # the last line of defence: no traceback reaches the user
        log = _log_internal_error()
        print("red-desktop: " + t("internal error; details were written to {log}", log=log), file=sys.stderr)
        return EXIT_INTERNAL


def _refused(why: object) -> None:
    """A refusal on stderr after the program's name, as every command says one (package's too)."""
    print(t("red-desktop: error: {message}", message=why), file=sys.stderr)


def _error_json(error: RedDesktopError) -> dict[str, object]:
    """An error for --json: its text in the user's language beside its machine code, and each problem's."""
    data: dict[str, object] = {"error": str(error), "message_code": error.message_code}
    if isinstance(error, ValidationError):
        data["problems"] = [
            {"location": p.location, "where": p.where, "message": p.message, "message_code": p.code, "value": p.value}
            for p in error.problems
        ]
    return data


def _dispatch(args: argparse.Namespace) -> int:
    """The command's handler, which each command's parser sets as its `run` default; the window without one."""
    run: Handler | None = getattr(args, "run", None)
    if run is not None:
        return run(args)
    from red_desktop.gui.launch import launch

    return launch(store_path(args), demo=args.demo and args.db is None, user=args.user, create=args.db is None)


def _storage_problem(error: sqlite3.Error, args: argparse.Namespace | None) -> Message | None:
    from red_desktop.core.store.diagnosis import storage_problem

    if args is None or not hasattr(args, "db"):
        return None
    return storage_problem(error, store_path(args))


def _log_internal_error() -> Path:
    import logging  # only on the rare internal error, not on every start
    import traceback

    log_dir = paths.user_log_dir()
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        log = log_dir / "red-desktop.log"
        logging.basicConfig(filename=log, level=logging.ERROR)
        logging.getLogger("red_desktop").error("internal error\n%s", traceback.format_exc())
        return log
    except OSError:
        traceback.print_exc()
        return Path(t("(standard error, the log folder is not writable)"))
