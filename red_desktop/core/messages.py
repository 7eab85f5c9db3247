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
    """`message` (English, with {placeholders}) in the current language, filled with `values` by str.format."""
    translated = _active[1].get(message)
    if translated:
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):  # a damaged translation must not hide the message itself
            pass
    return message.format(**values)


@dataclass(frozen=True)
class Message:
    """A text for a person kept as its meaning: `code` for machines, `text` (English, the catalogue's key) and
    its values; str() says it in the language of that moment. A value may be a Message too."""

    code: str
    text: str
    values: tuple[tuple[str, object], ...] = ()

    def __str__(self) -> str:
        return t(self.text, **dict(self.values))


def msg(code: str, text: str, /, **values: object) -> Message:
    """A Message: msg("too_long", "is {length:,} characters long", length=n). `text` is a literal, as for t()."""
    return Message(code, text, tuple(values.items()))


def code_of(text: object, default: str) -> str:
    """The machine code of a Message; `default` for a plain text (one not yet given a code)."""
    return text.code if isinstance(text, Message) else default
