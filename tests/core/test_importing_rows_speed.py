"""to_records reads a table column by column, coerces each distinct value once and builds each proposal once (issue
15, item 7 "Speed"): the values it caches must still give every row its own problems, records carry no ids (the
store gives them), and every record it returns has passed validation (ImportRecord.validated)."""

from __future__ import annotations

import gc
import uuid
from pathlib import Path

import pytest

from red_desktop.core.domain import ActorType, Evidence, RegionType
from red_desktop.core.importing import convert
from red_desktop.core.importing.convert import to_records
from red_desktop.core.importing.mapping import ColumnMapping
from red_desktop.core.importing.readers import read_table
from red_desktop.core.importing.records import ERROR, WARNING, ImportRecord
from red_desktop.core.store import Store
from red_desktop.core.validation import proposal_problems
from tests.factories import csv_export

HEADER = ["_uuid", "codigo", "titulo", "pais", "monto", "tipo", "actor", "tipo_actor", "evidencia", "aporte"]
MAPPING = ColumnMapping(
    "speed",
    columns={
        "codigo": "proposal.code",
        "titulo": "proposal.title",
        "pais": "proposal.country",
        "monto": "proposal.requested_amount",
        "tipo": "proposal.region_type",
        "actor": "actor[1].name",
        "tipo_actor": "actor[1].actor_type",
        "evidencia": "actor[1].evidence",
        "aporte": "actor[1].contribution",
    },
    values={"actor.actor_type": {"empresa": "business"}},
)


def write(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    return csv_export(path, header, rows)


def row(n: int, **cells: str) -> list[str]:
    values = {
        "_uuid": f"uuid-{n}",
        "codigo": f"RED-PE-2026-{n:05d}",
        "titulo": f"Clúster {n}",
        "pais": "PE",
        "monto": "1.500.000,50",
        "tipo": "marginalized",
        "actor": "Cámara",
        "tipo_actor": "empresa",
        "evidencia": "none",
        "aporte": "250000",
    }
    values.update(cells)
    return [values[h] for h in HEADER]


def test_records_carry_no_ids_and_the_store_gives_each_proposal_and_actor_a_new_one(tmp_path: Path) -> None:
    records, _ = to_records(read_table(write(tmp_path / "a.csv", [row(1), row(2)])), MAPPING)
    assert all(r.proposal.uuid == "" and all(a.uuid == "" for a in r.proposal.actors) for r in records)
    with Store.open(tmp_path / "s.sqlite", user="ana") as store:
        report = store.imports.apply(records, "a.csv")
        stored = [store.proposals.get(uuid) for uuid in report.added_uuids]
    ids = [p.uuid for p in stored] + [a.uuid for p in stored for a in p.actors]
    assert len(ids) == 4 and len(set(ids)) == 4
    assert all(uuid.UUID(i).version == 4 for i in ids)


def test_every_record_is_marked_validated_and_passes_validation(tmp_path: Path) -> None:
    records, problems = to_records(read_table(write(tmp_path / "a.csv", [row(n) for n in range(1, 6)])), MAPPING)
    assert len(records) == 5 and not [p for p in problems if p.severity == ERROR]
    assert all(r.validated and proposal_problems(r.proposal) == [] for r in records)
    assert records[0].proposal.requested_amount == 1_500_000.5
    assert records[0].proposal.region_type is RegionType.MARGINALIZED
    actor = records[0].proposal.actors[0]
    assert (actor.actor_type, actor.evidence, actor.contribution) == (ActorType.BUSINESS, Evidence.NONE, 250_000)
    built = ImportRecord(2, "uuid-1", None, records[0].proposal)
    assert built.validated is False  # a record made elsewhere is not taken as checked


def test_a_value_seen_before_still_gives_each_row_its_own_problems(tmp_path: Path) -> None:
    rows = [
        row(1, monto="mucho", tipo="zona marginada", tipo_actor="ovni", pais="Perú", aporte="x"),
        row(2, monto="mucho", tipo="zona marginada", tipo_actor="ovni", pais="Perú", aporte="x"),
        row(3, pais="Perú"),
    ]
    records, problems = to_records(read_table(write(tmp_path / "a.csv", rows)), MAPPING)
    assert [r.row for r in records] == [4]
    for number in (2, 3):
        mine = [(p.column, p.value, p.severity) for p in problems if p.row == number]
        assert mine == [
            ("monto", "mucho", ERROR),
            ("tipo", "zona marginada", WARNING),
            ("tipo_actor", "ovni", ERROR),
            ("aporte", "x", ERROR),
        ]
    summary = [p for p in problems if p.row is None and "in words" in p.reason]
    assert [p.reason for p in summary] == ["3 rows name their country in words: Perú → PE"]


def test_the_cycle_collector_is_back_on_afterwards_even_after_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = read_table(write(tmp_path / "a.csv", [row(1)]))
    to_records(table, MAPPING)
    assert gc.isenabled()

    def broken(*args: object) -> None:
        raise RuntimeError("in the middle of the rows")

    monkeypatch.setattr(convert, "_validate", broken)
    with pytest.raises(RuntimeError):
        to_records(table, MAPPING)
    assert gc.isenabled()
