"""Mappings (issue 15): unknown targets refused with the nearest names, fixed values, suggestions only with evidence,
region kinds, values named by part of their label, countries as official lists write them, one suggestion for all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from red_desktop.core.errors import ValidationError
from red_desktop.core.importing.convert import to_records
from red_desktop.core.importing.mapping import (
    ColumnMapping,
    country_code,
    guess_target,
    load_mapping,
    mapping_for,
    save_mapping,
    suggest_mapping,
    suggest_value,
    valid_targets,
)
from red_desktop.core.importing.readers import SourceTable, read_table

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"


def _csv(tmp_path: Path, text: str, name: str = "form.csv") -> SourceTable:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_table(path)


# --- unknown targets are errors ----------------------------------------------------------------------------------


def _refusal(data: object) -> str:
    with pytest.raises(ValidationError) as caught:
        ColumnMapping.from_json(data)
    return str(caught.value)


def test_a_misspelt_target_is_refused_naming_it_and_the_nearest_valid_names() -> None:
    message = _refusal({"name": "World Bank", "columns": {"amount": "proposal.requested_amout"}})
    assert "columns.amount" in message and "'proposal.requested_amout'" in message
    assert "did you mean proposal.requested_amount?" in message


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"columns": {"a1": "actor[2].actor_tipe"}}, "did you mean actor[2].actor_type?"),
        ({"columns": {"a1": "actor[2].tipe"}}, "(valid: actor[2].name, actor[2].actor_type, actor[2].role"),
        ({"columns": {"a1": "actor[0].name"}}, "is not a target"),
        ({"actor_group": "actores", "actor_columns": {"rol": "actor.roel"}}, "did you mean actor.role"),
        ({"actor_group": "actores", "actor_columns": {"rol": "proposal.title"}}, "is not an actor field"),
        ({"values": {"proposal.region_tipe": {"x": "emerging"}}}, "did you mean proposal.region_type"),
        ({"values": {"proposal.title": {"x": "y"}}}, "is not a field with a list of values"),
        ({"values": {"proposal.region_type": {"marginada": "marginalised"}}}, "did you mean marginalized"),
        ({"values": {"proposal.country": {"Perú": "PER"}}}, "is not a value of proposal.country"),
        ({"fixed": {"proposal.contry": "AF"}}, "did you mean proposal.country"),
        ({"fixed": {"actor.name": "X"}}, "is not a proposal field"),
        ({"fixed": {"proposal.region_type": "galáctica"}}, "is not a value of proposal.region_type"),
        ({"columns": ["titulo", "proposal.title"]}, "columns: is not an object of text → text"),
        ({"columns": {"titulo": 3}}, "columns: is not an object of text → text"),
        ({"values": ["x"]}, "values: is not an object"),
        ({"values": {"proposal.region_type": "emerging"}}, "values.proposal.region_type: is not an object"),
        ({"name": 7}, "name: is not text"),
        ({"colums": {}}, "colums: is not a part of a mapping"),
    ],
)
def test_every_part_of_a_mapping_is_checked(data: dict[str, object], expected: str) -> None:
    assert expected in _refusal(data)


def test_a_mapping_that_is_not_an_object_is_refused() -> None:
    assert "is not a JSON object" in _refusal(["proposal.title"])


def test_every_valid_target_is_accepted_and_the_list_is_the_documented_one() -> None:
    targets = valid_targets(3)
    assert {"proposal.title", "proposal.location", "proposal.region_kind", "actor.actor_type"} <= set(targets)
    assert "actor[3].contribution_kind" in targets
    main = {f"c{i}": t for i, t in enumerate(t for t in targets if not t.startswith("actor."))}
    group = {f"g{i}": t for i, t in enumerate(t for t in targets if t.startswith("actor."))}
    mapping = ColumnMapping.from_json({"name": "all", "columns": main, "actor_group": "g", "actor_columns": group})
    assert mapping.columns == main and mapping.actor_columns == group
    documented = (Path(__file__).parents[2] / "docs" / "importing.md").read_text(encoding="utf-8")
    assert all(f"`{t}`" in documented for t in valid_targets() if t.startswith("proposal."))


def test_loading_a_mapping_nobody_saved_names_it_and_the_saved_ones(tmp_path: Path) -> None:
    save_mapping(ColumnMapping("Formulario RED", {"titulo": "proposal.title"}), tmp_path)
    with pytest.raises(ValidationError) as caught:
        load_mapping(tmp_path, "Formulario ROJO")
    assert "'Formulario ROJO'" in str(caught.value) and "saved mappings: Formulario RED" in str(caught.value)
    with pytest.raises(ValidationError, match="there are no saved mappings"):
        load_mapping(tmp_path / "nowhere", "x")
    (tmp_path / "roto.json").write_text("{", encoding="utf-8")
    with pytest.raises(ValidationError, match="roto.json: cannot be read"):
        load_mapping(tmp_path, "roto")


# --- fixed values -------------------------------------------------------------------------------------------------


def test_fixed_values_are_saved_loaded_and_checked(tmp_path: Path) -> None:
    mapping = ColumnMapping("Encuesta AF", {"titulo": "proposal.title"}, fixed={"proposal.country": "AF"})
    path = save_mapping(mapping, tmp_path)
    assert json.loads(path.read_text(encoding="utf-8"))["fixed"] == {"proposal.country": "AF"}
    assert load_mapping(tmp_path, "Encuesta AF") == mapping
    assert ColumnMapping.from_json({"name": "old"}).fixed == {}  # mappings saved before `fixed` still load
    spanish = {"fixed": {"proposal.region_type": "marginada", "proposal.country": "Afganistán"}}
    assert ColumnMapping.from_json(spanish).fixed == spanish["fixed"]  # raw cells, read like any cell of the column


# --- suggestions need evidence -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "target"),
    [
        # a survey that is not a proposal form: a generic word or a digit is no evidence
        ("S6_wash.q6_6_latrine_type", None),
        ("S6_wash/q6_6_latrine_type", None),
        ("q1_respondent_name", None),
        ("fecha", None),
        ("date_of_visit", None),
        ("other_type", None),
        ("hh_number", None),
        ("tipo", None),
        ("area", None),
        ("estado", None),
        ("codigo_postal", None),
        ("q2_actor_type", None),  # a question number beside an actor word is not an actor number
        ("factor2_tipo", None),
        # ordinary proposal forms in Spanish, Portuguese and English
        ("datos_generales/titulo_proyecto", "proposal.title"),
        ("Título del proyecto", "proposal.title"),
        ("titulo_proyeto", "proposal.title"),  # a typo
        ("dados/nome_do_projeto", "proposal.title"),
        ("Project title", "proposal.title"),
        ("codigo", "proposal.code"),
        ("País", "proposal.country"),
        ("Monto solicitado (USD)", "proposal.requested_amount"),
        ("financiamento/valor_solicitado", "proposal.requested_amount"),
        ("Requested amount", "proposal.requested_amount"),
        ("Duración (meses)", "proposal.duration_months"),
        ("financiamiento/mipymes_beneficiarias", "proposal.beneficiary_msmes"),
        ("financiamento/mpes_beneficiadas", "proposal.beneficiary_msmes"),
        ("territorio/tipo_de_regiao", "proposal.region_type"),
        ("territorio/tipo_territorio", "proposal.region_kind"),
        ("territorio/clase_territorio", "proposal.region_kind"),
        ("territorio/area_prioritaria", "proposal.priority_area"),
        ("dados/orgao_executor", "proposal.executing_agency"),
        ("Contrapartida pública", "proposal.counterpart_public"),
        ("territorio/ubicacion", "proposal.location"),
        ("p3_region", "proposal.region_name"),  # the question number is dropped, the word is evidence
        # numbered actors of a flat form: a number joined to an actor word
        ("ator2_tipo", "actor[2].actor_type"),
        ("ator1_nome", "actor[1].name"),
        ("ator1_evidencia", "actor[1].evidence"),
        ("actor_1/nombre", "actor[1].name"),
        ("actores/actor_3/tipo", "actor[3].actor_type"),
    ],
)
def test_a_header_is_suggested_only_with_evidence(header: str, target: str | None) -> None:
    guess = guess_target(header)
    assert (guess.target if guess else None) == target
    if guess is not None:
        assert guess.score >= 0.8 and guess.reason.startswith('"')


def test_in_the_actors_group_a_lone_generic_word_is_evidence_when_it_is_the_whole_name() -> None:
    assert guess_target("actores/tipo", actors=True).target == "actor.actor_type"  # type: ignore[union-attr]
    assert guess_target("actores/nombre", actors=True).target == "actor.name"  # type: ignore[union-attr]
    assert guess_target("actores/tipo_de_vivienda", actors=True) is None


def test_a_survey_gets_no_actor_or_proposal_guess_from_digits_and_generic_words(tmp_path: Path) -> None:
    headers = ["S6_wash.q6_6_latrine_type", "S1.q1_2_name", "S2.q2_1_date", "S3.q3_4_number", "S4.q4_9_other", "gps"]
    table = _csv(tmp_path, ",".join(headers) + "\n" + ",".join(["pit", "Ana", "2024-01-02", "4", "x", "1 2"]) + "\n")
    mapping = suggest_mapping(table)
    assert mapping.columns == {"gps": "proposal.location"}


# --- region kind --------------------------------------------------------------------------------------------------


def test_a_region_kind_column_and_its_values_are_suggested(tmp_path: Path) -> None:
    table = _csv(
        tmp_path,
        "titulo,pais,territorio/clase_territorio\n"
        "A,PE,area_metropolitana\nB,PE,valle\nC,PE,zona_rural\nD,PE,provincia_o_departamento\n",
    )
    mapping = suggest_mapping(table)
    assert mapping.columns["territorio/clase_territorio"] == "proposal.region_kind"
    assert mapping.values["proposal.region_kind"] == {
        "area_metropolitana": "metropolitan_area",
        "valle": "valley",
        "zona_rural": "rural_area",
        "provincia_o_departamento": "province",
    }


def test_an_enumeration_column_with_an_unknown_name_is_recognised_by_its_values(tmp_path: Path) -> None:
    table = _csv(tmp_path, "titulo,ambiente\nA,valle\nB,zona_rural\nC,valle\n")
    assert suggest_mapping(table).columns["ambiente"] == "proposal.region_kind"
    yes_no = _csv(tmp_path, "titulo,respuesta\nA,si\nB,no\n", "yes_no.csv")
    assert "respuesta" not in suggest_mapping(yes_no).columns


# --- values named by part of their label ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "value", "expected"),
    [
        ("proposal.priority_area", "desarrollo_urbano", "urban_productive"),
        ("proposal.priority_area", "desenvolvimento_urbano", "urban_productive"),
        ("proposal.priority_area", "urban development", "urban_productive"),
        ("proposal.priority_area", "cadenas_de_valor", "value_chains"),
        ("proposal.priority_area", "cadeias_de_valor", "value_chains"),
        ("proposal.priority_area", "grandes_inversiones", "large_investments"),
        ("proposal.priority_area", "infraestructura", "large_investments"),
        ("proposal.priority_area", "innovacion", "innovation"),
        ("proposal.region_type", "marginada", "marginalized"),
        ("proposal.region_type", "emergente", "emerging"),
        ("proposal.region_type", "en_declive", "declining"),
        ("proposal.region_type", "em_declinio", "declining"),
        ("proposal.region_kind", "provincia_o_departamento", "province"),
        ("proposal.region_kind", "ciudades", "city_group"),
        ("actor[2].actor_type", "gobierno_local", "local_government"),
        # ambiguous or unknown: None (the command line cannot ask; the wizard asks)
        ("proposal.region_kind", "area", None),
        ("proposal.priority_area", "area", None),
        ("proposal.region_type", "galáctica", None),
        ("actor.evidence", "sin carta", None),
        ("actor.evidence", "carta no firmada", None),
        ("proposal.title", "x", None),
    ],
)
def test_a_value_naming_part_of_its_label_is_matched_when_unambiguous(
    target: str, value: str, expected: str | None
) -> None:
    assert suggest_value(target, value) == expected


# --- countries as official lists write them ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("Cote d'Ivoire", "CI"),
        ("Côte d’Ivoire", "CI"),
        ("Cape Verde", "CV"),
        ("Cabo Verde", "CV"),
        ("Egypt, Arab Republic of", "EG"),
        ("Egypt, Arab Rep.", "EG"),
        ("Gambia, The", "GM"),
        ("Bahamas, The", "BS"),
        ("Korea, Rep.", "KR"),
        ("Korea, Dem. People's Rep.", "KP"),
        ("Republic of Korea", "KR"),
        ("Venezuela, RB", "VE"),
        ("Venezuela (Bolivarian Republic of)", "VE"),
        ("Bolivia (Plurinational State of)", "BO"),
        ("Iran, Islamic Rep.", "IR"),
        ("Congo, Dem. Rep.", "CD"),
        ("Congo, Rep.", "CG"),
        ("Lao PDR", "LA"),
        ("Micronesia, Fed. Sts.", "FM"),
        ("St. Lucia", "LC"),
        ("Yemen, Rep.", "YE"),
        ("West Bank and Gaza", "PS"),
        ("Kyrgyz Republic", "KG"),
        ("United Republic of Tanzania", "TZ"),
        ("Viet Nam", "VN"),
        ("Estados Unidos", "US"),
        ("Costa de Marfil", "CI"),
        ("Afganistán", "AF"),
        ("Niger", "NE"),
        ("Nigeria", "NG"),
        ("Dominica", "DM"),
        ("Dominican Republic", "DO"),
        ("South Sudan", "SS"),
        ("Korea", None),  # two countries answer to it
        ("World", None),
    ],
)
def test_country_names_as_official_lists_write_them(name: str, code: str | None) -> None:
    assert country_code(name) == code


# --- one suggestion for the wizard and the command line --------------------------------------------------------


def test_mapping_for_is_the_suggestion_or_the_matching_saved_mapping_with_its_values_filled() -> None:
    table = read_table(FIXTURES / "kobo_propuestas_es.xlsx")
    assert mapping_for(table, []) == suggest_mapping(table)
    saved = suggest_mapping(table, name="Formulario RED")
    saved.values = {"proposal.region_type": {"marginada": "declining"}}  # a person's choice, kept
    chosen = mapping_for(table, [ColumnMapping("Otro", {"x": "proposal.title"}), saved])
    assert chosen.name == "Formulario RED" and chosen.columns == saved.columns
    assert chosen.values["proposal.region_type"] == {"marginada": "declining", "emergente": "emerging"}
    assert chosen.values["proposal.country"] == {"Perú": "PE", "MEX": "MX"}
    assert saved.values == {"proposal.region_type": {"marginada": "declining"}}  # the saved one is not changed


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        (
            "kobo_propuestas_es.xlsx",
            {
                "datos_generales/titulo_proyecto": "proposal.title",
                "territorio/tipo_territorio": "proposal.region_kind",
                "territorio/area_prioritaria": "proposal.priority_area",
                "sectores": "proposal.sectors",
            },
        ),
        ("kobo_propostas_pt.csv", {"ator2_tipo": "actor[2].actor_type", "dados/pais": "proposal.country"}),
        ("odk_propuestas.csv", {"territorio-ubicacion": "proposal.location", "datos-codigo": "proposal.code"}),
    ],
)
def test_the_fixture_forms_are_still_suggested(fixture: str, expected: dict[str, str]) -> None:
    mapping = mapping_for(read_table(FIXTURES / fixture))
    assert expected.items() <= mapping.columns.items()
    assert len(mapping.columns) >= {"kobo_propuestas_es.xlsx": 15, "kobo_propostas_pt.csv": 16}.get(fixture, 10)


def test_the_forms_one_geopoint_is_the_location_whatever_its_name() -> None:
    """ODK Central splits a geopoint into -Latitude/-Longitude/...; the reader joins them as 'territorio-ponto',
    which no synonym names (and 'ponto'/'punto' alone would also match a 'focal point')."""
    table = read_table(FIXTURES / "odk_formulario_red_pt.csv")
    assert mapping_for(table).columns.get("territorio-ponto") == "proposal.location"
    records, _ = to_records(table, mapping_for(table))
    assert all(r.proposal.latitude is not None for r in records)
