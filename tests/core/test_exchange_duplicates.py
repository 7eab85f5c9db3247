"""Likely duplicates between an import and the store: the rule's positives and negatives, self-pairs, pairs
among incoming proposals, order independence, and the candidate filter against comparing every pair."""

from __future__ import annotations

import itertools
import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from red_desktop.core.exchange import duplicates
from red_desktop.core.exchange.duplicates import LikelyDuplicate, haversine_km, likely_duplicates

TARAPOTO = (-6.4825, -76.3733)
NEAR_TARAPOTO = (-6.5000, -76.3450)  # about 3.7 km away
MOYOBAMBA = (-6.0340, -76.9717)  # about 83 km away


def record(
    uuid: str,
    title: str,
    *,
    country: str = "PE",
    agency: str = "",
    region: str = "",
    point: tuple[float, float] | None = None,
    code: str = "",
) -> dict[str, Any]:
    return {
        "uuid": uuid,
        "code": code or f"RED-{country}-2026-{uuid}",
        "title": title,
        "country": country,
        "executing_agency": agency,
        "region_name": region,
        "latitude": point[0] if point else None,
        "longitude": point[1] if point else None,
    }


def pairs(found: list[LikelyDuplicate]) -> list[tuple[str, str]]:
    return [(d.incoming, d.held) for d in found]


# ---- the rule ----


def test_the_same_project_typed_twice_is_flagged_with_its_reasons() -> None:
    first = record(
        "a", "Cadena de valor del cacao en San Martín", agency="Gobierno Regional de San Martín", point=TARAPOTO
    )
    second = record("b", "Cadena valor cacao San Martin (fase 1)", agency="GORE San Martín", point=NEAR_TARAPOTO)
    [found] = likely_duplicates([first], [second])
    assert (found.incoming, found.held) == ("a", "b")
    assert found.title_similarity >= duplicates.TITLE_THRESHOLD
    assert found.agency_similarity >= duplicates.AGENCY_THRESHOLD  # GORE spells GObierno REgional
    assert found.distance_km == pytest.approx(3.7, abs=0.2)
    assert found.reasons()[0].startswith("similar title (")
    assert "4 km apart" in found.reasons()


def test_the_same_title_and_agency_is_flagged() -> None:
    title, agency = "Centro de innovación aplicada en lácteos", "Cámara de Comercio de Huancayo"
    [found] = likely_duplicates([record("a", title, agency=agency)], [record("b", title, agency=agency)])
    assert found.title_similarity == 1.0 and found.agency_similarity == 1.0 and found.distance_km is None
    assert found.reasons() == ("similar title (100%)", "same executing agency")


def test_accents_case_and_little_words_are_ignored() -> None:
    first = record("a", "CADENA DE VALOR DEL CACAO EN SAN MARTIN", agency="GOBIERNO REGIONAL SAN MARTIN")
    second = record("b", "Cadena de valor del cacao en San Martín", agency="Gobierno Regional de San Martín")
    [found] = likely_duplicates([first], [second])
    assert found.title_similarity == 1.0 and found.agency_similarity == 1.0


def test_different_projects_of_one_agency_and_place_are_not_flagged() -> None:
    agency, region = "Gobierno Regional de San Martín", "San Martín"
    held = [
        record("b", "Cadena de valor del cacao en San Martín", agency=agency, region=region, point=TARAPOTO),
        record("c", "Turismo rural comunitario en el Alto Mayo", agency=agency, region=region, point=TARAPOTO),
    ]
    incoming = [
        record("a", "Agua potable y saneamiento en Tarapoto", agency=agency, region=region, point=NEAR_TARAPOTO),
        record("d", "Centro de innovación para MIPYMES de muebles", agency=agency, region=region, point=TARAPOTO),
    ]
    assert likely_duplicates(incoming, held) == []


def test_the_same_title_in_another_country_is_not_flagged() -> None:
    title, agency = "Cadena de valor del cacao", "Ministerio de Agricultura"
    assert (
        likely_duplicates([record("a", title, agency=agency)], [record("b", title, agency=agency, country="EC")]) == []
    )


