"""The dossier command: the committee dossier of the selected proposals as one PDF."""

from __future__ import annotations

import argparse

from red_desktop.cli import UsageError, emit, rubric_from, store_path
from red_desktop.core.committee import build_committee
from red_desktop.core.reports.dossier import write_dossier
from red_desktop.core.reports.selection import Selection
from red_desktop.core.sensitivity import ranking_sensitivity
from red_desktop.core.store import Store


def dossier(args: argparse.Namespace) -> int:
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
    text = (
        f"Dossier written to {written.path}: {written.proposals} proposals, {written.pages} pages "
        f"(verification code {written.content_hash})"
    )
    data = {"path": str(written.path), "proposals": written.proposals, "pages": written.pages}
    emit(args, {**data, "content_hash": written.content_hash}, text)
    return 0


def _selection(args: argparse.Namespace) -> Selection:
    chosen = [name for name in ("status", "country", "top") if getattr(args, name)]
    if len(chosen) > 1:
        raise UsageError("choose one of --status, --country and --top (try: --help)")
    if args.status:
        return Selection("status", args.status)
    if args.country:
        return Selection("country", args.country.upper())
    if args.top:
        return Selection("top", top=args.top)
    return Selection()
