"""Choosing what a package carries and writing it: what changed since the last export (or everything) that
this laptop's key may speak for, with the proposals its evaluations and decisions refer to."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from red_desktop.core.domain import new_uuid, utc_now
from red_desktop.core.exchange import canonical as rec
from red_desktop.core.exchange import envelope, merge
from red_desktop.core.exchange import package as fmt
from red_desktop.core.exchange.model import Entity, ExportResult, Unit
from red_desktop.core.exchange.state import Current, current_versions, remember
from red_desktop.core.identity import PublicIdentity
from red_desktop.core.progress import Progress
from red_desktop.core.reports.atomic import write_beside
from red_desktop.core.settings import COMMITTEE_ROLES
from red_desktop.core.store import Store
from red_desktop.core.store.roster import TrustedKey


@dataclass
class Selection:
    author: PublicIdentity
    everything: bool
    units: dict[Entity, list[Unit]] = field(default_factory=dict)
    evaluators: list[dict[str, Any]] = field(default_factory=list)


def my_evaluator(store: Store, author: PublicIdentity, bind: bool) -> dict[str, Any] | None:
    """The evaluator this key signs for: the one bound to it, else the one with the profile's name — bound now,
    unless another trusted key on this store's roster speaks for it (an earlier key of this laptop's, lost or
    replaced, does not count)."""
    row = store.exchange.evaluator_of_key(author.fingerprint)
    if row is not None:
        return row
    by_name = [e for e in store.evaluators.all() if e.name == author.name]
    if not by_name:
        return None
    candidate = store.exchange.evaluator_rows([by_name[0].uuid])[by_name[0].uuid]
    earlier = candidate["key_fingerprint"]
    if earlier is not None and store.roster.is_trusted(earlier) and not store.exchange.signed_here(earlier):
        return None
    if bind:
        store.exchange.bind_evaluator(candidate["uuid"], author.fingerprint)
        candidate = {**candidate, "key_fingerprint": author.fingerprint}
    return candidate


def build_export(store: Store, author: PublicIdentity, *, everything: bool, bind: bool) -> Selection:
    """What goes: every record this key may speak for whose version was not last shared (all of them if
    `everything`), with the proposals the others refer to. With `bind`, the store remembers what it noticed
    (saves and withdrawals since the exchange last looked, see state.py)."""
    evaluator = my_evaluator(store, author, bind)
    committee = author.role in COMMITTEE_ROLES
    keys: dict[Entity, list[str] | None] = {
        Entity.EVALUATION: store.exchange.evaluation_keys(evaluator["uuid"]) if evaluator else [],
        Entity.DECISION: None if committee else [],
        Entity.GATE_OVERRIDE: None if committee else [],
        # the committee's declarations and assignments (the "handout"); an evaluator's own declarations
        Entity.INTEREST: None if committee else store.exchange.interest_keys(evaluator["uuid"]) if evaluator else [],
        Entity.ASSIGNMENT: None if committee else [],
        Entity.PROPOSAL: None,
    }
    selection = Selection(author, everything)
    referenced: set[str] = set()
    for entity, wanted in keys.items():  # proposals last: the others name the proposals that must go with them
        currents = current_versions(store, entity, wanted)
        shared = store.exchange.shared(entity)
        units = []
        for key, current in currents.items():
            if bind:
                remember(store, entity, key, current)
            if everything or current.version != shared.get(key) or key in referenced:
                units.append(_unit(entity, key, current))
        if entity is not Entity.PROPOSAL:
            referenced.update(u.record["proposal_uuid"] for u in units if u.record.get("proposal_uuid"))
        else:  # a proposal merged into another goes with it
            going = {u.key for u in units}
            targets = {str(u.record["merged_into"]) for u in units if u.record.get("merged_into")}
            units += [_unit(entity, k, currents[k]) for k in sorted(targets - going) if k in currents]
        selection.units[entity] = units
    own = [u for u in selection.units[Entity.INTEREST] if evaluator and u.record["evaluator_uuid"] == evaluator["uuid"]]
    if evaluator is not None and (selection.units[Entity.EVALUATION] or own):
        selection.evaluators = [rec.plain_record(rec.EVALUATOR_FIELDS, evaluator)]
    return selection


def _unit(entity: Entity, key: str, current: Current) -> Unit:
    return Unit(entity, key, current.record, current.version, merge.subgraph(current.lineage, current.version))


def selection_counts(selection: Selection) -> dict[str, int]:
    units = selection.units
    proposals = [u.record for u in units.get(Entity.PROPOSAL, [])]
    decisions = [u.record for u in units.get(Entity.DECISION, [])]
    overrides = [u.record for u in units.get(Entity.GATE_OVERRIDE, [])]
    evaluations = [u.record for u in units.get(Entity.EVALUATION, [])]
    return {
        "proposals": len(proposals),
        "actors": sum(len(p["actors"]) for p in proposals),
        "attachments": sum(len(p["attachments"]) for p in proposals),
        "evaluations": len(evaluations),
        "scores": sum(len(e["scores"]) for e in evaluations),
        "decisions": sum(not rec.is_withdrawal(d) for d in decisions),
        "gate_overrides": sum(not rec.is_withdrawal(o) for o in overrides),
        "withdrawals": sum(rec.is_withdrawal(r) for r in decisions + overrides),
        "evaluators": len(selection.evaluators),
        "interests": len(units.get(Entity.INTEREST, [])),
        "assignments": len(units.get(Entity.ASSIGNMENT, [])),
    }


def write_export(
    store: Store,
    selection: Selection,
    signing_key: Ed25519PrivateKey,
    target: Path,
    recipient: TrustedKey | None,
    progress: Progress,
) -> ExportResult:
    package_id = new_uuid()
    counts = selection_counts(selection)
    scope = "all" if selection.everything else "changes"
    created = utc_now()
    manifest = fmt.manifest_header(
        package_id, store.meta.get("device_id") or "", selection.author, created, scope, counts
    )
    members = _members(store, selection)

    def build(partial: Path) -> None:
        if recipient is None:
            fmt.write_package(partial, manifest, members, signing_key, progress)
            return
        with tempfile.TemporaryDirectory(prefix="red-package-") as folder:
            plain = Path(folder) / "package.zip"
            fmt.write_package(plain, manifest, members, signing_key, progress)
            key = recipient.identity.encryption_key
            assert key is not None  # checked by the caller
            envelope.seal(plain, partial, recipient.fingerprint, key, progress=progress)

    write_beside(Path(target), "package", build)
    for entity, units in selection.units.items():
        store.exchange.set_shared(entity, {u.key: u.version for u in units})
    store.exchange.record_package(
        {
            "package_id": package_id,
            "direction": "out",
            "author_fingerprint": selection.author.fingerprint,
            "author_name": selection.author.name,
            "created_at": created,
            "handled_at": created,
            "handled_by": store.user,
            "file_name": Path(target).name,
            "summary": rec.canonical_json(counts),
        }
    )
    audit = store.audit
    to = f" encrypted to {recipient.identity.name} ({recipient.fingerprint})" if recipient else ""
    audit.record(audit.entry("package_exported", "package", package_id, "file", None, str(target), f"{scope}{to}"))
    return ExportResult(str(target), package_id, counts, recipient.fingerprint if recipient else "", scope)


def _members(store: Store, selection: Selection) -> dict[str, bytes]:
    members = {
        member: b"".join(fmt.unit_line(u) for u in selection.units.get(entity, []))
        for entity, member in fmt.RECORD_FILES.items()
    }
    members[fmt.EVALUATORS_FILE] = b"".join(
        (rec.canonical_json(e) + "\n").encode("utf-8") for e in selection.evaluators
    )
    for unit in selection.units.get(Entity.PROPOSAL, []):
        for attachment in unit.record["attachments"]:
            content = store.exchange.blob(attachment["sha256"])
            if content is not None:
                members[fmt.ATTACHMENT_PREFIX + attachment["sha256"]] = content
    return members
