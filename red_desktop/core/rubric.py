"""Rubrics as data: load a rubric file, report every problem with its location, and answer weight-profile questions."""

from __future__ import annotations

import bisect
import json
import math
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from red_desktop.core.domain import RegionType
from red_desktop.core.eligibility import GATES
from red_desktop.core.errors import Problem, RubricError
from red_desktop.core.indicators import INDICATORS

FORMAT_VERSION = 1
DEFAULT_PROFILE = "default"
WEIGHT_TOTAL = 100.0
MAX_LEVEL = 20  # the store's CHECK on scores.level


class Text(dict[str, str]):
    """A text in several languages; falls back to English, then to any language present."""

    def get_text(self, lang: str) -> str:
        return self.get(lang) or self.get("en") or next(iter(self.values()), "")


@dataclass(frozen=True)
class SubCriterion:
    id: str
    criterion_id: str
    name: Text
    description: Text
    weight: float
    descriptors: dict[int, Text]


@dataclass(frozen=True)
class Criterion:
    id: str
    name: Text
    description: Text
    subcriteria: tuple[SubCriterion, ...]


@dataclass(frozen=True)
class IndicatorRule:
    id: str
    subcriterion_id: str
    thresholds: tuple[float, ...]
    name: Text
    description: Text
    lowest_level: int = 0

    def suggest(self, value: float | None) -> int | None:
        """The level whose band holds the value: below the first threshold is the scale's lowest level."""
        if value is None:
            return None
        return self.lowest_level + bisect.bisect_right(self.thresholds, value)


@dataclass(frozen=True)
class Gate:
    id: str
    name: Text
    description: Text


@dataclass(frozen=True)
class Rubric:
    id: str
    version: str
    name: Text
    languages: tuple[str, ...]
    scale_min: int
    scale_max: int
    level_labels: dict[int, Text]
    justification_required_levels: frozenset[int]
    criteria: tuple[Criterion, ...]
    weight_profiles: dict[str, dict[str, float]]
    indicators: dict[str, IndicatorRule]
    gates: tuple[Gate, ...]

    @cached_property
    def subcriteria(self) -> tuple[SubCriterion, ...]:
        return tuple(s for c in self.criteria for s in c.subcriteria)

    @property
    def criterion_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.criteria)

    @property
    def gate_ids(self) -> tuple[str, ...]:
        return tuple(g.id for g in self.gates)

    @property
    def levels(self) -> range:
        return range(self.scale_min, self.scale_max + 1)

    def subcriterion(self, sub_id: str) -> SubCriterion:
        for s in self.subcriteria:
            if s.id == sub_id:
                return s
        raise KeyError(sub_id)

    def profile_name(self, region_type: RegionType | str | None) -> str:
        key = str(region_type) if region_type else DEFAULT_PROFILE
        return key if key in self.weight_profiles else DEFAULT_PROFILE

    def weights_for(self, region_type: RegionType | str | None) -> dict[str, float]:
        return dict(self.weight_profiles[self.profile_name(region_type)])

    def indicator_for(self, sub_id: str) -> IndicatorRule | None:
        return next((r for r in self.indicators.values() if r.subcriterion_id == sub_id), None)


def load_rubric(path: Path) -> Rubric:
    source = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise RubricError(f"Rubric {source}", [Problem("file", f"cannot be read: {exc.strerror or exc}")]) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise RubricError(f"Rubric {source}", [Problem(f"byte {exc.start}", "the file is not UTF-8 text")]) from None
    except json.JSONDecodeError as exc:
        raise RubricError(
            f"Rubric {source}", [Problem(f"line {exc.lineno} column {exc.colno}", f"not valid JSON: {exc.msg}")]
        ) from None
    return parse_rubric(data, source)


def parse_rubric(data: Any, source: str = "rubric") -> Rubric:
    """Build a Rubric from parsed JSON, or raise RubricError listing every problem found."""
    reader = _Reader()
    rubric = reader.rubric(data)
    if reader.problems or rubric is None:
        raise RubricError(f"Rubric {source}", reader.problems)
    return rubric


