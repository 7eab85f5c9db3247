"""The store's side of exchange packages: records read and written whole, their lineage, conflicts and packages.

The merge rules live in core/exchange/; this module only reads and writes what they decide.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from red_desktop.core.exchange import canonical as rec
from red_desktop.core.exchange.model import Entity
from red_desktop.core.store.base import Manager
from red_desktop.core.store.rows import actor_row, proposal_row

_TABLE = {
    Entity.PROPOSAL: "proposals",
    Entity.EVALUATION: "evaluations",
    Entity.DECISION: "decisions",
    Entity.GATE_OVERRIDE: "gate_overrides",
    Entity.INTEREST: "interests",
    Entity.ASSIGNMENT: "assignments",
}
_KEY_COLUMN = {
    Entity.PROPOSAL: "uuid",
    Entity.EVALUATION: "uuid",
    Entity.DECISION: "proposal_uuid",
    Entity.GATE_OVERRIDE: "proposal_uuid",
    Entity.INTEREST: "uuid",
    Entity.ASSIGNMENT: "uuid",
}


def _attachment_columns() -> str:
    """Not a module constant: core.exchange.canonical imports the store, so it may still be loading here."""
    return ", ".join((*rec.ATTACHMENT_FIELDS, "proposal_uuid"))


class Exchange(Manager):
    # ---- current records, whole ----

    def keys(self, entity: Entity) -> list[str]:
        column = _KEY_COLUMN[entity]
        return [k for (k,) in self.db.execute(f"SELECT {column} FROM {_TABLE[entity]} ORDER BY {column}")]

    def interest_keys(self, evaluator_uuid: str) -> list[str]:
        """The declarations of this evaluator: what their laptop speaks for."""
        return [k for (k,) in self.db.execute("SELECT uuid FROM interests WHERE evaluator_uuid = ?", [evaluator_uuid])]

    def evaluation_keys(self, evaluator_uuid: str) -> list[str]:
        sql = "SELECT uuid FROM evaluations WHERE evaluator_uuid = ? ORDER BY uuid"
        return [k for (k,) in self.db.execute(sql, [evaluator_uuid])]

    def records(self, entity: Entity, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        """The current record of each of these keys that the store holds."""
        out: dict[str, dict[str, Any]] = {}
        for start in range(0, len(keys), 500):
            chunk = list(keys[start : start + 500])
            out.update(self._records(entity, chunk))
        return out

    def _records(self, entity: Entity, keys: list[str]) -> dict[str, dict[str, Any]]:
        column, table = _KEY_COLUMN[entity], _TABLE[entity]
        where = f"{column} IN (SELECT value FROM json_each(?))"
        params = [json.dumps(keys)]
        rows = list(self.db.query(f"SELECT * FROM {table} WHERE {where}", params))
        if entity is Entity.PROPOSAL:
            actors = self._children("actors", "proposal_uuid", "*", keys, "position")
            attachments = self._children("attachments", "proposal_uuid", _attachment_columns(), keys)
            return {r["uuid"]: rec.proposal_record(r, actors[r["uuid"]], attachments[r["uuid"]]) for r in rows}
        if entity is Entity.EVALUATION:
            scores = self._children("scores", "evaluation_uuid", "*", keys)
            return {r["uuid"]: rec.evaluation_record(r, scores[r["uuid"]]) for r in rows}
        if entity is Entity.DECISION:
            return {r["proposal_uuid"]: rec.decision_record(r) for r in rows}
        if entity in (Entity.INTEREST, Entity.ASSIGNMENT):
            return {r["uuid"]: rec.plain_record(rec.FIELDS[entity], r) for r in rows}
        return {r["proposal_uuid"]: rec.plain_record(rec.OVERRIDE_FIELDS, r) for r in rows}

    def _children(
        self, table: str, parent: str, columns: str, keys: list[str], order: str = "uuid"
    ) -> defaultdict[str, list[dict[str, Any]]]:
        sql = f"SELECT {columns} FROM {table} WHERE {parent} IN (SELECT value FROM json_each(?)) ORDER BY {order}"
        grouped: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in self.db.query(sql, [json.dumps(keys)]):
            grouped[row[parent]].append(row)
        return grouped

    def write(self, entity: Entity, record: Mapping[str, Any], blobs: Mapping[str, bytes]) -> None:
        """Make `record` the current version of its record (inside the caller's transaction)."""
        if rec.is_withdrawal(record):
            self.db.execute(f"DELETE FROM {_TABLE[entity]} WHERE proposal_uuid = ?", [record["proposal_uuid"]])
        elif entity is Entity.PROPOSAL:
            self._write_proposal(record, blobs)
        elif entity in (Entity.INTEREST, Entity.ASSIGNMENT):
            self._upsert(_TABLE[entity], record)
        elif entity is Entity.EVALUATION:
            row = {k: v for k, v in record.items() if k != "scores"}
            self._upsert("evaluations", row)
            self.db.execute("DELETE FROM scores WHERE evaluation_uuid = ?", [record["uuid"]])
            self.insert("scores", [{**s, "evaluation_uuid": record["uuid"]} for s in record["scores"]])
        else:
            table = _TABLE[entity]
            self.db.execute(f"DELETE FROM {table} WHERE proposal_uuid = ?", [record["proposal_uuid"]])
            row = dict(record)
            if entity is Entity.DECISION:
                row["members_present"] = json.dumps(record["members_present"], ensure_ascii=False)
                row["members_recused"] = json.dumps(record.get("members_recused", []), ensure_ascii=False)
            self.insert(table, [row])

    def _write_proposal(self, record: Mapping[str, Any], blobs: Mapping[str, bytes]) -> None:
        proposal = rec.proposal_of(record)
        self._upsert("proposals", proposal_row(proposal))
        self.db.execute("DELETE FROM actors WHERE proposal_uuid = ?", [proposal.uuid])
        self.insert("actors", [actor_row(a, proposal.uuid, i) for i, a in enumerate(proposal.actors)])
        wanted = {a["uuid"]: {**a, "proposal_uuid": proposal.uuid} for a in record["attachments"]}
        held = self._children("attachments", "proposal_uuid", _attachment_columns(), [proposal.uuid])[proposal.uuid]
        held_by_uuid = {row["uuid"]: row for row in held}
        missing = [a for uuid, a in wanted.items() if held_by_uuid.get(uuid) != a]
        contents = {a["sha256"]: self._content(a["sha256"], blobs) for a in missing}  # read before any delete
        stale = [uuid for uuid, row in held_by_uuid.items() if wanted.get(uuid) != row]
        self.db.conn.executemany("DELETE FROM attachments WHERE uuid = ?", [[uuid] for uuid in stale])
        self.insert("attachments", [{**a, "content": contents[a["sha256"]]} for a in missing])

    def _content(self, sha256: str, blobs: Mapping[str, bytes]) -> bytes:
        if sha256 in blobs:
            return blobs[sha256]
        found = self.blob(sha256)
        if found is None:
            raise KeyError(sha256)  # the merge only writes versions whose contents it holds
        return found

    def _upsert(self, table: str, row: Mapping[str, Any]) -> None:
        columns = list(row)
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "uuid")
        sql = (
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
            f"ON CONFLICT (uuid) DO UPDATE SET {updates}"
        )
        self.db.execute(sql, [row[c] for c in columns])

    def remember_codes(self, proposal_uuid: str, codes: Iterable[str]) -> None:
        """Codes versions of this proposal carried: found by them later (the shown one is left out when read)."""
        self.db.conn.executemany(
            "INSERT OR IGNORE INTO former_codes (code, proposal_uuid) VALUES (?, ?)",
            [(code, proposal_uuid) for code in sorted(codes)],
        )

    def owner_of(self, table: str, uuids: Iterable[str]) -> dict[str, str]:
        """For actors or attachments: the proposal holding each of these uuids, for those the store has."""
        sql = f"SELECT uuid, proposal_uuid FROM {table} WHERE uuid IN (SELECT value FROM json_each(?))"
        return dict(self.db.execute(sql, [json.dumps(list(uuids))]).fetchall())

    # ---- attachment contents ----

    def blob(self, sha256: str) -> bytes | None:
        """Content by SHA-256, from the attachments or from versions held in conflict."""
        for sql in (
            "SELECT content FROM attachments WHERE sha256 = ? LIMIT 1",
            "SELECT content FROM exchange_blobs WHERE sha256 = ?",
        ):
            row = self.db.execute(sql, [sha256]).fetchone()
            if row is not None:
                return bytes(row[0])
        return None

    def keep_blobs(self, blobs: Mapping[str, bytes]) -> None:
        self.db.conn.executemany(
            "INSERT INTO exchange_blobs (sha256, content) VALUES (?, ?) ON CONFLICT (sha256) DO NOTHING",
            list(blobs.items()),
        )

    def drop_unused_blobs(self) -> None:
        """Contents kept for conflicts no longer open, or now held by an attachment."""
        self.db.execute("""DELETE FROM exchange_blobs WHERE sha256 IN (SELECT sha256 FROM attachments)
            OR sha256 NOT IN (SELECT a.value ->> 'sha256' FROM exchange_conflicts c,
                              json_each(c.record, '$.attachments') a WHERE c.entity = 'proposal')""")

    # ---- lineage: every version seen, with the versions it descends from ----

    def lineage(self, entity: Entity, keys: Sequence[str]) -> dict[str, dict[str, tuple[str, ...]]]:
        sql = (
            "SELECT key, version, parents FROM exchange_lineage "
            "WHERE entity = ? AND key IN (SELECT value FROM json_each(?))"
        )
        out: dict[str, dict[str, tuple[str, ...]]] = defaultdict(dict)
        for key, version, parents in self.db.execute(sql, [str(entity), json.dumps(list(keys))]):
            out[key][version] = tuple(json.loads(parents))
        return out

    def add_lineage(self, entity: Entity, key: str, nodes: Mapping[str, Iterable[str]]) -> None:
        """Union: a version already known keeps its parents and gains any new ones."""
        known = self.lineage(entity, [key]).get(key, {})
        for version, parents in nodes.items():
            merged = sorted(set(known.get(version, ())) | set(parents))
            if version in known and tuple(merged) == tuple(known[version]):
                continue
            self.db.execute(
                "INSERT INTO exchange_lineage (entity, key, version, parents) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (entity, key, version) DO UPDATE SET parents = excluded.parents",
                [str(entity), key, version, json.dumps(merged)],
            )

    def heads(self, entity: Entity) -> dict[str, str]:
        """The version of each record the exchange last saw as current."""
        return dict(self.db.execute("SELECT key, version FROM exchange_heads WHERE entity = ?", [str(entity)]))

    def set_head(self, entity: Entity, key: str, version: str) -> None:
        self.db.execute(
            "INSERT INTO exchange_heads (entity, key, version) VALUES (?, ?, ?) "
            "ON CONFLICT (entity, key) DO UPDATE SET version = excluded.version",
            [str(entity), key, version],
        )

    def shared(self, entity: Entity) -> dict[str, str]:
        """The version of each record last sent in a package or received from one."""
        return dict(self.db.execute("SELECT key, version FROM exchange_shared WHERE entity = ?", [str(entity)]))

    def set_shared(self, entity: Entity, versions: Mapping[str, str]) -> None:
        self.db.conn.executemany(
            "INSERT INTO exchange_shared (entity, key, version) VALUES (?, ?, ?) "
            "ON CONFLICT (entity, key) DO UPDATE SET version = excluded.version",
            [(str(entity), key, version) for key, version in versions.items()],
        )

    # ---- conflicts: versions that diverged from the current one, kept whole ----

    def conflicts(self, entity: Entity | None = None, key: str | None = None) -> list[dict[str, Any]]:
        where, params = ["1 = 1"], []
        if entity is not None:
            where.append("entity = ?")
            params.append(str(entity))
        if key is not None:
            where.append("key = ?")
            params.append(key)
        sql = f"SELECT * FROM exchange_conflicts WHERE {' AND '.join(where)} ORDER BY entity, key, version"
        return [{**row, "record": json.loads(row["record"])} for row in self.db.query(sql, params)]

    def set_conflicts(self, entity: Entity, key: str, sides: Mapping[str, tuple[Mapping[str, Any], str, str]]) -> None:
        """Replace the versions held in conflict with this record: version -> (record, author, received_at)."""
        self.db.execute("DELETE FROM exchange_conflicts WHERE entity = ? AND key = ?", [str(entity), key])
        self.db.conn.executemany(
            "INSERT INTO exchange_conflicts (entity, key, version, record, author, received_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(str(entity), key, v, rec.canonical_json(r), author, at) for v, (r, author, at) in sides.items()],
        )

    def has_conflict(self, entity: Entity, key: str) -> bool:
        sql = "SELECT 1 FROM exchange_conflicts WHERE entity = ? AND key = ? LIMIT 1"
        return self.db.execute(sql, [str(entity), key]).fetchone() is not None

    def conflict_count(self) -> int:
        return int(self.db.execute("SELECT count(DISTINCT entity || key) FROM exchange_conflicts").fetchone()[0])

    # ---- evaluators and the keys that sign their work ----

    def evaluator_rows(self, uuids: Iterable[str]) -> dict[str, dict[str, Any]]:
        sql = "SELECT * FROM evaluators WHERE uuid IN (SELECT value FROM json_each(?))"
        return {row["uuid"]: row for row in self.db.query(sql, [json.dumps(list(uuids))])}

    def evaluator_of_key(self, fingerprint: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM evaluators WHERE key_fingerprint = ?", [fingerprint]))
        return rows[0] if rows else None

    def bind_evaluator(self, uuid: str, fingerprint: str) -> None:
        with self.writing() as db:
            row = db.execute("SELECT key_fingerprint FROM evaluators WHERE uuid = ?", [uuid]).fetchone()
            db.execute("UPDATE evaluators SET key_fingerprint = ? WHERE uuid = ?", [fingerprint, uuid])
            audit = self._store.audit
            audit.record(audit.entry("key_bound", "evaluator", uuid, "key_fingerprint", row and row[0], fingerprint))

    def evaluator_name_taken(self, name: str, uuid: str) -> bool:
        sql = "SELECT 1 FROM evaluators WHERE name = ? AND uuid != ?"
        return self.db.execute(sql, [name, uuid]).fetchone() is not None

    def add_evaluator(self, record: Mapping[str, Any]) -> None:
        self.insert("evaluators", [dict(record)])

    # ---- packages handled ----

    def package(self, package_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query("SELECT * FROM exchange_packages WHERE package_id = ?", [package_id]))
        return rows[0] if rows else None

    def record_package(self, row: Mapping[str, Any]) -> None:
        self.insert("exchange_packages", [dict(row)])

    def signed_here(self, fingerprint: str) -> bool:
        """Whether this store exported packages signed with this key: it was this laptop's key."""
        sql = "SELECT 1 FROM exchange_packages WHERE direction = 'out' AND author_fingerprint = ? LIMIT 1"
        return self.db.execute(sql, [fingerprint]).fetchone() is not None

    def packages(self) -> list[dict[str, Any]]:
        return list(self.db.query("SELECT * FROM exchange_packages ORDER BY handled_at DESC"))
