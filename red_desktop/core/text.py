"""Text folding for search: case and accents ignored, so "region" finds "Región" and "sao" finds "São"."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def search_text(parts: Iterable[str]) -> str:
    """One folded line of everything a search should find, separated so a term cannot span two fields."""
    return " \x1f ".join(fold(p) for p in parts if p)


def like_pattern(term: str) -> str:
    """A LIKE pattern for a folded substring, with % and _ escaped (use ESCAPE '\\')."""
    escaped = fold(term).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
