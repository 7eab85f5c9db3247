"""Issue 15's "done when", tried as a new user would: `red-desktop import` on exports nobody here wrote, no mapping.

The expected values are read from the fixtures with openpyxl and Python's csv module, not with the importer.
"""

from __future__ import annotations

import csv
import json
import subprocess
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from red_desktop.core.store import Store
from tests.cli.conftest import Run, new_store
from tests.conftest import REPO

FIXTURES = REPO / "tests" / "fixtures" / "imports"
KOBO_ES = FIXTURES / "kobo_formulario_red_es.xlsx"
ODK_PT = FIXTURES / "odk_formulario_red_pt.csv"
SURVEY = FIXTURES / "kobo_encuesta_humanitaria.xlsx"
VALID = FIXTURES / "propuestas_validas.csv"
TRUNCATED = FIXTURES / "propuestas_recortadas.csv"
UTF16 = FIXTURES / "propuestas_unicode.txt"

PRIORITY = {
    "desarrollo_urbano": "urban_productive", "cadenas_de_valor": "value_chains",
    "grandes_inversiones": "large_investments", "innovacion": "innovation",
    "desenvolvimento_urbano": "urban_productive", "cadeias_de_valor": "value_chains",
    "grandes_investimentos": "large_investments", "inovacao": "innovation",
}  # fmt: skip
REGION_KIND = {
    "area_metropolitana": "metropolitan_area",
    "valle": "valley",
    "zona_rural": "rural_area",
    "provincia_o_departamento": "province",
}
REGION_TYPE = {
    "marginada": "marginalized", "emergente": "emerging", "en_declive": "declining",
    "marginalizada": "marginalized", "em_declinio": "declining",
}  # fmt: skip
COUNTRY = {"peru": "PE", "colombia": "CO", "mexico": "MX", "chile": "CL", "ecuador": "EC", "bolivia": "BO",
           "guatemala": "GT", "paraguay": "PY", "brasil": "BR"}  # fmt: skip


def counts(result: subprocess.CompletedProcess[str]) -> dict[str, int]:
    data = json.loads(result.stdout)
    return {k: data[k] for k in ("added", "updated", "unchanged", "rejected")}


def snapshot(db: Path) -> list[tuple[Any, ...]]:
    with Store.open(db, readonly=True) as store:
        tables = ("proposals", "actors", "import_sources", "audit_log")
        return [tuple(row) for table in tables for row in store.db.execute(f"SELECT * FROM {table} ORDER BY 1")]


def stored(db: Path) -> list[Any]:
    with Store.open(db, readonly=True) as store:
        return list(store.proposals.all())


def first_line(result: subprocess.CompletedProcess[str]) -> str:
    """What a user reads first: the command's first line of output (stdout when it printed any, else stderr)."""
    text = result.stdout.strip() or result.stderr.strip()
    return text.splitlines()[0] if text else ""


def sheet_rows(path: Path, sheet: str | None = None) -> list[dict[str, Any]]:
    book = load_workbook(path, read_only=True)
    rows = list((book[sheet] if sheet else book.worksheets[0]).iter_rows(values_only=True))
    book.close()
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def imports_whole_then_changes_nothing(run: Run, db: Path, path: Path, expected: Counter[tuple[Any, ...]]) -> None:
    first = run("import", str(path), "--db", new_store(db), "--json")
    assert first.returncode == 0, first.stdout[-2000:] + first.stderr[-2000:]
    rows = sum(expected.values())
    assert counts(first) == {"added": rows, "updated": 0, "unchanged": 0, "rejected": 0}
    assert Counter(_summary(p) for p in stored(db)) == expected
    before = snapshot(db)
    again = run("import", str(path), "--db", str(db), "--json")
    assert again.returncode == 0, again.stderr[-2000:]
    assert counts(again) == {"added": 0, "updated": 0, "unchanged": rows, "rejected": 0}
    assert snapshot(db) == before


def _summary(p: Any) -> tuple[Any, ...]:
    enum = lambda v: v.value if v is not None else None  # noqa: E731
    actors = tuple(sorted((a.name, a.actor_type.value, a.contribution) for a in p.actors))
    return (p.title, p.country, enum(p.region_kind), enum(p.region_type), enum(p.priority_area), p.sectors,
            p.requested_amount, p.counterpart_public, p.counterpart_private, p.beneficiary_msmes, actors)  # fmt: skip