def test_a_similar_title_alone_is_not_enough() -> None:
    title = "Cadena de valor del cacao en San Martín"
    first = record("a", title, agency="Gobierno Regional de San Martín", region="San Martín", point=TARAPOTO)
    second = record("b", title, agency="Cooperativa Agraria Oro Verde", region="Alto Mayo", point=MOYOBAMBA)
    assert likely_duplicates([first], [second]) == []


def test_empty_agencies_are_not_the_same_agency() -> None:
    title = "Cadena de valor del cacao en San Martín"
    assert likely_duplicates([record("a", title, agency="")], [record("b", title, agency="  ")]) == []
    assert likely_duplicates([record("a", title, agency="de la")], [record("b", title, agency="de la")]) == []


def test_missing_coordinates_leave_the_distance_out() -> None:
    title = "Cadena de valor del cacao en San Martín"
    assert likely_duplicates([record("a", title, point=TARAPOTO)], [record("b", title)]) == []
    [found] = likely_duplicates(
        [record("a", title, region="San Martín", point=TARAPOTO)], [record("b", title, region="san martin")]
    )
    assert found.distance_km is None and found.same_region
    assert found.reasons() == ("similar title (100%)", "same region")


def test_nearby_coordinates_corroborate() -> None:
    title = "Cadena de valor del cacao en San Martín"
    [found] = likely_duplicates([record("a", title, point=TARAPOTO)], [record("b", title, point=TARAPOTO)])
    assert found.distance_km == 0.0
    assert found.reasons() == ("similar title (100%)", "less than 1 km apart")
    assert likely_duplicates([record("a", title, point=TARAPOTO)], [record("b", title, point=MOYOBAMBA)]) == []


def test_titles_from_one_formula_with_different_products_are_different_projects() -> None:
    """Their score is high; what tells them apart is that each has a word of its own."""
    agency, region = "Gobierno Regional de San Martín", "San Martín"
    formula = "Cadena de valor de {} en San Martín: articulación de MIPYMES con compradores globales"
    cacao = record("a", formula.format("cacao"), agency=agency, region=region, point=TARAPOTO)
    coffee = record("b", formula.format("café"), agency=agency, region=region, point=TARAPOTO)
    assert likely_duplicates([cacao], [coffee]) == []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(duplicates, "_own_words", lambda *_: 0)
        [found] = likely_duplicates([cacao], [coffee])
    assert found.title_similarity > 0.8


def test_spelling_variants_are_not_words_of_their_own() -> None:
    """A typo and an abbreviation: no word of their own. They lower the score all the same (words, not letters)."""
    title = "Cadena de valor del cacao fino de aroma en Moyobamba"
    first = record("a", title, agency="Municipalidad Provincial de Moyobamba")
    second = record(
        "b", "Cadena de valor del cacoa fino de aroma, Moyobamba", agency="Municipalidad Prov. de Moyobamba"
    )
    [found] = likely_duplicates([first], [second])
    assert found.title_similarity < 1.0
    assert found.reasons()[1:] == ("same executing agency",)
    third = record("c", "Cadena de valor del cacau fino de aroma en Moyobamba", agency="MPM")  # M·P·M
    assert likely_duplicates([first], [third])[0].reasons()[1:] == ("same executing agency",)


def test_an_acronym_in_capitals_is_the_agency_it_spells() -> None:
    title = "Cadena de valor del cacao en San Martín"
    full = record("a", title, agency="Dirección Regional de Agricultura San Martín")
    assert likely_duplicates([full], [record("b", title, agency="DRA San Martín")])[0].agency_similarity == 1.0
    assert likely_duplicates([full], [record("b", title, agency="Dra. San Martín")]) == []  # a doctor's title
    assert likely_duplicates([full], [record("b", title, agency="D. R. A. San Martín")]) == []  # initials: too loose


