"""The import policy: which of a file's records are written, and whether anything is, or only previewed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from red_desktop.core.importing.records import ERROR, ImportProblem, ImportRecord, ImportReport
from red_desktop.core.progress import Progress
from red_desktop.core.store import Store


def import_records(
    store: Store,
    records: Sequence[ImportRecord],
    problems: Sequence[ImportProblem],
    source: str,
    *,
    valid_only: bool,
    dry_run: bool,
    progress: Progress | None = None,
    expected: ImportReport | None = None,
) -> ImportReport:
    """Write what a reader found, all or nothing; or, with `dry_run`, say what writing it would do.

    Any error refuses the whole file unless `valid_only`, which writes the valid rows and counts the rest as
    rejected. An error about the file itself (row None) refuses it even then. The report carries the reader's
    problems and the store's (a code another proposal holds, a submission repeated) together. `expected`: the
    preview shown for these records; the store refuses to write anything else (StaleImportError).
    """
    bad_rows = {p.row for p in problems if p.severity == ERROR}
    kept = [r for r in records if r.row not in bad_rows]
    if None in bad_rows or (bad_rows and not valid_only):
        return _merged(store.imports.plan(kept, progress).refused(), problems)
    if dry_run:
        plan = store.imports.plan(kept, progress)
        return _merged(plan.refused() if plan.errors and not valid_only else plan.report(), problems)
    written = store.imports.apply(kept, source, valid_only=valid_only, progress=progress, expected=expected)
    return _merged(written, problems)


def _merged(report: ImportReport, problems: Sequence[ImportProblem]) -> ImportReport:
    """The store's report with the reader's problems first and every row with an error counted once."""
    merged = (*problems, *report.problems)
    rejected = len({p.row for p in merged if p.severity == ERROR and p.row is not None})
    return replace(report, rejected=rejected, problems=merged)
