"""Small builders of valid domain records for tests."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path
from typing import Any

from red_desktop.core.domain import (
    Actor,
    ActorType,
    Evidence,
    PriorityArea,
    Proposal,
    RegionKind,
    RegionType,
)


def actor(kind: ActorType, evidence: Evidence = Evidence.SIGNED_AGREEMENT, **changes: Any) -> Actor:
    return replace(
        Actor(name=f"{kind.value} of Valle del Mantaro", actor_type=kind, evidence=evidence, contribution=10_000.0),
        **changes,
    )


def proposal(code: str = "RED-PE-2026-001", **changes: Any) -> Proposal:
    base = Proposal(
        code=code,
        title="Cadena de valor de la quinua en el Valle del Mantaro",
        country="PE",
        region_name="Valle del Mantaro, Junín",
        region_kind=RegionKind.VALLEY,
        region_type=RegionType.MARGINALIZED,
        priority_area=PriorityArea.VALUE_CHAINS,
        sectors=("quinua", "lácteos"),
        executing_agency="Cámara de Comercio de Huancayo",
        requested_amount=1_000_000.0,
        counterpart_public=300_000.0,
        counterpart_private=530_000.0,
        beneficiary_msmes=420,
        duration_months=36,
        regional_diagnosis="Diagnóstico regional con énfasis en la articulación productiva.",
        latitude=-11.95,
        longitude=-75.3,
        author="Ana Lucía Quispe",
        actors=(actor(ActorType.LOCAL_GOVERNMENT), actor(ActorType.BUSINESS), actor(ActorType.UNIVERSITY)),
    )
    return replace(base, **changes)


def full_levels(rubric: Any, level: int = 2) -> dict[str, int]:
    return {s.id: level for s in rubric.subcriteria}


def bulk_store(store: Any, count: int, seed: int = 5) -> tuple[list[Proposal], list[tuple[Any, ...]]]:
    """Write `count` proposals in one transaction with made-up score summaries; returns both (for list tests).

    Codes, countries, places, region types and statuses cycle; amounts and totals are drawn from `seed`.
    """
    import random

    from red_desktop.core.domain import ProposalStatus
    from red_desktop.core.store.rows import proposal_row

    rng = random.Random(seed)
    places = ["Valle del Mantaro", "São João del-Rei", "Región Metropolitana", "Vale do Ribeira"]
    stamp = store.proposals.new_stamp()
    made, summaries = [], []
    for i in range(count):
        p = replace(
            proposal(),
            code=f"RED-{i % 7:02d}-{i:05d}",
            country=["PE", "CO", "BR", "MX"][i % 4],
            region_name=places[i // 4 % len(places)],
            region_type=[None, *RegionType][i // 16 % 4],
            status=[*ProposalStatus][i % 3],
            requested_amount=float(rng.choice([0, 250_000, 500_000, 1_000_000])),
            counterpart_public=float(rng.randrange(0, 500_000, 50_000)),
            actors=(),
            uuid=f"uuid-{i:05d}",
            stamp=stamp,
        )
        made.append(p)
        finals = rng.choice([0, 0, 1, 2, 3])
        total = None if finals == 0 else rng.choice([40.0, 50.0, 62.5, 75.0, 80.0])
        summaries.append((p.uuid, "red-default", "2026.1", finals + 1, finals, 1, total, stamp.created_at))
    with store.transaction():
        store.proposals.insert("proposals", [proposal_row(p) for p in made])
        store.db.conn.executemany("INSERT INTO proposal_scores VALUES (?, ?, ?, ?, ?, ?, ?, ?)", summaries)
    return made, summaries


def csv_export(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    """A UTF-8 CSV file as a form tool exports it: the header, then the rows."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def damage_a_data_page(path: Path) -> bytes:
    """Spoil one page of a store's data near its end, leaving its header and schema readable, as a failing disk
    does: SQLite's quick check finds it, opening the file does not. Returns the file's bytes as left."""
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages, size = (conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ("page_count", "page_size"))
    conn.close()
    data = bytearray(path.read_bytes())
    start = (pages - 4) * size  # page pages-3, 1-based: a table's leaf, far from page 1's schema
    data[start + 8 : start + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))
    return bytes(data)
