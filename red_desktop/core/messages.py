"""The core's texts for people, in one language at a time: t("... {name} ...", name=...) looks the English up.

A text said now is t(), or tc("context", ...) where one English word needs two translations (a column's "Level"
and a sheet's), tn(singular, plural, n) / tcn(context, singular, plural, n) where it counts something: the
language's own plural forms choose, and {n} is the count. A text kept until it is shown (a Problem's reason, an
error's message, worked out on one thread and shown on another) is msg("code", "... {name} ...", name=...): a
Message holding a stable machine code (for --json), the English text and its values, said in the current
language by str(). The window and the command line choose the language at their edge (set_language); a PDF or an
export written in another language asks for words(language). English is the default and the source.

Catalogues are gettext's: resources/locale/<language>/LC_MESSAGES/core.po, compiled by `make translations` to the
core.mo beside it, which is what is read (stdlib gettext). A language is there when its catalogue is: adding one
is a catalogue, not code (docs/translating.md). A text missing, empty or fuzzy in the catalogue stays English.

Only literals go into these functions: tests/core/test_core_messages.py extracts them as the Makefile does and
checks every one is in every catalogue with the same placeholders. Names, codes and file names are values.
"""

from __future__ import annotations

import functools
import gettext
import re
import string
from dataclasses import dataclass
from pathlib import Path

from red_desktop import paths

SOURCE_LANGUAGE = "en"
DOMAIN = "core"
# Where each function's catalogue texts are, in pybabel's --keyword spelling (the Makefile passes the same; a test
# checks): t's first argument, msg's second, tc's first is the context...
KEYWORDS = ("t", "msg:2", "tc:1c,2", "tn:1,2", "tcn:1c,2,3")


def locale_dir() -> Path:
    return paths.resources_dir() / "locale"


def catalogue_path(language: str) -> Path:
    """The catalogue translators edit (PO)."""
    return locale_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def compiled_path(language: str) -> Path:
    """The catalogue the program reads (MO), compiled from the PO by `make translations`."""
    return catalogue_path(language).with_suffix(".mo")


@functools.cache
def languages() -> tuple[str, ...]:
    """English, then every language with a compiled catalogue, by code: ("en", "es", "pt")."""
    found = sorted(p.parent.parent.name for p in locale_dir().glob(f"*/LC_MESSAGES/{DOMAIN}.mo"))
    return (SOURCE_LANGUAGE, *(code for code in found if code != SOURCE_LANGUAGE))


@functools.cache
def translations(language: str) -> gettext.NullTranslations:
    """The language's compiled catalogue; none (English throughout) for English or a language without one."""
    path = compiled_path(language)
    if language == SOURCE_LANGUAGE or not path.is_file():
        return gettext.NullTranslations()
    with path.open("rb") as handle:
        return gettext.GNUTranslations(handle)


class Words:
    """The core's texts in one language: Words("pt").tc("sheet", "Evaluation sheet")."""

    def __init__(self, language: str):
        self.language = language
        self._catalogue = translations(language)

    def t(self, text: str, /, **values: object) -> str:
        return self._fill(self._catalogue.gettext(text), text, values)

    def tc(self, context: str, text: str, /, **values: object) -> str:
        return self._fill(self._catalogue.pgettext(context, text), text, values)

    def tn(self, singular: str, plural: str, n: int, /, **values: object) -> str:
        english = singular if n == 1 else plural
        return self._fill(self._catalogue.ngettext(singular, plural, n), english, {"n": n, **values})

    def tcn(self, context: str, singular: str, plural: str, n: int, /, **values: object) -> str:
        english = singular if n == 1 else plural
        return self._fill(self._catalogue.npgettext(context, singular, plural, n), english, {"n": n, **values})

    def _fill(self, translated: str, english: str, values: dict[str, object]) -> str:
        """str.format's filling, except that a grouped number ({count:,}, {low:,.0f}) is written as the language
        writes it (5.000); a damaged translation must not hide the message, so it falls back to the English."""
        filler = _Filler(self.language)
        if translated != english:
            try:
                return filler.format(translated, **values)
            except (KeyError, IndexError, ValueError):
                pass
        return filler.format(english, **values)


def words(language: str | None = None) -> Words:
    """The texts in `language` (one without a catalogue is English); None is the language of the moment."""
    if language is None:
        return _active
    return _words(language if language in languages() else SOURCE_LANGUAGE)


@functools.cache
def _words(language: str) -> Words:
    return Words(language)


_active = Words(SOURCE_LANGUAGE)


def pick_language(chosen: str, system: str) -> str:
    """The language to speak: the one chosen in Preferences if it has a catalogue, else the system's (a POSIX or Qt
    locale name: "es_ES.UTF-8", "pt_BR", "fr@euro" -> its language code), else English."""
    if chosen in languages():
        return chosen
    code = re.split(r"[_.@-]", system, maxsplit=1)[0].lower()
    return code if code in languages() else SOURCE_LANGUAGE


def set_language(language: str) -> None:
    """Say the core's texts from now on in `language` ("en", "es", "pt", ...; one without a catalogue is English).
    One value swapped whole, so a worker thread never sees a language without its catalogue."""
    global _active
    _active = words(language)


def language() -> str:
    return _active.language


def t(text: str, /, **values: object) -> str:
    """`text` (English, with {placeholders}) in the current language, filled with `values`."""
    return _active.t(text, **values)


def tc(context: str, text: str, /, **values: object) -> str:
    return _active.tc(context, text, **values)


def tn(singular: str, plural: str, n: int, /, **values: object) -> str:
    return _active.tn(singular, plural, n, **values)


def tcn(context: str, singular: str, plural: str, n: int, /, **values: object) -> str:
    return _active.tcn(context, singular, plural, n, **values)


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
