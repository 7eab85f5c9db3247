"""core.formatting, the one way a figure reaches a person: per language, grouping, decimals, rounding half up,
amounts, dates; and, given no language, the interface's (the core's texts' language)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest

from red_desktop.core import formatting, messages


@pytest.fixture
def interface() -> Iterator[None]:
    yield
    messages.set_language("en")


@pytest.mark.parametrize(
    "language, grouped, half_up, two, whole, negative",
    [
        ("en", "1,234,567.5", "72.5", "0.25", "1,235", "-8.6"),
        ("es", "1.234.567,5", "72,5", "0,25", "1.235", "-8,6"),
        ("pt", "1.234.567,5", "72,5", "0,25", "1.235", "-8,6"),
    ],
)
def test_numbers_per_language(language: str, grouped: str, half_up: str, two: str, whole: str, negative: str) -> None:
    assert formatting.number(1234567.46, language) == grouped
    assert formatting.number(72.45, language) == half_up  # 72.45 is 72.4499… in binary; round() would give 72.4
    assert formatting.number(0.245, language, 2) == two
    assert formatting.number(1234.5, language, 0) == whole
    assert formatting.number(-8.55, language) == negative
    assert formatting.number(-0.04, language) in ("0.0", "0,0")  # never "-0.0"


@pytest.mark.parametrize(
    "language, plus, minus, zero, threshold, coordinate",
    [
        ("en", "+4.2", "-8.6", "+0.0", "15", "-11.95"),
        ("es", "+4,2", "-8,6", "+0,0", "15", "-11,95"),
        ("pt", "+4,2", "-8,6", "+0,0", "15", "-11,95"),
    ],
)
def test_signed_and_trimmed_per_language(
    language: str, plus: str, minus: str, zero: str, threshold: str, coordinate: str
) -> None:
    assert formatting.signed(4.15, language) == plus
    assert formatting.signed(-8.55, language) == minus
    assert formatting.signed(-0.01, language) == zero
    assert formatting.trimmed(15.0, language) == threshold
    assert formatting.trimmed(-11.950000, language) == coordinate


@pytest.mark.parametrize(
    "language, amount, count",
    [("en", "$1,234,568", "12,345"), ("es", "1.234.568 US$", "12.345"), ("pt", "US$ 1.234.568", "12.345")],
)
def test_amounts_and_counts_per_language(language: str, amount: str, count: str) -> None:
    assert formatting.amount(1234567.5, language).replace("\xa0", " ") == amount
    assert formatting.integer(12345, language) == count


@pytest.mark.parametrize(
    "language, long, short",
    [
        ("en", "March 19, 2026", "3/19/26, 3:35\u202fPM"),
        ("es", "19 de marzo de 2026", "19/3/26, 15:35"),
        ("pt", "19 de março de 2026", "19/03/2026 15:35"),
    ],
)
def test_dates_per_language(language: str, long: str, short: str) -> None:
    assert formatting.long_date("2026-03-19T15:35:00.000Z", language) == long
    assert formatting.short_moment(datetime(2026, 3, 19, 15, 35), language) == short
    assert formatting.short_moment("", language) == "" and formatting.short_moment("soon", language) == "soon"


def test_the_optional_figure_is_a_dash() -> None:
    assert formatting.optional(None) == "–" and formatting.optional(2.0, "es", 2) == "2,00"


@pytest.mark.parametrize("language, shown", [("en", "40.2"), ("es", "40,2"), ("pt", "40,2")])
def test_without_a_language_the_interface_language_is_used(interface: None, language: str, shown: str) -> None:
    messages.set_language(language)
    assert formatting.number(40.24) == shown
    assert formatting.locale_of() == language


def test_a_language_is_named_in_itself_or_in_another() -> None:
    """Preferences offers each language by its own name; the export dialog names them in the interface's."""
    assert [formatting.language_name(code) for code in ("en", "es", "pt")] == ["English", "Español", "Português"]
    assert formatting.language_name("pt", "es") == "Portugués" and formatting.language_name("fr", "en") == "French"


def test_a_language_without_a_catalogue_writes_numbers_as_english() -> None:
    assert formatting.locale_of("xx") == "en" and formatting.number(1234.5, "xx") == formatting.number(1234.5, "en")
