"""The core's texts for people in the interface's language: t("... {name} ...", name=...) looks the English text up.

Catalogues are gettext PO files, resources/locale/<language>/core.po, read with babel when a language is chosen
(no compiled .mo files). English is the source and needs none; a text missing, empty or fuzzy in the catalogue
stays English. The window chooses the language; the command line never does, so it stays English.

Only literals go into t(): tests/core/test_core_messages.py checks that every one is catalogued, with the same
{placeholders}, in every language. Names, codes, fingerprints and file names are values, never translated.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path

from babel.messages.pofile import read_po

from red_desktop import paths
from red_desktop.core.settings import LANGUAGES

SOURCE_LANGUAGE = "en"
DOMAIN = "core"

# (language, its catalogue): one value, swapped whole, so a worker thread never sees one without the other.
_active: tuple[str, Mapping[str, str]] = (SOURCE_LANGUAGE, {})


def catalogue_path(language: str) -> Path:
    return paths.resources_dir() / "locale" / language / f"{DOMAIN}.po"


@functools.cache
def catalogue(language: str) -> Mapping[str, str]:
    """English text -> translation, for the messages translated and not fuzzy; empty if there is no catalogue."""
    path = catalogue_path(language)
    if language == SOURCE_LANGUAGE or not path.is_file():
        return {}
    with path.open("rb") as handle:
        read = read_po(handle, locale=language, domain=DOMAIN)
    return {
        message.id: message.string
        for message in read
        if isinstance(message.id, str) and message.id and isinstance(message.string, str) and message.string
        if not message.fuzzy
    }


def set_language(language: str) -> None:
    """Translate the core's texts from now on into `language` ("en", "es" or "pt"; anything else is English)."""
    global _active
    chosen = language if language in LANGUAGES else SOURCE_LANGUAGE
    _active = (chosen, catalogue(chosen))


def language() -> str:
    return _active[0]


def t(message: str, **values: object) -> str:
    """`message` (English, with {placeholders}) in the current language, filled with `values` by str.format."""
    translated = _active[1].get(message)
    if translated:
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):  # a damaged translation must not hide the message itself
            pass
    return message.format(**values)
