"""A small world for exchange tests: a committee and two field laptops, each with its keys and its store,
every key on every roster, and a canonical dump to compare stores by what they hold."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from red_desktop.core import identity
from red_desktop.core.domain import Decision, DecisionKind, Evaluator
from red_desktop.core.exchange import service as exchange
from red_desktop.core.exchange.model import ExportResult, ImportPlan
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from tests.factories import full_levels, proposal

PEOPLE = {
    "committee": ("Carla Mendoza", "committee_member"),
    "ana": ("Ana Quispe", "field_evaluator"),
    "bruno": ("Bruno Salles", "field_evaluator"),
}
# What a store holds, compared across stores; stamps of when something was received or exported are left out.
DUMPED = {
    "proposals": "uuid", "actors": "uuid", "attachments": "uuid", "evaluators": "uuid", "evaluations": "uuid",
    "scores": "uuid", "decisions": "uuid", "gate_overrides": "uuid",
    "exchange_lineage": "entity, key, version", "exchange_conflicts": "entity, key, version",
    "former_codes": "proposal_uuid, code", "interests": "uuid", "assignments": "uuid",
}  # fmt: skip
LEFT_OUT = {"exchange_conflicts": ("author", "received_at")}


@dataclass
class Party:
    name: str
    role: str
    keys: Path
    store: Store
    signer: exchange.Signer
    evaluator: Evaluator | None = None
    sent: list[Path] = field(default_factory=list)

    @property
    def fingerprint(self) -> str:
        return self.signer.identity.fingerprint


class World:
    def __init__(self, root: Path, rubric: Rubric, people: dict[str, tuple[str, str]] = PEOPLE):
        self.root = root
        self.rubric = rubric
        self.parties: dict[str, Party] = {}
        for key, (name, role) in people.items():
            keys = root / f"keys-{key}"
            identity.create_keys(keys, name, role)
            store = Store.open(root / f"{key}.sqlite", user=name)
            self.parties[key] = Party(name, role, keys, store, exchange.load_signer(keys))
        for party in self.parties.values():
            for other in self.parties.values():
                party.store.roster.add(other.signer.identity)

    def __getitem__(self, key: str) -> Party:
        return self.parties[key]

    def close(self) -> None:
        for party in self.parties.values():
            party.store.close()

    # ---- what people do ----

    def add_proposals(self, who: str, count: int, prefix: str = "RED-PE-2026") -> list[str]:
        store = self[who].store
        return [store.proposals.add(proposal(f"{prefix}-{i:03d}", title=f"Propuesta {i}")).uuid for i in range(count)]

    def evaluate(self, who: str, proposal_uuid: str, level: int = 2, final: bool = True) -> str:
        party = self[who]
        store = party.store
        if party.evaluator is None:
            party.evaluator = store.evaluators.add(Evaluator(party.name))
        evaluation = store.evaluations.create(proposal_uuid, party.evaluator.uuid, self.rubric)
        for sub_id, value in full_levels(self.rubric, level).items():
            store.evaluations.set_score(evaluation.uuid, sub_id, value, f"Nivel {value} para {sub_id}", self.rubric)
        if final:
            store.evaluations.finalize(evaluation.uuid, self.rubric)
        return evaluation.uuid

    def retitle(self, who: str, proposal_uuid: str, title: str) -> None:
        store = self[who].store
        store.proposals.update(replace(store.proposals.get(proposal_uuid), title=title))

    def decide(self, who: str, proposal_uuid: str, kind: DecisionKind = DecisionKind.APPROVE) -> None:
        decision = Decision(
            proposal_uuid, kind, "Sólida articulación público-privada", "2026-11-20", members_present=(self[who].name,)
        )
        self[who].store.decisions.record(decision, self.rubric)

    def export(self, who: str, name: str | None = None, **options: Any) -> Path:
        party = self[who]
        path = self.root / (name or f"{who}-{len(party.sent) + 1}.redpkg")
        result: ExportResult = exchange.export_package(party.store, party.signer, path, **options)
        assert Path(result.path) == path
        party.sent.append(path)
        return path

    def import_(self, who: str, path: Path, **options: Any) -> ImportPlan:
        party = self[who]
        return exchange.import_package(party.store, path, self.rubric, box_key=party.signer.box_key, **options)


def fresh_store(root: Path, name: str, world: World, user: str = "Carla Mendoza") -> Store:
    """Another store trusting every key of the world (a second committee laptop, for order tests)."""
    store = Store.open(root / name, user=user)
    for party in world.parties.values():
        store.roster.add(party.signer.identity)
    return store


def dump(store: Store | Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the compared tables in a stable order, as plain values (JSON text parsed)."""
    path = store.path if isinstance(store, Store) else store
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        out = {}
        for table, order in DUMPED.items():
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] not in LEFT_OUT.get(table, ())]
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}").fetchall()
            out[table] = [tuple(_plain(v) for v in row) for row in rows]
        return out
    finally:
        conn.close()


def refused(world: World, path: Path, match: str) -> str:
    """Import into the committee's store: refused with a reason matching `match`, and nothing changed."""
    store = world["committee"].store
    before = dump(store)
    plan = world.import_("committee", path)
    assert not plan.ok, f"accepted: {plan.counts()}"
    assert match.lower() in plan.rejected.lower(), plan.rejected
    assert dump(store) == before
    assert store.integrity_check() == ["ok"]
    return plan.rejected


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, str) and value[:1] in "[{":
        try:
            return json.dumps(json.loads(value), sort_keys=True)
        except ValueError:
            return value
    return value


def signed_package(
    party: Party,
    path: Path,
    units: list[Any] = (),  # type: ignore[assignment]
    *,
    evaluators: list[dict[str, Any]] = (),  # type: ignore[assignment]
    blobs: dict[str, bytes] | None = None,
    manifest: dict[str, Any] | None = None,
    members: dict[str, bytes] | None = None,
) -> Path:
    """A package signed with a trusted key but made by hand: for what an honest export never writes."""
    from red_desktop.core.domain import new_uuid, utc_now
    from red_desktop.core.exchange import canonical as rec
    from red_desktop.core.exchange import package as fmt

    header = fmt.manifest_header(new_uuid(), "device", party.signer.identity, utc_now(), "changes", {})
    header.update(manifest or {})
    contents = {member: b"" for member in fmt.RECORD_FILES.values()} | {fmt.EVALUATORS_FILE: b""}
    for unit in units:
        contents[fmt.RECORD_FILES[unit.entity]] += fmt.unit_line(unit)
    contents[fmt.EVALUATORS_FILE] = b"".join((rec.canonical_json(e) + "\n").encode() for e in evaluators)
    contents.update({fmt.ATTACHMENT_PREFIX + sha: data for sha, data in (blobs or {}).items()})
    contents.update(members or {})
    fmt.write_package(path, header, contents, party.signer.signing_key)
    return path


def unit_of(store: Store, entity: Any, key: str, **changes: Any) -> Any:
    """The store's current record as a package unit, with fields changed (and a new version to match)."""
    from red_desktop.core.exchange import canonical as rec
    from red_desktop.core.exchange.model import Unit

    record = {**store.exchange.records(entity, [key])[key], **changes}
    version = rec.version_of(record)
    return Unit(entity, rec.key_of(entity, record), record, version, {version: ()})
