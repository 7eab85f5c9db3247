"""A new proposal's code, RED-<COUNTRY>-<YEAR>-<NNN>, with the first number no stored proposal uses."""

from __future__ import annotations

from red_desktop.core.errors import NotFoundError
from red_desktop.core.store import Store
from red_desktop.core.validation import is_country_code

MAX_NUMBER = 999


def code_is_free(reader: Store, code: str, own_uuid: str) -> bool:
    try:
        return reader.proposals.by_code(code).uuid == own_uuid
    except NotFoundError:
        return True


def suggest_code(reader: Store, country: str, year: int, own_uuid: str) -> str:
    """Numbers are tried in order (each an indexed look-up); a country-year rarely holds more than hundreds.
    No code ("") for a country that is no ISO 3166-1 country, such as the "Na" on the way to typing "Narnia"."""
    if not is_country_code(country):
        return ""
    prefix = f"RED-{country.upper()}-{year}-"
    for number in range(1, MAX_NUMBER + 1):
        code = f"{prefix}{number:03d}"
        if code_is_free(reader, code, own_uuid):
            return code
    return f"{prefix}{MAX_NUMBER + 1}"