class _Reader:
    """Walks the JSON once, building the rubric and collecting every problem with its path."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.languages: tuple[str, ...] = ("en",)
        self.levels: range = range(0, 5)

    def fail(self, where: str, message: str, value: object = None) -> None:
        self.problems.append(Problem(where, message, value))

    def rubric(self, data: Any) -> Rubric | None:
        if not isinstance(data, dict):
            self.fail("(top level)", "must be a JSON object")
            return None
        if data.get("format_version") != FORMAT_VERSION:
            self.fail("format_version", f"must be {FORMAT_VERSION}", data.get("format_version"))
        self.languages = self.language_list(data.get("languages"))
        scale_min, scale_max = self.scale(data.get("scale"))
        criteria = self.criteria(data.get("criteria"))
        sub_ids = {s.id for c in criteria for s in c.subcriteria}
        return Rubric(
            id=self.identifier(data.get("id"), "id"),
            version=self.identifier(data.get("version"), "version"),
            name=self.text(data.get("name"), "name"),
            languages=self.languages,
            scale_min=scale_min,
            scale_max=scale_max,
            level_labels=self.level_texts(
                data.get("scale", {}).get("labels") if isinstance(data.get("scale"), dict) else None, "scale.labels"
            ),
            justification_required_levels=self.required_levels(data.get("justification_required_levels", [])),
            criteria=criteria,
            weight_profiles=self.profiles(data.get("weight_profiles"), [c.id for c in criteria]),
            indicators=self.indicators(data.get("indicators", {}), sub_ids),
            gates=self.gates(data.get("gates", [])),
        )

    def identifier(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(where, "must be a non-empty text", value)
            return ""
        return value

    def language_list(self, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
            self.fail("languages", "must be a non-empty list of language codes", value)
            return ("en",)
        if "en" not in value:
            self.fail("languages", "must include en, the fallback language", value)
        return tuple(value)

    def scale(self, value: Any) -> tuple[int, int]:
        if not isinstance(value, dict):
            self.fail("scale", "must be an object with min, max and labels")
            return 0, 4
        low: Any = value.get("min")
        high: Any = value.get("max")
        if not (_is_int(low) and _is_int(high) and 0 <= low < high <= MAX_LEVEL):
            self.fail("scale", f"min and max must be whole numbers with 0 <= min < max <= {MAX_LEVEL}", (low, high))
            return 0, 4
        self.levels = range(low, high + 1)
        return low, high

    def text(self, value: Any, where: str) -> Text:
        if not isinstance(value, dict):
            self.fail(where, f"must be an object with a text per language ({', '.join(self.languages)})", value)
            return Text()
        for lang in self.languages:
            item = value.get(lang)
            if not isinstance(item, str) or not item.strip():
                self.fail(f"{where}.{lang}", "missing text")
        return Text({k: v for k, v in value.items() if isinstance(v, str)})

    def level_texts(self, value: Any, where: str) -> dict[int, Text]:
        if not isinstance(value, dict):
            self.fail(where, f"must be an object with one entry per level {self.levels.start}-{self.levels.stop - 1}")
            return {}
        texts: dict[int, Text] = {}
        for level in self.levels:
            if str(level) not in value:
                self.fail(f"{where}.{level}", "missing descriptor")
            else:
                texts[level] = self.text(value[str(level)], f"{where}.{level}")
        for key in value:
            if not (key.lstrip("-").isdigit() and int(key) in self.levels):
                self.fail(f"{where}.{key}", "is not a level of the scale")
        return texts

    def required_levels(self, value: Any) -> frozenset[int]:
        if not isinstance(value, list) or not all(_is_int(v) and v in self.levels for v in value):
            self.fail("justification_required_levels", "must be a list of levels of the scale", value)
            return frozenset()
        return frozenset(value)

    def criteria(self, value: Any) -> tuple[Criterion, ...]:
        if not isinstance(value, list) or not value:
            self.fail("criteria", "must be a non-empty list")
            return ()
        seen: set[str] = set()
        built = tuple(self.criterion(item, f"criteria[{i}]", seen) for i, item in enumerate(value))
        return tuple(c for c in built if c is not None)

    def criterion(self, value: Any, where: str, seen: set[str]) -> Criterion | None:
        if not isinstance(value, dict):
            self.fail(where, "must be an object")
            return None
        cid = self.unique_id(value.get("id"), f"{where}.id", seen)
        subs = value.get("subcriteria")
        if not isinstance(subs, list) or not subs:
            self.fail(f"{where}.subcriteria", "must be a non-empty list")
            subs = []
        built = [self.subcriterion(s, f"{where}.subcriteria[{i}]", cid, seen) for i, s in enumerate(subs)]
        return Criterion(
            id=cid,
            name=self.text(value.get("name"), f"{where}.name"),
            description=self.text(value.get("description"), f"{where}.description"),
            subcriteria=tuple(s for s in built if s is not None),
        )

    def unique_id(self, value: Any, where: str, seen: set[str]) -> str:
        ident = self.identifier(value, where)
        if ident and ident in seen:
            self.fail(where, "duplicate id", ident)
        if ident:
            seen.add(ident)
        return ident

    def subcriterion(self, value: Any, where: str, criterion_id: str, seen: set[str]) -> SubCriterion | None:
        if not isinstance(value, dict):
            self.fail(where, "must be an object")
            return None
        weight = value.get("weight", 1)
        if not (_is_number(weight) and weight > 0):
            self.fail(f"{where}.weight", "must be a positive number", weight)
            weight = 1
        return SubCriterion(
            id=self.unique_id(value.get("id"), f"{where}.id", seen),
            criterion_id=criterion_id,
            name=self.text(value.get("name"), f"{where}.name"),
            description=self.text(value.get("description"), f"{where}.description"),
            weight=float(weight),
            descriptors=self.level_texts(value.get("descriptors"), f"{where}.descriptors"),
        )

    def profiles(self, value: Any, criterion_ids: list[str]) -> dict[str, dict[str, float]]:
        if not isinstance(value, dict) or DEFAULT_PROFILE not in value:
            self.fail("weight_profiles", f"must be an object with at least a '{DEFAULT_PROFILE}' profile")
            return {DEFAULT_PROFILE: {c: WEIGHT_TOTAL / max(len(criterion_ids), 1) for c in criterion_ids}}
        known = {DEFAULT_PROFILE} | {r.value for r in RegionType}
        profiles = {}
        for name, weights in value.items():
            if name not in known:
                self.fail(
                    f"weight_profiles.{name}", f"unknown region type; expected one of: {', '.join(sorted(known))}"
                )
            profiles[name] = self.profile(weights, f"weight_profiles.{name}", criterion_ids)
        return profiles

    def profile(self, value: Any, where: str, criterion_ids: list[str]) -> dict[str, float]:
        if not isinstance(value, dict):
            self.fail(where, "must map each criterion id to its weight")
            return {}
        for cid in set(value) - set(criterion_ids):
            self.fail(f"{where}.{cid}", "is not a criterion of this rubric")
        weights: dict[str, float] = {}
        for cid in criterion_ids:
            w: Any = value.get(cid)
            if not (_is_number(w) and w >= 0):
                self.fail(f"{where}.{cid}", "missing or not a non-negative number", w)
            else:
                weights[cid] = float(w)
        total = sum(weights.values())
        if len(weights) == len(criterion_ids) and not math.isclose(total, WEIGHT_TOTAL, abs_tol=1e-6):
            self.fail(where, f"weights add up to {total:g}, not {WEIGHT_TOTAL:g}")
        return weights

    def indicators(self, value: Any, sub_ids: set[str]) -> dict[str, IndicatorRule]:
        if not isinstance(value, dict):
            self.fail("indicators", "must be an object keyed by indicator id")
            return {}
        rules = {}
        for ident, spec in value.items():
            where = f"indicators.{ident}"
            if ident not in INDICATORS:
                self.fail(where, f"unknown indicator; known: {', '.join(sorted(INDICATORS))}")
                continue
            rule = self.indicator(ident, spec, where, sub_ids)
            if rule is not None:
                rules[ident] = rule
        return rules

    def indicator(self, ident: str, spec: Any, where: str, sub_ids: set[str]) -> IndicatorRule | None:
        if not isinstance(spec, dict):
            self.fail(where, "must be an object with subcriterion and thresholds")
            return None
        sub = spec.get("subcriterion")
        if sub not in sub_ids:
            self.fail(f"{where}.subcriterion", "is not a sub-criterion of this rubric", sub)
        thresholds = spec.get("thresholds")
        wanted = len(self.levels) - 1
        if not (
            isinstance(thresholds, list)
            and len(thresholds) == wanted
            and all(_is_number(t) for t in thresholds)
            and thresholds == sorted(thresholds)
        ):
            self.fail(
                f"{where}.thresholds", f"must be {wanted} ascending numbers, one per level above the lowest", thresholds
            )
            thresholds = [0.0] * wanted
        return IndicatorRule(
            ident,
            str(sub),
            tuple(float(t) for t in thresholds),
            self.text(spec.get("name"), f"{where}.name"),
            self.text(spec.get("description"), f"{where}.description"),
            lowest_level=self.levels.start,
        )

    def gates(self, value: Any) -> tuple[Gate, ...]:
        if not isinstance(value, list):
            self.fail("gates", "must be a list")
            return ()
        gates = []
        for i, spec in enumerate(value):
            where = f"gates[{i}]"
            ident = spec.get("id") if isinstance(spec, dict) else None
            if ident not in GATES:
                self.fail(f"{where}.id", f"unknown gate; known: {', '.join(sorted(GATES))}", ident)
                continue
            gates.append(
                Gate(
                    ident,
                    self.text(spec.get("name"), f"{where}.name"),
                    self.text(spec.get("description"), f"{where}.description"),
                )
            )
        return tuple(gates)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
