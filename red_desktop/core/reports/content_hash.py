"""The content hash printed on a sheet: what the sheet certifies, as canonical JSON, through SHA-256, 12 hex digits.

It covers the data the sheet shows, independent of the language and page size it is printed in:
rubric id and version, the proposal's facts, the evaluator(s), state, date, every level and
justification, criterion scores and total, eligibility, override and decision (or the one withdrawn). Texts that
follow from the rubric and the language (names, descriptors, labels) are covered by the rubric id,
version and the levels. Left out on purpose: the portfolio context (committee rank, portfolio
average on the radar, the committee total beside one evaluation), which moves whenever another
proposal is scored and would make yesterday's signed sheet mismatch for reasons unrelated to it.
Numbers enter at the precision the sheet prints them.
"""

from __future__ import annotations

import hashlib
import json
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from red_desktop.core.reports.sheet_data import SheetData

HEX_DIGITS = 12


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no whitespace, UTF-8: the same value always gives the same bytes."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def short_hash(value: Any) -> str:
    return hashlib.sha256(canonical_json(value)).hexdigest()[:HEX_DIGITS]


def grouped(digest: str) -> str:
    """'a1b2c3d4e5f6' -> 'a1b2-c3d4-e5f6', easier to read aloud and compare on paper."""
    return "-".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def sheet_hash(data: SheetData) -> str:
    return grouped(short_hash(payload(data)))


def payload(data: SheetData) -> dict[str, Any]:
    """Exactly what the hash covers; see the module docstring."""
    p = data.proposal
    return {
        "sheet": data.kind,
        "rubric": [data.rubric_id, data.rubric_version],
        "proposal": {
            "uuid": p.uuid,
            "code": p.code,
            "title": p.title,
            "country": p.country,
            "region": p.region_name,
            "region_type": p.region_type,
            "priority_area": p.priority_area,
            "requested": _round(p.requested_amount, 0),
            "public": _round(p.counterpart_public, 0),
            "private": _round(p.counterpart_private, 0),
            "leverage": _round(p.leverage, 2),
            "msmes": p.beneficiary_msmes,
            "actors": [list(pair) for pair in p.actors],
        },
        "state": data.state,
        "evaluator": data.evaluator,
        "evaluations": list(data.evaluation_uuids),
        "date": data.date,
        "rows": [
            [r.subcriterion_id, _round(r.level, 1), [[j.author, j.level, j.text] for j in r.justifications]]
            for r in data.rows
        ],
        "criteria": [[c.id, _round(c.weight, 1), _round(c.score, 2)] for c in data.criteria],
        "total": _round(data.total, 1),
        "missing": data.missing,
        "finals": data.finals,
        "spread": _round(data.spread, 1),
        "contested": data.contested,
        "gates": [[g.id, g.passed] for g in data.gates],
        "eligible": data.eligible,
        "override": data.override_rationale,
        "decision": None
        if data.decision is None
        else [
            data.decision.kind,
            data.decision.decided_on,
            data.decision.rationale,
            data.decision.conditions,
            list(data.decision.members_present),
            *([list(data.decision.members_recused)] if data.decision.members_recused else []),
        ],
        **({"excluded": list(data.excluded)} if data.excluded else {}),
        **_withdrawal(data),
    }


def _withdrawal(data: SheetData) -> dict[str, Any]:
    """A withdrawn decision, only when there is one: the hash of every other sheet stays what it was."""
    w = data.withdrawal
    return {} if w is None else {"withdrawn": [w.kind, w.at, w.by, w.reason]}


def _round(value: float | None, digits: int) -> str | None:
    """At the printed precision with the printed rounding (half up), as text: what is printed alike hashes alike."""
    if value is None:
        return None
    exact = Decimal(str(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    return str(exact + 0)  # + 0 turns -0.0 into 0.0
