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
from red_desktop.core.errors import FILE, Problem, RubricError
from red_desktop.core.indicators import INDICATORS
from red_desktop.core.messages import Message, msg

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

    @cached_property  # asked per proposal by a ranking of 100,000
    def criterion_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.criteria)

    @cached_property
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
        said = msg("unreadable", "cannot be read: {why}", why=str(exc.strerror or exc))
        raise RubricError(_subject(source), [Problem.at(FILE, said)]) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        place = msg("byte", "byte {number}", number=exc.start)
        raise RubricError(
            _subject(source), [Problem.at(place, msg("not_utf8", "the file is not UTF-8 text"))]
        ) from None
    except json.JSONDecodeError as exc:
        place = msg("line_column", "line {line} column {column}", line=exc.lineno, column=exc.colno)
        said = msg("not_json", "not valid JSON: {why}", why=exc.msg)
        raise RubricError(_subject(source), [Problem.at(place, said)]) from None
    return parse_rubric(data, source)


def parse_rubric(data: Any, source: str = "rubric") -> Rubric:
    """Build a Rubric from parsed JSON, or raise RubricError listing every problem found."""
    reader = _Reader()
    rubric = reader.rubric(data)
    if reader.problems or rubric is None:
        raise RubricError(_subject(source), reader.problems)
    return rubric


def _subject(source: str) -> Message:
    return msg("rubric", "Rubric {source}", source=source)


