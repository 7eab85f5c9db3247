"""The demo portfolio's content, read from resources/demo/: regions, evaluators, and texts in English, Spanish and
Portuguese. A file that breaks the structure is refused with every problem listed, never half used.

regions.json     {"regions": [{country, region_name, region_kind, region_type, language, sectors, latitude,
                  longitude}, ...]}, in the order the demo shuffles them
evaluators.json  {"evaluators": [{name, language}, ...]}
texts.json       {"agencies": {language: [template, ...]}, and for "titles" (by priority area), "actor_names" and
                  "actor_roles" (by actor type), "narratives" (by narrative field), "justifications" (by level):
                  {key: {language: [template, ...]}}}; templates name their blanks, "{region}", "{sector}", ...
"""

from __future__ import annotations

import json
import string
from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import Any

import pycountry

from red_desktop import paths
from red_desktop.core.domain import NARRATIVE_FIELDS, ActorType, PriorityArea, RegionKind, RegionType
from red_desktop.core.errors import Problem, ValidationError

Templates = dict[str, tuple[str, ...]]  # language -> templates

LANGUAGES = ("en", "es", "pt")  # what the demo's regions are written in: its data's, not the interface's

LEVELS = tuple(str(level) for level in range(5))  # the default rubric's scale, 0 to 4
# Each group of texts: the keys it must have, and the blanks its templates may name.
TEXT_GROUPS: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {
    "titles": (tuple(a.value for a in PriorityArea), frozenset({"region", "sector"})),
    "actor_names": (tuple(t.value for t in ActorType), frozenset({"region", "sector"})),
    "actor_roles": (tuple(t.value for t in ActorType), frozenset({"sector"})),
    "narratives": (NARRATIVE_FIELDS, frozenset({"region", "country_name", "sector", "sector2", "agency", "msmes"})),
    "justifications": (LEVELS, frozenset({"subcriterion", "region"})),
}
AGENCY_BLANKS = frozenset({"region"})


@dataclass(frozen=True)
class DemoRegion:
    country: str
    region_name: str
    region_kind: str
    region_type: str
    language: str
    sectors: tuple[str, ...]
    latitude: float
    longitude: float


@dataclass(frozen=True)
class DemoContent:
    regions: tuple[DemoRegion, ...]
    evaluators: tuple[tuple[str, str], ...]  # (name, language)
    agencies: Templates
    texts: dict[str, dict[str, Templates]]  # group -> key -> language -> templates

    def templates(self, group: str, key: str | int, language: str) -> tuple[str, ...]:
        return self.texts[group][str(key)][language]


@cache
def demo_content() -> DemoContent:
    """The shipped content, read once."""
    return read_demo_content(paths.resources_dir() / "demo")


def read_demo_content(folder: Path) -> DemoContent:
    problems: list[Problem] = []
    regions = _regions(_read(folder / "regions.json", "regions", problems), problems)
    evaluators = _evaluators(_read(folder / "evaluators.json", "evaluators", problems), problems)
    texts_file = _read(folder / "texts.json", None, problems)
    agencies = _templates(texts_file.get("agencies"), "agencies", AGENCY_BLANKS, problems)
    texts = {group: _group(texts_file.get(group), group, *rules, problems) for group, rules in TEXT_GROUPS.items()}
    if problems:
        raise ValidationError(f"The demo content in {folder}", problems)
    return DemoContent(regions, evaluators, agencies, texts)


def _read(path: Path, key: str | None, problems: list[Problem]) -> Any:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        problems.append(Problem(path.name, f"cannot be read: {error}"))
        return [] if key else {}
    if not isinstance(data, dict) or (key and not isinstance(data.get(key), list)):
        shape = f'an object holding a list "{key}"' if key else "an object"
        problems.append(Problem(path.name, f"is not {shape}"))
        return [] if key else {}
    return data[key] if key else data


