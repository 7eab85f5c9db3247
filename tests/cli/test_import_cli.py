"""red-desktop import on export files as they come from KoboToolbox, ODK Central and Excel."""

from __future__ import annotations

import json
from pathlib import Path

from red_desktop.core.store import Store
from tests.cli.conftest import Run, new_store
from tests.conftest import REPO

FIXTURES = REPO / "tests" / "fixtures" / "imports"


def counts(result) -> dict:  # type: ignore[no-untyped-def]
    data = json.loads(result.stdout)
    return {k: data[k] for k in ("added", "updated", "unchanged", "rejected")}


def test_a_kobo_export_imports_and_importing_it_again_changes_nothing(run: Run, tmp_path: Path) -> None:
    db = new_store(tmp_path / "s.sqlite")
    first = run("import", str(FIXTURES / "kobo_propuestas_es.xlsx"), "--db", db, "--json")
    assert first.returncode == 0, first.stderr
    assert counts(first) == {"added": 2, "updated": 0, "unchanged": 0, "rejected": 0}
    with Store.open(db, readonly=True) as store:
        before = [(p.code, p.stamp.revision) for p in store.proposals.all()]
        audit = store.audit.count()
    again = run("import", str(FIXTURES / "kobo_propuestas_es.xlsx"), "--db", db, "--json")
    assert counts(again) == {"added": 0, "updated": 0, "unchanged": 2, "rejected": 0}
    with Store.open(db, readonly=True) as store:
        assert [(p.code, p.stamp.revision) for p in store.proposals.all()] == before
        assert store.audit.count() == audit


def test_odk_and_excel_exports_in_spanish_and_portuguese(run: Run, tmp_path: Path) -> None:
    db = new_store(tmp_path / "s.sqlite")
    for name in ("odk_propuestas.csv", "kobo_propostas_pt.csv", "excel_es_latin1.csv"):
        result = run("import", str(FIXTURES / name), "--db", db, "--json")
        assert result.returncode == 0, (name, result.stderr)
        assert counts(result)["added"] >= 1, name
    with Store.open(db, readonly=True) as store:
        titles = " ".join(p.title for p in store.proposals.all())
    assert "Clúster logístico del Valle del Cauca" in titles


def test_a_file_with_bad_rows_writes_nothing_and_lists_every_problem(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    run("import", str(FIXTURES / "kobo_propostas_pt.csv"), "--db", new_store(db))
    with Store.open(db, readonly=True) as store:
        before = store.counts()
    result = run("import", str(FIXTURES / "bad_values.csv"), "--db", str(db), "--json")
    report = json.loads(result.stdout)
    assert result.returncode == 1 and report["added"] == report["updated"] == 0 and report["rejected"] == 3
    reasons = {(p["row"], p["column"]) for p in report["problems"] if p["severity"] == "error"}
    assert len(reasons) >= 4 and all(row is not None for row, _ in reasons)
    with Store.open(db, readonly=True) as store:
        assert store.counts() == before
    dry = run("import", str(FIXTURES / "odk_propuestas.csv"), "--db", str(db), "--dry-run", "--json")
    assert counts(dry)["added"] == 1
    with Store.open(db, readonly=True) as store:
        assert store.counts() == before


def test_files_that_are_not_exports_get_one_clear_line(run: Run, tmp_path: Path) -> None:
    db = str(tmp_path / "s.sqlite")
    for name, text in (
        ("renamed_pdf.xlsx", "is not an XLSX workbook: it is a PDF document"),
        ("empty.csv", "empty"),
        ("headers_only.csv", "has headers but no rows"),
        ("huge_cell.csv", "50,000"),
    ):
        result = run("import", str(FIXTURES / name), "--db", db)
        assert result.returncode == 1, name
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, name
        assert text in result.stderr, (name, result.stderr)
