"""Amounts, numbers and dates as the sheet's language writes them (babel, CLDR data; no system locale involved).

Spanish follows the window (QLocale "es": 1.234.567,5) rather than es_419, whose CLDR data write
the dollar as "USD1,234,567" with no space; Portuguese is Brazil's, English the United States'.
Amounts are in US dollars, shown in whole dollars.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

LOCALES = {"en": "en_US", "es": "es", "pt": "pt_BR"}
CURRENCY = "USD"


def locale_of(language: str) -> str:
    return LOCALES.get(language, LOCALES["en"])


def number(value: float, language: str, decimals: int = 1) -> str:
    """Rounded half up, as the window's 'f' formatting shows it: 72.45 -> 72.5 (babel alone would round to even)."""
    exact = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(exact, format=pattern, locale=locale_of(language))


def signed(value: float, language: str, decimals: int = 1) -> str:
    """A difference with its sign always written, as number() writes the rest: +4.2 · -8,6 (0 is +0.0)."""
    written = number(abs(value), language, decimals)
    negative = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP) < 0
    return ("-" if negative else "+") + written


def amount(value: float, language: str) -> str:
    """Whole US dollars with the locale's own symbol and placement: $1,650,000 · 1.650.000 US$ · US$ 1.650.000."""
    locale = Locale.parse(locale_of(language))
    pattern = locale.currency_formats["standard"].pattern.split(";")[0].replace(".00", "")
    whole = Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return format_currency(whole, CURRENCY, format=pattern, locale=locale, currency_digits=False)


def integer(value: int, language: str) -> str:
    return format_decimal(value, format="#,##0", locale=locale_of(language))


def long_date(iso: str, language: str) -> str:
    """An ISO date or timestamp ('2026-03-19' or '2026-03-19T15:35:00.000Z') as '19 de marzo de 2026'; '' for none."""
    if not iso:
        return ""
    return format_date(date.fromisoformat(iso[:10]), format="long", locale=locale_of(language))


def long_moment(at: str, language: str) -> str:
    """An audit time (ISO 8601, UTC) as a long date and the time to the minute, UTC; unreadable text as it is."""
    return f"{long_date(at[:10], language)}, {at[11:16]} UTC" if len(at) >= 16 else at


def country_name(code: str, language: str) -> str:
    """An ISO 3166-1 code named in the language ('Perú (PE)'); the code alone when CLDR does not know it."""
    if not code:
        return ""
    name = Locale.parse(locale_of(language)).territories.get(code.upper())
    return f"{name} ({code.upper()})" if name else code.upper()
