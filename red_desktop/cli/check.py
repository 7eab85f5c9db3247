"""red-desktop check: the store's integrity, schema version and record counts."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from red_desktop.cli.common import EXIT_ERROR, emit, store_and_json, store_path
from red_desktop.core.messages import t

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands


def register(commands: Subcommands) -> None:
    check = commands.add_parser("check", parents=store_and_json(), help=t("integrity check, schema version, counts"))
    check.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from red_desktop.core.formatting import integer
    from red_desktop.core.store import Store

    path = store_path(args)
    with Store.open(path, user=args.user, readonly=True) as store:
        verdicts = store.integrity_check()
        version = store.schema_version
        counts = store.counts()
    ok = verdicts == ["ok"]
    report = {"path": str(path), "schema_version": version, "integrity": verdicts, "ok": ok, "counts": counts}
    lines = [
        t("Store {path}", path=path),
        t("Schema version {version}", version=version),
        t("Integrity: {verdict}", verdict=t("ok") if ok else "; ".join(verdicts)),
        t("Records:"),
        *(f"  {table:<19} {integer(n):>8}" for table, n in counts.items()),
    ]
    text = "\n".join(lines)
    emit(args, report, text)
    return 0 if ok else EXIT_ERROR
