"""The sheet command: a proposal's PDF evaluation sheet, the committee aggregate or one evaluator's evaluation."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from red_desktop.cli.common import (
    add_rubric_option,
    default_language,
    emit,
    lookup,
    rubric_from,
    store_and_json,
    store_path,
)
from red_desktop.core.errors import NotFoundError
from red_desktop.core.messages import languages, msg, t, tn

if TYPE_CHECKING:
    from red_desktop.cli.common import Subcommands
    from red_desktop.core.reports.sheet_data import SheetData
    from red_desktop.core.rubric import Rubric
    from red_desktop.core.store import Store


def register(commands: Subcommands) -> None:
    sheet = commands.add_parser(
        "sheet",
        parents=store_and_json(),
        help=t("write a proposal's PDF evaluation sheet: the committee aggregate, or one evaluator's evaluation"),
    )
    sheet.add_argument("code", help=t("the proposal's code, e.g. RED-PE-2026-014"))
    sheet.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf", help=t("the PDF to write"))
    sheet.add_argument(
        "--evaluator", metavar="NAME", help=t("that evaluator's evaluation (default: the committee aggregate)")
    )
    sheet.add_argument("--lang", choices=languages(), help=t("language of the sheet (default: the interface's)"))
    sheet.add_argument("--letter", action="store_true", help=t("US Letter paper instead of A4"))
    add_rubric_option(sheet)
    sheet.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """red-desktop sheet CODE -o FILE.pdf [--evaluator NAME] [--lang LANGUAGE] [--letter]"""
    from red_desktop.core.reports.sheet import write_sheet
    from red_desktop.core.reports.sheet_data import sheet_for_aggregate, sheet_for_evaluation
    from red_desktop.core.store import Store

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
    if args.evaluator:
        what = t("the evaluation of {code} by {evaluator}", code=code, evaluator=args.evaluator)
    else:
        what = t("the committee aggregate of {code}", code=code)
    text = t(
        "Sheet written to {path}: {what}, {pages}, content hash {hash}",
        path=written.path,
        what=what,
        pages=tn("{n:,} page", "{n:,} pages", written.pages),
        hash=written.content_hash,
    )
    emit(args, _json(data, written.path, written.pages, written.content_hash, args), text)
    return 0


def _evaluation_of(store: Store, rubric: Rubric, proposal_uuid: str, args: argparse.Namespace) -> str:
    from red_desktop.core.reports.own_evaluation import evaluation_by

    evaluation = evaluation_by(store, rubric, proposal_uuid, store.evaluators.by_name(args.evaluator).uuid)
    if evaluation is not None:
        return evaluation.uuid
    raise NotFoundError(
        msg(
            "no_evaluation",
            "{evaluator} has no evaluation of {code} with rubric {rubric} {version}",
            evaluator=args.evaluator,
            code=args.code,
            rubric=rubric.id,
            version=rubric.version,
        )
    )


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
