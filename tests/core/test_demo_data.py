"""The demo's content files (resources/demo/): the shipped ones hold every text in every language with nothing
empty and only valid codes, and a broken copy is refused naming what is wrong, before any demo is written."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from red_desktop import paths
from red_desktop.core.countries import country_name
from red_desktop.core.demo_data import LANGUAGES, TEXT_GROUPS, DemoContent, demo_content, read_demo_content
from red_desktop.core.domain import RegionType
from red_desktop.core.errors import ValidationError

SHIPPED = paths.resources_dir() / "demo"


def test_the_shipped_content_is_complete() -> None:
    content = demo_content()
    assert len(content.regions) >= 60 and len(content.evaluators) >= 10
    assert {r.language for r in content.regions} == set(LANGUAGES)
    assert {e[1] for e in content.evaluators} == set(LANGUAGES)
    assert {r.region_type for r in content.regions} == {t.value for t in RegionType}
    assert set(content.agencies) == set(LANGUAGES)
    for group, (keys, _) in TEXT_GROUPS.items():
        assert tuple(content.texts[group]) == keys
        for key in keys:
            for language in LANGUAGES:
                assert all(t.strip() for t in content.templates(group, key, language)), (group, key, language)


def test_every_region_s_country_is_named_in_its_language() -> None:
    for region in demo_content().regions:
        assert country_name(region.country, region.language) != region.country


def test_the_files_are_utf8_json() -> None:
    for name in ("regions.json", "evaluators.json", "texts.json"):
        json.loads((SHIPPED / name).read_bytes().decode("utf-8"))


def _broken(tmp_path: Path, name: str, change: Callable[[Any], None]) -> Path:
    folder = tmp_path / "demo"
    shutil.copytree(SHIPPED, folder)
    data = json.loads((folder / name).read_text(encoding="utf-8"))
    change(data)
    (folder / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


def _set(path: tuple[Any, ...], value: Any) -> Callable[[Any], None]:
    def change(data: Any) -> None:
        for step in path[:-1]:
            data = data[step]
        data[path[-1]] = value

    return change


def _drop(path: tuple[Any, ...]) -> Callable[[Any], None]:
    def change(data: Any) -> None:
        for step in path[:-1]:
            data = data[step]
        del data[path[-1]]

    return change


BROKEN = [
    ("regions.json", _set(("regions", 0, "country"), "XX"), "region 1.country"),
    ("regions.json", _set(("regions", 0, "country"), "pe"), "region 1.country"),
    ("regions.json", _set(("regions", 1, "region_kind"), "galaxy"), "region 2.region_kind"),
    ("regions.json", _set(("regions", 1, "region_type"), ""), "region 2.region_type"),
    ("regions.json", _set(("regions", 2, "language"), "fr"), "region 3.language"),
    ("regions.json", _set(("regions", 2, "region_name"), "  "), "region 3.region_name"),
    ("regions.json", _set(("regions", 3, "sectors"), []), "region 4.sectors"),
    ("regions.json", _set(("regions", 3, "sectors"), ["café", ""]), "region 4.sectors"),
    ("regions.json", _set(("regions", 4, "latitude"), "-12.07"), "region 5.latitude"),
    ("regions.json", _set(("regions", 4, "longitude"), 200), "region 5.longitude"),
    ("regions.json", _drop(("regions", 5, "sectors")), "region 6.sectors"),
    ("regions.json", _set(("regions", 5, "population"), 1), "region 6.population"),
    ("regions.json", _set(("regions",), []), "holds no region"),
    ("regions.json", _set(("regions",), {}), "regions.json"),
    ("evaluators.json", _set(("evaluators", 0, "name"), ""), "evaluator 1.name"),
    ("evaluators.json", _set(("evaluators", 0, "language"), "de"), "evaluator 1.language"),
    ("texts.json", _drop(("agencies", "pt")), "agencies"),
    ("texts.json", _set(("agencies", "de"), ["Agentur {region}"]), "agencies"),
    ("texts.json", _drop(("titles", "innovation", "es")), "titles.innovation"),
    ("texts.json", _set(("titles", "innovation", "en"), []), "titles.innovation.en"),
    ("texts.json", _set(("titles", "innovation", "en"), ["A title", ""]), "titles.innovation.en"),
    ("texts.json", _set(("titles", "innovation", "en"), ["Innovation in {regoin}"]), "titles.innovation.en"),
    ("texts.json", _set(("titles", "innovation", "en"), ["Innovation in {region"]), "titles.innovation.en"),
    ("texts.json", _drop(("titles", "innovation")), "titles.innovation"),
    ("texts.json", _set(("titles", "tourism"), {"en": ["x"], "es": ["x"], "pt": ["x"]}), "titles.tourism"),
    ("texts.json", _drop(("actor_roles", "university")), "actor_roles.university"),
    ("texts.json", _set(("actor_roles", "university", "es"), ["Investigación en {region}"]), "actor_roles"),
    ("texts.json", _drop(("narratives", "results_plan")), "narratives.results_plan"),
    ("texts.json", _drop(("justifications", "4")), "justifications.4"),
    ("texts.json", _drop(("justifications",)), "justifications"),
]


@pytest.mark.parametrize(("name", "change", "where"), BROKEN)
def test_a_broken_file_is_refused_naming_the_problem(
    tmp_path: Path, name: str, change: Callable[[Any], None], where: str
) -> None:
    folder = _broken(tmp_path, name, change)
    with pytest.raises(ValidationError) as refused:
        read_demo_content(folder)
    assert any(where in f"{p.location} {p.message}" for p in refused.value.problems), refused.value.problems


@pytest.mark.parametrize("text", ["{not json", "\ufeff[]", "[]"])
def test_an_unreadable_file_is_refused(tmp_path: Path, text: str) -> None:
    folder = tmp_path / "demo"
    shutil.copytree(SHIPPED, folder)
    (folder / "texts.json").write_text(text, encoding="utf-8")
    with pytest.raises(ValidationError, match="texts.json"):
        read_demo_content(folder)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    shutil.copytree(SHIPPED, folder)
    (folder / "evaluators.json").unlink()
    with pytest.raises(ValidationError, match="evaluators.json"):
        read_demo_content(folder)


def test_a_copy_reads_as_the_shipped_content(tmp_path: Path) -> None:
    folder = _broken(tmp_path, "texts.json", lambda data: None)
    assert read_demo_content(folder) == demo_content()
    assert isinstance(demo_content(), DemoContent)