def _regions(items: list[Any], problems: list[Problem]) -> tuple[DemoRegion, ...]:
    regions = []
    for index, item in enumerate(items):
        where = f"regions.json, region {index + 1}"
        if not _fields(item, [f.name for f in fields(DemoRegion)], where, problems):
            continue
        checks = [
            ("country", _iso_code(item["country"]), "an ISO 3166-1 alpha-2 code in capitals"),
            ("region_kind", item["region_kind"] in {k.value for k in RegionKind}, "a region kind"),
            ("region_type", item["region_type"] in {t.value for t in RegionType}, "a region type"),
            ("language", item["language"] in LANGUAGES, f"one of {', '.join(LANGUAGES)}"),
            ("region_name", _text(item["region_name"]), "text"),
            ("sectors", isinstance(item["sectors"], list) and item["sectors"] and all(map(_text, item["sectors"])),
             "a list of texts"),
            ("latitude", _number(item["latitude"], 90), "a latitude"),
            ("longitude", _number(item["longitude"], 180), "a longitude"),
        ]  # fmt: skip
        wrong = [Problem(f"{where}.{name}", f"is not {what}", item[name]) for name, ok, what in checks if not ok]
        problems += wrong
        if not wrong:
            regions.append(DemoRegion(**dict(item, sectors=tuple(item["sectors"]))))
    if not items:
        problems.append(Problem("regions.json", "holds no region"))
    return tuple(regions)


def _evaluators(items: list[Any], problems: list[Problem]) -> tuple[tuple[str, str], ...]:
    evaluators = []
    for index, item in enumerate(items):
        where = f"evaluators.json, evaluator {index + 1}"
        if not _fields(item, ("name", "language"), where, problems):
            continue
        if not _text(item["name"]):
            problems.append(Problem(f"{where}.name", "is not text", item["name"]))
        elif item["language"] not in LANGUAGES:
            problems.append(Problem(f"{where}.language", f"is not one of {', '.join(LANGUAGES)}", item["language"]))
        else:
            evaluators.append((item["name"], item["language"]))
    if not items:
        problems.append(Problem("evaluators.json", "holds no evaluator"))
    return tuple(evaluators)


def _group(
    node: Any, group: str, keys: tuple[str, ...], blanks: frozenset[str], problems: list[Problem]
) -> dict[str, Templates]:
    where = f"texts.json, {group}"
    if not isinstance(node, dict):
        problems.append(Problem(where, f"is not an object of {', '.join(keys)}"))
        return {}
    problems += [Problem(f"{where}.{key}", "is missing") for key in keys if key not in node]
    problems += [Problem(f"{where}.{key}", "is not one of " + ", ".join(keys)) for key in node if key not in keys]
    return {key: _templates(node[key], f"{group}.{key}", blanks, problems) for key in keys if key in node}


def _templates(node: Any, where: str, blanks: frozenset[str], problems: list[Problem]) -> Templates:
    """language -> its templates: every language present, each with at least one template, none empty, and no
    blank the demo cannot fill."""
    where = f"texts.json, {where}"
    if not isinstance(node, dict) or set(node) != set(LANGUAGES):
        problems.append(Problem(where, f"is not an object of exactly {', '.join(LANGUAGES)}"))
        return {}
    for language, templates in node.items():
        if not isinstance(templates, list) or not templates or not all(map(_text, templates)):
            problems.append(Problem(f"{where}.{language}", "is not a list of texts"))
            continue
        for template in templates:
            unknown = _blanks(template) - blanks
            if unknown:
                named = ", ".join(sorted(unknown))
                problems.append(Problem(f"{where}.{language}", f"names a blank it cannot fill: {named}", template))
    return {language: tuple(templates) for language, templates in node.items() if isinstance(templates, list)}


def _blanks(template: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    except ValueError:  # an unmatched brace
        return {"{"}


def _fields(item: Any, names: Iterable[str], where: str, problems: list[Problem]) -> bool:
    if not isinstance(item, dict):
        problems.append(Problem(where, "is not an object"))
        return False
    missing = [n for n in names if n not in item]
    extra = [n for n in item if n not in set(names)]
    problems += [Problem(f"{where}.{n}", "is missing") for n in missing]
    problems += [Problem(f"{where}.{n}", "is not a field of it") for n in extra]
    return not missing and not extra


def _iso_code(value: Any) -> bool:
    return isinstance(value, str) and value.isupper() and pycountry.countries.get(alpha_2=value) is not None


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _number(value: Any, limit: float) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and -limit <= value <= limit
