"""The sheet command: a proposal's PDF evaluation sheet, the committee aggregate or one evaluator's evaluation."""

from __future__ import annotations

import argparse
import locale
from pathlib import Path

from red_desktop.cli import emit, rubric_from, store_path
from red_desktop.commands_codes import lookup
from red_desktop.core.errors import NotFoundError
from red_desktop.core.reports.labels import LANGUAGES
from red_desktop.core.reports.sheet import write_sheet
from red_desktop.core.reports.sheet_data import SheetData, evaluation_by, sheet_for_aggregate, sheet_for_evaluation
from red_desktop.core.rubric import Rubric
from red_desktop.core.settings import Settings
from red_desktop.core.store import Store


def sheet(args: argparse.Namespace) -> int:
    """red-desktop sheet CODE -o FILE.pdf [--evaluator NAME] [--lang en|es|pt] [--letter]"""
    rubric = rubric_from(args)
    language = args.lang or default_language()
    with Store.open(store_path(args), user=args.user, readonly=True) as store:
        proposal = lookup(store, args.code)
        if args.evaluator:
            data = sheet_for_evaluation(store, rubric, _evaluation_of(store, rubric, proposal.uuid, args), language)
        else:
            data = sheet_for_aggregate(store, rubric, proposal.uuid, language)
    written = write_sheet(data, Path(args.output), page_size="Letter" if args.letter else "A4")
    code = proposal.code
    what = f"{args.evaluator}'s evaluation of {code}" if args.evaluator else f"committee aggregate of {code}"
    text = f"Sheet written to {written.path}: {what}, {written.pages} pages, content hash {written.content_hash}"
    emit(args, _json(data, written.path, written.pages, written.content_hash, args), text)
    return 0


def default_language() -> str:
    """The interface language the window would use: the setting, else the system's, else English."""
    chosen = Settings.load().get("interface.language")
    if chosen in LANGUAGES:
        return str(chosen)
    system = (locale.getlocale()[0] or "")[:2].lower()
    return system if system in LANGUAGES else "en"


def _evaluation_of(store: Store, rubric: Rubric, proposal_uuid: str, args: argparse.Namespace) -> str:
    evaluation = evaluation_by(store, rubric, proposal_uuid, store.evaluators.by_name(args.evaluator).uuid)
    if evaluation is not None:
        return evaluation.uuid
    raise NotFoundError(f"{args.evaluator} has no evaluation of {args.code} with rubric {rubric.id} {rubric.version}")


def _json(data: SheetData, path: Path, pages: int, content_hash: str, args: argparse.Namespace) -> dict[str, object]:
    return {
        "path": str(path),
        "code": data.proposal.code,
        "sheet": data.kind,
        "evaluator": data.evaluator or None,
        "state": data.state or None,
        "language": data.language,
        "page_size": "Letter" if args.letter else "A4",
        "pages": pages,
        "content_hash": content_hash,
        "total": data.total,
        "rank": data.rank,
    }
