"""A call's budget and its rules for the portfolio it funds (issue 20): shares, amounts and counts per region type,
country and priority area, and proposals the committee forces in (already committed) or out (withdrawn)."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from red_desktop.core.errors import Problem, ValidationError
from red_desktop.core.messages import msg

GROUPS = ("region_type", "country", "priority_area")
EVERY = "*"  # a rule's value that stands for each value of its group, one rule each
MAX_BUDGET = 1e12  # US$: a trillion; more is a typing mistake
# The robust set's weight samples and seed when none are asked for: the command's, the dossier's and the export's, so
# that they agree (1,000 samples x 500 proposals: bench/bench_portfolio.py). Here, not in portfolio_robust, so that the
# command line reads them without loading scipy.
ROBUST_SAMPLES = 200
ROBUST_SEED = 0


class RuleKind(StrEnum):
    MIN_SHARE = "min_share"  # of the funded amount, 0-1
    MAX_SHARE = "max_share"
    MIN_AMOUNT = "min_amount"  # US$
    MAX_AMOUNT = "max_amount"
    MIN_COUNT = "min_count"  # proposals funded
    MAX_COUNT = "max_count"

    @property
    def is_share(self) -> bool:
        return self in (RuleKind.MIN_SHARE, RuleKind.MAX_SHARE)

    @property
    def is_count(self) -> bool:
        return self in (RuleKind.MIN_COUNT, RuleKind.MAX_COUNT)

    @property
    def is_minimum(self) -> bool:
        return self.value.startswith("min")


@dataclass(frozen=True)
class GroupRule:
    """`kind` of the funded proposals whose `group` is `value` (EVERY: each value), bounded by `bound`."""

    kind: RuleKind
    group: str
    value: str
    bound: float

    def __post_init__(self) -> None:
        problems = _rule_problems(self.kind, self.group, self.value, self.bound)
        if problems:
            raise _invalid(*problems)

    @classmethod
    def parse(cls, kind: RuleKind | str, text: str) -> GroupRule:
        """`GROUP=VALUE:BOUND` as the command line takes it: `region_type=marginalized:0.3`, `country=*:0.25`."""
        head, colon, bound = text.rpartition(":")
        group, equals, value = head.partition("=")
        if not colon or not equals:
            raise _invalid(
                Problem("rule", msg("rule_shape", "is not GROUP=VALUE:BOUND (e.g. region_type=marginalized:0.3)"), text)
            )
        try:
            number = float(bound)
        except ValueError:
            raise _invalid(Problem("bound", msg("rule_bound_number", "is not a number"), bound)) from None
        try:
            rule_kind = RuleKind(kind)
        except ValueError:
            raise _invalid(Problem("kind", msg("rule_kind", "is not a kind of rule"), kind)) from None
        return cls(rule_kind, group.strip(), value.strip(), number)

    def each(self, values: Iterable[str]) -> list[GroupRule]:
        """This rule for each of `values` (the group's values among the proposals) when it is for EVERY one."""
        if self.value != EVERY:
            return [self]
        return [replace(self, value=v) for v in sorted(set(values))]

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "group": self.group, "value": self.value, "bound": float(self.bound)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> GroupRule:
        try:
            return cls(RuleKind(data["kind"]), str(data["group"]), str(data["value"]), float(data["bound"]))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise _invalid(Problem("rule", msg("rule_unreadable", "cannot be read"), dict(data))) from None


def _invalid(*problems: Problem) -> ValidationError:
    return ValidationError(msg("call_budget", "The call's budget"), list(problems))


def _rule_problems(kind: RuleKind, group: str, value: str, bound: float) -> list[Problem]:
    problems = []
    if group not in GROUPS:
        problems.append(Problem("group", msg("rule_group", "is not one of {groups}", groups=", ".join(GROUPS)), group))
    if not value:
        problems.append(Problem("value", msg("rule_value", "is empty: name a value, or * for each one")))
    if not math.isfinite(bound) or bound < 0:
        problems.append(Problem("bound", msg("rule_bound_negative", "must be a number of 0 or more"), bound))
    elif kind.is_share and bound > 1:
        problems.append(Problem("bound", msg("rule_share", "is a share: a fraction from 0 to 1 (0.3 for 30 %)"), bound))
    elif kind.is_count and bound != int(bound):
        problems.append(Problem("bound", msg("rule_count", "is a count: a whole number"), bound))
    elif bound > MAX_BUDGET:
        problems.append(Problem("bound", msg("rule_too_large", "is over US$ 1,000,000,000,000"), bound))
    return problems


@dataclass(frozen=True)
class CallBudget:
    """What the committee may spend and how: None for a call with no budget set yet."""

    budget: float | None = None
    rules: tuple[GroupRule, ...] = ()
    forced_in: tuple[str, ...] = ()  # proposal uuids: committed already
    forced_out: tuple[str, ...] = ()  # proposal uuids: withdrawn, or out by the committee's choice

    def __post_init__(self) -> None:
        problems = []
        if self.budget is not None and (not math.isfinite(self.budget) or not 0 < self.budget <= MAX_BUDGET):
            meaning = msg(
                "budget_range", "must be more than 0 and at most US$ 1,000,000,000,000 (no budget: leave it out)"
            )
            problems.append(Problem("budget", meaning, self.budget))
        both = sorted(set(self.forced_in) & set(self.forced_out))
        if both:
            problems.append(Problem("forced", msg("forced_both", "has proposals forced both in and out"), both))
        if problems:
            raise _invalid(*problems)

    def with_rules(self, rules: Sequence[GroupRule]) -> CallBudget:
        return replace(self, rules=tuple(rules))

    def to_json(self) -> dict[str, Any]:
        return {
            "budget": None if self.budget is None else float(self.budget),
            "rules": [r.to_json() for r in self.rules],
            "forced_in": list(self.forced_in),
            "forced_out": list(self.forced_out),
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), sort_keys=True)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CallBudget:
        try:
            budget = data.get("budget")
            return cls(
                None if budget is None else float(budget),
                tuple(GroupRule.from_json(r) for r in data.get("rules", [])),
                tuple(str(u) for u in data.get("forced_in", [])),
                tuple(str(u) for u in data.get("forced_out", [])),
            )
        except (TypeError, ValueError, AttributeError):
            raise _invalid(Problem("call", msg("call_unreadable", "cannot be read"), dict(data))) from None

    @classmethod
    def loads(cls, text: str | None) -> CallBudget:
        if not text:
            return cls()
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise _invalid(Problem("call", msg("call_not_json", "is not valid JSON ({why})", why=exc.msg))) from None
        if not isinstance(data, dict):
            raise _invalid(Problem("call", msg("call_not_object", "is not a JSON object")))
        return cls.from_json(data)
