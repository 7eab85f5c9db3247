"""Countries by ISO 3166-1 code and by name: what the editor lists, the import reads and the demo writes.

Names come from pycountry: the ISO 3166-1 list in English and the iso-codes gettext catalogues it ships for other
languages. Two short tables cover what those catalogues do not: SHORT_NAMES, the names the region writes where a
catalogue has a long official form, and ALIASES, names people and official lists write that no catalogue holds.
"""

from __future__ import annotations

import gettext
import re
from functools import cache, lru_cache

import pycountry
from babel import Locale

from red_desktop.core.text import fold

READ_LANGUAGES = ("en", "es", "pt", "fr")  # the languages a country name is recognised in

# The 33 sovereign states of Latin America and the Caribbean (UN M49), where RED proposals come from.
LATIN_AMERICA_CARIBBEAN = frozenset(
    "AG AR BS BB BZ BO BR CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR TT UY VE".split()
)

# The language a proposal from each of them is written in, where it is not Spanish (issue 21: who can evaluate it).
LANGUAGE_NOT_SPANISH: dict[str, str] = {
    "BR": "pt", "HT": "fr", "SR": "nl",
    **dict.fromkeys("AG BS BB BZ DM GD GY JM KN LC VC TT".split(), "en"),
}  # fmt: skip

# Where the Spanish and Portuguese catalogues give the region's countries a long official form or a spelling the
# region does not use ("Surinám"; "Trindade e Tobago" is Portugal's, Brazil writes "Trinidad e Tobago").
SHORT_NAMES: dict[str, dict[str, str]] = {
    "es": {"BO": "Bolivia", "VE": "Venezuela", "SR": "Surinam"},
    "pt": {"VE": "Venezuela", "TT": "Trinidad e Tobago"},
}

# Names no catalogue holds: the World Bank's ("Korea, Dem. Rep.", "Venezuela, RB"), older and common English names,
# Spanish and Portuguese abbreviations. Keys are as `name_key` writes them.
ALIASES: dict[str, str] = {
    "turkey": "TR", "ivory coast": "CI", "venezuela rb": "VE", "korea dem rep": "KP", "lao pdr": "LA",
    "west bank gaza": "PS", "palestine": "PS", "swaziland": "SZ", "burma": "MM", "macedonia": "MK",
    "macedonia fyr": "MK", "east timor": "TL", "uk": "GB", "great britain": "GB", "holland": "NL",
    "vatican": "VA", "holy see": "VA", "taiwan china": "TW", "eeuu": "US", "ee uu": "US", "eua": "US",
}  # fmt: skip

_ABBREVIATIONS = {"rep": "republic", "dem": "democratic", "fed": "federated", "sts": "states", "st": "saint",
                  "is": "islands", "isl": "islands", "peoples": "people"}  # fmt: skip
_NOISE = frozenset({"the", "of", "and", "y", "e", "de", "del", "da", "do", "la", "el", "et"})

Choices = tuple[tuple[str, str], ...]


# --- names --------------------------------------------------------------------------------------------------------


def country_language(code: str) -> str | None:
    """The language proposals from this country are written in: Spanish, but where LANGUAGE_NOT_SPANISH says;
    None for a country outside Latin America and the Caribbean (it is not known)."""
    code = code.upper()
    if code not in LATIN_AMERICA_CARIBBEAN:
        return None
    return LANGUAGE_NOT_SPANISH.get(code, "es")


def country_name(code: str, language: str) -> str:
    """The country named in the language ("Perú" for PE in Spanish); the code itself when it is no ISO country."""
    return _names(language).get(code.upper(), code)


def country_label(code: str, language: str) -> str:
    """'Perú (PE)': the country named in the language, with its code; the code alone when it is no ISO country."""
    name = _names(language).get(code.upper())
    return display(code.upper(), name) if name else code


def display(code: str, name: str) -> str:
    return f"{name} ({code})"


@cache
def country_choices(language: str) -> tuple[Choices, Choices]:
    """(code, name) pairs sorted by name: the region's countries, then the rest of the world."""
    named = sorted(_names(language).items(), key=lambda pair: fold(pair[1]))
    region = tuple(p for p in named if p[0] in LATIN_AMERICA_CARIBBEAN)
    rest = tuple(p for p in named if p[0] not in LATIN_AMERICA_CARIBBEAN)
    return region, rest


