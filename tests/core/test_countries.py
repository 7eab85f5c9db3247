"""One country-name module: ISO codes and names in English, Spanish and Portuguese, for the editor, the import and
the demo. The names the import mapping's own tables recognised before the module existed still resolve alike."""

from __future__ import annotations

import ast
import gettext
from pathlib import Path

import pycountry
import pytest

from red_desktop.core import countries
from red_desktop.core.countries import (
    ALIASES,
    LATIN_AMERICA_CARIBBEAN,
    SHORT_NAMES,
    country_choices,
    country_code,
    country_label,
    country_name,
    name_key,
)
from red_desktop.core.importing import mapping
from red_desktop.core.messages import languages

# Every entry of the import mapping's two tables before they became the alias list (the dead "colombia " entry,
# with its trailing space, left out: input is trimmed before it is looked up).
FORMER_LATAM_NAMES = {
    "mexico": "MX", "peru": "PE", "brasil": "BR", "colombia": "CO", "chile": "CL",
    "argentina": "AR", "bolivia": "BO", "ecuador": "EC", "equador": "EC", "paraguay": "PY", "paraguai": "PY",
    "uruguay": "UY", "uruguai": "UY", "venezuela": "VE", "panama": "PA", "costa rica": "CR", "nicaragua": "NI",
    "honduras": "HN", "el salvador": "SV", "guatemala": "GT", "belice": "BZ", "belize": "BZ",
    "republica dominicana": "DO", "haiti": "HT", "jamaica": "JM", "cuba": "CU", "trinidad y tobago": "TT",
    "trinidad e tobago": "TT", "barbados": "BB", "bahamas": "BS", "guyana": "GY", "guiana": "GY",
    "surinam": "SR", "suriname": "SR", "mexique": "MX", "estados unidos": "US", "espana": "ES", "espanha": "ES",
}  # fmt: skip
FORMER_LIST_NAMES = {
    "turkey": "TR", "turkiye": "TR", "cape verde": "CV", "ivory coast": "CI", "venezuela rb": "VE",
    "egypt arab rep": "EG", "yemen rep": "YE", "iran islamic rep": "IR", "korea rep": "KR", "south korea": "KR",
    "korea dem peoples rep": "KP", "korea dem rep": "KP", "north korea": "KP", "congo dem rep": "CD",
    "congo rep": "CG", "lao pdr": "LA", "laos": "LA", "kyrgyz republic": "KG", "slovak republic": "SK",
    "micronesia fed sts": "FM", "st lucia": "LC", "st kitts nevis": "KN", "st vincent grenadines": "VC",
    "hong kong sar china": "HK", "macao sar china": "MO", "west bank gaza": "PS", "palestine": "PS",
    "czech republic": "CZ", "swaziland": "SZ", "burma": "MM", "russia": "RU", "syria": "SY", "vietnam": "VN",
    "tanzania": "TZ", "moldova": "MD", "macedonia": "MK", "macedonia fyr": "MK", "north macedonia": "MK",
    "bolivia": "BO", "venezuela": "VE", "iran": "IR", "brunei": "BN", "east timor": "TL", "timor leste": "TL",
    "bahamas": "BS", "gambia": "GM", "curacao": "CW", "sao tome principe": "ST", "united states of america": "US",
    "usa": "US", "uk": "GB", "great britain": "GB", "holland": "NL", "vatican": "VA", "holy see": "VA",
    "taiwan china": "TW", "eswatini": "SZ", "cabo verde": "CV", "cote divoire": "CI",
}  # fmt: skip


@pytest.mark.parametrize(("name", "code"), sorted((FORMER_LATAM_NAMES | FORMER_LIST_NAMES).items()))
def test_every_name_the_former_tables_held_resolves_to_the_same_code(name: str, code: str) -> None:
    assert country_code(name) == code


def test_the_import_reads_those_names_through_the_module() -> None:
    for name, code in (FORMER_LATAM_NAMES | FORMER_LIST_NAMES).items():
        assert mapping.country_code(name) == code, name


