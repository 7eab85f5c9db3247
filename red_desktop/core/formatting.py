"""Numbers, amounts and dates as a person reads them, in the PDFs and the window alike (babel, CLDR data).

The one way a figure reaches a person: the sheets and the dossier pass their language; the window passes none and
gets the interface's, the language the core's texts are in (`messages.language()`, chosen at start by
`gui.start.interface_language`). No system locale is involved. Machine outputs (CSV, JSON, the store) never come here.

Spanish follows the window (QLocale "es": 1.234.567,5) rather than es_419, whose CLDR data write
the dollar as "USD1,234,567" with no space; Portuguese is Brazil's, English the United States'.
Amounts are in US dollars, shown in whole dollars.
"""

from __future__ import annotations

import functools
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from babel import Locale
from babel.dates import format_date, format_datetime, format_skeleton
from babel.numbers import format_currency, format_decimal

from red_desktop.core import messages
from red_desktop.core.text import capitalized

CURRENCY = "USD"
DASH = "–"  # a figure that does not exist (no total yet, no spread with one evaluator)


def locale_of(language: str | None = None) -> str:
    """The CLDR locale a language writes with: its code, as CLDR's default territory for it is the region's
    ("pt" is Brazil's, "en" the United States'); None is the interface's language, one without a catalogue
    English."""
    chosen = language or messages.language()
    return chosen if chosen in messages.languages() else messages.SOURCE_LANGUAGE


def language_name(code: str, in_language: str | None = None) -> str:
    """A language's name ("Español"), in `in_language` (None: in itself, as a language menu offers it)."""
    return capitalized(_locale(code).get_display_name(_locale(in_language or code)) or code)


@functools.cache
def _locale(name: str) -> Locale:
    return Locale.parse(name)


def rounded(value: float, decimals: int = 1) -> Decimal:
    """`value` rounded half up to `decimals` places (72.45 -> 72.5; babel and round() would round to even)."""
    exact = Decimal(str(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return exact if exact != 0 else abs(exact)  # never "-0.0"


def number(value: float, language: str | None = None, decimals: int = 1) -> str:
    """Rounded half up, grouped, with exactly `decimals` places: 1,234.5 · 1.234,5."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(rounded(value, decimals), format=pattern, locale=_locale(locale_of(language)))


def optional(value: float | None, language: str | None = None, decimals: int = 1) -> str:
    """number(), or a dash where there is no figure."""
    return DASH if value is None else number(value, language, decimals)


def signed(value: float, language: str | None = None, decimals: int = 1) -> str:
    """A difference with its sign always written, as number() writes the rest: +4.2 · -8,6 (0 is +0.0)."""
    return ("-" if rounded(value, decimals) < 0 else "+") + number(abs(value), language, decimals)


def trimmed(value: float, language: str | None = None, decimals: int = 6) -> str:
    """At most `decimals` places and no trailing zeros, for a threshold or a coordinate: 15 · 2,5 · -11.95."""
    pattern = "#,##0" + ("." + "#" * decimals if decimals > 0 else "")
    return format_decimal(rounded(value, decimals), format=pattern, locale=_locale(locale_of(language)))


def amount(value: float, language: str | None = None) -> str:
    """Whole US dollars with the locale's own symbol and placement: $1,650,000 · 1.650.000 US$ · US$ 1.650.000."""
    locale = _locale(locale_of(language))
    pattern = locale.currency_formats["standard"].pattern.split(";")[0].replace(".00", "")
    return format_currency(rounded(value, 0), CURRENCY, format=pattern, locale=locale, currency_digits=False)


def integer(value: int, language: str | None = None) -> str:
    """A count, grouped: 12,345 · 12.345."""
    return format_decimal(value, format="#,##0", locale=_locale(locale_of(language)))


def long_date(iso: str, language: str | None = None) -> str:
    """An ISO date or timestamp ('2026-03-19' or '2026-03-19T15:35:00.000Z') as '19 de marzo de 2026'; '' for none."""
    if not iso:
        return ""
    return format_date(date.fromisoformat(iso[:10]), format="long", locale=_locale(locale_of(language)))


def short_day(iso: str, language: str | None = None) -> str:
    """An ISO date in numbers as the language writes it, the year only when it is not this one: '12/20', '20/12';
    '1/31/2027', '31/1/2027'; '' for none."""
    if not iso:
        return ""
    day = date.fromisoformat(iso[:10])
    skeleton = "Md" if day.year == date.today().year else "yMd"
    return format_skeleton(skeleton, day, locale=_locale(locale_of(language)))


def long_moment(at: str, language: str | None = None) -> str:
    """An audit time (ISO 8601, UTC) as a long date and the time to the minute, UTC; unreadable text as it is."""
    return f"{long_date(at[:10], language)}, {at[11:16]} UTC" if len(at) >= 16 else at


def short_moment(when: datetime | str | None, language: str | None = None) -> str:
    """A date and time to the minute, short, as the language writes it: 3/19/26, 3:35 PM · 19/3/26, 15:35.

    An ISO timestamp (text, UTC) is shown in local time; '' for none; unreadable text as it is."""
    if not when:
        return ""
    try:
        moment = datetime.fromisoformat(when).astimezone() if isinstance(when, str) else when
    except ValueError:
        return str(when)
    return format_datetime(moment, format="short", locale=_locale(locale_of(language)))


def country_name(code: str, language: str | None = None) -> str:
    """An ISO 3166-1 code named in the language ('Perú (PE)'); the code alone when CLDR does not know it."""
    if not code:
        return ""
    name = _locale(locale_of(language)).territories.get(code.upper())
    return f"{name} ({code.upper()})" if name else code.upper()
