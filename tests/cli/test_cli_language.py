"""Issue 18: the commands speak the user's language (--lang, else LC_ALL / LC_MESSAGES / LANG), and --json keeps
stable machine codes beside the translated text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from red_desktop.cli.common import message_language
from tests.cli.conftest import Run
from tests.conftest import REPO

BAD = REPO / "tests" / "fixtures" / "imports" / "bad_values.csv"
CODES = [
    ("pais", "not_a_country"),
    ("tipo_region", "not_one_of"),
    ("monto_solicitado", "not_a_number"),
    ("mipymes_beneficiarias", "not_a_whole_number"),
    ("titulo", "required"),
    ("_uuid", "same_identity"),
    ("codigo", "no_identity"),
]


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({"LANG": "es_ES.UTF-8"}, "es"),
        ({"LANG": "pt_BR"}, "pt"),
        ({"LANG": "es_PE.UTF-8@euro"}, "es"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({}, "en"),
        ({"LANG": "es_ES.UTF-8", "LC_MESSAGES": "pt_BR.UTF-8"}, "pt"),
        ({"LANG": "es_ES.UTF-8", "LC_MESSAGES": "pt_BR", "LC_ALL": "en_US.UTF-8"}, "en"),
        ({"LANG": "pt_BR", "LC_ALL": ""}, "pt"),
    ],
)
def test_the_language_follows_the_system_as_posix_orders_it(environ: dict[str, str], language: str) -> None:
    assert message_language(None, environ) == language


def test_lang_wins_over_the_system() -> None:
    assert message_language("pt", {"LANG": "es_ES.UTF-8"}) == "pt"


def test_an_import_reports_its_problems_in_spanish_under_a_spanish_locale(run: Run, tmp_path: Path) -> None:
    result = run("import", str(BAD), "--db", str(tmp_path / "s.sqlite"), "--dry-run", extra_env={"LANG": "es_ES.UTF-8"})
    assert result.returncode == 1
    assert "titulo: es obligatorio" in result.stdout
    assert "monto_solicitado: no es un número (p. ej., 1.234.567,89 o 1,234,567.89) ('mucho dinero')" in result.stdout
    assert "_uuid: misma identidad de envío que la fila 3" in result.stdout
    assert "is required" not in result.stdout


def test_lang_pt_reports_in_portuguese_whatever_the_locale(run: Run, tmp_path: Path) -> None:
    db = str(tmp_path / "s.sqlite")
    result = run("import", str(BAD), "--db", db, "--dry-run", "--lang", "pt", extra_env={"LANG": "es_ES.UTF-8"})
    assert "titulo: é obrigatório" in result.stdout
    assert "pais: não é um nome de país nem um código ISO 3166-1 ('Atlántida')" in result.stdout
    before = run("--lang", "pt", "import", str(BAD), "--db", db, "--dry-run")
    assert "titulo: é obrigatório" in before.stdout


def test_english_stays_english(run: Run, tmp_path: Path) -> None:
    result = run("import", str(BAD), "--db", str(tmp_path / "s.sqlite"), "--dry-run")
    assert "  error   row 2     titulo: is required" in result.stdout


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_json_keeps_stable_codes_beside_the_translated_text(run: Run, tmp_path: Path, language: str) -> None:
    db = str(tmp_path / "s.sqlite")
    result = run("import", str(BAD), "--db", db, "--dry-run", "--json", "--lang", language)
    data = json.loads(result.stdout)
    assert [(p["column"], p["code"]) for p in data["problems"]] == CODES
    assert {g["code"] for g in data["problem_groups"]} == {code for _, code in CODES}
    required = next(p for p in data["problems"] if p["code"] == "required")
    assert required["reason"] == {"en": "is required", "es": "es obligatorio", "pt": "é obrigatório"}[language]


def test_a_store_refusal_is_said_in_spanish(run: Run, tmp_path: Path) -> None:
    notes = tmp_path / "notas.txt"
    notes.write_text("no es una base de datos " * 50, encoding="utf-8")
    result = run("check", "--db", str(notes), extra_env={"LC_ALL": "es_PE.UTF-8"})
    assert result.returncode == 1
    assert result.stderr == (
        f"red-desktop: error: {notes} no es una base de datos de RED Desktop (no es una base de datos SQLite); "
        "no se modificó\n"
    )


def test_a_cut_off_csv_is_refused_in_spanish(run: Run, tmp_path: Path) -> None:
    cut = REPO / "tests" / "fixtures" / "imports" / "cut_off_22.csv"
    result = run("import", str(cut), "--db", str(tmp_path / "s.sqlite"), "--dry-run", "--lang", "es")
    assert result.returncode == 1
    assert "tiene 14 de 22 columnas: puede que el archivo esté cortado" in result.stderr


FIXTURES = REPO / "tests" / "fixtures" / "imports"


def test_a_mapping_file_problem_is_said_in_spanish(run: Run, tmp_path: Path) -> None:
    mapping = tmp_path / "mapeo.json"
    mapping.write_text(json.dumps({"columns": {"titulo": "proposal.titel"}, "extra": 1}), encoding="utf-8")
    db = str(tmp_path / "s.sqlite")
    result = run("import", str(BAD), "--db", db, "--dry-run", "--mapping", str(mapping), extra_env={"LANG": "es_PE"})
    assert result.returncode == 1
    assert "extra: no es una parte de una correspondencia (una de: actor_columns, actor_group" in result.stderr
    assert "columns.titulo: no es un destino; ¿quiso decir proposal.title? (se recibió 'proposal.titel')" in (
        result.stderr
    )
    english = run("import", str(BAD), "--db", db, "--dry-run", "--mapping", str(mapping))
    assert "columns.titulo: is not a target; did you mean proposal.title? (got 'proposal.titel')" in english.stderr


def test_a_saved_mapping_that_does_not_exist_is_said_in_portuguese(run: Run, tmp_path: Path) -> None:
    result = run(
        "import", str(BAD), "--db", str(tmp_path / "s.sqlite"), "--dry-run", "--mapping", "nada", "--lang", "pt"
    )
    assert result.returncode == 2
    assert "não há nenhuma correspondência salva com o nome 'nada'" in result.stderr


def test_an_xlsx_problem_is_said_in_spanish_with_its_place(run: Run, tmp_path: Path) -> None:
    db = str(tmp_path / "s.sqlite")
    result = run("import", str(FIXTURES / "renamed_pdf.xlsx"), "--db", db, "--lang", "es")
    assert result.returncode == 1
    assert "El archivo 'renamed_pdf.xlsx' no pasa la validación: archivo: no es un libro XLSX: es " in result.stderr
    assert "is not" not in result.stderr


def test_row_and_column_words_are_said_in_spanish(run: Run, tmp_path: Path) -> None:
    db = str(tmp_path / "s.sqlite")
    repeated = run("import", str(FIXTURES / "duplicate_headers.csv"), "--db", db, "--lang", "es")
    assert "columna 3: repite el encabezado de la columna 2 (se recibió 'titulo')" in repeated.stderr
    rows = run("import", str(BAD), "--db", db, "--dry-run", "--lang", "es")
    assert "  error   fila 2    titulo: es obligatorio" in rows.stdout
    assert rows.stdout.startswith(f"No se importaría nada de {BAD} con la correspondencia bad_values: 3 filas con")
    assert "filas con errores; corríjalas" in rows.stdout


def test_numbers_in_a_problem_are_written_as_the_language_writes_them(run: Run, tmp_path: Path) -> None:
    huge = FIXTURES / "huge_cell.csv"
    said = {
        language: run("import", str(huge), "--db", str(tmp_path / "s.sqlite"), "--lang", language).stderr
        for language in ("en", "es", "pt")
    }
    assert "row 2, column 'titulo': is 50,001 characters long; the limit is 50,000" in said["en"]
    assert "fila 2, columna 'titulo': tiene 50.001 caracteres; el límite es 50.000" in said["es"]
    assert "linha 2, coluna 'titulo': tem 50.001 caracteres; o limite é 50.000" in said["pt"]


def test_a_ratings_file_problem_is_said_in_spanish(run: Run, tmp_path: Path) -> None:
    bad = tmp_path / "notas.csv"
    bad.write_text("item,A,B\nP1,3,4\nP2,2,mucho\nP1,1,1\n", encoding="utf-8")
    result = run("agreement", str(bad), extra_env={"LANG": "es_AR.UTF-8"})
    assert result.returncode == 1
    assert result.stderr == (
        "red-desktop: error: El archivo de puntuaciones notas.csv no pasa la validación: "
        "línea 4: repite el identificador de ítem de la línea 2 (se recibió 'P1'); "
        "línea 3 (ítem 'P2'), columna 'B': no es un número (se recibió 'mucho')\n"
    )


@pytest.mark.parametrize("name", ["renamed_pdf.xlsx", "duplicate_headers.csv", "huge_cell.csv"])
def test_json_errors_keep_the_same_codes_in_every_language(run: Run, tmp_path: Path, name: str) -> None:
    said = {}
    for language in ("en", "es", "pt"):
        result = run("import", str(FIXTURES / name), "--db", str(tmp_path / "s.sqlite"), "--json", "--lang", language)
        assert result.returncode == 1
        said[language] = json.loads(result.stdout)
    codes = {
        language: (error["message_code"], [(p["location"], p["message_code"]) for p in error["problems"]])
        for language, error in said.items()
    }
    assert codes["en"] == codes["es"] == codes["pt"]
    assert codes["en"][0] == "not_valid"
    assert said["en"]["error"] != said["es"]["error"] != said["pt"]["error"]
