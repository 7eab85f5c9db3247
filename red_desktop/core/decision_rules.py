"""What a committee decision must hold before it is written: every problem reported, not only the first."""

from __future__ import annotations

from datetime import date

from red_desktop.core.domain import Decision, DecisionKind
from red_desktop.core.eligibility import Eligibility
from red_desktop.core.errors import Problem
from red_desktop.core.messages import msg

MAX_TEXT = 5_000
MAX_NAME = 300
EARLIEST = date(2000, 1, 1)
APPROVALS = frozenset({DecisionKind.APPROVE, DecisionKind.APPROVE_WITH_CONDITIONS})


def decision_problems(decision: Decision, today: date | None = None) -> list[Problem]:
    problems: list[Problem] = []
    if decision.kind not in set(DecisionKind):
        choices = ", ".join(k.value for k in DecisionKind)
        problems.append(
            Problem("decision", msg("not_one_of", "must be one of: {allowed}", allowed=choices), decision.kind)
        )
    problems += _text("rationale", decision.rationale, required=True)
    conditional = decision.kind == DecisionKind.APPROVE_WITH_CONDITIONS
    problems += _text("conditions", decision.conditions, required=conditional)
    problems += _date(decision.decided_on, today or date.today())
    problems += _members(decision.members_present)
    return problems


def gates_refusing(kind: DecisionKind, eligibility: Eligibility) -> tuple[str, ...]:
    """The failed gates that forbid this decision: an approval needs every gate met or a recorded override;
    deferring or rejecting an ineligible proposal is always allowed."""
    return eligibility.failed_gates if kind in APPROVALS and not eligibility.eligible else ()


def reason_problems(reason: object) -> list[Problem]:
    return _text("reason", reason, required=True)


def _text(name: str, value: object, required: bool) -> list[Problem]:
    if not isinstance(value, str):
        return [Problem(name, msg("not_text", "must be text"), value)]
    if required and not value.strip():
        return [Problem(name, msg("required", "is required"))]
    if len(value) > MAX_TEXT:
        return [
            Problem(
                name,
                msg(
                    "too_long",
                    "is {length:,} characters long; the limit is {limit:,}",
                    length=len(value),
                    limit=MAX_TEXT,
                ),
            )
        ]
    return []


def _date(value: object, today: date) -> list[Problem]:
    try:
        day = date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        day = None
    if day is None:
        return [Problem("decided_on", msg("not_a_date", "must be a date written YYYY-MM-DD"), value)]
    if not EARLIEST <= day <= today:
        return [
            Problem(
                "decided_on",
                msg(
                    "date_out_of_range",
                    "must lie between {earliest} and today ({today})",
                    earliest=EARLIEST.isoformat(),
                    today=today.isoformat(),
                ),
                value,
            )
        ]
    return []


def _members(members: object) -> list[Problem]:
    if not isinstance(members, tuple | list) or not members:
        return [Problem("members_present", msg("no_members", "must name at least one committee member"))]
    problems, seen = [], set()
    for index, name in enumerate(members, start=1):
        if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME:
            problems.append(
                Problem(
                    f"members_present[{index}]",
                    msg("bad_name", "must be a name of 1-{limit} characters", limit=MAX_NAME),
                    name,
                )
            )
        elif name.strip().casefold() in seen:
            problems.append(Problem(f"members_present[{index}]", msg("listed_twice", "is listed twice"), name))
        else:
            seen.add(name.strip().casefold())
    return problems
