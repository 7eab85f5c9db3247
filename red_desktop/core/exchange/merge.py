"""How a received version of a record merges with what the store holds: pure functions over versions.

Every version is known by the hash of its content and the versions it descends from (its lineage).
The *heads* of a record are the versions nobody has built on: one head means the record is settled;
two or more mean it was changed on two sides since their common version — a conflict, kept whole
for the committee to resolve. Which head the store shows meanwhile is decided by the heads alone
(highest revision, then latest change, then hash), so importing the same packages in any order ends
in the same state, and importing one twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from red_desktop.core.exchange.canonical import is_withdrawal
from red_desktop.core.exchange.model import Outcome

Lineage = dict[str, tuple[str, ...]]  # version -> parents


def union(*lineages: Mapping[str, Iterable[str]]) -> Lineage:
    merged: dict[str, set[str]] = {}
    for lineage in lineages:
        for version, parents in lineage.items():
            merged.setdefault(version, set()).update(parents)
    return {version: tuple(sorted(parents)) for version, parents in merged.items()}


def ancestors(lineage: Mapping[str, Iterable[str]], version: str) -> set[str]:
    """Every version `version` descends from, itself excluded."""
    seen: set[str] = set()
    stack = list(lineage.get(version, ()))
    while stack:
        current = stack.pop()
        if current not in seen:
            seen.add(current)
            stack.extend(lineage.get(current, ()))
    return seen


def subgraph(lineage: Mapping[str, Iterable[str]], version: str) -> Lineage:
    """The lineage a package carries with a version: the version and all its ancestors, with their parents."""
    return {v: tuple(sorted(lineage.get(v, ()))) for v in {version} | ancestors(lineage, version)}


def heads(versions: Iterable[str], lineage: Mapping[str, Iterable[str]]) -> set[str]:
    candidates = set(versions)
    below = set().union(*(ancestors(lineage, v) for v in candidates)) if candidates else set()
    return candidates - below


def shown(heads_: Iterable[str], records: Mapping[str, Mapping[str, Any]]) -> str:
    """The head a store shows while a record is in conflict: the same choice on every store (a withdrawal,
    having no revision, gives way to a concurrent change)."""
    return max(heads_, key=lambda v: (int(records[v].get("revision", 0)), str(records[v].get("updated_at", "")), v))


def observed(lineage: Mapping[str, Iterable[str]], last_seen: str | None, current: str | None) -> Lineage:
    """Lineage gained by noticing the current version: a local save since the exchange last looked is a new
    version descending from the one it saw then."""
    if current is None or current in lineage:
        return {}
    return {current: (last_seen,) if last_seen and last_seen != current else ()}


@dataclass(frozen=True)
class Local:
    """What a store holds of one record: the version shown, the versions in conflict with it, the lineage."""

    current: str | None
    records: dict[str, dict[str, Any]]  # version -> record, for the current version and those in conflict
    conflicts: frozenset[str]
    lineage: Lineage


@dataclass(frozen=True)
class Merged:
    outcome: Outcome
    shown: str
    conflicts: frozenset[str]
    lineage: Lineage
    records: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def changed_current(self) -> bool:
        return self.outcome in (Outcome.ADDED, Outcome.UPDATED) or bool(self.records)


def merge(local: Local, version: str, record: dict[str, Any], lineage: Mapping[str, Iterable[str]]) -> Merged:
    """The state after receiving `version` of a record with its lineage."""
    known = union(local.lineage, lineage, {version: ()})
    records = {**local.records, version: record}
    candidates = {version, *local.conflicts} | ({local.current} if local.current else set())
    tops = heads(candidates, known)
    top = shown(tops, records)
    others = frozenset(tops - {top})
    if all(is_withdrawal(records[v]) for v in tops):
        others = frozenset()  # removed on two sides: nothing to resolve
    if local.current is None:
        outcome = Outcome.ADDED if not others else Outcome.CONFLICT
    elif top == local.current and others == local.conflicts:
        outcome = Outcome.UNCHANGED
    elif not others:
        outcome = Outcome.UPDATED
    else:
        outcome = Outcome.CONFLICT
    return Merged(outcome, top, others, known, {v: records[v] for v in tops})