def test_different_agencies_of_one_place_are_not_similar() -> None:
    title = "Cadena de valor del cacao en San Martín"
    regional = record("a", title, agency="Gobierno Regional de San Martín")
    assert likely_duplicates([regional], [record("b", title, agency="Gobierno Regional de Junín")]) == []
    assert likely_duplicates([regional], [record("b", title, agency="Municipalidad Provincial de San Martín")]) == []
    [found] = likely_duplicates([regional], [record("b", title, agency="Gobierno Regional San Martín – Tarapoto")])
    assert found.reasons() == ("similar title (100%)", "similar executing agency")


def test_titles_with_conflicting_numbers_are_different_projects() -> None:
    agency = "Provías Descentralizado"
    section_one = record("a", "Mejoramiento de la carretera Tarapoto–Yurimaguas, tramo 1", agency=agency)
    section_two = record("b", "Mejoramiento de la carretera Tarapoto-Yurimaguas, tramo II", agency=agency)
    section_again = record("c", "Mejoramiento carretera Tarapoto Yurimaguas tramo I (2026)", agency=agency)
    assert pairs(likely_duplicates([section_one], [section_two, section_again])) == [("a", "c")]


# ---- identity, pairs among incoming, order ----


def test_a_proposal_is_never_its_own_duplicate() -> None:
    title, agency = "Cadena de valor del cacao en San Martín", "Gobierno Regional de San Martín"
    update = record("a", title + " (revisado)", agency=agency)
    assert likely_duplicates([update], [record("a", title, agency=agency)]) == []
    assert likely_duplicates([update, update], []) == []


def test_the_held_version_of_an_incoming_proposal_gives_way_to_it() -> None:
    agency = "Gobierno Regional de San Martín"
    older = record("a", "Cadena de valor del cacao en San Martín", agency=agency)
    renamed = record("a", "Agua potable en Tarapoto", agency=agency)
    other = record("b", "Cadena de valor del cacao en San Martín", agency=agency)
    assert likely_duplicates([renamed], [older, other]) == []  # what a is now no longer resembles b
    assert pairs(likely_duplicates([older], [older, other])) == [("a", "b")]


def test_incoming_proposals_are_compared_with_each_other_once() -> None:
    title, agency = "Cadena de valor del cacao en San Martín", "Gobierno Regional de San Martín"
    incoming = [record("c", title, agency=agency), record("a", title.upper(), agency=agency)]
    held = [record("b", "Cadena de valor de cacao, San Martín", agency=agency)]
    assert pairs(likely_duplicates(incoming, held)) == [("a", "b"), ("a", "c"), ("c", "b")]


TITLES = [
    "Cadena de valor del cacao en San Martín",
    "Cadena valor cacao San Martin (fase 1)",
    "Cadena de valor del café en Jaén",
    "Cadena productiva del café – Jaén",
    "Agua potable y saneamiento en Tarapoto",
    "Beneficiamento e comercialização cooperativa de mel no Sertão do Pajeú",
]
AGENCIES = ["Gobierno Regional de San Martín", "GORE San Martín", "", "Cooperativa Apícola do Pajeú"]
POINTS = [None, TARAPOTO, NEAR_TARAPOTO, MOYOBAMBA]
records = st.builds(
    lambda title, agency, point, country, region: (title, agency, point, country, region),
    st.sampled_from(TITLES),
    st.sampled_from(AGENCIES),
    st.sampled_from(POINTS),
    st.sampled_from(["PE", "PE", "BR"]),
    st.sampled_from(["", "San Martín", "Cajamarca"]),
)


def portfolio(drawn: list[tuple[Any, ...]], prefix: str) -> list[dict[str, Any]]:
    return [
        record(f"{prefix}{i:02d}", title, agency=agency, point=point, country=country, region=region)
        for i, (title, agency, point, country, region) in enumerate(drawn)
    ]


