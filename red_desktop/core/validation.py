"""Checks and coercions that decide what may enter the store; every problem is reported, not only the first."""

from __future__ import annotations

import math
import re
from enum import StrEnum
from typing import Any, TypeVar

import pycountry

from red_desktop.core.domain import (
    NARRATIVE_FIELDS,
    Actor,
    ActorType,
    ContributionKind,
    Evidence,
    PriorityArea,
    Proposal,
    ProposalStatus,
    RegionKind,
    RegionType,
)
from red_desktop.core.errors import Problem, ValidationError
from red_desktop.core.messages import Message, msg

MAX_AMOUNT_USD = 1e12
MAX_MSMES = 10_000_000
MAX_DURATION_MONTHS = 600
MAX_SHORT_TEXT = 300
MAX_LONG_TEXT = 20_000
CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$")

E = TypeVar("E", bound=StrEnum)


def is_country_code(code: str) -> bool:
    return isinstance(code, str) and len(code) == 2 and pycountry.countries.get(alpha_2=code.upper()) is not None


def proposal_problems(p: Proposal) -> list[Problem]:
    problems: list[Problem] = []
    if not isinstance(p.code, str) or not CODE_PATTERN.match(p.code):
        problems.append(
            Problem("code", msg("bad_code", "must be 1-40 letters, digits or . _ / - (e.g. RED-PE-2026-014)"), p.code)
        )
    _text(problems, "title", p.title, MAX_SHORT_TEXT, required=True)
    if not is_country_code(p.country):
        problems.append(
            Problem("country", msg("not_iso_country", "must be an ISO 3166-1 alpha-2 code (e.g. PE, BR)"), p.country)
        )
    _text(problems, "region_name", p.region_name, MAX_SHORT_TEXT)
    _text(problems, "executing_agency", p.executing_agency, MAX_SHORT_TEXT)
    _enum_field(problems, "region_kind", p.region_kind, RegionKind, optional=True)
    _enum_field(problems, "region_type", p.region_type, RegionType, optional=True)
    _enum_field(problems, "priority_area", p.priority_area, PriorityArea, optional=True)
    _enum_field(problems, "status", p.status, ProposalStatus)
    for name in ("requested_amount", "counterpart_public", "counterpart_private"):
        _number_range(problems, name, getattr(p, name), 0, MAX_AMOUNT_USD)
    _integer_range(problems, "beneficiary_msmes", p.beneficiary_msmes, 0, MAX_MSMES)
    _integer_range(problems, "duration_months", p.duration_months, 0, MAX_DURATION_MONTHS)
    for name in NARRATIVE_FIELDS:
        _text(problems, name, getattr(p, name), MAX_LONG_TEXT)
    _sectors(problems, p.sectors)
    _location(problems, p.latitude, p.longitude)
    for index, actor in enumerate(p.actors, start=1):
        problems.extend(actor_problems(actor, f"actors[{index}]"))
    return problems


def actor_problems(a: Actor, where: str = "actor") -> list[Problem]:
    problems: list[Problem] = []
    _text(problems, f"{where}.name", a.name, MAX_SHORT_TEXT, required=True)
    _text(problems, f"{where}.role", a.role, MAX_SHORT_TEXT)
    _enum_field(problems, f"{where}.actor_type", a.actor_type, ActorType)
    _enum_field(problems, f"{where}.contribution_kind", a.contribution_kind, ContributionKind)
    _enum_field(problems, f"{where}.evidence", a.evidence, Evidence)
    _number_range(problems, f"{where}.contribution", a.contribution, 0, MAX_AMOUNT_USD)
    return problems


def validate_proposal(p: Proposal) -> None:
    problems = proposal_problems(p)
    if problems:
        raise ValidationError(msg("proposal", "Proposal {code!r}", code=p.code), problems)


def _text(problems: list[Problem], name: str, value: Any, limit: int, required: bool = False) -> None:
    if not isinstance(value, str):
        problems.append(Problem(name, msg("not_text", "must be text"), value))
    elif required and not value.strip():
        problems.append(Problem(name, msg("required", "is required")))
    elif len(value) > limit:
        problems.append(
            Problem(
                name,
                msg(
                    "too_long", "is {length:,} characters long; the limit is {limit:,}", length=len(value), limit=limit
                ),
            )
        )
    elif "\x00" in value:
        problems.append(Problem(name, msg("nul_character", "contains a NUL character")))


def _enum_field(problems: list[Problem], name: str, value: Any, enum: type[E], optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, enum):
        allowed = ", ".join(m.value for m in enum)
        problems.append(Problem(name, msg("not_one_of", "must be one of: {allowed}", allowed=allowed), value))


def _is_real(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _number_range(problems: list[Problem], name: str, value: Any, low: float, high: float) -> None:
    if not _is_real(value):
        problems.append(Problem(name, msg("not_a_number", "must be a finite number"), value))
    elif not low <= value <= high:
        problems.append(Problem(name, _between(low, high), value))


def _integer_range(problems: list[Problem], name: str, value: Any, low: int, high: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        problems.append(Problem(name, msg("not_a_whole_number", "must be a whole number"), value))
    elif not low <= value <= high:
        problems.append(Problem(name, _between(low, high), value))


def _between(low: float, high: float) -> Message:
    return msg("out_of_range", "must be between {low:,.0f} and {high:,.0f}", low=low, high=high)


def _sectors(problems: list[Problem], sectors: Any) -> None:
    if not isinstance(sectors, tuple) or not all(isinstance(s, str) for s in sectors):
        problems.append(Problem("sectors", msg("not_a_text_list", "must be a list of texts"), sectors))
    elif len(sectors) > 50 or any(len(s) > MAX_SHORT_TEXT for s in sectors):
        problems.append(
            Problem(
                "sectors",
                msg(
                    "too_many_sectors",
                    "at most {count} sectors of at most {limit} characters",
                    count=50,
                    limit=MAX_SHORT_TEXT,
                ),
            )
        )


def _location(problems: list[Problem], lat: Any, lon: Any) -> None:
    if (lat is None) != (lon is None):
        problems.append(
            Problem("location", msg("half_a_location", "latitude and longitude go together: give both or neither"))
        )
        return
    if lat is None:
        return
    _number_range(problems, "latitude", lat, -90, 90)
    _number_range(problems, "longitude", lon, -180, 180)
