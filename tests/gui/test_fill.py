"""Placeholders are filled in one pass (issue 18): a value holding "%2" or "{name}" is shown as it is, in every
message of the window's catalogues, in every language."""

from __future__ import annotations

import re
import subprocess

import pytest

from red_desktop.gui.fill import fill
from tests.conftest import REPO
from tests.gui.test_translations import messages, texts

PLACEHOLDER = re.compile(r"%(\d+)")
HOSTILE = ("100 %2 off", "{name}", "%1%1", "50%", "\\1", "$&")


def test_each_placeholder_is_replaced_once_and_values_are_left_as_they_are() -> None:
    assert fill("%1 signed by %2", "Ana %2", "Ben") == "Ana %2 signed by Ben"
    assert fill("%2 before %1", "a", "b") == "b before a"
    assert fill("%1 and %1", "x%1") == "x%1 and x%1"
    assert fill("%1 of %2", "only one") == "only one of %2"  # a placeholder with no value stays, visibly
    assert fill("100 % sure, %1", 3) == "100 % sure, 3"


def _values(count: int) -> list[str]:
    return [f"«{HOSTILE[i % len(HOSTILE)]}·{i + 1}»" for i in range(count)]


@pytest.mark.parametrize("language", ["en", "es", "pt"])
def test_every_message_with_placeholders_shows_its_values_as_they_are(language: str) -> None:
    filled = 0
    for context, source, translation in messages("es" if language == "en" else language):
        for text in [source] if language == "en" else texts(translation):
            numbers = {int(n) for n in PLACEHOLDER.findall(text)}
            if not numbers or "%n" in text:
                continue
            values = _values(max(numbers))
            shown = fill(text, *values)
            for number in numbers:
                assert shown.count(values[number - 1]) == text.count(f"%{number}"), (context, source, shown)
            rest = shown
            for value in values:
                rest = rest.replace(value, "")
            assert not PLACEHOLDER.search(rest), (context, source, shown)  # every placeholder was filled
            filled += 1
    assert filled > 100  # the catalogue's messages with placeholders were all gone through


def test_no_text_is_filled_one_placeholder_at_a_time() -> None:
    found = subprocess.run(
        ["git", "grep", "-n", '.replace("%', "--", "red_desktop"], cwd=REPO, capture_output=True, text=True
    ).stdout
    assert found == "", f"fill() substitutes every placeholder in one pass; these do one at a time:\n{found}"
