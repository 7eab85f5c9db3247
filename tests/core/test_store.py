"""The store: round trips, revisions, refusals that write nothing, the audit log, transactions."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from red_desktop.core.domain import ActorType, Evaluator, Evidence, ProposalStatus, RegionType
from red_desktop.core.errors import ConflictError, NotFoundError, StoreError, ValidationError
from red_desktop.core.store import Store
from tests.factories import actor, proposal


def without_stamps(p):  # type: ignore[no-untyped-def]
    return replace(p, stamp=None, actors=tuple(replace(a, stamp=None) for a in p.actors))


def test_a_proposal_round_trips_with_its_actors(store: Store) -> None:
    original = proposal(sectors=("café especial", "turismo rural"), title="Región Andina: café de altura ñ ç ã")
    stored = store.proposals.add(original)
    loaded = store.proposals.get(original.uuid)
    assert without_stamps(loaded) == without_stamps(original)
    assert loaded.stamp == stored.stamp
    assert (loaded.stamp.revision, loaded.stamp.updated_by) == (1, "tester")
    assert store.proposals.by_code("RED-PE-2026-001").uuid == original.uuid
    assert [a.name for a in loaded.actors] == [a.name for a in original.actors]


def test_every_record_carries_uuid_revision_and_update_stamp(store: Store) -> None:
    store.proposals.add(proposal())
    for table in ("proposals", "actors"):
        columns = {c.name for c in store.db[table].columns}
        assert {"uuid", "revision", "updated_at", "updated_by"} <= columns


def test_an_update_bumps_the_revision_and_restamps_only_changed_actors(store: Store) -> None:
    stored = store.proposals.add(proposal())
    changed_actor = replace(stored.actors[1], evidence=Evidence.LETTER_OF_INTENT)
    edited = replace(stored, title="Nuevo título", actors=(stored.actors[0], changed_actor))
    updated = store.proposals.update(edited)
    assert updated.stamp.revision == 2
    assert store.proposals.get(stored.uuid).title == "Nuevo título"
    revisions = [a.stamp.revision for a in store.proposals.get(stored.uuid).actors]
    assert revisions == [1, 2]  # the third actor was removed


def test_an_update_from_a_stale_revision_is_refused(store: Store) -> None:
    stored = store.proposals.add(proposal())
    store.proposals.update(replace(stored, title="First edit"))
    with pytest.raises(ConflictError, match="changed elsewhere"):
        store.proposals.update(replace(stored, title="Second edit from an old copy"))
    assert store.proposals.get(stored.uuid).title == "First edit"


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"region_type": "urban"}, "region_type"),
        ({"requested_amount": -5.0}, "requested_amount"),
        ({"counterpart_private": "12 mil"}, "counterpart_private"),
        ({"beneficiary_msmes": 12.5}, "beneficiary_msmes"),
        ({"requested_amount": float("inf")}, "requested_amount"),
        ({"requested_amount": 1e15}, "requested_amount"),
        ({"country": "XX"}, "country"),
        ({"title": "  "}, "title"),
        ({"title": "x" * 301}, "title"),
        ({"regional_diagnosis": "y" * 20_001}, "regional_diagnosis"),
        ({"code": "RED PE 2026 001"}, "code"),
        ({"latitude": 95.0}, "latitude"),
        ({"longitude": None}, "location"),
        ({"status": "approved"}, "status"),
        ({"actors": (actor(ActorType.BUSINESS, contribution=-1.0),)}, "actors[1].contribution"),
    ],
)
def test_invalid_input_is_refused_with_the_field_and_nothing_is_written(
    store: Store, changes: dict, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        store.proposals.add(proposal(**changes))
    assert field in [p.location for p in refused.value.problems]
    assert store.proposals.count() == 0 and store.db["actors"].count == 0


def test_a_duplicate_code_is_refused(store: Store) -> None:
    store.proposals.add(proposal())
    with pytest.raises(ValidationError, match="code: is already used"):
        store.proposals.add(proposal())
    assert store.proposals.count() == 1


def test_missing_records_are_reported(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.proposals.get("no-such-uuid")
    with pytest.raises(NotFoundError, match="RED-XX"):
        store.proposals.by_code("RED-XX")


def test_a_transaction_keeps_all_or_nothing(store: Store) -> None:
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.proposals.add(proposal("RED-PE-2026-001"))
            store.proposals.add(proposal("RED-PE-2026-002"))
            raise RuntimeError("power cut")
    assert store.proposals.count() == 0


def test_a_failing_step_rolls_back_the_whole_action(store: Store) -> None:
    with pytest.raises(ValidationError):
        with store.transaction():
            store.proposals.add(proposal("RED-PE-2026-001"))
            store.proposals.add(proposal("RED-PE-2026-002", requested_amount=-1.0))
    assert store.proposals.count() == 0


def test_connections_use_wal_and_foreign_keys(store: Store) -> None:
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with Store.open(store.path, readonly=True) as reader:
        assert reader.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_the_database_itself_refuses_what_validation_would(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute(
            "INSERT INTO proposals (uuid, code, title, country, status, created_at, updated_at, updated_by,"
            " region_type) VALUES ('u', 'c', 't', 'PE', 'draft', '', '', '', 'urban')"
        )


def test_a_full_disk_gives_a_clear_message_and_keeps_nothing(store: Store) -> None:
    store.proposals.add(proposal("RED-PE-2026-001"))
    store.db.execute("VACUUM")  # no free pages left for the new proposal (migrations drop tables)
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    store.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite answers SQLITE_FULL, as on a full disk
    with pytest.raises(StoreError, match="could not be written.*nothing was saved"):
        store.proposals.add(proposal("RED-PE-2026-002", regional_diagnosis="x" * 19_000))
    assert store.proposals.count() == 1


def test_evaluators_are_unique_by_name(store: Store) -> None:
    store.evaluators.add(Evaluator("Ana Lucía Quispe"))
    with pytest.raises(ValidationError, match="already on the roster"):
        store.evaluators.add(Evaluator(" Ana Lucía Quispe "))
    with pytest.raises(ValidationError, match="name"):
        store.evaluators.add(Evaluator(""))


def test_a_read_only_store_refuses_writes(store: Store) -> None:
    with Store.open(store.path, readonly=True) as reader:
        with pytest.raises(StoreError, match="read-only"):
            reader.proposals.add(proposal())


def test_status_and_region_type_are_enums_after_loading(store: Store) -> None:
    store.proposals.add(proposal(status=ProposalStatus.SUBMITTED))
    loaded = store.proposals.by_code("RED-PE-2026-001")
    assert loaded.status is ProposalStatus.SUBMITTED and loaded.region_type is RegionType.MARGINALIZED
