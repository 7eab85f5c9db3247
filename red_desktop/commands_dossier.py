"""The dossier command: the committee dossier of the selected proposals as one PDF."""

from __future__ import annotations

import argparse
import os

from red_desktop.cli import UsageError, emit, rubric_from, store_path
from red_desktop.core.committee import CommitteeData, build_committee
from red_desktop.core.reports.dossier import write_dossier
from red_desktop.core.reports.selection import Selection
from red_desktop.core.sensitivity import RankingSensitivity, ranking_sensitivity
from red_desktop.core.store import Store


def dossier(args: argparse.Namespace) -> int:
    selection = _selection(args)
    rubric = rubric_from(args)
    with Store.open(store_path(args), user=args.user, readonly=True) as store:
        committee = build_committee(store, rubric)
        sensitivity = ranking_sensitivity(committee.ranking, rubric, top_n=args.top or 10)
        images = {} if args.no_charts else chart_images(committee, sensitivity, args.lang)
        written = write_dossier(
            store,
            rubric,
            committee,
            args.output,
            selection=selection,
            language=args.lang,
            page_size="Letter" if args.letter else "A4",
            images=images,
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


def chart_images(committee: CommitteeData, sensitivity: RankingSensitivity, language: str) -> dict[str, bytes]:
    """The window's charts drawn offscreen (no display needed), labelled in the dossier's language."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from red_desktop.gui.charts.report_images import committee_images
    from red_desktop.gui.i18n import install_translators

    app = QApplication.instance() or QApplication([])
    installed = install_translators(app, language)  # type: ignore[arg-type]
    try:
        return committee_images(committee, sensitivity)
    finally:
        for translator in installed:
            app.removeTranslator(translator)