@pytest.mark.parametrize(
    "typed", [" Colombia ", "colombia", "COLOMBIA", "colômbia", "Colômbia", "COLÔMBIA", "CO", "col"]
)
def test_input_is_trimmed_casefolded_and_stripped_of_accents(typed: str) -> None:
    assert country_code(typed) == "CO"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Perú", "PE"),
        ("México", "MX"),
        ("Brasil", "BR"),
        ("Panamá", "PA"),
        ("República Dominicana", "DO"),
        ("Haití", "HT"),
        ("Belice", "BZ"),
        ("Trinidad y Tobago", "TT"),
        ("Estados Unidos de América", "US"),
        ("Reino Unido", "GB"),
        ("Países Bajos", "NL"),
        ("Bolivia, Estado Plurinacional de", "BO"),  # pycountry's Spanish catalogue
        ("Venezuela, República Bolivariana de", "VE"),
        ("Colômbia", "CO"),  # Portuguese
        ("Equador", "EC"),
        ("Paraguai", "PY"),
        ("Guiana", "GY"),
        ("Trindade e Tobago", "TT"),  # pycountry's Portuguese catalogue (Portugal's spelling)
        ("Trinidad e Tobago", "TT"),  # Brazil's
        ("Estados Unidos", "US"),
        ("Espanha", "ES"),
        ("Alemanha", "DE"),
        ("Mexique", "MX"),  # French
    ],
)
def test_spanish_portuguese_and_french_names_resolve(name: str, code: str) -> None:
    assert country_code(name) == code


@pytest.mark.parametrize("key", sorted(ALIASES))
def test_every_alias_resolves_and_is_needed(key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert country_code(key) == ALIASES[key]
    monkeypatch.setattr(countries, "ALIASES", {k: v for k, v in ALIASES.items() if k != key})
    for cached in (countries.known_names, countries._by_words, countries.country_code):
        cached.cache_clear()
    try:
        assert countries.country_code(key) != ALIASES[key], f"{key!r}: a catalogue already knows it"
    finally:
        monkeypatch.undo()
        for cached in (countries.known_names, countries._by_words, countries.country_code):
            cached.cache_clear()


def test_alias_keys_are_written_as_name_key_writes_them() -> None:
    assert all(name_key(key) == key for key in ALIASES)
    assert all(pycountry.countries.get(alpha_2=code) is not None for code in ALIASES.values())


@pytest.mark.parametrize(
    ("text", "code"),
    [("EEUU", "US"), ("EE. UU.", "US"), ("EE.UU.", "US"), ("EUA", "US"), ("USA", "US"),
     ("Bolivia", "BO"), ("Venezuela", "VE"), ("Brasil", "BR"), ("UK", "GB"), ("Holland", "NL")],
)  # fmt: skip
def test_short_and_common_names_resolve(text: str, code: str) -> None:
    assert country_code(text) == code


@pytest.mark.parametrize("text", ["Narnia", "XX", "", "   ", "Korea", "Sudamérica", "World", "Bolvia", "Europa"])
def test_unknown_or_ambiguous_names_stay_unknown(text: str) -> None:
    assert country_code(text) is None  # "Bolvia" is a typo: only the import's mapping reads it by spelling


def test_the_import_still_reads_a_name_by_its_spelling() -> None:
    assert mapping.country_code("Bolvia") == "BO"
    assert mapping.country_code("Narnia") is None


@pytest.mark.parametrize(
    ("code", "language", "name"),
    [
        ("PE", "es", "Perú"),
        ("PE", "en", "Peru"),
        ("BR", "pt", "Brasil"),
        ("BO", "es", "Bolivia"),  # not "Bolivia, Estado plurinacional de"
        ("BO", "en", "Bolivia"),
        ("VE", "pt", "Venezuela"),
        ("TT", "pt", "Trinidad e Tobago"),
        ("TT", "en", "Trinidad and Tobago"),
        ("pe", "es", "Perú"),
        ("XX", "es", "XX"),
        ("PE", "xx", "Peru"),  # a language the catalogues lack reads English
    ],
)
def test_country_name(code: str, language: str, name: str) -> None:
    assert country_name(code, language) == name


def test_country_label() -> None:
    assert country_label("pe", "es") == "Perú (PE)"
    assert country_label("XX", "es") == "XX"


@pytest.mark.parametrize("language", languages())
def test_choices_list_the_region_first_then_every_other_country(language: str) -> None:
    region, rest = country_choices(language)
    assert {code for code, _ in region} == LATIN_AMERICA_CARIBBEAN
    assert len(region) + len(rest) == len(pycountry.countries)
    assert all(name for _, name in (*region, *rest))


def test_short_names_replace_only_what_the_catalogue_names_otherwise() -> None:
    for language, names in SHORT_NAMES.items():
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        for code, short in names.items():
            country = pycountry.countries.get(alpha_2=code)
            assert country is not None and code in LATIN_AMERICA_CARIBBEAN
            written = countries._translated(country, catalogue)
            assert written != short, f"{language} {code}: the catalogue already writes {short!r}"


def test_the_core_module_imports_no_qt() -> None:
    source = Path(countries.__file__).read_text(encoding="utf-8")
    imported = {n.module for n in ast.walk(ast.parse(source)) if isinstance(n, ast.ImportFrom) and n.module}
    imported |= {a.name for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Import) for a in n.names}
    assert not {m for m in imported if m.startswith(("PySide6", "red_desktop.gui"))}