def test_an_unseen_spanish_kobo_form_imports_with_its_actors_and_no_mapping(run: Run, tmp_path: Path) -> None:
    actors: dict[str, list[tuple[str, float]]] = {}
    types = {"gobierno_local": "local_government", "gobierno_nacional": "national_government",
             "empresa": "business", "gran_empresa": "large_company", "universidad": "university",
             "centro_tecnologico": "technology_centre", "sociedad_civil": "civil_society"}  # fmt: skip
    for a in sheet_rows(KOBO_ES, "actores"):
        actors.setdefault(a["_submission__uuid"], []).append(
            (a["actores/nombre_actor"], types[a["actores/tipo_actor"]], float(a["actores/aporte"]))
        )
    expected = Counter(
        (
            r["datos_generales/titulo_proyecto"],
            COUNTRY[r["datos_generales/pais"]],
            REGION_KIND[r["territorio/clase_territorio"]],
            REGION_TYPE[r["territorio/tipo_region"]],
            PRIORITY[r["proyecto/area_prioritaria"]],
            tuple(r["proyecto/sectores"].split(" ")),
            float(r["financiamiento/monto_solicitado"]),
            float(r["financiamiento/contrapartida_publica"]),
            float(r["financiamiento/contrapartida_privada"]),
            r["financiamiento/mipymes_beneficiarias"],
            tuple(sorted(actors[r["_uuid"]])),
        )
        for r in sheet_rows(KOBO_ES)
    )
    assert sum(expected.values()) == 25 and all(len(a) >= 2 for a in actors.values())
    imports_whole_then_changes_nothing(run, tmp_path / "s.sqlite", KOBO_ES, expected)


def test_a_portuguese_odk_central_form_imports_with_its_actors_and_no_mapping(run: Run, tmp_path: Path) -> None:
    actors: dict[str, list[tuple[str, str, float]]] = {}
    types = {"prefeitura": "local_government", "governo_estadual": "local_government", "empresa": "business",
             "grande_empresa": "large_company", "universidade": "university",
             "centro_tecnologico": "technology_centre", "sociedade_civil": "civil_society"}  # fmt: skip
    for a in csv_rows(FIXTURES / "odk_formulario_red_pt-atores.csv"):
        actors.setdefault(a["PARENT_KEY"], []).append(
            (a["atores-nome_ator"], types[a["atores-tipo_ator"]], float(a["atores-contribuicao"]))
        )
    expected = Counter(
        (
            r["dados_gerais-titulo_projeto"],
            COUNTRY[r["dados_gerais-pais"]],
            None,  # the form has no region-kind question
            REGION_TYPE[r["territorio-tipo_regiao"]],
            PRIORITY[r["territorio-eixo_prioritario"]],
            tuple(r["projeto-setores"].split(" ")),
            float(r["financiamento-valor_solicitado"]),
            float(r["financiamento-contrapartida_publica"]),
            float(r["financiamento-contrapartida_privada"]),
            int(r["financiamento-mpes_beneficiadas"]),
            tuple(sorted(actors[r["KEY"]])),
        )
        for r in csv_rows(ODK_PT)
    )
    assert sum(expected.values()) == 18
    imports_whole_then_changes_nothing(run, tmp_path / "s.sqlite", ODK_PT, expected)


def test_a_survey_that_is_no_proposal_form_is_refused_with_one_summary_line(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    assert run("import", str(VALID), "--db", new_store(db)).returncode == 0
    before = snapshot(db)
    result = run("import", str(SURVEY), "--db", str(db))
    assert result.returncode != 0
    line = first_line(result)
    assert "does not look like a proposal form" in line and "title" in line and "country" in line, line
    assert "Traceback" not in result.stderr and not result.stdout.startswith("Imported")
    assert snapshot(db) == before


def test_a_file_cut_off_in_its_last_row_is_refused_naming_the_row(run: Run, tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    assert run("import", str(FIXTURES / "kobo_propuestas_es.xlsx"), "--db", new_store(db)).returncode == 0
    before = snapshot(db)
    last_row = len(VALID.read_text(encoding="utf-8").splitlines())  # the header is row 1
    result = run("import", str(TRUNCATED), "--db", str(db))
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert f"row {last_row}" in output, output
    assert "Traceback" not in output and not result.stdout.startswith("Imported")
    assert snapshot(db) == before


def test_excels_unicode_text_imports_like_its_utf8_original(run: Run, tmp_path: Path) -> None:
    results = {}
    for path in (VALID, UTF16):
        db = tmp_path / f"{path.suffix[1:]}.sqlite"
        result = run("import", str(path), "--db", new_store(db), "--json")
        assert result.returncode == 0, (path.name, result.stderr[-2000:])
        assert counts(result) == {"added": 10, "updated": 0, "unchanged": 0, "rejected": 0}
        results[path] = sorted((_content(p) for p in stored(db)), key=lambda p: p["code"])
    assert results[UTF16] == results[VALID]


def _content(p: Any) -> dict[str, Any]:
    """What the file says about a proposal: its fields and actors, not the store's ids or timestamps."""
    fields = {k: v for k, v in asdict(p).items() if k not in ("stamp", "uuid")}
    fields["actors"] = [{k: v for k, v in a.items() if k != "uuid"} for a in fields["actors"]]
    return fields
