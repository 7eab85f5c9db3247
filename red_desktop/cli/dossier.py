"""The dossier command: the committee dossier of the selected proposals as one PDF."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from red_desktop.cli.common import (
    UsageError,
    add_rubric_option,
    emit,
    positive,
    rubric_from,
    store_and_json,
    store_path,
)
from red_desktop.core.domain import ProposalStatus
from red_desktop.core.messages import languages, msg, t, tn

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands
    from red_desktop.core.reports.selection import Selection


def register(commands: Subcommands) -> None:
    dossier = commands.add_parser(
        "dossier", parents=store_and_json(), help=t("the committee dossier of the selected proposals (PDF)")
    )
    dossier.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf", help=t("the PDF to write"))
    dossier.add_argument(
        "--status", choices=[s.value for s in ProposalStatus], help=t("only proposals with this status")
    )
    dossier.add_argument("--country", help=t("only proposals of this country (ISO code, e.g. PE)"))
    dossier.add_argument("--top", type=positive, help=t("only the first N ranked proposals"))
    dossier.add_argument("--lang", choices=languages(), default="en", help=t("language of the document"))
    dossier.add_argument("--letter", action="store_true", help=t("US Letter paper instead of A4"))
    dossier.add_argument("--no-charts", action="store_true", help=t("leave the chart section out"))
    dossier.add_argument(
        "--reasons",
        choices=["contested", "all"],
        default="contested",
        help=t(
            "contested (the default): every level, the justifications of contested sub-criteria only (about 1 "
            "page a proposal); all: every justification of every sub-criterion (about 2 pages)"
        ),
    )
    add_rubric_option(dossier)
    dossier.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from red_desktop.core.committee import build_committee
    from red_desktop.core.reports.dossier import write_dossier
    from red_desktop.core.sensitivity import ranking_sensitivity
    from red_desktop.core.store import Store

    selection = _selection(args)
    rubric = rubric_from(args)
    with Store.open(store_path(args), user=args.user, readonly=True) as store:
        committee = build_committee(store, rubric)
        sensitivity = ranking_sensitivity(committee.ranking, rubric, top_n=args.top or 10)
        written = write_dossier(
            store,
            rubric,
            committee,
            args.output,
            selection=selection,
            language=args.lang,
            page_size="Letter" if args.letter else "A4",
            charts=not args.no_charts,
            reasons=args.reasons,
            sensitivity=sensitivity,
        )
    text = t(
        "Dossier written to {path}: {proposals}, {pages} (verification code {hash})",
        path=written.path,
        proposals=tn("{n:,} proposal", "{n:,} proposals", written.proposals),
        pages=tn("{n:,} page", "{n:,} pages", written.pages),
        hash=written.content_hash,
    )
    data = {"path": str(written.path), "proposals": written.proposals, "pages": written.pages}
    emit(args, {**data, "content_hash": written.content_hash}, text)
    return 0


def _selection(args: argparse.Namespace) -> Selection:
    from red_desktop.core.reports.selection import Selection

    chosen = [name for name in ("status", "country", "top") if getattr(args, name)]
    if len(chosen) > 1:
        raise UsageError(msg("one_selection", "choose one of --status, --country and --top (try: --help)"))
    if args.status:
        return Selection("status", args.status)
    if args.country:
        return Selection("country", args.country.upper())
    if args.top:
        return Selection("top", top=args.top)
    return Selection()
