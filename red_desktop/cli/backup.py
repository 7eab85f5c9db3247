"""red-desktop backup and restore: a backup now (or the list of the store's backups), and bringing one back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from red_desktop.cli.common import emit, store_and_json, store_path

if TYPE_CHECKING:  # the store and its backups load when a command runs, not for the parser (red-desktop --help)
    from red_desktop.cli.common import Subcommands
    from red_desktop.core.backups import BackupInfo


def register(commands: Subcommands) -> None:
    backup = commands.add_parser(
        "backup",
        parents=store_and_json(),
        help="back the store up now with SQLite's backup API (into its folder of backups, or to FILE); --list lists "
        "its backups",
    )
    backup.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the backup to FILE instead")
    backup.add_argument("--list", action="store_true", help="list the store's backups with dates and counts")
    backup.set_defaults(run=run_backup)
    restore = commands.add_parser(
        "restore",
        parents=store_and_json(),
        help="replace the store with a backup, after checking it; the store as it was is kept as a backup first",
    )
    restore.add_argument("file", metavar="FILE", help="the backup to restore (see backup --list)")
    restore.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from red_desktop.core import backups
    from red_desktop.core.store import Store
    from red_desktop.core.store.snapshot import backup_store

    path = store_path(args)
    if args.list:
        Store.identify(path, existing=True)
        found = backups.list_backups(path)
        lines = [f"Backups of {path} in {backups.backups_folder(path)}:"] + [_line(b) for b in found]
        if not found:
            lines.append("  none yet")
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
        f"Backed up {path} to {written} ({_counts(info.counts)})",
    )
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from red_desktop.core import backups

    path = store_path(args)
    report = backups.restore(path, Path(args.file), user=args.user)
    kept = f"; the store as it was is kept in {report.kept}" if report.kept else ""
    text = (
        f"Restored {report.store} from {report.restored.path}, taken {report.restored.taken:%Y-%m-%d %H:%M} "
        f"({_counts(report.counts)}){kept}"
    )
    emit(args, report.to_json(), text)
    return 0


def _counts(counts: dict[str, int]) -> str:
    from red_desktop.core.backups import COUNTED

    return ", ".join(f"{counts.get(t, 0):,} {t}" for t in COUNTED)


def _line(info: BackupInfo) -> str:
    what = info.problem or _counts(info.counts)
    return f"  {info.taken:%Y-%m-%d %H:%M:%S}  {info.kind:<14} {what}  {info.path.name}"
