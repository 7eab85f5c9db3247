"""The one program `red-desktop`: the window when called bare, headless commands for batch work and tests."""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from red_desktop import __version__, paths
from red_desktop.core.aggregation import DEFAULT_SPREAD_THRESHOLD, Method
from red_desktop.core.demo import DEFAULT_SIZE
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.rubric import Rubric, load_rubric

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70


class UsageError(RedDesktopError):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in our one-line form instead of exiting on its own."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (try: {self.prog} --help)")


def _store_options(default: Any) -> argparse.ArgumentParser:
    """--db and --demo, accepted before or after the command; a command's copy must not reset the program's."""
    options = argparse.ArgumentParser(add_help=False)
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


def build_parser() -> argparse.ArgumentParser:
    store_options = _store_options(argparse.SUPPRESS)
    json_option = argparse.ArgumentParser(add_help=False)
    json_option.add_argument("--json", action="store_true", help="machine-readable output")

    parser = _Parser(
        prog="red-desktop",
        parents=[_store_options(None)],
        description="Evaluate Regional Economic Development proposals. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"red-desktop {__version__}")
    parser.add_argument("--user", help="who is acting (recorded in the audit log); default: the login name")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    demo = commands.add_parser(
        "demo", parents=[store_options, json_option], help="fill an empty store with a demo portfolio"
    )
    demo.add_argument("--proposals", type=int, default=DEFAULT_SIZE["proposals"])
    demo.add_argument("--evaluators", type=int, default=DEFAULT_SIZE["evaluators"])
    demo.add_argument("--seed", type=int, default=DEFAULT_SIZE["seed"])

    rank = commands.add_parser(
        "rank", parents=[store_options, json_option], help="rank proposals by committee aggregate"
    )
    rank.add_argument("--method", choices=[m.value for m in Method], default=Method.MEAN.value)
    rank.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_SPREAD_THRESHOLD,
        help="spread of totals (points) over which a proposal is contested",
    )
    rank.add_argument("--rubric", type=Path, help="rubric file (default: the RED default rubric)")

    commands.add_parser("check", parents=[store_options, json_option], help="integrity check, schema version, counts")

    agreement = commands.add_parser(
        "agreement",
        parents=[store_options, json_option],
        help="inter-rater agreement (ICC, Krippendorff's alpha) of a ratings file or of the store's final evaluations",
    )
    agreement.add_argument(
        "file", nargs="?", type=Path, metavar="FILE.csv", help="ratings table: item id, then one column per rater"
    )
    agreement.add_argument("--rubric", type=Path, help="rubric file for --db/--demo (default: the RED default rubric)")
    return parser


def store_path(args: argparse.Namespace, demo_command: bool = False) -> Path:
    if args.db is not None:
        return Path(args.db)
    if args.demo or demo_command:
        return paths.demo_store_path()
    return paths.default_store_path()


def rubric_from(args: argparse.Namespace) -> Rubric:
    return load_rubric(getattr(args, "rubric", None) or paths.default_rubric_path())


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        return _dispatch(args)
    except UsageError as exc:
        print(f"red-desktop: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except RedDesktopError as exc:
        print(f"red-desktop: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except sqlite3.Error as exc:  # a store damaged or changed underneath a read
        print(f"red-desktop: error: the store could not be read ({exc}); run red-desktop check", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("red-desktop: interrupted; nothing half-done was kept", file=sys.stderr)
        return 130
    except Exception:  # the last line of defence: no traceback reaches the user
        log = _log_internal_error()
        print(f"red-desktop: internal error; details were written to {log}", file=sys.stderr)
        return EXIT_INTERNAL


def _dispatch(args: argparse.Namespace) -> int:
    from red_desktop import commands

    if args.command is None:
        from red_desktop.gui.launch import launch

        return launch(store_path(args), demo=args.demo and args.db is None, user=args.user)
    handler = {
        "demo": commands.demo,
        "rank": commands.rank,
        "check": commands.check,
        "agreement": commands.agreement,
    }[args.command]
    return handler(args)


def emit(args: argparse.Namespace, data: Any, text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else text)


def _log_internal_error() -> Path:
    log_dir = paths.user_log_dir()
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        log = log_dir / "red-desktop.log"
        logging.basicConfig(filename=log, level=logging.ERROR)
        logging.getLogger("red_desktop").error("internal error\n%s", traceback.format_exc())
        return log
    except OSError:
        traceback.print_exc()
        return Path("(standard error, the log folder is not writable)")


if __name__ == "__main__":
    sys.exit(main())