@cache
def _names(language: str) -> dict[str, str]:
    catalogue = _catalogue(language)
    short = SHORT_NAMES.get(language, {})
    return {str(c.alpha_2): short.get(str(c.alpha_2)) or _translated(c, catalogue) for c in pycountry.countries}


def _catalogue(language: str) -> gettext.NullTranslations:
    """pycountry's iso-codes catalogue for the language; untranslated (English) for a language it lacks."""
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


def _translated(country: object, catalogue: gettext.NullTranslations) -> str:
    official = str(getattr(country, "name", ""))
    common = str(getattr(country, "common_name", "") or official)
    for source in (common, official):  # "Bolivia" before "Bolivia, Plurinational State of"
        translated = catalogue.gettext(source)
        if translated != source:
            return translated
    return common


# --- codes --------------------------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def country_code(text: str) -> str | None:
    """ISO 3166-1 alpha-2 for a code (alpha-2 or alpha-3) or a name as people and official lists write it, in
    English, Spanish, Portuguese or French, case, accents and punctuation aside: "Perú", " Colombia ", "COLÔMBIA",
    "Cote d'Ivoire", "Gambia, The", "Korea, Rep.", "Bolivia (Plurinational State of)". None when no country (or more
    than one) answers to it."""
    value = text.strip()
    if value.isalpha() and len(value) == 2 and (found := pycountry.countries.get(alpha_2=value.upper())):
        return str(found.alpha_2)
    if value.isalpha() and len(value) == 3 and (found := pycountry.countries.get(alpha_3=value.upper())):
        return str(found.alpha_2)
    key = name_key(value)
    if not key:
        return None
    return known_names().get(key) or _by_words().get(word_set(key))


def name_key(text: str) -> str:
    """Folded, punctuation dropped ("Côte d'Ivoire" → "cote divoire", "Gambia, The" → "gambia"), "&" as "and"."""
    plain = fold(text).replace("&", " and ").replace("'", "").replace("’", "")
    words = re.sub(r"[^a-z0-9]+", " ", plain).split()
    return " ".join(w for w in words if w not in {"the", "and", "y", "e"})


def word_set(key: str) -> frozenset[str]:
    """The words of a name in any order, abbreviations spelled out: "Korea, Rep." and "Republic of Korea" alike."""
    return frozenset(_ABBREVIATIONS.get(w, w) for w in key.split() if w not in _NOISE)


@cache
def known_names() -> dict[str, str]:
    """Every name (as `name_key` writes it) → its code, names more than one country answers to left out: pycountry's
    names, official and common, in each language read; CLDR's (babel) in those languages; the short names and the
    aliases."""
    codes: dict[str, set[str]] = {}
    catalogues = [_catalogue(language) for language in READ_LANGUAGES]
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            if (name := getattr(country, attribute, None)) is not None:
                for catalogue in catalogues:
                    codes.setdefault(name_key(catalogue.gettext(str(name))), set()).add(str(country.alpha_2))
    iso = {str(c.alpha_2) for c in pycountry.countries}
    for language in READ_LANGUAGES:  # CLDR's names too: "Vatican City", "Myanmar (Burma)", "Ilhas Malvinas"
        for code, name in Locale.parse(language).territories.items():
            if code in iso:  # not regions ("419"), the EU or "Unknown Region"
                codes.setdefault(name_key(name), set()).add(code)
    for short in SHORT_NAMES.values():
        for code, name in short.items():
            codes.setdefault(name_key(name), set()).add(code)
    for key, code in ALIASES.items():
        codes.setdefault(key, set()).add(code)
    return {key: next(iter(found)) for key, found in codes.items() if len(found) == 1 and key}


@cache
def _by_words() -> dict[frozenset[str], str]:
    codes: dict[frozenset[str], set[str]] = {}
    for key, code in known_names().items():
        codes.setdefault(word_set(key), set()).add(code)
    return {words: next(iter(found)) for words, found in codes.items() if len(found) == 1 and words}