@settings(derandomize=True, max_examples=60, deadline=None)
@given(st.lists(records, max_size=8), st.lists(records, max_size=8), st.randoms(use_true_random=False))
def test_the_result_does_not_depend_on_input_order(
    incoming_drawn: list[tuple[Any, ...]], held_drawn: list[tuple[Any, ...]], rng: random.Random
) -> None:
    incoming, held = portfolio(incoming_drawn, "i"), portfolio(held_drawn, "h")
    held += incoming[: len(incoming) // 2]  # some incoming proposals are updates of held ones
    expected = likely_duplicates(incoming, held)
    rng.shuffle(incoming)
    rng.shuffle(held)
    assert likely_duplicates(incoming, held) == expected
    assert len(set(pairs(expected))) == len(expected)
    assert all(d.incoming != d.held for d in expected)


def every_pair(entries: list[Any], *_: object) -> set[tuple[int, int]]:
    """What _candidates narrows down: every pair of a country with an incoming proposal in it."""
    return {
        (i, j) for i, j in itertools.combinations(range(len(entries)), 2) if entries[i].incoming or entries[j].incoming
    }


@settings(derandomize=True, max_examples=60, deadline=None)
@given(st.lists(records, max_size=10), st.lists(records, max_size=10))
def test_the_candidate_filter_misses_no_pair(
    incoming_drawn: list[tuple[Any, ...]], held_drawn: list[tuple[Any, ...]]
) -> None:
    """Prefix filtering is exact: the same pairs as comparing every pair of a country."""
    incoming, held = portfolio(incoming_drawn, "i"), portfolio(held_drawn, "h")
    filtered = likely_duplicates(incoming, held)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(duplicates, "_candidates", every_pair)
        assert likely_duplicates(incoming, held) == filtered


def test_the_candidate_filter_misses_no_pair_in_a_large_portfolio() -> None:
    rng = random.Random(7)
    words = ["cadena", "valor", "cacao", "café", "agua", "potable", "turismo", "rural", "Tarapoto", "Jaén", "miel"]
    made = [record(f"p{i:03d}", " ".join(rng.sample(words, rng.randint(2, 5))), point=TARAPOTO) for i in range(150)]
    incoming, held = made[:50], made[50:]
    filtered = likely_duplicates(incoming, held)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(duplicates, "_candidates", every_pair)
        assert likely_duplicates(incoming, held) == filtered
    assert len(filtered) > 50


# ---- realistic titles ----

SAME_PROJECT = [
    (  # es: words dropped, a phase added, the agency as an acronym
        "PE",
        ("Cadena de valor del cacao en San Martín", "Gobierno Regional de San Martín"),
        ("Cadena valor cacao San Martin (fase 1)", "GORE San Martín"),
    ),
    (  # es: reworded, the province added
        "PE",
        ("Fortalecimiento de la cadena productiva del café en Jaén", "Municipalidad Provincial de Jaén"),
        ("Cadena productiva de café – Jaén, Cajamarca", "Municipalidad Provincial de Jaén"),
    ),
    (  # es: one word of the trade for another
        "PE",
        ("Cadena de valor del cacao fino de aroma en Tocache", "Cooperativa Agraria Cacaotera de Tocache"),
        ("Cadena productiva del cacao fino de aroma – Tocache", "Cooperativa Agraria Cacaotera Tocache"),
    ),
    (  # es: abbreviated
        "PE",
        ("Centro de innovación aplicada en lácteos para las MIPYMES del Valle del Mantaro", "DRA Junín"),
        ("Centro de innovación en lácteos - Valle del Mantaro", "Dirección Regional de Agricultura Junín"),
    ),
    (  # pt: a word dropped, the state added, the cooperative by its acronym
        "BR",
        ("Beneficiamento e comercialização cooperativa de mel no Sertão do Pajeú", "Cooperativa Apícola do Pajeú"),
        ("Comercialização cooperativa do mel – Sertão do Pajeú (PE)", "COAPAJEU"),
    ),
    (  # pt: reworded
        "BR",
        ("Cadeia produtiva do açaí em Igarapé-Miri", "Prefeitura Municipal de Igarapé-Miri"),
        ("Fortalecimento da cadeia do açaí de Igarapé-Miri", "Prefeitura de Igarapé-Miri"),
    ),
    (  # pt: plurals and accents
        "BR",
        ("Rota do queijo artesanal da Serra da Canastra", "Associação dos Produtores de Queijo Canastra"),
        ("Rotas dos queijos artesanais – Serra da Canastra", "Associação dos Produtores de Queijo Canastra (APROCAN)"),
    ),
]

DIFFERENT_PROJECTS = [
    ("Agua potable y saneamiento en Tarapoto", "Cadena de valor del cacao en San Martín"),
    ("Turismo rural comunitario en el Valle del Colca", "Cadena de valor de la alpaca en el Valle del Colca"),
    ("Centro de innovación aplicada en lácteos", "Transformación digital de las MIPYMES de confecciones"),
    ("Rota do queijo artesanal da Serra da Canastra", "Cadeia produtiva do café especial da Serra da Canastra"),
    ("Beneficiamento cooperativo de mel no Sertão do Pajeú", "Energia solar para agricultura familiar no Pajeú"),
    (
        "Mejoramiento de la carretera Tarapoto–Yurimaguas, tramo 1",
        "Mejoramiento de la carretera Tarapoto–Yurimaguas, tramo 2",
    ),
]


@pytest.mark.parametrize(("country", "first", "second"), SAME_PROJECT)
def test_realistic_duplicates_are_flagged(country: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    """With nothing but the agency to corroborate."""
    a = record("a", first[0], agency=first[1], country=country)
    b = record("b", second[0], agency=second[1], country=country)
    [found] = likely_duplicates([a], [b])
    assert found.agency_similarity >= duplicates.AGENCY_THRESHOLD


@pytest.mark.parametrize(("first", "second"), DIFFERENT_PROJECTS)
def test_realistic_different_projects_are_not_flagged(first: str, second: str) -> None:
    """Even with every corroboration: one agency, one region, one place."""
    agency, region = "Agencia de Desarrollo Regional", "Región"
    a = record("a", first, agency=agency, region=region, point=TARAPOTO)
    b = record("b", second, agency=agency, region=region, point=TARAPOTO)
    assert likely_duplicates([a], [b]) == []


def test_formulaic_titles_apart_by_their_place_are_not_flagged() -> None:
    """Each has a locality of its own; retyped, the same locality is found again."""
    formula = "Mejoramiento del servicio de agua potable y saneamiento en la localidad de {}, distrito de Moyobamba"
    places = ["Pampa Hermosa", "Shapaja", "Jepelacio", "Calzada", "Habana", "Soritor", "Yantaló", "Jerillo"]
    agency, region = "Municipalidad Provincial de Moyobamba", "San Martín"
    held = [record(f"h{i}", formula.format(p), agency=agency, region=region) for i, p in enumerate(places)]
    held += [record(f"o{i}", f"Cadena de valor de {p} en Moyobamba", region=region) for i, p in enumerate(places)]
    incoming = [record("a", formula.format("Ochamé"), agency=agency, region=region)]
    assert likely_duplicates(incoming, held) == []
    again = [record("a", formula.format("Pampa Hermosa").upper(), agency=agency, region=region)]
    assert pairs(likely_duplicates(again, held)) == [("a", "h0")]


# ---- details ----


def test_haversine_matches_the_published_example() -> None:
    """Rosetta Code, 'Haversine formula': Nashville BNA to Los Angeles LAX is 2887.26 km on a 6372.8 km sphere."""
    on_that_sphere = haversine_km((36.12, -86.67), (33.94, -118.40)) * 6372.8 / duplicates.EARTH_RADIUS_KM
    assert on_that_sphere == pytest.approx(2887.26, abs=0.01)


def test_records_without_country_or_title_words_pair_with_nothing() -> None:
    agency = "Gobierno Regional de San Martín"
    assert (
        likely_duplicates([record("a", "Cacao", country="", agency=agency)], [record("b", "Cacao", agency=agency)])
        == []
    )
    assert likely_duplicates([record("a", "de la y", agency=agency)], [record("b", "de la y", agency=agency)]) == []
    assert likely_duplicates([], [record("b", "Cacao", agency=agency)]) == []
