"""red-desktop progress: how far the season's evaluations are (issue 21)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from red_desktop.cli.common import UsageError, add_rubric_option, emit, rubric_from, store_and_json, store_path
from red_desktop.core.messages import msg, t

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands
    from red_desktop.core.completion import SeasonProgress


def register(commands: Subcommands) -> None:
    progress = commands.add_parser(
        "progress",
        parents=store_and_json(),
        help=t("per evaluator: assigned, draft, final, overdue; per proposal: final evaluations and needed"),
    )
    progress.add_argument("--as-of", metavar="YYYY-MM-DD", help=t("the day overdue is counted on (default: today)"))
    add_rubric_option(progress)
    progress.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from red_desktop.core.completion import season_progress
    from red_desktop.core.store import Store

    try:
        today = date.fromisoformat(args.as_of) if args.as_of else None
    except ValueError:
        raise UsageError(
            msg("bad_as_of", "--as-of must be a date written YYYY-MM-DD, not {text!r}", text=args.as_of)
        ) from None
    rubric = rubric_from(args)
    with Store.open(store_path(args), user=args.user, readonly=True) as store:
        progress = season_progress(store, rubric, today)
    emit(args, progress.to_json(), lambda: _text(progress))
    return 0


def _text(progress: SeasonProgress) -> str:
    lines = [
        t(
            "{done:,} of {needed:,} final evaluations needed ({k} a proposal); {n:,} proposal(s) cannot be decided yet",
            done=progress.final_total,
            needed=progress.needed_total,
            k=progress.per_proposal,
            n=len(progress.not_ready),
        ),
        "",
        t("Evaluator: assigned, draft, final, overdue"),
    ]
    for e in progress.evaluators:
        line = f"  {e.name}: {e.assigned:,}, {e.draft:,}, {e.final:,}, {e.overdue:,}"
        if e.excluded:
            line += " " + t("({n:,} left out for a conflict of interest)", n=e.excluded)
        lines.append(line)
    if progress.not_ready:
        lines += ["", t("Cannot be decided yet (final evaluations of needed):")]
        lines += [f"  {p.code}: {p.finals} / {p.needed}" for p in progress.not_ready]
    return "\n".join(lines)
