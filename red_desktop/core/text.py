"""Text folding for search (case and accents ignored, so "region" finds "Región" and "sao" finds "São"), and a
phrase's first letter made capital."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# The accents of Spanish and Portuguese letters once NFKD has split them off: the combining diacritical
# marks block, except U+034F, which is not combining.
_LATIN_ACCENTS = re.compile("[\u0300-\u034e\u0350-\u036f]")
_NON_ASCII = re.compile("[^\x00-\x7f]")


def fold(text: str) -> str:
    """Case and combining marks dropped; the same as removing every combining mark from NFKD, but regex-fast
    (listing 100,000 proposals folds 300,000 titles and names)."""
    if text.isascii():
        return text.lower()
    plain = _LATIN_ACCENTS.sub("", unicodedata.normalize("NFKD", text))
    if any(unicodedata.combining(c) for c in _NON_ASCII.findall(plain)):  # marks of other scripts: rare
        plain = "".join(c for c in plain if not unicodedata.combining(c))
    return plain.casefold()


def search_text(parts: Iterable[str]) -> str:
    """One folded line of everything a search should find, separated so a term cannot span two fields."""
    return " \x1f ".join(fold(p) for p in parts if p)


def capitalized(text: str) -> str:
    """The first letter capital, the rest as it is ("eligibility override" -> "Eligibility override"; str.capitalize
    would also lower "ICC" and "RED-PE")."""
    return text[:1].upper() + text[1:]


def uncapitalized(text: str) -> str:
    """The first letter small, as a label reads inside a sentence ("Approve with conditions" -> "approve with
    conditions")."""
    return text[:1].lower() + text[1:]
