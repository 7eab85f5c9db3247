"""The core's texts for people in the interface's language: t("... {name} ...", name=...) looks the English text up.

A text said now is t(); a text kept until it is shown (a Problem's reason, an error's message, an import's
problems, worked out on one thread and shown on another) is msg("code", "... {name} ...", name=...): a Message
holding a stable machine code (for --json), the English text and its values, said in the current language by
str(). The window and the command line choose the language at their edge (set_language); English is the default.

Catalogues are gettext PO files, resources/locale/<language>/core.po, read with babel when a language is chosen
(no compiled .mo files). English is the source and needs none; a text missing, empty or fuzzy in the catalogue
stays English.

Only literals go into t() and msg(): tests/core/test_core_messages.py checks that every one is catalogued, with the
same {placeholders}, in every language. Names, codes, fingerprints and file names are values, never translated.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from red_desktop import paths

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
    from babel.messages.pofile import read_po  # only once a language is chosen: the commands' --help stays light

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
    from red_desktop.core.settings import LANGUAGES  # not at the top: settings -> errors -> messages

    global _active
    chosen = language if language in LANGUAGES else SOURCE_LANGUAGE
    _active = (chosen, catalogue(chosen))


def language() -> str:
    return _active[0]


def t(message: str, /, **values: object) -> str:
    """`message` (English, with {placeholders}) in the current language, filled with `values` as str.format fills
    them, except that a grouped number ({count:,}, {low:,.0f}) is written as the language writes it (5.000)."""
    language, translations = _active
    translated = translations.get(message)
    if translated:
        try:
            return _Filler(language).format(translated, **values)
        except (KeyError, IndexError, ValueError):  # a damaged translation must not hide the message itself
            pass
    return _Filler(language).format(message, **values)


_GROUPED = re.compile(r"^,(?:\.(\d+)f)?$")


class _Filler(string.Formatter):
    """str.format's filling, with grouped numbers in `language` (core/formatting.py, CLDR) rather than in English.

    English needs no babel: Python's "," grouping is already how English writes a number."""

    def __init__(self, language: str):
        self.language = language

    def format_field(self, value: object, format_spec: str) -> str:
        grouped = _GROUPED.match(format_spec)
        if grouped is None or self.language == SOURCE_LANGUAGE or isinstance(value, bool):
            return super().format_field(value, format_spec)
        if not isinstance(value, int | float):
            return super().format_field(value, format_spec)
        from red_desktop.core import formatting  # babel: only once a language other than English speaks

        if isinstance(value, int) and grouped.group(1) is None:
            return formatting.integer(value, self.language)
        if grouped.group(1) is None:
            return formatting.trimmed(value, self.language)
        return formatting.number(value, self.language, decimals=int(grouped.group(1)))


@dataclass(frozen=True)
class Message:
    """A text for a person kept as its meaning: `code` for machines, `text` (English, the catalogue's key) and
    its values; str() says it in the language of that moment. A value may be a Message too."""

    code: str
    text: str
    values: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return t(self.text, **dict(self.values))

    def english(self) -> str:
        """The message in English whatever the language of the moment: a stable text for machines and lookups."""
        values = {k: v.english() if isinstance(v, Message) else v for k, v in self.values}
        return _Filler(SOURCE_LANGUAGE).format(self.text, **values)


def msg(code: str, text: str, /, **values: object) -> Message:
    """A Message: msg("too_long", "is {length:,} characters long", length=n). `text` is a literal, as for t()."""
    return Message(code, text, tuple(values.items()))


class Meant:
    """What keeps a `meaning` (a Message, or a plain text) until it is shown: a problem, a group of them."""

    meaning: Message | str

    @property
    def reason(self) -> str:
        """What is wrong, in the current language."""
        return str(self.meaning)

    @property
    def code(self) -> str:
        """A stable machine code for the reason ("required", "not_a_number"), whatever the language."""
        return code_of(self.meaning, "invalid")


def code_of(text: object, default: str) -> str:
    """The machine code of a Message; `default` for a plain text (one not yet given a code)."""
    return text.code if isinstance(text, Message) else default
