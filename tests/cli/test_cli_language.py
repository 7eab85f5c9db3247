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
