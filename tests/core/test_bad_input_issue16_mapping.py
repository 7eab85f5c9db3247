"""Bad mapping input (issue 16, item 6): deeply nested or malformed mapping JSON is refused naming the file, never a
RecursionError; a header or value thousands of characters long is not compared by spelling, so difflib's work per
header stays bounded (counted here by the lengths it is given, never by a clock), and every suggestion for ordinary
headers and values is the one unbounded difflib gives."""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any

import pytest

from red_desktop.core.errors import ValidationError
from red_desktop.core.importing import mapping
from red_desktop.core.importing.mapping import (
    FUZZY_LENGTH,
    ColumnMapping,
    country_code,
    load_mapping,
    read_mapping_json,
    save_mapping,
    saved_mappings,
    suggest_mapping,
    suggest_value,
)
from red_desktop.core.importing.readers import read_table

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"

# --- deeply nested and malformed mapping files -------------------------------------------------------------------

DEEP = {
    "lists": "[" * 1000 + "]" * 1000,
    "objects": '{"a":' * 1000 + "1" + "}" * 1000,
    "lists_100k": "[" * 100_000 + "]" * 100_000,
    "deep_value": '{"name": "m", "columns": ' + '{"a": ' * 900 + '"b"' + "}" * 900 + "}",
    "deep_values_list": '{"name": "m", "values": {"proposal.sector": ' + "[" * 500 + "]" * 500 + "}}",
    "unclosed": '{"a":' * 1000,
}


@pytest.mark.parametrize("kind", sorted(DEEP))
def test_a_deeply_nested_mapping_file_is_refused_naming_the_file(kind: str, tmp_path: Path) -> None:
    (tmp_path / "m.json").write_text(DEEP[kind], encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        load_mapping(tmp_path, "m")
    assert "m.json" in str(caught.value)
    assert len(str(caught.value)) < 400  # the nesting is not listed back


@pytest.mark.parametrize("kind", sorted(DEEP))
def test_a_deeply_nested_saved_mapping_is_skipped_and_the_others_listed(kind: str, tmp_path: Path) -> None:
    save_mapping(ColumnMapping("good", {"titulo": "proposal.title"}), tmp_path)
    (tmp_path / "bad.json").write_text(DEEP[kind], encoding="utf-8")
    assert [m.name for m in saved_mappings(tmp_path)] == ["good"]


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        (b"\xff\xfe{not utf-8", "cannot be read"),
        (b'{"name": "m", "columns": {', "cannot be read"),
        (b"", "cannot be read"),
        (b"[" * 30 + b"]" * 30, "nested more than 20 levels"),
    ],
)
def test_a_malformed_mapping_file_is_refused_naming_the_file(body: bytes, fragment: str, tmp_path: Path) -> None:
    path = tmp_path / "roto.json"
    path.write_bytes(body)
    with pytest.raises(ValidationError, match=fragment) as caught:
        read_mapping_json(path, "Mapping file roto.json")
    assert caught.value.problems[0].location == "roto.json"


def test_a_mapping_nested_past_the_limit_is_refused_without_listing_it() -> None:
    data: Any = "b"
    for _ in range(5000):  # deeper than repr can print
        data = {"a": data}
    with pytest.raises(ValidationError, match="nested more than 20 levels") as caught:
        ColumnMapping.from_json({"name": "m", "columns": data})
    assert len(str(caught.value)) < 300


def test_a_mapping_three_deep_is_read_as_before(tmp_path: Path) -> None:
    saved = ColumnMapping("ok", {"tipo": "proposal.region_kind"}, {"proposal.region_kind": {"rural": "rural_area"}})
    save_mapping(saved, tmp_path)
    assert load_mapping(tmp_path, "ok") == ColumnMapping.from_json(json.loads(json.dumps(saved.to_json())))


# --- long headers and values -------------------------------------------------------------------------------------


class _Recorded:
    """Every pair of lengths handed to difflib.SequenceMatcher while it is installed."""

    lengths: list[tuple[int, int]] = []

    def __init__(self, isjunk: Any = None, a: Any = "", b: Any = "", autojunk: bool = True) -> None:
        self.lengths.append((len(a), len(b)))
        self._matcher = _REAL_MATCHER(isjunk, a, b, autojunk)

    def ratio(self) -> float:
        return self._matcher.ratio()


_REAL_MATCHER = difflib.SequenceMatcher


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    monkeypatch.setattr(_Recorded, "lengths", [])
    monkeypatch.setattr(difflib, "SequenceMatcher", _Recorded)
    suggest_value.cache_clear()
    country_code.cache_clear()
    yield _Recorded.lengths
    suggest_value.cache_clear()
    country_code.cache_clear()


def _long(words: list[str], length: int, salt: int) -> str:
    text = "_".join(words[(i + salt) % len(words)] for i in range(length))
    return (text[: length - 4] + f"_{salt:03d}")[:length]


