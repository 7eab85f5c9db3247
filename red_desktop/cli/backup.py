"""red-desktop backup and restore: a backup now (or the list of the store's backups), and bringing one back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from red_desktop.cli.common import counted, emit, store_and_json, store_path
from red_desktop.core.messages import t, tc

if TYPE_CHECKING:  # the store and its backups load when a command runs, not for the parser (red-desktop --help)
    from red_desktop.cli.common import Subcommands
    from red_desktop.core.backups import BackupInfo


def register(commands: Subcommands) -> None:
    backup = commands.add_parser(
        "backup",
        parents=store_and_json(),
        help=t(
            "back the store up now with SQLite's backup API (into its folder of backups, or to FILE); --list lists "
            "its backups"
        ),
    )
    backup.add_argument("-o", "--output", type=Path, metavar="FILE", help=t("write the backup to FILE instead"))
    backup.add_argument("--list", action="store_true", help=t("list the store's backups with dates and counts"))
    backup.set_defaults(run=run_backup)
    restore = commands.add_parser(
        "restore",
        parents=store_and_json(),
        help=t("replace the store with a backup, after checking it; the store as it was is kept as a backup first"),
    )
    restore.add_argument("file", metavar="FILE", help=t("the backup to restore (see backup --list)"))
    restore.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from red_desktop.core import backups
    from red_desktop.core.store import Store
    from red_desktop.core.store.snapshot import backup_store

    path = store_path(args)
    if args.list:
        Store.identify(path, existing=True)
        found = backups.list_backups(path)
        lines = [t("Backups of {path} in {folder}:", path=path, folder=backups.backups_folder(path))]
        lines += [_line(b) for b in found] or ["  " + t("none yet")]
        emit(args, [b.to_json() for b in found], "\n".join(lines))
        return 0
    with Store.open(path, user=args.user, readonly=True) as store:  # saves elsewhere go on meanwhile
        if args.output is not None:
            written = backup_store(store, args.output)
        else:
            written = backups.back_up(store, backups.MANUAL)
    info = backups.examine_backup(written)
    emit(
        args,
        info.to_json(),
        t("Backed up {path} to {backup} ({counts})", path=path, backup=written, counts=_counts(info.counts)),
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from red_desktop.core import backups

    path = store_path(args)
    report = backups.restore(path, Path(args.file), user=args.user)
    values = {
        "store": report.store,
        "backup": report.restored.path,
        "taken": f"{report.restored.taken:%Y-%m-%d %H:%M}",
        "counts": _counts(report.counts),
    }
    if report.kept:
        text = t(
            "Restored {store} from {backup}, taken {taken} ({counts}); the store as it was is kept in {kept}",
            kept=report.kept,
            **values,
        )
    else:
        text = t("Restored {store} from {backup}, taken {taken} ({counts})", **values)
    emit(args, report.to_json(), text)
    return 0


def _counts(counts: dict[str, int]) -> str:
    from red_desktop.core.backups import COUNTED

    return ", ".join(counted(table, counts.get(table, 0)) for table in COUNTED)


def _line(info: BackupInfo) -> str:
    what = info.problem or _counts(info.counts)
    return f"  {info.taken:%Y-%m-%d %H:%M:%S}  {_kind(info.kind):<14} {what}  {info.path.name}"


def _kind(kind: str) -> str:
    """How a backup came to be, in words: daily, manual, before a restore (a file of another name: "file")."""
    said = {
        "daily": lambda: tc("backup", "daily"),
        "manual": lambda: tc("backup", "manual"),
        "before-restore": lambda: tc("backup", "before restore"),
        "file": lambda: tc("backup", "file"),
    }.get(kind)
    return said() if said else kind
