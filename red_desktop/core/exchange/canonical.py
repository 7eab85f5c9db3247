"""Records as they travel: one canonical JSON form per kind, its SHA-256 as the version, and the checks a
received record must pass before anything is written.

A record's version is the hash of its whole content, stamps included, so two stores holding the same
version hold the same bytes, and an edit anywhere makes a new version.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping, Sequence
from enum import StrEnum
from typing import Any

from red_desktop.core.decision_rules import decision_problems
from red_desktop.core.domain import (
    ActorType,
    ContributionKind,
    Decision,
    DecisionKind,
    EvaluationState,
    Evidence,
    InterestKind,
    PriorityArea,
    Proposal,
    ProposalStatus,
    RegionKind,
    RegionType,
)
from red_desktop.core.errors import Problem
from red_desktop.core.exchange.model import Entity
from red_desktop.core.messages import t
from red_desktop.core.rubric import Rubric
from red_desktop.core.store.attachments import MAX_ATTACHMENT_BYTES, safe_filename
from red_desktop.core.store.evaluations import score_problems
from red_desktop.core.store.rows import (
    PROPOSAL_SCALARS,
    STAMP_COLUMNS,
    actor_from_row,
    decision_from_row,
    proposal_from_row,
)
from red_desktop.core.validation import proposal_problems

HEX64 = re.compile(r"^[0-9a-f]{64}$")
UUID = re.compile(r"^[0-9A-Za-z-]{1,64}$")
MAX_STAMP_TEXT = 200
MAX_ITEMS = 1_000  # actors, attachments or scores in one record

ACTOR_FIELDS = (
    "uuid", "name", "actor_type", "role", "contribution", "contribution_kind", "evidence", *STAMP_COLUMNS,
)  # fmt: skip
ATTACHMENT_FIELDS = ("uuid", "filename", "media_type", "size", "sha256", *STAMP_COLUMNS)
SCORE_FIELDS = ("uuid", "subcriterion_id", "level", "justification", *STAMP_COLUMNS)
PROPOSAL_FIELDS = (
    "uuid", *PROPOSAL_SCALARS, "region_kind", "region_type", "priority_area", "sectors", "status", *STAMP_COLUMNS,
    "actors", "attachments",
)  # fmt: skip
EVALUATION_FIELDS = (
    "uuid", "proposal_uuid", "evaluator_uuid", "rubric_id", "rubric_version", "state", *STAMP_COLUMNS, "scores",
)  # fmt: skip
DECISION_FIELDS = (
    "uuid", "proposal_uuid", "kind", "rationale", "conditions", "decided_on", "members_present", *STAMP_COLUMNS,
)  # fmt: skip
OVERRIDE_FIELDS = ("uuid", "proposal_uuid", "rationale", *STAMP_COLUMNS)
INTEREST_FIELDS = (
    "uuid", "evaluator_uuid", "evaluator_name", "kind", "proposal_uuid", "subject", "reason", "withdrawn_at",
    "withdrawn_reason", *STAMP_COLUMNS,
)  # fmt: skip
ASSIGNMENT_FIELDS = ("uuid", "proposal_uuid", "evaluator_uuid", "evaluator_name", "due_on", "active", *STAMP_COLUMNS)
EVALUATOR_FIELDS = ("uuid", "name", "role", "key_fingerprint", *STAMP_COLUMNS)

FIELDS: dict[Entity, tuple[str, ...]] = {
    Entity.PROPOSAL: PROPOSAL_FIELDS,
    Entity.EVALUATION: EVALUATION_FIELDS,
    Entity.DECISION: DECISION_FIELDS,
    Entity.GATE_OVERRIDE: OVERRIDE_FIELDS,
    Entity.INTEREST: INTEREST_FIELDS,
    Entity.ASSIGNMENT: ASSIGNMENT_FIELDS,
}
# What must stay as it was from one version of a record to the next: a change of these is an altered record.
IDENTITY: dict[Entity, tuple[str, ...]] = {
    Entity.EVALUATION: ("proposal_uuid", "evaluator_uuid", "rubric_id", "rubric_version"),
    Entity.INTEREST: ("evaluator_uuid", "kind", "proposal_uuid", "subject"),
    Entity.ASSIGNMENT: ("proposal_uuid", "evaluator_uuid"),
}
# Fields a record carries only when set, so records made before they existed keep their versions.
OPTIONAL: dict[Entity, tuple[str, ...]] = {Entity.PROPOSAL: ("merged_into",), Entity.DECISION: ("members_recused",)}
WITHDRAWABLE = (Entity.DECISION, Entity.GATE_OVERRIDE)  # removed by the committee: their removal travels
WITHDRAWAL_FIELDS = ("proposal_uuid", "withdrawn")
# What a person resolves a conflict on: every field but the identity and the stamps, which the resolution makes.
RESOLVABLE: dict[Entity, tuple[str, ...]] = {
    entity: tuple(
        f
        for f in (*fields, *OPTIONAL.get(entity, ()))
        if f not in ("uuid", "proposal_uuid", "evaluator_uuid", *STAMP_COLUMNS)
        and (entity is Entity.EVALUATION or f not in IDENTITY.get(entity, ()))
    )
    for entity, fields in FIELDS.items()
}


def canonical_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


def version_of(record: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json(record).encode("utf-8")).hexdigest()


def withdrawal(key: str, withdrawn: str) -> dict[str, Any]:
    """The record of a decision or override removed: which proposal's, and the version removed."""
    return {"proposal_uuid": key, "withdrawn": withdrawn}


