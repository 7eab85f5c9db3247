"""The importer's mapping speaks the catalogues (issue 18, item 1): enum values written as their labels in any
language of the catalogues (core/enum_labels.py) are recognised, and the suggestions' reasons are said in the
language of the moment."""

from __future__ import annotations

from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

import pytest

from red_desktop.core.domain import PriorityArea, RegionKind, RegionType
from red_desktop.core.enum_labels import enum_label, short_enum_label
from red_desktop.core.importing.convert import to_records
from red_desktop.core.importing.mapping import ENUM_TARGETS, guess_target, mapping_for, suggest_value
from red_desktop.core.importing.readers import read_table
from red_desktop.core.messages import languages, set_language


@pytest.fixture
def spoken() -> Iterator[None]:
    """Whatever language a test sets, English again after it."""
    yield
    set_language("en")


def test_there_are_catalogues_beside_english() -> None:
    assert {"es", "pt"} <= set(languages())


@pytest.mark.parametrize("language", ["en", "es", "pt"])
@pytest.mark.parametrize("target", list(ENUM_TARGETS))
def test_every_value_written_as_its_label_is_recognised(target: str, language: str) -> None:
    for member in ENUM_TARGETS[target]:
        assert suggest_value(target, enum_label(member, language)) == member.value
        assert suggest_value(target, short_enum_label(member, language)) == member.value
        assert suggest_value(target, enum_label(member, language).upper()) == member.value


def _import(tmp_path: Path, language: str) -> list[tuple[str, str, str]]:
    """A form whose region type, region kind and priority area are written as their labels in `language`."""
    rows: list[tuple[StrEnum, ...]] = [
        (RegionType.MARGINALIZED, RegionKind.VALLEY, PriorityArea.LARGE_INVESTMENTS),
        (RegionType.EMERGING, RegionKind.METROPOLITAN_AREA, PriorityArea.VALUE_CHAINS),
        (RegionType.DECLINING, RegionKind.PROVINCE, PriorityArea.URBAN_PRODUCTIVE),
    ]
    lines = ["codigo,titulo,pais,tipo_region,tipo_territorio,area_prioritaria"]
    for n, labels in enumerate(rows, start=1):
        region_type, region_kind, area = (enum_label(member, language) for member in labels)
        lines.append(f'RED-PE-2026-00{n},Proyecto {n},PE,{region_type},{region_kind},"{area}"')
    path = tmp_path / f"{language}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    table = read_table(path)
    records, _ = to_records(table, mapping_for(table))
    assert len(records) == len(rows)
    return [(str(r.proposal.region_type), str(r.proposal.region_kind), str(r.proposal.priority_area)) for r in records]


@pytest.mark.parametrize("language", ["es", "pt"])
def test_a_form_with_spanish_or_portuguese_labels_imports_their_values(tmp_path: Path, language: str) -> None:
    assert _import(tmp_path, language) == [
        ("marginalized", "valley", "large_investments"),
        ("emerging", "metropolitan_area", "value_chains"),
        ("declining", "province", "urban_productive"),
    ]


def test_a_suggestions_reason_is_said_in_the_language_of_the_moment(spoken: None) -> None:
    exact, every_word = guess_target("tipo_regiao"), guess_target("tipo_de_region_del_proyecto")
    spelled = guess_target("titulo_proyeto")
    numbered = guess_target("ator2_tipo")
    assert exact and every_word and spelled and numbered
    assert exact.reason == '"tipo_regiao" is "tipo regiao"'
    assert every_word.reason == '"tipo_de_region_del_proyecto" has every word of "tipo region"'
    assert spelled.reason == '"titulo_proyeto" is spelled like (97%) "titulo proyecto"'
    assert numbered.reason == '"ator2_tipo" is "tipo", actor 2 by "ator2"'
    set_language("es")
    assert exact.reason == '"tipo_regiao" es "tipo regiao"'
    assert every_word.reason == '"tipo_de_region_del_proyecto" tiene todas las palabras de "tipo region"'
    assert spelled.reason == '"titulo_proyeto" se escribe casi como "titulo proyecto" (97%)'
    assert numbered.reason == '"ator2_tipo" es "tipo", actor 2 por "ator2"'
    set_language("pt")
    assert every_word.reason == '"tipo_de_region_del_proyecto" tem todas as palavras de "tipo region"'
    assert numbered.reason == '"ator2_tipo" é "tipo", ator 2 por "ator2"'
