"""The store side of a large import made fast without changing what it stores: the same content hashes as the
stores already hold, new ids for every added proposal and actor, validation not run twice."""

from __future__ import annotations

import gc
import hashlib
import json
import uuid
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import pytest

from red_desktop.core.domain import Actor, ActorType, PriorityArea, Proposal, RegionKind, RegionType
from red_desktop.core.importing.records import ImportRecord
from red_desktop.core.progress import Cancelled
from red_desktop.core.store import Store, imports
from red_desktop.core.store.imports import content_hash
from red_desktop.core.store.proposals import ascending_uuids
from tests.factories import actor, proposal


def former_content_hash(p: Proposal) -> str:
    """content_hash as the stores' digests were written before it was made faster (commit b9b94e1)."""

    def content(record: Proposal | Actor) -> dict[str, Any]:
        return {f.name: getattr(record, f.name) for f in fields(record) if f.name not in {"uuid", "stamp", "actors"}}

    value = content(p)
    value["actors"] = [content(a) for a in p.actors]
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"title": "Desarrollo productivo de la Región Ñuble — “valle” 東京", "sectors": ("agro", "turismo")},
        {"region_kind": None, "region_type": None, "priority_area": None, "latitude": None, "longitude": None},
        {"region_kind": RegionKind.METROPOLITAN_AREA, "region_type": RegionType.EMERGING, "latitude": -12.0464},
        {"priority_area": PriorityArea.VALUE_CHAINS, "requested_amount": 1_000_000.5, "beneficiary_msmes": 7},
        {"actors": ()},
    ],
)
def test_the_content_hash_is_the_one_the_stores_already_hold(changes: dict[str, Any]) -> None:
    p = replace(proposal(actors=(actor(ActorType.BUSINESS), actor(ActorType.UNIVERSITY))), **changes)
    assert content_hash(p) == former_content_hash(p)  # else a re-import of unchanged rows would update them all


@pytest.mark.parametrize("count", [1, 2, 3, 1000])
def test_ascending_uuids_are_new_version_4_uuids_in_order(count: int) -> None:
    ids = list(ascending_uuids(count))
    assert ids == sorted(ids) and len(set(ids)) == count
    assert all(str(uuid.UUID(i)) == i and uuid.UUID(i).version == 4 for i in ids)
    assert set(ids).isdisjoint(ascending_uuids(count))


def batch(count: int, start: int = 0, **flags: Any) -> list[ImportRecord]:
    kinds = (ActorType.LOCAL_GOVERNMENT, ActorType.BUSINESS)
    return [
        ImportRecord(
            i + 2,
            f"sub-{i:04d}",
            None,
            proposal(f"RED-PE-2026-{i:04d}", actors=tuple(actor(k) for k in kinds)),
            **flags,
        )
        for i in range(start, start + count)
    ]


def test_a_bulk_import_stores_every_proposal_and_actor_under_a_new_id(tmp_path: Path) -> None:
    records = batch(2_500)  # three chunks of the writing
    with Store.open(tmp_path / "s.sqlite", user="ana") as store:
        report = store.imports.apply(records, "kobo.xlsx")
        stored = {p.uuid: p for p in store.proposals.all()}
        assert report.added == 2_500 and list(report.added_uuids) == sorted(report.added_uuids)
        assert set(report.added_uuids) == set(stored)
        assert not {r.proposal.uuid for r in records} & set(stored)
        actor_ids = [a.uuid for p in stored.values() for a in p.actors]
        assert len(set(actor_ids)) == 5_000 and not set(actor_ids) & set(stored)
        for record, uuid_ in zip(records, report.added_uuids):
            p = stored[uuid_]
            assert p.code == record.proposal.code and p.stamp.revision == 1 and p.stamp.updated_by == "ana"
            assert [a.actor_type for a in p.actors] == [a.actor_type for a in record.proposal.actors]
            assert content_hash(p) == store.imports.source_of(record.submission_id).content_hash  # type: ignore[union-attr]
        assert store.imports.apply(records, "kobo.xlsx").unchanged == 2_500


def test_the_plan_validates_only_records_the_reader_did_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checked: list[str] = []
    real = imports.proposal_problems

    def counted(p: Proposal) -> Any:
        checked.append(p.code)
        return real(p)

    monkeypatch.setattr(imports, "proposal_problems", counted)
    with Store.open(tmp_path / "s.sqlite", user="ana") as store:
        store.imports.plan(batch(3, validated=True))
        assert checked == []
        store.imports.plan(batch(3))
        assert checked == ["RED-PE-2026-0000", "RED-PE-2026-0001", "RED-PE-2026-0002"]


@pytest.mark.parametrize("enabled", [True, False])
def test_the_cycle_collector_is_left_as_it_was(tmp_path: Path, enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        with Store.open(tmp_path / "s.sqlite", user="ana") as store:
            store.imports.apply(batch(3), "kobo.xlsx")
            assert gc.isenabled() is enabled
            taken = [replace(r, submission_id=r.submission_id + "-new") for r in batch(1)]  # a code already held
            assert store.imports.apply(taken, "kobo.xlsx").rejected == 1
            assert gc.isenabled() is enabled
            with pytest.raises(Cancelled):
                store.imports.apply(batch(3, start=10), "kobo.xlsx", progress=Cancelling())
            assert gc.isenabled() is enabled and store.proposals.count() == 3
    finally:
        gc.enable() if was else gc.disable()


class Cancelling:
    def update(self, done: int, total: int) -> None:
        pass

    def status(self, text: str) -> None:
        pass

    def cancelled(self) -> bool:
        return True
