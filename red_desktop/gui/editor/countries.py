"""ISO 3166-1 countries named in the user's language, Latin America and the Caribbean first."""

from __future__ import annotations

import gettext
from functools import cache

import pycountry

from red_desktop.core.text import fold

# The 33 sovereign states of Latin America and the Caribbean (UN M49), where RED proposals come from.
LATIN_AMERICA_CARIBBEAN = frozenset(
    "AG AR BS BB BZ BO BR CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR TT UY VE".split()
)


@cache
def country_choices(language: str) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(code, name) pairs sorted by name: the region's countries, then the rest of the world."""
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
    named = [(c.alpha_2, _name(c, translation)) for c in pycountry.countries]
    named.sort(key=lambda pair: fold(pair[1]))
    region = tuple(p for p in named if p[0] in LATIN_AMERICA_CARIBBEAN)
    rest = tuple(p for p in named if p[0] not in LATIN_AMERICA_CARIBBEAN)
    return region, rest


@cache
def _names(language: str) -> dict[str, str]:
    region, rest = country_choices(language)
    return dict((*region, *rest))


def country_label(code: str, language: str) -> str:
    """'Perú (PE)': the country named in the language, with its code; the code alone when it is no ISO country."""
    name = _names(language).get(code.upper())
    return display(code.upper(), name) if name else code


def _name(country: object, translation: gettext.NullTranslations) -> str:
    official = str(getattr(country, "name", ""))
    common = str(getattr(country, "common_name", "") or official)
    for source in (common, official):  # "Bolivia" before "Bolivia, Plurinational State of"
        translated = translation.gettext(source)
        if translated != source:
            return translated
    return common


def display(code: str, name: str) -> str:
    return f"{name} ({code})"
