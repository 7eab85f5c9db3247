"""The agreement command: ICCs and alphas of a ratings file, or of the store's final evaluations."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from red_desktop.cli.common import UsageError, add_rubric_option, emit, rubric_from, store_and_json, store_path
from red_desktop.core.messages import msg, t, tc, tn

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands
    from red_desktop.core.agreement import Agreement, PanelAgreement


def _meaning(name: str) -> str:
    """What a figure measures, in the language of the moment."""
    return {
        "icc1": t("one rater; each item rated by its own random raters (one-way)"),
        "icc2": t("one rater; raters a random sample, absolute agreement (two-way random)"),
        "icc3": t("one rater; these raters only, consistency (two-way mixed)"),
        "icc1k": t("mean of the k raters; one-way"),
        "icc2k": t("mean of the k raters; two-way random"),
        "icc3k": t("mean of the k raters; two-way mixed"),
        "alpha_nominal": t("Krippendorff; same value or not"),
        "alpha_ordinal": t("Krippendorff; rank order"),
        "alpha_interval": t("Krippendorff; squared differences"),
        "alpha_ratio": t("Krippendorff; differences relative to size"),
    }[name]


def register(commands: Subcommands) -> None:
    agreement = commands.add_parser(
        "agreement",
        parents=store_and_json(),
        help=t(
            "inter-rater agreement (ICC, Krippendorff's alpha) of a ratings file or of the store's final evaluations"
        ),
    )
    agreement.add_argument(
        "file", nargs="?", type=Path, metavar="FILE.csv", help=t("ratings table: item id, then one column per rater")
    )
    add_rubric_option(agreement, t("rubric file for --db/--demo"))
    agreement.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """ICCs and alphas of a ratings file, or of the store's final evaluations: one or the other."""
    from_store = args.db is not None or args.demo
    if args.file is not None and from_store:
        raise UsageError(
            msg(
                "file_or_store",
                "agreement takes a ratings FILE.csv or a store (--db/--demo), not both (try: --help)",
            )
        )
    if args.file is None and not from_store:
        raise UsageError(
            msg(
                "file_or_store",
                "agreement needs a ratings FILE.csv or a store (--db PATH or --demo) (try: --help)",
            )
        )
    return _store_agreement(args) if from_store else _file_agreement(args)


def _file_agreement(args: argparse.Namespace) -> int:
    from red_desktop.core.agreement import agreement as matrix_agreement
    from red_desktop.core.ratings_csv import read_ratings_csv

    ratings = read_ratings_csv(args.file)
    result = matrix_agreement(ratings.to_numpy())
    if args.json:
        for name, reason in result.reasons.items():
            print("red-desktop: " + t("{figure} undefined: {reason}", figure=name, reason=reason), file=sys.stderr)
    emit(args, result.to_json(), _agreement_text(result))
    return 0


def _agreement_text(result: Agreement) -> str:
    from red_desktop.core.agreement import LABELS

    lines = [
        t(
            "Agreement of {raters} on {items}",
            raters=tn("{n:,} rater", "{n:,} raters", result.raters),
            items=tn("{n:,} item", "{n:,} items", result.items),
        ),
        t(
            "ICC: {complete} ({dropped}); alpha: {pairable}",
            complete=tn(
                "the {n:,} item rated by every rater", "the {n:,} items rated by every rater", result.complete_items
            ),
            dropped=tn("{n:,} dropped", "{n:,} dropped", result.dropped_items),
            pairable=tn(
                "{n:,} rating of items rated at least twice",
                "{n:,} ratings of items rated at least twice",
                result.pairable_values,
            ),
        ),
        "",
    ]
    for name, value in result.to_json().items():
        if value is not None:
            shown = f"{_figure(value, 7)}  {_meaning(name)}"
        else:
            shown = t("undefined: {reason}", reason=result.reasons[name])
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
            undefined_here = t(
                "{figures} undefined for {rows}: {reason}", figures=", ".join(names), rows=where, reason=reason
            )
            print(f"red-desktop: {undefined_here}", file=sys.stderr)
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
            groups.setdefault((reason, tuple(names)), []).append(_row_name(row))
    return {key: t("every row") if len(found) == len(rows) else ", ".join(found) for key, found in groups.items()}


def _row_name(row: str) -> str:
    """A row of the store's table: the total's, said in words, or a sub-criterion's id."""
    return tc("agreement row", "total") if row == "total" else row


def _panel_table(
    panel: PanelAgreement, rows: dict[str, Agreement], undefined: dict[tuple[str, tuple[str, ...]], str]
) -> str:
    from red_desktop.core.agreement import FIGURES

    headers = [name.removeprefix("alpha_") for name in FIGURES]
    width = max(len(_row_name(r)) for r in rows)
    lines = [
        t(
            "Agreement of final evaluations: {proposals}, {evaluators}",
            proposals=tn("{n:,} proposal", "{n:,} proposals", panel.items),
            evaluators=tn("{n:,} evaluator", "{n:,} evaluators", panel.raters),
        ),
        t(
            "icc1, icc1k: every proposal with 2 or more final evaluations (one-way); icc2, icc3: the proposals rated "
            "by every evaluator; nominal..ratio: Krippendorff's alpha"
        ),
        "",
        f"{'':<{width}} " + " ".join(f"{h:>8}" for h in headers),
    ]
    for row, result in rows.items():
        cells = (_figure(v, 8) if v is not None else f"{'-':>8}" for v in result.to_json().values())
        lines.append(f"{_row_name(row):<{width}} " + " ".join(cells))
    if undefined:
        lines += ["", t("Undefined (-):")]
        lines += [
            "  " + t("{figures} for {rows}: {reason}", figures=", ".join(names), rows=where, reason=reason)
            for (reason, names), where in undefined.items()
        ]
    return "\n".join(lines)


def _figure(value: float, width: int) -> str:
    """An agreement figure to three decimals as the language of the moment writes it ("0,926")."""
    from red_desktop.core import formatting  # babel: only once a table is printed, not for --help

    return formatting.number(value, decimals=3).rjust(width)
