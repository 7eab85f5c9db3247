"""The Spanish and Portuguese catalogues: complete, faithful to the source's placeholders and mnemonics, compiled."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from red_desktop import paths

LANGUAGES = ("es", "pt")
# Qt's %1..%9 and %n, and the {0} / {name} fields the code fills with str.format.
PLACEHOLDER = re.compile(r"%[1-9n]|\{\w*\}")


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def messages(language: str) -> Iterator[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) for every message of the language's .ts file."""
    root = ET.parse(translations_dir() / f"red_desktop_{language}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{language} {name!r}: {message.findtext('source')!r} has no <translation>"
            yield name, message.findtext("source") or "", translation


def texts(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of a numerus message."""
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def mnemonics(text: str) -> int:
    """Single '&' marking an accelerator; '&&' is a literal ampersand."""
    return text.replace("&&", "").count("&")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    found = list(messages(language))
    assert found, f"no messages in the {language} catalogue"
    unfinished = [
        (context, source)
        for context, source, translation in found
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts(translation))
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_kept(language: str) -> None:
    wrong = [
        (context, source, text)
        for context, source, translation in messages(language)
        for text in texts(translation)
        if Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source))
    ]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_mnemonics_are_kept(language: str) -> None:
    wrong = [
        (context, source, text)
        for context, source, translation in messages(language)
        for text in texts(translation)
        if mnemonics(text) != mnemonics(source) or text.count("&&") != source.count("&&")
    ]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_is_present(language: str) -> None:
    compiled = translations_dir() / f"red_desktop_{language}.qm"
    assert compiled.is_file(), f"{compiled} is missing: run pyside6-lrelease on the .ts files"
    assert compiled.stat().st_size > 0


def test_spanish_catalogue_translates_at_run_time(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load("red_desktop_es", str(translations_dir()))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Proposals") == "Propuestas"
        assert QCoreApplication.translate("ScoreSummaryWidget", "Draft") == "Borrador"
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "Proposals") == "Proposals"
