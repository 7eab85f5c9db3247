"""Issue 15 on the command line: clear errors for a missing mapping, a dry run that creates nothing, a refused
import that says so, updates listed old → new, and problems that lead with a summary and are grouped."""

from __future__ import annotations

import json
from pathlib import Path

from red_desktop.core.store import Store
from tests.cli.conftest import Run, new_store
from tests.conftest import REPO

HEADER = "_uuid,codigo,titulo,pais,monto\n"


def csv_file(path: Path, amount: str = "600000", rows: int = 2) -> Path:
    lines = [f"u{n},RED-PE-2026-0F389{n},Clúster {n},PE,{amount}\n" for n in range(rows)]
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


def test_a_missing_saved_mapping_or_mapping_file_is_a_clear_usage_error(run: Run, tmp_path: Path) -> None:
    data, db = csv_file(tmp_path / "a.csv"), str(tmp_path / "s.sqlite")
    for wanted, named in (
        ("Formulario 2025", "no saved mapping named 'Formulario 2025'"),
        ("nowhere.json", "nowhere.json"),
    ):
        result = run("import", str(data), "--db", db, "--mapping", wanted)
        assert result.returncode == 2, result.stderr
        assert named in result.stderr and "internal error" not in result.stderr
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    result = run("import", str(data), "--db", db, "--mapping", str(tmp_path / "broken.json"))
    assert result.returncode == 1 and "broken.json" in result.stderr and "internal error" not in result.stderr
    (tmp_path / "deep.json").write_text('{"columns": ' + "[" * 1000 + "]" * 1000 + "}", encoding="utf-8")
    result = run("import", str(data), "--db", db, "--mapping", str(tmp_path / "deep.json"))  # issue 16, item 6
    assert result.returncode == 1 and "deep.json" in result.stderr and "internal error" not in result.stderr
    assert not Path(db).exists()


def test_a_dry_run_on_a_missing_store_previews_and_creates_nothing(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "new" / "s.sqlite"
    db.parent.mkdir()
    result = run("import", str(csv_file(tmp_path / "a.csv")), "--db", str(db), "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["added"] == 2
    assert list(db.parent.iterdir()) == []  # no store file, no .lock


def test_a_refused_import_says_nothing_was_imported_and_why(run: Run, tmp_path: Path) -> None:
    survey = tmp_path / "survey.csv"
    survey.write_text(
        "_uuid,S6_wash.q6_6_latrine_type,hh_size\n" + "".join(f"u{n},pit,5\n" for n in range(40)), encoding="utf-8"
    )
    db = new_store(tmp_path / "s.sqlite")
    result = run("import", str(survey), "--db", db)
    assert result.returncode == 1
    first = result.stdout.splitlines()[0]
    assert first.startswith("Nothing imported from ") and "Imported" not in result.stdout
    assert first.endswith("title and country are not mapped: this does not look like a proposal form")
    assert "is not mapped to any field" not in result.stdout and " row 0" not in result.stdout
    problems = run("import", str(survey), "--db", db, "--json")
    assert problems.stderr.splitlines() == [
        "red-desktop: row -, title and country are not mapped: this does not look like a proposal form"
    ]


def test_rows_with_errors_are_grouped_and_the_refusal_counts_them(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(HEADER + "".join(f"u{n},RED-PE-2026-{n:03d},,PE,1\n" for n in range(30)), encoding="utf-8")
    result = run("import", str(path), "--db", new_store(tmp_path / "s.sqlite"))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0].endswith("30 rows with errors; fix them (listed below), or use --valid-only to import the others")
    assert [line for line in lines if "is required" in line] == [
        "  error             titulo: is required — 30 rows (rows 2, 3, 4, 5, 6, …)"
    ]


def test_an_update_is_listed_old_to_new_in_the_preview_and_the_import(run: Run, tmp_path: Path) -> None:
    db = new_store(tmp_path / "s.sqlite")
    assert run("import", str(csv_file(tmp_path / "a.csv")), "--db", db).returncode == 0
    bigger = csv_file(tmp_path / "b.csv", amount="600000000", rows=1)
    preview = run("import", str(bigger), "--db", db, "--dry-run")
    assert "  RED-PE-2026-0F3890: requested amount 600,000 → 600,000,000" in preview.stdout.splitlines()
    as_json = [run("import", str(bigger), "--db", db, *extra, "--json") for extra in (["--dry-run"], [])]
    assert json.loads(as_json[0].stdout) == json.loads(as_json[1].stdout)
    with Store.open(db, readonly=True) as store:
        assert store.proposals.by_code("RED-PE-2026-0F3890").requested_amount == 600_000_000


def test_the_command_line_chooses_the_mapping_the_wizard_does(tmp_path: Path, monkeypatch) -> None:
    """One suggestion for both: the command took matching_mapping/suggest_mapping, the wizard mapping_for (which also
    fills the unambiguous values), so the same Spanish form got two mappings."""
    from red_desktop import paths
    from red_desktop.cli.importing import choose_mapping
    from red_desktop.core.importing.mapping import mapping_for
    from red_desktop.core.importing.readers import read_table

    monkeypatch.setattr(paths, "mappings_dir", lambda: tmp_path / "no-mappings-yet")
    table = read_table(REPO / "tests" / "fixtures" / "imports" / "kobo_formulario_red_es.xlsx")
    assert choose_mapping(table, None) == mapping_for(table, ())
    assert choose_mapping(table, None).values  # the Spanish choice names, matched without asking