class _Reader:
    """Walks the JSON once, building the rubric and collecting every problem with its path."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.languages: tuple[str, ...] = ("en",)
        self.levels: range = range(0, 5)

    def fail(self, where: str | Message, message: Message, value: object = None) -> None:
        """A problem at a path in the file (criteria[0].id: the file's own names, not translated) or a place."""
        problem = Problem(where, message, value) if isinstance(where, str) else Problem.at(where, message, value)
        self.problems.append(problem)

    def rubric(self, data: Any) -> Rubric | None:
        if not isinstance(data, dict):
            self.fail(msg("top_level", "(top level)"), msg("not_an_object", "must be a JSON object"))
            return None
        if data.get("format_version") != FORMAT_VERSION:
            said = msg("wrong_format_version", "must be {version}", version=FORMAT_VERSION)
            self.fail("format_version", said, data.get("format_version"))
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
            self.fail(where, msg("required", "must be a non-empty text"), value)
            return ""
        return value

    def language_list(self, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
            self.fail("languages", msg("bad_languages", "must be a non-empty list of language codes"), value)
            return ("en",)
        if "en" not in value:
            self.fail("languages", msg("no_english", "must include en, the fallback language"), value)
        return tuple(value)

    def scale(self, value: Any) -> tuple[int, int]:
        if not isinstance(value, dict):
            self.fail("scale", msg("not_an_object", "must be an object with min, max and labels"))
            return 0, 4
        low: Any = value.get("min")
        high: Any = value.get("max")
        if not (_is_int(low) and _is_int(high) and 0 <= low < high <= MAX_LEVEL):
            said = msg("bad_scale", "min and max must be whole numbers with 0 <= min < max <= {limit}", limit=MAX_LEVEL)
            self.fail("scale", said, (low, high))
            return 0, 4
        self.levels = range(low, high + 1)
        return low, high

    def text(self, value: Any, where: str) -> Text:
        if not isinstance(value, dict):
            said = msg(
                "not_an_object",
                "must be an object with a text per language ({languages})",
                languages=", ".join(self.languages),
            )
            self.fail(where, said, value)
            return Text()
        for lang in self.languages:
            item = value.get(lang)
            if not isinstance(item, str) or not item.strip():
                self.fail(f"{where}.{lang}", msg("missing", "missing text"))
        return Text({k: v for k, v in value.items() if isinstance(v, str)})

    def level_texts(self, value: Any, where: str) -> dict[int, Text]:
        if not isinstance(value, dict):
            said = msg(
                "not_an_object",
                "must be an object with one entry per level {low}-{high}",
                low=self.levels.start,
                high=self.levels.stop - 1,
            )
            self.fail(where, said)
            return {}
        texts: dict[int, Text] = {}
        for level in self.levels:
            if str(level) not in value:
                self.fail(f"{where}.{level}", msg("missing", "missing descriptor"))
            else:
                texts[level] = self.text(value[str(level)], f"{where}.{level}")
        for key in value:
            if not (key.lstrip("-").isdigit() and int(key) in self.levels):
                self.fail(f"{where}.{key}", msg("not_a_level", "is not a level of the scale"))
        return texts

    def required_levels(self, value: Any) -> frozenset[int]:
        if not isinstance(value, list) or not all(_is_int(v) and v in self.levels for v in value):
            said = msg("not_levels", "must be a list of levels of the scale")
            self.fail("justification_required_levels", said, value)
            return frozenset()
        return frozenset(value)

    def criteria(self, value: Any) -> tuple[Criterion, ...]:
        if not isinstance(value, list) or not value:
            self.fail("criteria", msg("empty_list", "must be a non-empty list"))
            return ()
        seen: set[str] = set()
        built = tuple(self.criterion(item, f"criteria[{i}]", seen) for i, item in enumerate(value))
        return tuple(c for c in built if c is not None)

    def criterion(self, value: Any, where: str, seen: set[str]) -> Criterion | None:
        if not isinstance(value, dict):
            self.fail(where, msg("not_an_object", "must be an object"))
            return None
        cid = self.unique_id(value.get("id"), f"{where}.id", seen)
        subs = value.get("subcriteria")
        if not isinstance(subs, list) or not subs:
            self.fail(f"{where}.subcriteria", msg("empty_list", "must be a non-empty list"))
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
            self.fail(where, msg("duplicate_id", "duplicate id"), ident)
        if ident:
            seen.add(ident)
        return ident

    def subcriterion(self, value: Any, where: str, criterion_id: str, seen: set[str]) -> SubCriterion | None:
        if not isinstance(value, dict):
            self.fail(where, msg("not_an_object", "must be an object"))
            return None
        weight = value.get("weight", 1)
        if not (_is_number(weight) and weight > 0):
            self.fail(f"{where}.weight", msg("not_positive", "must be a positive number"), weight)
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
            said = msg("no_default_profile", "must be an object with at least a '{name}' profile", name=DEFAULT_PROFILE)
            self.fail("weight_profiles", said)
            return {DEFAULT_PROFILE: {c: WEIGHT_TOTAL / max(len(criterion_ids), 1) for c in criterion_ids}}
        known = {DEFAULT_PROFILE} | {r.value for r in RegionType}
        profiles = {}
        for name, weights in value.items():
            if name not in known:
                said = msg(
                    "unknown_region_type",
                    "unknown region type; expected one of: {allowed}",
                    allowed=", ".join(sorted(known)),
                )
                self.fail(f"weight_profiles.{name}", said)
            profiles[name] = self.profile(weights, f"weight_profiles.{name}", criterion_ids)
        return profiles

    def profile(self, value: Any, where: str, criterion_ids: list[str]) -> dict[str, float]:
        if not isinstance(value, dict):
            self.fail(where, msg("not_an_object", "must map each criterion id to its weight"))
            return {}
        for cid in set(value) - set(criterion_ids):
            self.fail(f"{where}.{cid}", msg("unknown_criterion", "is not a criterion of this rubric"))
        weights: dict[str, float] = {}
        for cid in criterion_ids:
            w: Any = value.get(cid)
            if not (_is_number(w) and w >= 0):
                self.fail(f"{where}.{cid}", msg("not_a_weight", "missing or not a non-negative number"), w)
            else:
                weights[cid] = float(w)
        total = sum(weights.values())
        if len(weights) == len(criterion_ids) and not math.isclose(total, WEIGHT_TOTAL, abs_tol=1e-6):
            said = msg(
                "weights_total", "weights add up to {total:g}, not {expected:g}", total=total, expected=WEIGHT_TOTAL
            )
            self.fail(where, said)
        return weights

    def indicators(self, value: Any, sub_ids: set[str]) -> dict[str, IndicatorRule]:
        if not isinstance(value, dict):
            self.fail("indicators", msg("not_an_object", "must be an object keyed by indicator id"))
            return {}
        rules = {}
        for ident, spec in value.items():
            where = f"indicators.{ident}"
            if ident not in INDICATORS:
                said = msg(
                    "unknown_indicator", "unknown indicator; known: {known}", known=", ".join(sorted(INDICATORS))
                )
                self.fail(where, said)
                continue
            rule = self.indicator(ident, spec, where, sub_ids)
            if rule is not None:
                rules[ident] = rule
        return rules

    def indicator(self, ident: str, spec: Any, where: str, sub_ids: set[str]) -> IndicatorRule | None:
        if not isinstance(spec, dict):
            self.fail(where, msg("not_an_object", "must be an object with subcriterion and thresholds"))
            return None
        sub = spec.get("subcriterion")
        if sub not in sub_ids:
            self.fail(
                f"{where}.subcriterion", msg("unknown_subcriterion", "is not a sub-criterion of this rubric"), sub
            )
        thresholds = spec.get("thresholds")
        wanted = len(self.levels) - 1
        if not (
            isinstance(thresholds, list)
            and len(thresholds) == wanted
            and all(_is_number(t) for t in thresholds)
            and thresholds == sorted(thresholds)
        ):
            said = msg(
                "bad_thresholds",
                "must list ascending numbers, one per level above the lowest ({count} in all)",
                count=wanted,
            )
            self.fail(f"{where}.thresholds", said, thresholds)
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
            self.fail("gates", msg("not_a_list", "must be a list"))
            return ()
        gates = []
        for i, spec in enumerate(value):
            where = f"gates[{i}]"
            ident = spec.get("id") if isinstance(spec, dict) else None
            if ident not in GATES:
                said = msg("unknown_gate", "unknown gate; known: {known}", known=", ".join(sorted(GATES)))
                self.fail(f"{where}.id", said, ident)
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
