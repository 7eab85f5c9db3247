"""What a store holds of each record, as the exchange sees it: the current version, and what it noticed.

A record saved since the exchange last looked at it is a new version descending from the one it saw. A decision
withdrawn or an eligibility override removed since is a *withdrawal*: a small record naming the version it
withdraws, so the removal travels like any change and a package carrying the removed version cannot bring it back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from red_desktop.core.exchange import canonical as rec
from red_desktop.core.exchange import merge
from red_desktop.core.exchange.model import Entity
from red_desktop.core.store import Store


@dataclass(frozen=True)
class Current:
    version: str
    record: dict[str, Any]
    lineage: merge.Lineage  # the record's lineage as the store knows it, with what was just noticed
    gained: merge.Lineage  # what was just noticed, for the store to remember


def current_versions(store: Store, entity: Entity, keys: Sequence[str] | None = None) -> dict[str, Current]:
    """The current version of each of these keys (every key the store has or had when None)."""
    heads = store.exchange.heads(entity)
    withdrawable = entity in rec.WITHDRAWABLE
    wanted = (
        list(keys)
        if keys is not None
        else sorted(set(store.exchange.keys(entity)) | (set(heads) if withdrawable else set()))
    )
    records = store.exchange.records(entity, wanted)
    lineages = store.exchange.lineage(entity, wanted)
    out = {}
    for key in wanted:
        lineage = lineages.get(key, {})
        record = records.get(key)
        if record is None:
            if not withdrawable or key not in heads:
                continue
            record = _withdrawal(key, heads[key], lineage)
        version = rec.version_of(record)
        gained = merge.observed(lineage, heads.get(key), version)
        out[key] = Current(version, record, merge.union(lineage, gained), gained)
    return out


def _withdrawal(key: str, head: str, lineage: merge.Lineage) -> dict[str, Any]:
    """The withdrawal the head is, or the one that withdraws it now."""
    parents = lineage.get(head, ())
    if len(parents) == 1 and rec.version_of(rec.withdrawal(key, parents[0])) == head:
        return rec.withdrawal(key, parents[0])
    return rec.withdrawal(key, head)


def remember(store: Store, entity: Entity, key: str, current: Current) -> None:
    """Record what was noticed (inside the caller's transaction)."""
    if current.gained:
        store.exchange.add_lineage(entity, key, current.gained)
    store.exchange.set_head(entity, key, current.version)
