"""Reading CSV/XLSX/Kobo/ODK exports into import records: tables, conventions, mappings, rows and every problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from red_desktop.core.domain import ActorType, Evidence, RegionType
from red_desktop.core.errors import ValidationError
from red_desktop.core.importing.conventions import clean_identity, field_key, is_meta
from red_desktop.core.importing.convert import parse_amount, to_records
from red_desktop.core.importing.mapping import (
    ColumnMapping,
    country_code,
    load_mapping,
    matching_mapping,
    save_mapping,
    saved_mappings,
    suggest_mapping,
    suggest_value,
)
from red_desktop.core.importing.readers import read_table
from red_desktop.core.importing.records import ERROR, WARNING

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"


def test_kobo_xlsx_reads_groups_repeats_select_multiple_and_geopoint() -> None:
    table = read_table(FIXTURES / "kobo_propuestas_es.xlsx")
    assert table.sheet == "Propuesta RED" and list(table.repeats) == ["actores"]
    assert {"_uuid", "meta/instanceID", "_submission_time", "start", "__version__"} <= set(table.meta)
    assert table.select_multiple["sectores"] == ["sectores/agroindustria", "sectores/turismo", "sectores/logistica"]
    assert "territorio/ubicacion" in table.geopoints and "_territorio/ubicacion_latitude" not in table.columns
    mapping = suggest_mapping(table)
    assert mapping.columns["datos_generales/titulo_proyecto"] == "proposal.title"
    assert mapping.columns["territorio/tipo_region"] == "proposal.region_type"
    assert mapping.columns["financiamiento/mipymes_beneficiarias"] == "proposal.beneficiary_msmes"
    assert mapping.actor_group == "actores" and mapping.actor_columns["actores/tipo_actor"] == "actor.actor_type"
    assert mapping.values["proposal.region_type"] == {"marginada": "marginalized", "emergente": "emerging"}
    assert mapping.values["proposal.country"] == {"Perú": "PE", "MEX": "MX"}
    records, problems = to_records(table, mapping)
    assert not [p for p in problems if p.severity == ERROR]
    first, second = records
    assert (first.row, first.submission_id, first.submitted_at) == (
        2,
        "9b1c7e52-4d2a-4f8e-a1c3-2f6d8e0b1a11",
        "2026-03-02T14:55:12",
    )
    p = first.proposal
    assert (p.code, p.country, p.region_type, p.requested_amount) == (
        "RED-PE-2026-014",
        "PE",
        RegionType.MARGINALIZED,
        1250000.5,
    )
    assert p.sectors == ("agroindustria", "turismo") and (p.latitude, p.longitude) == (-7.16, -78.51)
    assert [a.actor_type for a in p.actors] == [ActorType.LOCAL_GOVERNMENT, ActorType.BUSINESS, ActorType.UNIVERSITY]
    assert p.actors[0].evidence is Evidence.SIGNED_AGREEMENT and p.author == "evaluador_norte"
    assert second.proposal.code.startswith("RED-MX-2026-") and len(second.proposal.actors) == 2
    assert any(w.row == 3 and "derived" in w.reason for w in problems if w.severity == WARNING)
    again, _ = to_records(read_table(FIXTURES / "kobo_propuestas_es.xlsx"), mapping)
    assert again == records  # read again: the same submissions, the same proposals


def test_kobo_csv_with_semicolons_bom_and_flat_actors_in_portuguese() -> None:
    table = read_table(FIXTURES / "kobo_propostas_pt.csv")
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ";") and table.columns[0] == "dados/codigo"
    mapping = suggest_mapping(table)
    assert mapping.columns["dados/nome_do_projeto"] == "proposal.title"
    assert mapping.columns["financiamento/mpes_beneficiadas"] == "proposal.beneficiary_msmes"
    assert mapping.columns["ator2_tipo"] == "actor[2].actor_type"
    [record], problems = to_records(table, mapping)
    assert not [p for p in problems if p.severity == ERROR]
    p = record.proposal
    assert (p.country, p.region_type, p.requested_amount) == ("BR", RegionType.DECLINING, 1234567.89)
    assert [a.actor_type for a in p.actors] == [ActorType.LOCAL_GOVERNMENT, ActorType.BUSINESS]


def test_odk_central_csv_with_repeat_file() -> None:
    table = read_table(FIXTURES / "odk_propuestas.csv")
    assert {"KEY", "SubmissionDate", "meta-instanceID", "ReviewState", "Status"} <= set(table.meta)
    assert list(table.repeats) == ["actores"] and "territorio-ubicacion" in table.columns
    mapping = suggest_mapping(table)
    [record], problems = to_records(table, mapping)
    assert not [p for p in problems if p.severity == ERROR]
    assert record.submission_id == "9b1c7e52-4d2a-4f8e-a1c3-2f6d8e0b1a11"
    assert record.submitted_at == "2026-03-06T15:20:11.532Z"
    p = record.proposal
    assert (p.latitude, p.longitude, p.requested_amount, p.author) == (3.4516, -76.532, 1_500_000.0, "Ana Rojas")
    assert p.regional_diagnosis.count("\n") == 1  # a quoted multi-line cell
    assert [a.name for a in p.actors] == ["Gobernación del Valle", "Sociedad Portuaria"]


def test_latin1_excel_csv_in_spanish_uses_the_code_as_identity() -> None:
    table = read_table(FIXTURES / "excel_es_latin1.csv")
    assert (table.encoding, table.delimiter) == ("cp1252", ";") and table.columns[1] == "Título del proyecto"
    mapping = suggest_mapping(table)
    assert mapping.columns["Monto solicitado (USD)"] == "proposal.requested_amount"
    assert mapping.columns["Duración (meses)"] == "proposal.duration_months"
    records, _ = to_records(table, mapping)
    assert [r.submission_id for r in records] == ["RED-MX-2026-007", "RED-PE-2026-015"]
    assert records[0].proposal.counterpart_private == 350000.5 and records[1].proposal.requested_amount == 800000


def test_bad_rows_report_every_problem() -> None:
    table = read_table(FIXTURES / "bad_values.csv")
    records, problems = to_records(table, suggest_mapping(table))
    assert [r.row for r in records] == [3]
    row2 = {(p.column, p.value) for p in problems if p.row == 2}
    assert row2 == {
        ("pais", "Atlántida"),
        ("tipo_region", "galáctica"),
        ("monto_solicitado", "mucho dinero"),
        ("mipymes_beneficiarias", "12.5"),
        ("titulo", ""),
    }
    assert any(p.row == 4 and "same submission identity as row 3" in p.reason for p in problems)
    assert any(p.row == 5 and "neither a submission identity nor a proposal code" in p.reason for p in problems)


def test_value_suggestions_not_in_the_mapping_apply_with_a_warning() -> None:
    table = read_table(FIXTURES / "excel_es_latin1.csv")
    mapping = suggest_mapping(table)
    mapping.values = {}
    records, problems = to_records(table, mapping)
    assert records[0].proposal.region_type is RegionType.MARGINALIZED
    assert any(p.severity == WARNING and p.value == "zona marginada" for p in problems)


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("empty.csv", "is empty"),
        ("headers_only.csv", "headers but no rows"),
        ("duplicate_headers.csv", "repeats the header of column 2"),
        ("huge_cell.csv", "50,001 characters"),
        ("renamed_pdf.xlsx", "not an XLSX workbook: it is a PDF"),
        ("mixed_encoding.csv", "mixes UTF-8 and Windows-1252"),
        ("not_text.csv", "neither UTF-8 nor Windows-1252"),
        ("missing.csv", "does not exist"),
    ],
)
def test_unreadable_files_are_refused_with_a_clear_message(name: str, fragment: str) -> None:
    with pytest.raises(ValidationError, match=fragment):
        read_table(FIXTURES / name)


def test_wide_files_read_up_to_the_column_limit(tmp_path: Path) -> None:
    table = read_table(FIXTURES / "wide_200.csv")
    records, problems = to_records(table, suggest_mapping(table))
    assert len(records) == 1 and sum(p.severity == WARNING and p.row is None for p in problems) == 197
    too_wide = tmp_path / "wide.csv"
    too_wide.write_text(",".join(f"c{n}" for n in range(501)) + "\n" + ",".join("x" * 501) + "\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="501 columns"):
        read_table(too_wide)


def test_conventions() -> None:
    assert field_key("grp_datos/Título_del-Proyecto") == "titulo del proyecto"
    assert field_key("datos-titulo") == "titulo" and field_key("grupo:pais") == "pais"
    assert is_meta("meta/instanceID") and is_meta("_submission_time") and is_meta("SubmitterName")
    assert not is_meta("_territorio/ubicacion_latitude") and not is_meta("datos/titulo")
    assert clean_identity("uuid:abc") == "abc"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("1.234.567,89", 1234567.89),
        ("1,234,567.89", 1234567.89),
        ("1234,5", 1234.5),
        ("US$ 1 500", 1500.0),
        ("1.500", 1500.0),
        ("0.5", 0.5),
        ("250000", 250000.0),
    ],
)
def test_amounts(text: str, amount: float) -> None:
    assert parse_amount(text) == amount


@pytest.mark.parametrize("text", ["mucho", "1.23.4", "1,2,3"])
def test_bad_amounts(text: str) -> None:
    with pytest.raises(ValueError):
        parse_amount(text)


def test_values_and_countries() -> None:
    assert suggest_value("proposal.region_type", "Zona marginada") == "marginalized"
    assert suggest_value("proposal.region_type", "em declínio") == "declining"
    assert suggest_value("proposal.region_type", "galáctica") is None
    assert [country_code(c) for c in ("México", "Perú", "Brasil", "Colômbia", "PER", "br", "Chile", "Peru")] == [
        "MX",
        "PE",
        "BR",
        "CO",
        "PE",
        "BR",
        "CL",
        "PE",
    ]


def test_saved_mapping_round_trip_and_automatic_choice(tmp_path: Path) -> None:
    table = read_table(FIXTURES / "kobo_propuestas_es.xlsx")
    mapping = suggest_mapping(table, name="Formulario RED 2026")
    path = save_mapping(mapping, tmp_path)
    assert path.name == "formulario-red-2026.json"
    assert load_mapping(tmp_path, "Formulario RED 2026") == mapping
    other = ColumnMapping("Otro", {"x": "proposal.title", "y": "proposal.country"})
    save_mapping(other, tmp_path)
    assert [m.name for m in saved_mappings(tmp_path)] == ["Formulario RED 2026", "Otro"]
    assert matching_mapping(table, saved_mappings(tmp_path)) == mapping
    assert matching_mapping(read_table(FIXTURES / "excel_es_latin1.csv"), saved_mappings(tmp_path)) is None
