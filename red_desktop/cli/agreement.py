"""The agreement command: ICCs and alphas of a ratings file, or of the store's final evaluations."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from red_desktop.cli.common import UsageError, add_rubric_option, emit, rubric_from, store_and_json, store_path

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands
    from red_desktop.core.agreement import Agreement, PanelAgreement

_MEANINGS = {
    "icc1": "one rater; each item rated by its own random raters (one-way)",
    "icc2": "one rater; raters a random sample, absolute agreement (two-way random)",
    "icc3": "one rater; these raters only, consistency (two-way mixed)",
    "icc1k": "mean of the k raters; one-way",
    "icc2k": "mean of the k raters; two-way random",
    "icc3k": "mean of the k raters; two-way mixed",
    "alpha_nominal": "Krippendorff; same value or not",
    "alpha_ordinal": "Krippendorff; rank order",
    "alpha_interval": "Krippendorff; squared differences",
    "alpha_ratio": "Krippendorff; differences relative to size",
}


def register(commands: Subcommands) -> None:
    agreement = commands.add_parser(
        "agreement",
        parents=store_and_json(),
        help="inter-rater agreement (ICC, Krippendorff's alpha) of a ratings file or of the store's final evaluations",
    )
    agreement.add_argument(
        "file", nargs="?", type=Path, metavar="FILE.csv", help="ratings table: item id, then one column per rater"
    )
    add_rubric_option(agreement, "rubric file for --db/--demo")
    agreement.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """ICCs and alphas of a ratings file, or of the store's final evaluations: one or the other."""
    from_store = args.db is not None or args.demo
    if args.file is not None and from_store:
        raise UsageError("agreement takes a ratings FILE.csv or a store (--db/--demo), not both (try: --help)")
    if args.file is None and not from_store:
        raise UsageError("agreement needs a ratings FILE.csv or a store (--db PATH or --demo) (try: --help)")
    return _store_agreement(args) if from_store else _file_agreement(args)


def _file_agreement(args: argparse.Namespace) -> int:
    from red_desktop.core.agreement import agreement as matrix_agreement
    from red_desktop.core.ratings_csv import read_ratings_csv

    ratings = read_ratings_csv(args.file)
    result = matrix_agreement(ratings.to_numpy())
    if args.json:
        for name, reason in result.reasons.items():
            print(f"red-desktop: {name} undefined: {reason}", file=sys.stderr)
    emit(args, result.to_json(), _agreement_text(result))
    return 0


def _agreement_text(result: Agreement) -> str:
    from red_desktop.core.agreement import LABELS

    lines = [
        f"Agreement of {result.raters} raters on {result.items} items",
        f"ICC: the {result.complete_items} items rated by every rater ({result.dropped_items} dropped); "
        f"alpha: {result.pairable_values} ratings of items rated at least twice",
        "",
    ]
    for name, value in result.to_json().items():
        shown = f"{value:7.3f}  {_MEANINGS[name]}" if value is not None else f"undefined: {result.reasons[name]}"
        lines.append(f"  {LABELS[name]:<15} {shown}")
    return "\n".join(lines)


def _store_agreement(args: argparse.Namespace) -> int:
    from red_desktop.core.agreement import store_agreement
    from red_desktop.core.store import Store

    rubric = rubric_from(args)
    with Store.open(store_path(args), user=args.user, readonly=True) as store:
        panel = store_agreement(store, rubric)
    rows = {"total": panel.total, **panel.subcriteria}
    undefined = _undefined_groups(rows)
    if args.json:
        for (reason, names), where in undefined.items():
            print(f"red-desktop: {', '.join(names)} undefined for {where}: {reason}", file=sys.stderr)
    emit(args, panel.to_json(), _panel_table(panel, rows, undefined))
    return 0


def _undefined_groups(rows: dict[str, Agreement]) -> dict[tuple[str, tuple[str, ...]], str]:
    """(reason, figures) -> the rows it applies to ("every row" when all), so each reason is said once."""
    groups: dict[tuple[str, tuple[str, ...]], list[str]] = {}
    for row, result in rows.items():
        by_reason: dict[str, list[str]] = {}
        for name, reason in result.reasons.items():
            by_reason.setdefault(reason, []).append(name)
        for reason, names in by_reason.items():
            groups.setdefault((reason, tuple(names)), []).append(row)
    return {key: "every row" if len(found) == len(rows) else ", ".join(found) for key, found in groups.items()}


def _panel_table(
    panel: PanelAgreement, rows: dict[str, Agreement], undefined: dict[tuple[str, tuple[str, ...]], str]
) -> str:
    from red_desktop.core.agreement import FIGURES

    headers = [name.removeprefix("alpha_") for name in FIGURES]
    width = max(len(r) for r in rows)
    lines = [
        f"Agreement of final evaluations: {panel.items} proposals, {panel.raters} evaluators",
        "icc1, icc1k: every proposal with 2 or more final evaluations (one-way); icc2, icc3: the proposals rated by "
        "every evaluator; nominal..ratio: Krippendorff's alpha",
        "",
        f"{'':<{width}} " + " ".join(f"{h:>8}" for h in headers),
    ]
    for row, result in rows.items():
        cells = (f"{v:8.3f}" if v is not None else f"{'-':>8}" for v in result.to_json().values())
        lines.append(f"{row:<{width}} " + " ".join(cells))
    if undefined:
        lines += ["", "Undefined (-):"]
        lines += [f"  {', '.join(names)} for {where}: {reason}" for (reason, names), where in undefined.items()]
    return "\n".join(lines)
