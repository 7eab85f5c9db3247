"""The default rubric is complete, and a bad rubric is refused with every problem and where it is."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from red_desktop import paths
from red_desktop.core.errors import RubricError
from red_desktop.core.rubric import Rubric, load_rubric, parse_rubric

RAW = json.loads(paths.default_rubric_path().read_text(encoding="utf-8"))


def test_default_rubric_is_complete(rubric: Rubric) -> None:
    assert rubric.criterion_ids == ("A", "B", "C")
    assert [s.id for s in rubric.subcriteria] == [
        "A1",
        "A2",
        "A3",
        "A4",
        "A5",
        "B1",
        "B2",
        "B3",
        "B4",
        "C1",
        "C2",
        "C3",
        "C4",
    ]
    for sub in rubric.subcriteria:
        assert sorted(sub.descriptors) == [0, 1, 2, 3, 4]
        for text in sub.descriptors.values():
            assert all(text[lang].strip() for lang in ("en", "es", "pt"))


def test_default_weight_profiles_follow_the_spec(rubric: Rubric) -> None:
    assert rubric.weights_for("marginalized") == {"A": 45, "B": 25, "C": 30}
    assert rubric.weights_for("emerging") == {"A": 30, "B": 35, "C": 35}
    assert rubric.weights_for("declining") == {"A": 30, "B": 45, "C": 25}
    assert rubric.weights_for(None) == {"A": 35, "B": 35, "C": 30}


def test_default_gates_and_indicators(rubric: Rubric) -> None:
    assert rubric.gate_ids == ("public_private_commitment", "region_type_set", "requested_amount_positive")
    assert rubric.indicators["co_funding_leverage"].subcriterion_id == "B1"
    assert rubric.indicators["actor_type_coverage"].subcriterion_id == "A2"
    assert rubric.justification_required_levels == {0, 4}


@pytest.mark.parametrize(
    "value, level",
    [(0.0, 0), (0.24, 0), (0.25, 1), (0.49, 1), (0.5, 2), (0.83, 3), (0.92, 3), (1.0, 4), (7.5, 4), (None, None)],
)
def test_leverage_suggests_a_level(rubric: Rubric, value: float | None, level: int | None) -> None:
    assert rubric.indicators["co_funding_leverage"].suggest(value) == level


@pytest.mark.parametrize("types, level", [(1, 0), (2, 1), (3, 2), (4, 3), (5, 4)])
def test_actor_coverage_suggests_a_level(rubric: Rubric, types: int, level: int) -> None:
    assert rubric.indicators["actor_type_coverage"].suggest(types / 5) == level


def broken(change: Any) -> dict[str, Any]:
    data = copy.deepcopy(RAW)
    change(data)
    return data


def _set(path: list[Any], value: Any) -> Any:
    def change(data: dict[str, Any]) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _delete(path: list[Any]) -> Any:
    def change(data: dict[str, Any]) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


@pytest.mark.parametrize(
    "change, location, message",
    [
        (_set(["criteria", 0, "subcriteria", 1, "id"], "A1"), "criteria[0].subcriteria[1].id", "duplicate id"),
        (_set(["criteria", 1, "id"], "A"), "criteria[1].id", "duplicate id"),
        (
            _delete(["criteria", 0, "subcriteria", 2, "descriptors", "3"]),
            "criteria[0].subcriteria[2].descriptors.3",
            "missing descriptor",
        ),
        (
            _delete(["criteria", 2, "subcriteria", 0, "descriptors", "4", "pt"]),
            "criteria[2].subcriteria[0].descriptors.4.pt",
            "missing text",
        ),
        (_set(["weight_profiles", "emerging", "A"], 40), "weight_profiles.emerging", "weights add up to 110, not 100"),
        (
            _set(["weight_profiles", "urban"], {"A": 30, "B": 40, "C": 30}),
            "weight_profiles.urban",
            "unknown region type",
        ),
        (_delete(["weight_profiles", "declining", "C"]), "weight_profiles.declining.C", "missing"),
        (
            _set(["indicators", "jobs_created"], {"subcriterion": "C3", "thresholds": [1, 2, 3, 4]}),
            "indicators.jobs_created",
            "unknown indicator",
        ),
        (
            _set(["indicators", "co_funding_leverage", "subcriterion"], "Z9"),
            "indicators.co_funding_leverage.subcriterion",
            "is not a sub-criterion",
        ),
        (
            _set(["indicators", "co_funding_leverage", "thresholds"], [1.0, 0.5, 0.75, 0.25]),
            "indicators.co_funding_leverage.thresholds",
            "ascending",
        ),
        (_set(["gates", 0, "id"], "has_website"), "gates[0].id", "unknown gate"),
        (_set(["criteria", 0, "subcriteria", 0, "weight"], -1), "criteria[0].subcriteria[0].weight", "positive number"),
        (_set(["format_version"], 99), "format_version", "must be 1"),
        (_set(["criteria"], []), "criteria", "non-empty list"),
    ],
)
def test_a_bad_rubric_is_refused_naming_the_problem(change: Any, location: str, message: str) -> None:
    with pytest.raises(RubricError) as refused:
        parse_rubric(broken(change), "test.json")
    assert any(p.location == location and message in p.message for p in refused.value.problems), refused.value.problems
    assert "test.json" in str(refused.value)


def test_every_problem_is_reported_not_only_the_first() -> None:
    def three_problems(data: dict[str, Any]) -> None:
        data["criteria"][0]["subcriteria"][1]["id"] = "A1"
        data["weight_profiles"]["declining"]["A"] = 0
        data["indicators"]["magic"] = {}

    with pytest.raises(RubricError) as refused:
        parse_rubric(broken(three_problems))
    locations = {p.location for p in refused.value.problems}
    assert {"criteria[0].subcriteria[1].id", "weight_profiles.declining", "indicators.magic"} <= locations


def test_a_file_that_is_not_json_names_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "id": "x",\n  oops\n}', encoding="utf-8")
    with pytest.raises(RubricError, match=r"line 3 column 3: not valid JSON"):
        load_rubric(bad)


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.json"
    bad.write_bytes('{"name": "Región"}'.encode("latin-1"))
    with pytest.raises(RubricError, match="not UTF-8"):
        load_rubric(bad)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RubricError, match="cannot be read"):
        load_rubric(tmp_path / "nope.json")


def test_the_same_rubric_with_other_weights_gives_another_profile() -> None:
    data = broken(_set(["weight_profiles", "default"], {"A": 50, "B": 25, "C": 25}))
    assert parse_rubric(data).weights_for(None) == {"A": 50, "B": 25, "C": 25}


def test_suggestions_start_at_the_scales_lowest_level() -> None:
    data = broken(_set(["scale"], {**RAW["scale"], "min": 1, "max": 5}))
    for criterion in data["criteria"]:
        for sub in criterion["subcriteria"]:
            sub["descriptors"] = {str(int(level) + 1): text for level, text in sub["descriptors"].items()}
    data["scale"]["labels"] = {str(int(k) + 1): v for k, v in RAW["scale"]["labels"].items()}
    data["justification_required_levels"] = [1, 5]
    rule = parse_rubric(data).indicators["co_funding_leverage"]
    assert (rule.suggest(0.1), rule.suggest(0.83), rule.suggest(1.2)) == (1, 4, 5)