SPELLING = ["titulo", "titlo", "pais", "paiz", "monto", "descripcion", "descripsion", "regon", "sectr", "nombre"]


def test_a_header_of_ten_thousand_characters_is_not_compared_by_spelling(
    tmp_path: Path, recorded: list[tuple[int, int]]
) -> None:
    long_header = _long(SPELLING, 10_000, 0)
    path = tmp_path / "largo.csv"
    path.write_text(f"titulo,pais,monto_solicitado,{long_header}\nAgua,Perú,1000,x\n", encoding="utf-8")
    suggested = suggest_mapping(read_table(path))
    assert suggested.columns == {
        "titulo": "proposal.title",
        "pais": "proposal.country",
        "monto_solicitado": "proposal.requested_amount",
    }
    assert recorded, "difflib was not asked at all: the test would prove nothing"
    assert max(max(pair) for pair in recorded) <= FUZZY_LENGTH


def test_a_120_kb_file_of_long_headers_is_suggested_with_bounded_work(
    tmp_path: Path, recorded: list[tuple[int, int]]
) -> None:
    long_headers = [_long(SPELLING, 10_000, salt) for salt in range(12)]
    headers = ["titulo", "pais", "region_tipo", "monto_solictado", *long_headers]
    row = ["Agua para todos", "Perú", "zona rural", "1000", *(["x"] * len(long_headers))]
    long_value_row = ["Riego", _long(["peru", "bolivia"], 20_000, 1), _long(["rural"], 20_000, 2), "5"]
    long_value_row += ["y"] * len(long_headers)
    path = tmp_path / "cabeceras.csv"
    lines = [",".join(headers), ",".join(row), ",".join(long_value_row)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > 120_000
    suggested = suggest_mapping(read_table(path))
    assert suggested.columns == {
        "titulo": "proposal.title",
        "pais": "proposal.country",
        "region_tipo": "proposal.region_type",
        "monto_solictado": "proposal.requested_amount",  # a typo: spelling still counts for short headers
    }
    assert set(suggested.values["proposal.country"]) == {"Perú"}  # the 20,000-character cell is left unmapped
    assert max(max(pair) for pair in recorded) <= FUZZY_LENGTH
    # Work counted, not timed: each comparison costs at most FUZZY_LENGTH² steps, and there are no more of them
    # than a file of short headers asks for.
    short = tmp_path / "cortas.csv"
    short.write_text(
        "titulo,pais,region_tipo,monto_solictado\nAgua para todos,Perú,zona rural,1000\n", encoding="utf-8"
    )
    calls = len(recorded)
    suggest_value.cache_clear()
    country_code.cache_clear()
    suggest_mapping(read_table(short))
    assert calls <= 2 * (len(recorded) - calls)


def test_long_values_and_targets_are_not_compared_by_spelling(recorded: list[tuple[int, int]]) -> None:
    assert suggest_value("proposal.region_type", "zona rural " * 2000) is None
    assert country_code("Peru Bolivia Chile " * 1000) is None
    with pytest.raises(ValidationError, match="is not a target"):
        ColumnMapping.from_json({"name": "m", "columns": {"a": "proposal." + "titel" * 2000}})
    with pytest.raises(ValidationError, match="is not a value of proposal.region_kind"):
        ColumnMapping.from_json({"name": "m", "values": {"proposal.region_kind": {"a": "valley" * 3000}}})
    assert not recorded  # none of them was compared by spelling
    assert suggest_value("proposal.region_kind", "valey") == "valley"  # a short one still is
    assert recorded and max(max(pair) for pair in recorded) <= FUZZY_LENGTH


def _readable_fixtures() -> list[Path]:
    found = []
    for path in sorted(FIXTURES.iterdir()):
        if path.suffix.lower() not in {".csv", ".xlsx", ".txt"}:
            continue
        try:
            read_table(path)
        except ValidationError:
            continue
        found.append(path)
    return found


def test_every_fixture_is_suggested_as_unbounded_difflib_suggests_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The bounds only cut comparisons that could not have matched: with them removed, the same suggestions."""
    fixtures = _readable_fixtures()
    assert len(fixtures) >= 8
    bounded = []
    for path in fixtures:
        suggest_value.cache_clear()
        country_code.cache_clear()
        bounded.append(suggest_mapping(read_table(path)))
    monkeypatch.setattr(mapping, "_ratio", lambda text, known, least: _REAL_MATCHER(None, text, known).ratio())
    for path, expected in zip(fixtures, bounded):
        suggest_value.cache_clear()
        country_code.cache_clear()
        assert suggest_mapping(read_table(path)) == expected, path.name
    suggest_value.cache_clear()
    country_code.cache_clear()


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Peru", "PE"), ("Perú", "PE"), ("Bolvia", "BO"), ("Argentinaa", "AR"), ("Cote d Ivoir", "CI"), ("xyz", None)],
)
def test_country_names_spelled_alike_are_still_found(text: str, expected: str | None) -> None:
    country_code.cache_clear()
    assert country_code(text) == expected
