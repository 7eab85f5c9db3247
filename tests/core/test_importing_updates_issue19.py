"""A re-import's updates are written a chunk at a time (issue 19): the store ends exactly as when each update went
through Proposals.update one at a time, and one update a record no longer means several queries a record."""

from __future__ import annotations

import random
import uuid as uuid_module
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from red_desktop.core import domain
from red_desktop.core.domain import ActorType, RegionType, Stamp
from red_desktop.core.importing.records import ImportRecord
from red_desktop.core.store import Store, imports
from tests.factories import actor, proposal

SOURCE = "kobo-2026-03.xlsx"
NOW = "2026-03-09T12:00:00.000Z"


def records(count: int, **changes: Any) -> list[ImportRecord]:
    return [
        ImportRecord(
            row=i + 2,
            submission_id=f"sub-{i:04d}",
            submitted_at=f"2026-03-01T10:{i % 60:02d}:00Z",
            proposal=replace(
                proposal(f"RED-PE-2026-{i:04d}", region_type=RegionType.EMERGING, **changes), stamp=Stamp()
            ),  # as a file's rows come: no stamp
        )
        for i in range(count)
    ]


def revised(batch: list[ImportRecord]) -> list[ImportRecord]:
    """Every kind of change an update makes: a title, a code (its old one kept as a former code), a region type
    (the score summary goes stale), an actor changed, one added, one dropped; and rows left as they were."""
    out = list(batch)
    out[0] = replace(out[0], proposal=replace(out[0].proposal, title="Título revisado"))
    out[1] = replace(out[1], proposal=replace(out[1].proposal, code="RED-PE-2026-9001"))
    out[2] = replace(out[2], proposal=replace(out[2].proposal, region_type=RegionType.DECLINING))
    people = out[3].proposal.actors
    out[3] = replace(
        out[3], proposal=replace(out[3].proposal, actors=(replace(people[0], name="Otro nombre"), *people[1:]))
    )
    out[4] = replace(out[4], proposal=replace(out[4].proposal, actors=(*people, actor(ActorType.CIVIL_SOCIETY))))
    out[5] = replace(out[5], proposal=replace(out[5].proposal, actors=people[:1]), submitted_at=None)
    return out


def dump(store: Store) -> list[tuple[Any, ...]]:
    """Every row an import writes, without the audit log's own entry ids (new ones each time)."""
    tables = {
        "proposals": "*",
        "actors": "*",
        "import_sources": "*",
        "former_codes": "*",
        "proposal_scores": "proposal_uuid, rubric_id, rubric_version, total",
        "audit_log": "at, actor, action, entity, entity_uuid, field, old_value, new_value, reason",
    }
    rows = [
        (table, *row) for table, columns in tables.items() for row in store.db.execute(f"SELECT {columns} FROM {table}")
    ]
    return sorted(rows, key=repr)


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    """One moment for every stamp (the one-at-a-time way reads the clock once an update)."""
    import sys

    clock = domain.utc_now
    for module in list(sys.modules.values()):
        if getattr(module, "utc_now", None) is clock:
            monkeypatch.setattr(module, "utc_now", lambda: NOW)


def written(tmp_path: Path, name: str, one_by_one: bool, monkeypatch: pytest.MonkeyPatch, rubric: Any) -> list[Any]:
    ids, seeded = iter(range(1, 10**6)), random.Random(19)  # the same ids in both stores
    monkeypatch.setattr(uuid_module, "uuid4", lambda: uuid_module.UUID(int=seeded.getrandbits(128), version=4))
    monkeypatch.setattr(
        imports, "ascending_uuids", lambda n: (f"00000000-0000-4000-8000-{next(ids):012d}" for _ in range(n))
    )
    with Store.open(tmp_path / f"{name}.sqlite", user="tester") as store:
        batch = records(8)
        store.imports.apply(batch, SOURCE)
        store.summaries.refresh(rubric, [u for (u,) in store.db.execute("SELECT uuid FROM proposals")])
        with monkeypatch.context() as patch:
            if one_by_one:
                patch.setattr(imports.Imports, "_update", imports.Imports._update_one_by_one)
            report = store.imports.apply(revised(batch), "again.xlsx")
        assert (report.added, report.updated, report.unchanged) == (0, 6, 2)
        return dump(store)


@pytest.mark.usefixtures("frozen")
@pytest.mark.parametrize("chunk", [500, 4])
def test_updates_written_together_leave_the_store_as_one_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rubric: Any, chunk: int
) -> None:
    monkeypatch.setattr(imports, "_UPDATES", chunk)
    together = written(tmp_path, "together", False, monkeypatch, rubric)
    one_by_one = written(tmp_path, "one", True, monkeypatch, rubric)
    assert together == one_by_one
    former = [row for row in together if row[0] == "former_codes"]
    assert [row[1] for row in former] == ["RED-PE-2026-0001"]
    stale = [row for row in together if row[0] == "proposal_scores" and row[2] == ""]
    assert len(stale) == 1  # the proposal whose region type changed


def test_updates_read_the_stored_proposals_in_a_few_queries(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store.imports.apply(records(40), SOURCE)
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    report = store.imports.apply(records(40, title="Otro título"), SOURCE)
    store.db.conn.set_trace_callback(None)
    assert report.updated == 40
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(reads) < 10, reads  # one at a time: four a record (its proposal and actors, twice), and its hash
    assert [p.title for p in store.proposals.all()] == ["Otro título"] * 40
    assert all(p.stamp.revision == 2 for p in store.proposals.all())
