"""Every enum value has its own label in every language (core/enum_labels.py, the one place the window, the
reports, the exports and the importer ask)."""

from __future__ import annotations

import pytest

from red_desktop.core.enum_labels import KINDS, _labels, enum_label, value_label
from red_desktop.core.messages import languages


@pytest.mark.parametrize("language", languages())
def test_every_member_of_every_enum_has_its_own_label(language: str) -> None:
    """Members of two enums with the same value ("draft": a proposal's status and an evaluation's state) are equal
    as strings; keyed by the members, one label overwrote the other."""
    table = _labels(language)
    missing = [f"{enum.__name__}.{m.name}" for enum in KINDS for m in enum if (enum, m.value) not in table]
    assert missing == []
    assert len(table) == sum(len(enum) for enum in KINDS)


def test_a_label_by_kind_and_value_and_an_unknown_value_as_written() -> None:
    assert value_label("status", "under_review", "es") == "En revisión"
    assert value_label("state", "final", "pt") == "Final"
    assert value_label("region_type", "no_such_type", "es") == "no such type"
    assert value_label("region_type", None, "pt") == enum_label(None, "pt") == "Não definido"
