"""What File › Export and Print sheet run in the background, each on its own read-only connection."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from red_desktop.core import formatting
from red_desktop.core.committee import build_committee
from red_desktop.core.errors import NotFoundError
from red_desktop.core.exports import ExportOptions, export_store
from red_desktop.core.progress import Progress, check_cancelled
from red_desktop.core.reports.dossier import DossierFile, write_dossier
from red_desktop.core.reports.own_evaluation import evaluation_by
from red_desktop.core.reports.selection import select
from red_desktop.core.reports.sheet import SheetFile, write_sheet
from red_desktop.core.reports.sheet_data import sheet_for_aggregate, sheet_for_evaluation
from red_desktop.core.rubric import Rubric
from red_desktop.core.sensitivity import RankingSensitivity
from red_desktop.core.store import Store
from red_desktop.gui.export_dialog import ExportRequest, file_name
from red_desktop.gui.fill import fill


def export_tables(path: Path, rubric: Rubric, request: ExportRequest, progress: Progress) -> str:
    with Store.open(path, readonly=True) as store:
        options = ExportOptions(language=request.language)
        result = export_store(store, rubric, request.kind, request.target, progress, options, request.csv_dialect)
    return ", ".join(p.name for p in result.paths[:1]) + (
        f" (+{len(result.paths) - 1})" if len(result.paths) > 1 else ""
    )


def export_sheets(path: Path, rubric: Rubric, request: ExportRequest, progress: Progress) -> str:
    """One committee sheet per selected proposal into the folder, named by proposal code; says how many (the
    folder is shown beside it)."""
    request.target.mkdir(parents=True, exist_ok=True)
    with Store.open(path, readonly=True) as store:
        committee = build_committee(store, rubric)
        chosen = select(committee.ranking, request.selection)
        for index, ranked in enumerate(chosen):
            check_cancelled(progress)
            progress.update(index, len(chosen))
            progress.status(f"{ranked.code} ({index + 1} / {len(chosen)})")
            data = sheet_for_aggregate(store, rubric, ranked.uuid, request.language, committee)
            write_sheet(data, request.target / f"{file_name(ranked.code)}.pdf", request.page_size)
        progress.update(len(chosen), len(chosen))
    if len(chosen) == 1:
        return QCoreApplication.translate("ExportJobs", "1 evaluation sheet")
    return fill(QCoreApplication.translate("ExportJobs", "%1 evaluation sheets"), formatting.integer(len(chosen)))


def export_dossier(
    path: Path,
    rubric: Rubric,
    request: ExportRequest,
    sensitivity: RankingSensitivity | None,
    progress: Progress,
) -> DossierFile:
    with Store.open(path, readonly=True) as store:
        committee = build_committee(store, rubric)
        return write_dossier(
            store,
            rubric,
            committee,
            request.target,
            selection=request.selection,
            language=request.language,
            page_size=request.page_size,
            sensitivity=sensitivity,
            progress=progress,
            reasons=request.reasons,
        )


def print_sheet(
    path: Path, rubric: Rubric, proposal_uuid: str, evaluator_uuid: str, language: str, folder: Path
) -> SheetFile:
    """One proposal's sheet, written into `folder` for the system viewer to print: the evaluator's own
    evaluation, or the committee aggregate when `evaluator_uuid` is ''."""
    with Store.open(path, readonly=True) as store:
        if evaluator_uuid:
            evaluation = _own_evaluation(store, rubric, proposal_uuid, evaluator_uuid)
            data = sheet_for_evaluation(store, rubric, evaluation, language)
            name = f"{file_name(data.proposal.code)}-{file_name(data.evaluator)}.pdf"
        else:
            data = sheet_for_aggregate(store, rubric, proposal_uuid, language)
            name = f"{file_name(data.proposal.code)}.pdf"
        return write_sheet(data, folder / name)


def _own_evaluation(store: Store, rubric: Rubric, proposal_uuid: str, evaluator_uuid: str) -> str:
    evaluation = evaluation_by(store, rubric, proposal_uuid, evaluator_uuid)
    if evaluation is None:
        code = store.proposals.get(proposal_uuid).code
        text = QCoreApplication.translate("ExportJobs", "You have no evaluation of %1 to print: score it first")
        raise NotFoundError(fill(text, code))
    return evaluation.uuid
