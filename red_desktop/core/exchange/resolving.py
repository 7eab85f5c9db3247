"""Conflicts as a person resolves them: every side of a record changed on two sides, and a resolution
made field by field that descends from all of them, so no store shows the conflict again once it has it."""

from __future__ import annotations

from typing import Any

from red_desktop.core.domain import utc_now
from red_desktop.core.errors import ConflictError, NotFoundError, ValidationError
from red_desktop.core.exchange import merge
from red_desktop.core.exchange import records as rec
from red_desktop.core.exchange.model import Conflict, ConflictSide, Entity
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store


def conflicts_of(store: Store) -> list[Conflict]:
    grouped: dict[tuple[Entity, str], list[dict[str, Any]]] = {}
    for row in store.exchange.conflicts():
        grouped.setdefault((Entity(row["entity"]), row["key"]), []).append(row)
    out = []
    for (entity, key), rows in grouped.items():
        current = store.exchange.records(entity, [key]).get(key)
        sides = []
        if current is not None:
            sides.append(ConflictSide(rec.version_of(current), current, str(current["updated_by"]), True))
        sides += [ConflictSide(r["version"], r["record"], r["author"], False) for r in rows]
        out.append(
            Conflict(entity, key, _label(store, entity, sides[0].record), tuple(sides), _differing(entity, sides))
        )
    return sorted(out, key=lambda c: (list(Entity).index(c.entity), c.label))


def _differing(entity: Entity, sides: list[ConflictSide]) -> tuple[str, ...]:
    return tuple(f for f in rec.RESOLVABLE[entity] if len({rec.canonical_json(s.record[f]) for s in sides}) > 1)


def _label(store: Store, entity: Entity, record: dict[str, Any]) -> str:
    if entity is Entity.PROPOSAL:
        return f"{record['code']} — {record['title']}"
    proposal = store.exchange.records(Entity.PROPOSAL, [record["proposal_uuid"]]).get(record["proposal_uuid"])
    code = proposal["code"] if proposal else record["proposal_uuid"][:8]
    if entity is Entity.EVALUATION:
        evaluator = store.exchange.evaluator_rows([record["evaluator_uuid"]]).get(record["evaluator_uuid"])
        return f"{code} · {evaluator['name'] if evaluator else record['evaluator_uuid'][:8]}"
    return f"{code} · {entity.value.replace('_', ' ')}"


def resolve(store: Store, entity: Entity, key: str, choices: dict[str, str], rubric: Rubric) -> None:
    """See service.resolve_conflict; runs inside the caller's transaction."""
    conflict = next((c for c in conflicts_of(store) if (c.entity, c.key) == (entity, key)), None)
    if conflict is None:
        raise NotFoundError(
            f"There is no conflict on this {entity.value.replace('_', ' ')}; it may be resolved already"
        )
    sides = {s.version: s.record for s in conflict.sides}
    current = conflict.sides[0]  # the version shown meanwhile, when the store has one
    for field, version in choices.items():
        if field not in rec.RESOLVABLE[entity] or version not in sides:
            raise ConflictError(f"The resolution names an unknown field or version ({field}, {version[:12]})")
    resolved = dict(current.record)
    for field, version in choices.items():
        resolved[field] = sides[version][field]
    resolved.update(
        revision=max(int(r["revision"]) for r in sides.values()) + 1, updated_at=utc_now(), updated_by=store.user
    )
    blobs = _blobs(store, resolved) if entity is Entity.PROPOSAL else {}
    problems = rec.record_problems(entity, resolved, rubric, {sha: len(b) for sha, b in blobs.items()})
    if problems:
        raise ValidationError("The resolved record", problems)
    version = rec.version_of(resolved)
    exchange = store.exchange
    before = rec.version_of(current.record) if current.current else None
    gained = merge.observed(exchange.lineage(entity, [key]).get(key, {}), exchange.heads(entity).get(key), before)
    exchange.add_lineage(entity, key, {**gained, version: tuple(sorted(sides))})
    exchange.write(entity, resolved, blobs)
    exchange.set_head(entity, key, version)
    exchange.set_conflicts(entity, key, {})
    exchange.drop_unused_blobs()
    audit = store.audit
    picked = ", ".join(f"{f} from {v[:8]}" for f, v in sorted(choices.items())) or "every field as shown"
    audit.record(audit.entry("conflict_resolved", entity.value, key, "version", before, version, picked))
    store.summaries.refresh(rubric, [key if entity is Entity.PROPOSAL else resolved["proposal_uuid"]])


def _blobs(store: Store, record: dict[str, Any]) -> dict[str, bytes]:
    found = {a["sha256"]: store.exchange.blob(a["sha256"]) for a in record["attachments"]}
    return {sha: content for sha, content in found.items() if content is not None}