def is_withdrawal(record: Mapping[str, Any]) -> bool:
    return "withdrawn" in record


def key_of(entity: Entity, record: Mapping[str, Any]) -> str:
    """Decisions and gate overrides are one per proposal: their proposal is their identity across stores."""
    return str(record["proposal_uuid"] if entity in (Entity.DECISION, Entity.GATE_OVERRIDE) else record["uuid"])


# ---- from table rows (the store's exchange manager reads them) to records ----


def proposal_record(
    row: Mapping[str, Any], actors: Sequence[Mapping[str, Any]], attachments: Sequence[Mapping[str, Any]]
) -> dict[str, Any]:
    record: dict[str, Any] = {name: row[name] for name in PROPOSAL_FIELDS[:-2]}
    record["sectors"] = json.loads(row["sectors"])
    record["actors"] = [{name: a[name] for name in ACTOR_FIELDS} for a in actors]
    record["attachments"] = sorted(
        ({name: a[name] for name in ATTACHMENT_FIELDS} for a in attachments), key=lambda a: a["uuid"]
    )
    if row.get("merged_into"):
        record["merged_into"] = row["merged_into"]
    return record


def evaluation_record(row: Mapping[str, Any], scores: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    record: dict[str, Any] = {name: row[name] for name in EVALUATION_FIELDS[:-1]}
    record["scores"] = sorted(({n: s[n] for n in SCORE_FIELDS} for s in scores), key=lambda s: s["subcriterion_id"])
    return record


def decision_record(row: Mapping[str, Any]) -> dict[str, Any]:
    record = {name: row[name] for name in DECISION_FIELDS}
    record["members_present"] = json.loads(row["members_present"])
    recused = json.loads(row.get("members_recused") or "[]")
    if recused:
        record["members_recused"] = recused
    return record


def plain_record(fields: tuple[str, ...], row: Mapping[str, Any]) -> dict[str, Any]:
    return {name: row[name] for name in fields}


# ---- records to domain objects (for the store's rows and the checks) ----


def proposal_of(record: Mapping[str, Any]) -> Proposal:
    """The domain proposal a checked record describes: its row but for the sectors, a list rather than JSON."""
    actors = tuple(actor_from_row(a) for a in record["actors"])  # an actor's record has its row's names
    return proposal_from_row({**record, "sectors": json.dumps(record["sectors"])}, actors)


def decision_of(record: Mapping[str, Any]) -> Decision:
    """The domain decision a checked record describes: its row but for the members present, a list."""
    return decision_from_row(
        {
            **record,
            "members_present": json.dumps(record["members_present"]),
            "members_recused": json.dumps(record.get("members_recused", [])),
        }
    )


# ---- checks of received records: every problem named, nothing trusted ----


def record_problems(entity: Entity, record: Any, rubric: Rubric, blobs: Mapping[str, int]) -> list[Problem]:
    """What is wrong with a received record; `blobs` maps the package's attachment hashes to their sizes."""
    if entity in WITHDRAWABLE and isinstance(record, dict) and "withdrawn" in record:
        return _withdrawal_problems(record)
    problems = _shape(record, FIELDS[entity], "", OPTIONAL.get(entity, ()))
    if problems:
        return problems
    checks: dict[Entity, Callable[[], list[Problem]]] = {
        Entity.PROPOSAL: lambda: _proposal_problems(record, blobs),
        Entity.EVALUATION: lambda: _evaluation_problems(record, rubric),
        Entity.DECISION: lambda: _decision_problems(record),
        Entity.GATE_OVERRIDE: lambda: _override_problems(record),
        Entity.INTEREST: lambda: _interest_problems(record),
        Entity.ASSIGNMENT: lambda: _assignment_problems(record),
    }
    return checks[entity]()


def _withdrawal_problems(record: dict[str, Any]) -> list[Problem]:
    if set(record) != set(WITHDRAWAL_FIELDS):
        return [Problem("record", t("a withdrawal holds only proposal_uuid and withdrawn"))]
    problems = []
    if not isinstance(record["proposal_uuid"], str) or not UUID.match(record["proposal_uuid"]):
        problems.append(Problem("proposal_uuid", t("must be an identifier"), record["proposal_uuid"]))
    if not isinstance(record["withdrawn"], str) or not HEX64.match(record["withdrawn"]):
        problems.append(Problem("withdrawn", t("must name a version (64 hexadecimal digits)"), record["withdrawn"]))
    return problems


def evaluator_problems(record: Any) -> list[Problem]:
    problems = _shape(record, EVALUATOR_FIELDS, "")
    if problems:
        return problems
    problems = _stamp_problems(record, "")
    for name in ("name", "role", "key_fingerprint"):
        value = record[name]
        if not isinstance(value, str) or not value.strip() or len(value) > 200:
            problems.append(Problem(name, t("must be text of 1-200 characters"), value))
    return problems


def _shape(record: Any, fields: tuple[str, ...], where: str, optional: tuple[str, ...] = ()) -> list[Problem]:
    if not isinstance(record, dict):
        return [Problem(where or "record", t("must be a JSON object"))]
    missing = [f for f in fields if f not in record]
    extra = sorted(set(record) - set(fields) - set(optional))
    problems = [Problem(f"{where}{f}", t("is missing")) for f in missing]
    problems += [Problem(f"{where}{f}", t("is not a field RED Desktop knows")) for f in extra]
    if not problems and not (isinstance(record["uuid"], str) and UUID.match(record["uuid"])):
        problems.append(Problem(f"{where}uuid", t("must be an identifier of 1-64 letters, digits or dashes")))
    return problems


def _stamp_problems(record: Mapping[str, Any], where: str) -> list[Problem]:
    problems = []
    revision = record["revision"]
    if not isinstance(revision, int) or isinstance(revision, bool) or not 1 <= revision <= 2**53:
        problems.append(Problem(f"{where}revision", t("must be a whole number of at least 1"), revision))
    for name in ("created_at", "updated_at", "updated_by"):
        value = record[name]
        if not isinstance(value, str) or len(value) > MAX_STAMP_TEXT:
            problems.append(
                Problem(f"{where}{name}", t("must be text of at most {limit} characters", limit=MAX_STAMP_TEXT), value)
            )
    return problems


def _items(record: Mapping[str, Any], name: str, fields: tuple[str, ...]) -> tuple[list[dict], list[Problem]]:
    items = record[name]
    if not isinstance(items, list) or len(items) > MAX_ITEMS:
        return [], [Problem(name, t("must be a list of at most {limit:,} items", limit=MAX_ITEMS))]
    problems: list[Problem] = []
    for index, item in enumerate(items, start=1):
        where = f"{name}[{index}]."
        shape = _shape(item, fields, where)
        problems += shape or _stamp_problems(item, where)
    return items, problems


def _proposal_problems(record: Mapping[str, Any], blobs: Mapping[str, int]) -> list[Problem]:
    problems = _stamp_problems(record, "")
    actors, actor_problems = _items(record, "actors", ACTOR_FIELDS)
    attachments, attachment_problems = _items(record, "attachments", ATTACHMENT_FIELDS)
    problems += actor_problems + attachment_problems
    if not isinstance(record["sectors"], list):
        problems.append(Problem("sectors", t("must be a list"), record["sectors"]))
    enums = {
        "region_kind": (RegionKind, True),
        "region_type": (RegionType, True),
        "priority_area": (PriorityArea, True),
        "status": (ProposalStatus, False),
    }
    problems += [p for name, (enum, optional) in enums.items() for p in _enum(record[name], enum, name, optional)]
    for index, actor in enumerate(actors if not actor_problems else (), start=1):
        for name, enum in (("actor_type", ActorType), ("contribution_kind", ContributionKind), ("evidence", Evidence)):
            problems += _enum(actor[name], enum, f"actors[{index}].{name}", False)
    if problems:
        return problems
    merged_into = record.get("merged_into")
    if "merged_into" in record and (
        not isinstance(merged_into, str) or not UUID.match(merged_into) or merged_into == record["uuid"]
    ):
        problems.append(Problem("merged_into", t("must name another proposal"), merged_into))
    if problems:
        return problems
    problems = proposal_problems(proposal_of(record))
    if len({a["uuid"] for a in actors}) != len(actors):
        problems.append(Problem("actors", t("lists the same actor twice")))
    for index, attachment in enumerate(attachments, start=1):
        problems += _attachment_problems(attachment, f"attachments[{index}]", blobs)
    return problems


def _attachment_problems(item: Mapping[str, Any], where: str, blobs: Mapping[str, int]) -> list[Problem]:
    problems = []
    name, sha256, size = item["filename"], item["sha256"], item["size"]
    if not isinstance(name, str) or not name or safe_filename(name) != name:
        problems.append(Problem(f"{where}.filename", t("must be a plain file name without folders"), name))
    if not isinstance(item["media_type"], str) or len(item["media_type"]) > 200:
        problems.append(Problem(f"{where}.media_type", t("must be text"), item["media_type"]))
    if not isinstance(sha256, str) or not HEX64.match(sha256):
        problems.append(Problem(f"{where}.sha256", t("must be 64 lower-case hexadecimal digits"), sha256))
    elif not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= MAX_ATTACHMENT_BYTES:
        problems.append(
            Problem(f"{where}.size", t("must be a whole number of bytes up to {limit:,}", limit=MAX_ATTACHMENT_BYTES))
        )
    elif sha256 not in blobs:
        problems.append(Problem(f"{where}.sha256", t("names content the package does not carry"), sha256))
    elif blobs[sha256] != size:
        problems.append(
            Problem(
                f"{where}.size",
                t("is {size:,} but the content carried is {carried:,} bytes", size=size, carried=blobs[sha256]),
            )
        )
    return problems


def _evaluation_problems(record: Mapping[str, Any], rubric: Rubric) -> list[Problem]:
    problems = _stamp_problems(record, "")
    for name in ("proposal_uuid", "evaluator_uuid"):
        if not isinstance(record[name], str) or not UUID.match(record[name]):
            problems.append(Problem(name, t("must be an identifier"), record[name]))
    for name in ("rubric_id", "rubric_version"):
        if not isinstance(record[name], str) or not 0 < len(record[name]) <= 100:
            problems.append(Problem(name, t("must be text of 1-100 characters"), record[name]))
    problems += _enum(record["state"], EvaluationState, "state", False)
    scores, score_shape = _items(record, "scores", SCORE_FIELDS)
    problems += score_shape
    if problems:
        return problems
    if (record["rubric_id"], record["rubric_version"]) != (rubric.id, rubric.version):
        return [
            Problem(
                "rubric",
                t(
                    "is {rubric} {version}; this store scores with {store_rubric} {store_version}",
                    rubric=record["rubric_id"],
                    version=record["rubric_version"],
                    store_rubric=rubric.id,
                    store_version=rubric.version,
                ),
            )
        ]
    for score in scores:
        problems += score_problems(score["subcriterion_id"], score["level"], score["justification"], rubric)
    if len({s["subcriterion_id"] for s in scores}) != len(scores):
        problems.append(Problem("scores", t("score the same sub-criterion twice")))
    return problems


def _decision_problems(record: Mapping[str, Any]) -> list[Problem]:
    problems = _stamp_problems(record, "") + _enum(record["kind"], DecisionKind, "kind", False)
    for name in ("members_present", "members_recused"):
        members = record.get(name, [])
        if not isinstance(members, list) or not all(isinstance(m, str) for m in members):
            problems.append(Problem(name, t("must be a list of names")))
    if not isinstance(record["proposal_uuid"], str) or not UUID.match(record["proposal_uuid"]):
        problems.append(Problem("proposal_uuid", t("must be an identifier"), record["proposal_uuid"]))
    for name in ("rationale", "conditions", "decided_on"):
        if not isinstance(record[name], str):
            problems.append(Problem(name, t("must be text"), record[name]))
    return problems or decision_problems(decision_of(record))


def _override_problems(record: Mapping[str, Any]) -> list[Problem]:
    problems = _stamp_problems(record, "")
    if not isinstance(record["proposal_uuid"], str) or not UUID.match(record["proposal_uuid"]):
        problems.append(Problem("proposal_uuid", t("must be an identifier"), record["proposal_uuid"]))
    rationale = record["rationale"]
    if not isinstance(rationale, str) or not rationale.strip() or len(rationale) > 5_000:
        problems.append(Problem("rationale", t("must be text of 1-5,000 characters"), rationale))
    return problems


def _interest_problems(record: Mapping[str, Any]) -> list[Problem]:
    problems = (
        _stamp_problems(record, "") + _evaluator_named(record) + _enum(record["kind"], InterestKind, "kind", False)
    )
    proposal, subject = record["proposal_uuid"], record["subject"]
    if record["kind"] == InterestKind.PROPOSAL:
        if not isinstance(proposal, str) or not UUID.match(proposal):
            problems.append(Problem("proposal_uuid", t("must be an identifier"), proposal))
    elif proposal is not None:
        problems.append(Problem("proposal_uuid", t("must be empty for a declaration by name"), proposal))
    elif not isinstance(subject, str) or not subject.strip() or len(subject) > 200:
        problems.append(Problem("subject", t("must be text of 1-200 characters"), subject))
    if not isinstance(subject, str):
        problems.append(Problem("subject", t("must be text"), subject))
    for name in ("reason", "withdrawn_reason"):
        value = record[name]
        if not isinstance(value, str) or len(value) > 5_000 or (name == "reason" and not value.strip()):
            problems.append(Problem(name, t("must be text of 1-5,000 characters"), value))
    withdrawn = record["withdrawn_at"]
    if withdrawn is not None and (not isinstance(withdrawn, str) or len(withdrawn) > MAX_STAMP_TEXT):
        problems.append(Problem("withdrawn_at", t("must be empty or a time"), withdrawn))
    return problems


def _assignment_problems(record: Mapping[str, Any]) -> list[Problem]:
    problems = _stamp_problems(record, "") + _evaluator_named(record)
    if not isinstance(record["proposal_uuid"], str) or not UUID.match(record["proposal_uuid"]):
        problems.append(Problem("proposal_uuid", t("must be an identifier"), record["proposal_uuid"]))
    due = record["due_on"]
    if due is not None and not (isinstance(due, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", due)):
        problems.append(Problem("due_on", t("must be empty or a date written YYYY-MM-DD"), due))
    if type(record["active"]) is not int or record["active"] not in (0, 1):
        problems.append(Problem("active", t("must be 0 or 1"), record["active"]))
    return problems


def _evaluator_named(record: Mapping[str, Any]) -> list[Problem]:
    problems = []
    if not isinstance(record["evaluator_uuid"], str) or not UUID.match(record["evaluator_uuid"]):
        problems.append(Problem("evaluator_uuid", t("must be an identifier"), record["evaluator_uuid"]))
    name = record["evaluator_name"]
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        problems.append(Problem("evaluator_name", t("must be text of 1-200 characters"), name))
    return problems


def _enum(value: Any, enum: type[StrEnum], name: str, optional: bool) -> list[Problem]:
    if value is None and optional:
        return []
    if isinstance(value, str) and value in {m.value for m in enum}:
        return []
    return [Problem(name, t("must be one of: {values}", values=", ".join(m.value for m in enum)), value)]
