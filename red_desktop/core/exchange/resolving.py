"""Conflicts as a person resolves them: every side of a record changed on two sides, and a resolution
made field by field that descends from all of them, so no store shows the conflict again once it has it."""

from __future__ import annotations

from typing import Any

from red_desktop.core.domain import ProposalStatus, utc_now
from red_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from red_desktop.core.exchange import canonical as rec
from red_desktop.core.exchange.model import Conflict, ConflictSide, Entity
from red_desktop.core.exchange.state import current_versions, remember
from red_desktop.core.messages import t
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store


def conflicts_of(store: Store) -> list[Conflict]:
    grouped: dict[tuple[Entity, str], list[dict[str, Any]]] = {}
    for row in store.exchange.conflicts():
        grouped.setdefault((Entity(row["entity"]), row["key"]), []).append(row)
    out = []
    for (entity, key), rows in grouped.items():
        current = current_versions(store, entity, [key]).get(key)
        sides = []
        if current is not None:
            author = str(current.record.get("updated_by", t("this store")))
            sides.append(ConflictSide(current.version, current.record, author, True))
        sides += [ConflictSide(r["version"], r["record"], r["author"], False) for r in rows]
        out.append(
            Conflict(entity, key, _label(store, entity, sides[0].record), tuple(sides), _differing(entity, sides))
        )
    return sorted(out, key=lambda c: (list(Entity).index(c.entity), c.label))


def _differing(entity: Entity, sides: list[ConflictSide]) -> tuple[str, ...]:
    """The fields whose values differ; "withdrawn" first when one side removed the record."""
    fields = (*(("withdrawn",) if entity in rec.WITHDRAWABLE else ()), *rec.RESOLVABLE[entity])
    return tuple(f for f in fields if len({rec.canonical_json(s.record.get(f)) for s in sides}) > 1)


def _label(store: Store, entity: Entity, record: dict[str, Any]) -> str:
    if entity is Entity.PROPOSAL:
        return f"{record['code']} — {record['title']}"
    if entity is Entity.INTEREST and not record.get("proposal_uuid"):
        return t(
            "conflict of interest of {name} with {subject}", name=record["evaluator_name"], subject=record["subject"]
        )
    proposal = store.exchange.records(Entity.PROPOSAL, [record["proposal_uuid"]]).get(record["proposal_uuid"])
    code = proposal["code"] if proposal else record["proposal_uuid"][:8]
    if entity is Entity.EVALUATION:
        evaluator = store.exchange.evaluator_rows([record["evaluator_uuid"]]).get(record["evaluator_uuid"])
        return f"{code} · {evaluator['name'] if evaluator else record['evaluator_uuid'][:8]}"
    if entity is Entity.DECISION:
        return t("{code} · decision", code=code)
    if entity is Entity.INTEREST:
        return t("conflict of interest of {name} with {code}", name=record["evaluator_name"], code=code)
    if entity is Entity.ASSIGNMENT:
        return t("{code} · assigned to {name}", code=code, name=record["evaluator_name"])
    return t("{code} · gate override", code=code)


def resolve(store: Store, entity: Entity, key: str, choices: dict[str, str], rubric: Rubric) -> None:
    """See service.resolve_conflict; runs inside the caller's transaction."""
    conflict = next((c for c in conflicts_of(store) if (c.entity, c.key) == (entity, key)), None)
    if conflict is None:
        raise NotFoundError(_no_conflict(entity))
    sides = {s.version: s.record for s in conflict.sides}
    for field, version in choices.items():
        if field not in conflict.fields or version not in sides:
            raise ConflictError(
                t(
                    "The resolution names an unknown field or version ({field}, {version})",
                    field=field,
                    version=version[:12],
                )
            )
    resolved = _resolved(entity, key, conflict, choices, store.user)
    blobs = _blobs(store, resolved) if entity is Entity.PROPOSAL else {}
    problems = rec.record_problems(entity, resolved, rubric, {sha: len(b) for sha, b in blobs.items()})
    if problems:
        raise ValidationError(t("The resolved record"), problems)
    version = rec.version_of(resolved)
    exchange = store.exchange
    current = current_versions(store, entity, [key]).get(key)
    before = current.version if current else None
    if current is not None:
        remember(store, entity, key, current)
    exchange.add_lineage(entity, key, {version: tuple(sorted(sides))})
    reached_before = store.interests.conflicted_pairs() if entity is Entity.INTEREST else set()
    exchange.write(entity, resolved, blobs)
    if entity is Entity.DECISION and rec.is_withdrawal(resolved):
        store.proposals.set_status(key, ProposalStatus.UNDER_REVIEW, "conflict resolved: decision withdrawn")
    exchange.set_head(entity, key, version)
    exchange.set_conflicts(entity, key, {})
    exchange.drop_unused_blobs()
    audit = store.audit
    picked = ", ".join(f"{f} from {v[:8]}" for f, v in sorted(choices.items())) or "every field as shown"
    audit.record(audit.entry("conflict_resolved", entity.value, key, "version", before, version, picked))
    if entity is Entity.INTEREST:  # the proposals whose evaluations the declaration now leaves out, or no longer does
        changed = sorted({p for _e, p in reached_before ^ store.interests.conflicted_pairs()})
        if changed:
            store.summaries.refresh(rubric, changed)
    elif entity is not Entity.ASSIGNMENT:
        store.summaries.refresh(rubric, [key if entity is Entity.PROPOSAL else str(resolved["proposal_uuid"])])


def _no_conflict(entity: Entity) -> str:
    if entity is Entity.PROPOSAL:
        return t("There is no conflict on this proposal; it may be resolved already")
    if entity is Entity.EVALUATION:
        return t("There is no conflict on this evaluation; it may be resolved already")
    if entity is Entity.DECISION:
        return t("There is no conflict on this decision; it may be resolved already")
    if entity is Entity.INTEREST:
        return t("There is no conflict on this declaration; it may be resolved already")
    if entity is Entity.ASSIGNMENT:
        return t("There is no conflict on this assignment; it may be resolved already")
    return t("There is no conflict on this gate override; it may be resolved already")


def _resolved(entity: Entity, key: str, conflict: Conflict, choices: dict[str, str], user: str) -> dict[str, Any]:
    """The record the choices make: the shown version (or the first still standing) with the chosen fields."""
    sides = {s.version: s.record for s in conflict.sides}
    standing = [s for s in conflict.sides if not rec.is_withdrawal(s.record)]
    if "withdrawn" in choices and rec.is_withdrawal(sides[choices["withdrawn"]]):
        return rec.withdrawal(key, standing[0].version if standing else choices["withdrawn"])
    resolved = dict(standing[0].record)
    for field, version in choices.items():
        if field != "withdrawn":
            if rec.is_withdrawal(sides[version]):
                raise ConflictError(
                    t("The {field} cannot be taken from the side that withdrew the record", field=field)
                )
            value = sides[version].get(field)
            if value is None and field in rec.OPTIONAL.get(entity, ()):
                resolved.pop(field, None)
            else:
                resolved[field] = value
    revision = max(int(r.get("revision", 0)) for r in sides.values()) + 1
    return {**resolved, "revision": revision, "updated_at": utc_now(), "updated_by": user}


def _blobs(store: Store, record: dict[str, Any]) -> dict[str, bytes]:
    found = {a["sha256"]: store.exchange.blob(a["sha256"]) for a in record["attachments"]}
    return {sha: content for sha, content in found.items() if content is not None}
