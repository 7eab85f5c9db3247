"""The one program `red-desktop`: the window when called bare, headless commands for batch work and tests."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sqlite3
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from red_desktop import __version__, paths
from red_desktop.core.aggregation_method import DEFAULT_SPREAD_THRESHOLD, Method
from red_desktop.core.domain import DecisionKind, ProposalStatus
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.rubric import Rubric, load_rubric
from red_desktop.core.settings import LANGUAGES, Role

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
    parser.add_argument(
        "--user", help="who is acting (stamped on changes and in the audit log); default: your evaluator profile's name"
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    commands.add_parser(
        "init", parents=[store_options, json_option], help="make a new, empty store (only init and demo make one)"
    )
    demo = commands.add_parser(
        "demo", parents=[store_options, json_option], help="fill an empty store with a demo portfolio"
    )
    demo.add_argument("--proposals", type=int, help="default 60")  # core.demo.DEFAULT_SIZE, read when it runs
    demo.add_argument("--evaluators", type=int, help="default 5")
    demo.add_argument("--seed", type=int, help="default 1")

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
    rank.add_argument(
        "--ineligible-last",
        action="store_true",
        help="rank the eligible proposals among themselves and list the ineligible ones after them, unranked",
    )
    rank.add_argument(
        "--sensitivity", action="store_true", help="add p_top, rank_lo, rank_hi from a Monte Carlo over the weights"
    )
    rank.add_argument("--top", type=_positive, default=10, help="N of p_top, the probability of staying in the top N")
    rank.add_argument("--samples", type=_positive, default=1_000, help="weight samples drawn (default 1,000)")
    rank.add_argument("--seed", type=int, default=0, help="random seed: the same seed gives the same figures")

    commands.add_parser("check", parents=[store_options, json_option], help="integrity check, schema version, counts")

    agreement = commands.add_parser(
        "agreement",
        parents=[store_options, json_option],
        help="inter-rater agreement (ICC, Krippendorff's alpha) of a ratings file or of the store's final evaluations",
    )
    agreement.add_argument(
        "file", nargs="?", type=Path, metavar="FILE.csv", help="ratings table: item id, then one column per rater"
    )
    decide = commands.add_parser(
        "decide",
        parents=[store_options, json_option],
        help="record the committee's decision on a proposal (a second one revises it and needs --reason)",
    )
    decide.add_argument("code", help="the proposal's code, e.g. RED-PE-2026-014")
    decide.add_argument("--decision", choices=[k.value for k in DecisionKind])
    decide.add_argument("--rationale", help="why the committee decided so (required)")
    decide.add_argument("--conditions", help="conditions of an approval with conditions (required for it)")
    decide.add_argument("--date", help="date of the decision, YYYY-MM-DD (default: today)")
    decide.add_argument("--member", action="append", help="a committee member present (repeat; default: you)")
    decide.add_argument("--reason", help="why an earlier decision is revised or withdrawn (required then)")
    decide.add_argument("--withdraw", action="store_true", help="remove the decision, unlocking the evaluations")
    decide.add_argument(
        "--override",
        metavar="RATIONALE",
        help="record a gate override with this rationale first (an approval of a proposal failing an eligibility "
        "gate needs one); both or neither are kept",
    )
    decide.add_argument("--rubric", type=Path, help="rubric file, for its eligibility gates (default: the RED default)")
    history = commands.add_parser(
        "history",
        parents=[store_options, json_option],
        help="a proposal's history from the audit log: decisions, revisions, withdrawals, overrides, codes, merges, "
        "evaluations (who, when, what changed, why); with --all, the whole log",
    )
    which = history.add_mutually_exclusive_group(required=True)
    which.add_argument("code", nargs="?", help="the proposal's code (an old code or its id works too)")
    which.add_argument(
        "--all", action="store_true", help="every event of the audit log, newest last, with its proposal's code"
    )
    history.add_argument("--decision", action="store_true", help="only the decision and its eligibility override")
    dossier = commands.add_parser(
        "dossier", parents=[store_options, json_option], help="the committee dossier of the selected proposals (PDF)"
    )
    dossier.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    dossier.add_argument("--status", choices=[s.value for s in ProposalStatus], help="only proposals with this status")
    dossier.add_argument("--country", help="only proposals of this country (ISO code, e.g. PE)")
    dossier.add_argument("--top", type=_positive, help="only the first N ranked proposals")
    dossier.add_argument("--lang", choices=list(LANGUAGES), default="en", help="language of the document")
    dossier.add_argument("--letter", action="store_true", help="US Letter paper instead of A4")
    dossier.add_argument("--no-charts", action="store_true", help="leave the chart section out")
    dossier.add_argument(
        "--reasons",
        choices=["contested", "all"],
        default="contested",
        help="contested (the default): every level, the justifications of contested sub-criteria only (about 1 page "
        "a proposal); all: every justification of every sub-criterion (about 2 pages)",
    )
    dossier.add_argument("--rubric", type=Path, help="rubric file (default: the RED default rubric)")
    sheet = commands.add_parser(
        "sheet",
        parents=[store_options, json_option],
        help="write a proposal's PDF evaluation sheet: the committee aggregate, or one evaluator's evaluation",
    )
    sheet.add_argument("code", help="the proposal's code, e.g. RED-PE-2026-014")
    sheet.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf", help="the PDF to write")
    sheet.add_argument(
        "--evaluator", metavar="NAME", help="that evaluator's evaluation (default: the committee aggregate)"
    )
    sheet.add_argument("--lang", choices=list(LANGUAGES), help="language of the sheet (default: the interface's)")
    sheet.add_argument("--letter", action="store_true", help="US Letter paper instead of A4")
    sheet.add_argument("--rubric", type=Path, help="rubric file (default: the RED default rubric)")
    export = commands.add_parser(
        "export",
        parents=[store_options, json_option],
        help="write proposals, actors, evaluations, scores, aggregates and decisions to CSV files or an XLSX workbook",
    )
    export.add_argument(
        "kind", choices=["csv", "xlsx"], help="csv: one file per table in a folder; xlsx: one sheet per table"
    )
    export.add_argument(
        "-o", "--output", type=Path, required=True, metavar="PATH", help="the folder (csv) or the .xlsx file (xlsx)"
    )
    export.add_argument("--rubric", type=Path, help="rubric file (default: the RED default rubric)")
    export.add_argument(
        "--lang", choices=list(LANGUAGES), help="language of the headers and labels (default: the interface's)"
    )
    export.add_argument(
        "--csv-dialect",
        choices=["standard", "excel-semicolon"],
        default="standard",
        help="csv: standard (comma, decimal point) or excel-semicolon (';' and decimal comma, for a Spanish or "
        "Portuguese Excel)",
    )
    export.add_argument(
        "--top", type=_positive, default=10, help="N of the aggregates' p(top N), as rank --sensitivity (default 10)"
    )
    importing = commands.add_parser(
        "import",
        parents=[store_options, json_option],
        help="import proposals from a CSV, XLSX, KoboToolbox or ODK Central export (all or nothing)",
    )
    importing.add_argument("file", type=Path, metavar="FILE", help="the export: .csv or .xlsx")
    importing.add_argument("--mapping", metavar="NAME|FILE", help="a saved mapping's name, or a mapping .json file")
    importing.add_argument("--dry-run", action="store_true", help="report what would happen; write nothing")
    importing.add_argument("--valid-only", action="store_true", help="import the valid rows even if others fail")
    agreement.add_argument("--rubric", type=Path, help="rubric file for --db/--demo (default: the RED default rubric)")
    _add_identity_commands(commands, store_options, json_option)
    _add_package_commands(commands, store_options, json_option)
    _add_code_commands(commands, store_options, json_option)
    from red_desktop import commands_backup

    commands_backup.add_commands(commands, store_options, json_option)
    return parser


def _add_code_commands(
    commands: Any, store_options: argparse.ArgumentParser, json_option: argparse.ArgumentParser
) -> None:
    """codes settle (the committee's final codes), duplicates (the same project captured twice), merge."""
    codes = commands.add_parser("codes", help="proposal codes: the committee gives final ones")
    code_commands = codes.add_subparsers(dest="codes_command", parser_class=_Parser, metavar="COMMAND")
    settle = code_commands.add_parser(
        "settle",
        parents=[store_options, json_option],
        help="give the next free final code (RED-CC-YYYY-NNN) to every provisional or shared code; the old codes "
        "stay findable",
    )
    settle.add_argument("--dry-run", action="store_true", help="list what would change; write nothing")
    settle.add_argument("--reason", help="kept in the audit log (default: final codes given by the committee)")
    commands.add_parser(
        "duplicates",
        parents=[store_options, json_option],
        help="pairs of proposals that look like one project captured twice (same country, similar title, and a "
        "similar agency, the same region or close by)",
    )
    merge = commands.add_parser(
        "merge",
        parents=[store_options, json_option],
        help="merge a proposal into another it duplicates: its evaluations count there, it leaves the list",
    )
    merge.add_argument("code", help="the code of the proposal merged away")
    merge.add_argument("--into", metavar="CODE", help="the code of the proposal that stays")
    merge.add_argument("--undo", action="store_true", help="make a merged proposal one of its own again")
    merge.add_argument("--reason", help="why (required; kept in the audit log)")
    merge.add_argument("--rubric", type=Path, help="rubric file (default: the RED default rubric)")


def _add_package_commands(
    commands: Any, store_options: argparse.ArgumentParser, json_option: argparse.ArgumentParser
) -> None:
    """package: signed exchange files between field laptops and the committee."""
    passphrase = argparse.ArgumentParser(add_help=False)
    passphrase.add_argument(
        "--passphrase-file", type=Path, metavar="FILE", help="the passphrase of your private key, if it has one"
    )
    package = commands.add_parser("package", help="exchange packages: export your work, import others'")
    package_commands = package.add_subparsers(dest="package_command", parser_class=_Parser, metavar="COMMAND")
    export = package_commands.add_parser(
        "export",
        parents=[store_options, json_option, passphrase],
        help="write a signed package of what changed since the last export",
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.redpkg")
    export.add_argument("--all", action="store_true", help="everything, not only what changed since the last export")
    export.add_argument(
        "--encrypt-to", metavar="FINGERPRINT", help="encrypt the package to this roster key (e.g. the committee's)"
    )
    importing = package_commands.add_parser(
        "import",
        parents=[store_options, json_option, passphrase],
        help="check and merge packages, each all or nothing",
    )
    importing.add_argument("files", type=Path, nargs="+", metavar="FILE.redpkg")
    importing.add_argument("--dry-run", action="store_true", help="report what would happen; write nothing")
    importing.add_argument("--rubric", type=Path, help="rubric file (default: the RED default rubric)")
    package_commands.add_parser(
        "conflicts", parents=[store_options, json_option], help="records changed on two sides, with every version"
    )
    resolve = package_commands.add_parser(
        "resolve",
        parents=[store_options, json_option],
        help="resolve a conflict: each named field from the version given, the others as shown now",
    )
    resolve.add_argument("key", metavar="ID", help="the record's id, as package conflicts lists it")
    resolve.add_argument(
        "--take", action="append", default=[], metavar="FIELD=VERSION",
        help="take FIELD from the version starting with VERSION (repeatable); FIELD may be * for every field",
    )  # fmt: skip
    resolve.add_argument("--rubric", type=Path, help="rubric file (default: the RED default rubric)")


def _add_identity_commands(
    commands: Any, store_options: argparse.ArgumentParser, json_option: argparse.ArgumentParser
) -> None:
    """profile (this laptop's evaluator key pair) and roster (the keys a store trusts)."""
    profile = commands.add_parser("profile", help="your evaluator profile and its signing and encryption keys")
    profile_commands = profile.add_subparsers(dest="profile_command", parser_class=_Parser, metavar="COMMAND")
    create = profile_commands.add_parser(
        "create", parents=[json_option], help="create your key pairs and save your name and role"
    )
    create.add_argument("--name", required=True, help="your name, as others will see it")
    create.add_argument("--role", required=True, choices=[r.value for r in Role])
    create.add_argument(
        "--passphrase-file", type=Path, metavar="FILE", help="protect the private key with the passphrase in FILE"
    )
    create.add_argument("--force", action="store_true", help="replace an existing key pair (the old key is lost)")
    export_key = profile_commands.add_parser(
        "export-key", parents=[json_option], help="write your public key file, to hand to the committee"
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
    roster_commands = roster.add_subparsers(dest="roster_command", parser_class=_Parser, metavar="COMMAND")
    add = roster_commands.add_parser("add", parents=[store_options, json_option], help="trust a public key file")
    add.add_argument("file", type=Path, metavar="FILE.json", help="a public key file from profile export-key")
    roster_commands.add_parser("list", parents=[store_options, json_option], help="the trusted and revoked keys")
    revoke = roster_commands.add_parser(
        "revoke", parents=[store_options, json_option], help="stop trusting a key (it stays listed, with the reason)"
    )
    revoke.add_argument("fingerprint", metavar="FINGERPRINT", help="e.g. K3QZ-7MDA-PLUS-XW2A")
    revoke.add_argument("--reason", help="why the key is revoked (required)")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError(f"must be between 1 and 1,000,000, not {value:,}")
    return value


def store_path(args: argparse.Namespace, demo_command: bool = False) -> Path:
    if args.db is not None:
        return Path(args.db)
    if args.demo or demo_command:
        return paths.demo_store_path()
    return paths.default_store_path()


def rubric_from(args: argparse.Namespace) -> Rubric:
    return load_rubric(getattr(args, "rubric", None) or paths.default_rubric_path())


def main(argv: Sequence[str] | None = None) -> int:
    """The program. What it creates (stores, backups, exports, packages, logs) is its user's alone: 0600 files,
    0700 folders, whatever the umask was, since they hold evaluations and decisions."""
    umask = os.umask(0o077)
    try:
        return _main(argv)
    finally:
        os.umask(umask)


def _main(argv: Sequence[str] | None) -> int:
    args: argparse.Namespace | None = None
    try:
        args = build_parser().parse_args(argv)
        return _dispatch(args)
    except UsageError as exc:
        print(f"red-desktop: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except RedDesktopError as exc:
        print(f"red-desktop: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except sqlite3.Error as exc:  # a store damaged or changed underneath a read, or a disk full or gone
        problem = _storage_problem(exc, args)
        if problem:
            print(f"red-desktop: error: {problem}", file=sys.stderr)
        else:
            print(f"red-desktop: error: the store could not be read ({exc}); run red-desktop check", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # the reader went away (red-desktop rank | head): nothing is wrong with the work
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # so the exit does not complain again
        return 0
    except KeyboardInterrupt:
        print("red-desktop: interrupted; nothing half-done was kept", file=sys.stderr)
        return 130
    except Exception:  # the last line of defence: no traceback reaches the user
        log = _log_internal_error()
        print(f"red-desktop: internal error; details were written to {log}", file=sys.stderr)
        return EXIT_INTERNAL


def _storage_problem(error: sqlite3.Error, args: argparse.Namespace | None) -> str | None:
    from red_desktop.core.store.diagnosis import storage_problem

    if args is None or not hasattr(args, "db"):
        return None
    return storage_problem(error, store_path(args))


def _dispatch(args: argparse.Namespace) -> int:
    from red_desktop import (
        commands,
        commands_agreement,
        commands_backup,
        commands_codes,
        commands_decide,
        commands_dossier,
        commands_export,
        commands_history,
        commands_identity,
        commands_import,
        commands_package,
        commands_reports,
    )

    if args.command is None:
        from red_desktop.gui.launch import launch

        return launch(store_path(args), demo=args.demo and args.db is None, user=args.user, create=args.db is None)
    handler = {
        "init": commands.init,
        "demo": commands.demo,
        "rank": commands.rank,
        "check": commands.check,
        "agreement": commands_agreement.agreement,
        "decide": commands_decide.decide,
        "dossier": commands_dossier.dossier,
        "export": commands_export.export,
        "history": commands_history.history,
        "sheet": commands_reports.sheet,
        "import": commands_import.import_file,
        "profile": commands_identity.profile,
        "roster": commands_identity.roster,
        "package": commands_package.package,
        "codes": commands_codes.codes,
        "duplicates": commands_codes.duplicates,
        "merge": commands_codes.merge,
        "backup": commands_backup.backup,
        "restore": commands_backup.restore,
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
    # Run as `python -m red_desktop.cli`, this file is __main__ while the commands import red_desktop.cli: a second
    # copy, whose UsageError the first would not catch (exit 1 with "error:" where the program gives 2). The
    # program is the imported module's, as for `red-desktop` and `python -m red_desktop`.
    from red_desktop.cli import main as program

    sys.exit(program())
