"""Importing a verified package: who may send what, what each record's merge does, and writing it all at once.

Rules, checked before anything is written (any failure refuses the whole package):
- a package already imported, or exported from this very store, changes nothing;
- evaluations only from their own evaluator's key: the package's evaluator records must be bound to the
  key that signed it, and every evaluation must be by that evaluator; an evaluator this store holds without
  a key, or with a revoked one, moves to the roster key of the same name (see _rebindable);
- decisions and eligibility overrides only from a committee member's or administrator's key;
- every proposal an evaluation or decision refers to is in the store or in the package;
- identities stay consistent: an evaluation keeps its proposal and evaluator, an actor or attachment is not
  taken from another proposal, a proposal is merged only into one the store or the package holds.

A code another proposal holds is no reason to refuse anything: both are kept, and the plan says so (codes.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from red_desktop.core.domain import utc_now
from red_desktop.core.enum_labels import enum_label, role_label
from red_desktop.core.exchange import canonical as rec
from red_desktop.core.exchange import merge
from red_desktop.core.exchange.duplicates import likely_duplicates
from red_desktop.core.exchange.errors import PackageError
from red_desktop.core.exchange.model import (
    CodeNote,
    DuplicateNote,
    Entity,
    ImportPlan,
    Outcome,
    Package,
    PlanItem,
    Unit,
)
from red_desktop.core.exchange.state import current_versions
from red_desktop.core.messages import t
from red_desktop.core.progress import Progress, check_cancelled
from red_desktop.core.rubric import Rubric
from red_desktop.core.settings import COMMITTEE_ROLES
from red_desktop.core.store import Store
from red_desktop.core.store.roster import TrustedKey

ORDER = (Entity.PROPOSAL, Entity.EVALUATION, Entity.DECISION, Entity.GATE_OVERRIDE, Entity.INTEREST, Entity.ASSIGNMENT)


@dataclass(frozen=True)
class MergedUnit:
    unit: Unit
    before: str | None  # the version shown before
    merged: merge.Merged


def plan_package(store: Store, package: Package, rubric: Rubric) -> tuple[ImportPlan, list[MergedUnit]]:
    """The plan (rejected with a reason when a rule is broken) and each record's merge, for apply_plan."""
    name = package.file_name
    seen = store.exchange.package(package.manifest.package_id)
    if seen is not None:
        when = seen["handled_at"][:16].replace("T", " ")
        if seen["direction"] == "out":
            why = t(
                "{name} was exported from this store on {when}; importing it here would change nothing",
                name=name,
                when=when,
            )
        else:
            why = t(
                "{name} was already imported on {when} by {user}; importing it again changes nothing",
                name=name,
                when=when,
                user=seen["handled_by"],
            )
        return ImportPlan(name, package.manifest, rejected=why, already_imported=seen["handled_at"]), []
    try:
        _check_authorship(store, package)
        merged = _merge_all(store, package)
        _check_identities(store, package, merged)
    except PackageError as exc:
        return ImportPlan(name, package.manifest, rejected=str(exc)), []
    labels = _labels(store, package)
    items = tuple(PlanItem(m.unit.entity, m.unit.key, labels(m.unit), m.merged.outcome, _detail(m)) for m in merged)
    plan = ImportPlan(
        name,
        package.manifest,
        items,
        warnings=_warnings(store, merged),
        codes=_code_notes(store, merged),
        duplicates=_duplicate_notes(store, merged),
    )
    return plan, merged


def _check_authorship(store: Store, package: Package) -> None:
    author = package.manifest.author
    trusted = store.roster.get(author.fingerprint)
    assert trusted is not None  # the signature was checked against it
    role = trusted.identity.role
    bound = {e["uuid"] for e in package.evaluators}
    local = store.exchange.evaluator_rows(bound)
    for evaluator in package.evaluators:
        if evaluator["key_fingerprint"] != author.fingerprint:
            raise PackageError(
                t(
                    "{name} carries the evaluator {evaluator!r}, who signs with another key than "
                    "the package's author {author} ({fingerprint}); nothing was imported",
                    name=package.file_name,
                    evaluator=evaluator["name"],
                    author=author.name,
                    fingerprint=author.fingerprint,
                )
            )
        held = local.get(evaluator["uuid"])
        if held is not None and held["key_fingerprint"] != author.fingerprint and not _rebindable(store, held, trusted):
            raise PackageError(
                t(
                    "{name}: the evaluator {evaluator!r} in this store signs with the key {held_key}, "
                    "not {author}'s {fingerprint}. If {evaluator} has a new key, revoke the old one on the roster "
                    "first; nothing was imported",
                    name=package.file_name,
                    evaluator=held["name"],
                    held_key=held["key_fingerprint"],
                    author=author.name,
                    fingerprint=author.fingerprint,
                )
            )
    already = store.exchange.evaluator_of_key(author.fingerprint)
    if already is not None and package.evaluators and already["uuid"] not in bound:
        raise PackageError(
            t(
                "{name}: the key {fingerprint} already signs for the evaluator {evaluator!r} "
                "in this store, not for the one in the package; nothing was imported",
                name=package.file_name,
                fingerprint=author.fingerprint,
                evaluator=already["name"],
            )
        )
    allowed = bound | ({already["uuid"]} if already else set())
    for unit in package.units:
        if unit.entity is Entity.EVALUATION and unit.record["evaluator_uuid"] not in allowed:
            raise PackageError(
                t(
                    "{name} carries an evaluation by another evaluator than its author {author}: "
                    "evaluations are accepted only from their own evaluator's key; nothing was imported",
                    name=package.file_name,
                    author=author.name,
                )
            )
        if (
            unit.entity is Entity.INTEREST
            and role not in COMMITTEE_ROLES
            and unit.record["evaluator_uuid"] not in allowed
        ):
            raise PackageError(
                t(
                    "{name} carries a declaration of a conflict of interest of another person than its author "
                    "{author}: an evaluator's key speaks only for their own; nothing was imported",
                    name=package.file_name,
                    author=author.name,
                )
            )
        if unit.entity is Entity.ASSIGNMENT and role not in COMMITTEE_ROLES:
            raise PackageError(
                t(
                    "{name} carries assignments, but its author {author} is on the roster as {role}: only committee "
                    "members' keys may assign proposals; nothing was imported",
                    name=package.file_name,
                    author=author.name,
                    role=role_label(role),
                )
            )
        if unit.entity in (Entity.DECISION, Entity.GATE_OVERRIDE) and role not in COMMITTEE_ROLES:
            raise PackageError(
                t(
                    "{name} carries committee decisions, but its author {author} is on the roster as "
                    "{role}: only committee members' keys may send decisions; nothing was imported",
                    name=package.file_name,
                    author=author.name,
                    role=role_label(role),
                )
            )


def _rebindable(store: Store, held: dict[str, Any], trusted: TrustedKey) -> bool:
    """An evaluator this store holds may move to the signer's key if it has the key owner's name and no key yet
    (a store copied to the laptops before keys existed) or a revoked one (a lost laptop, a new key)."""
    if held["name"] != trusted.identity.name:
        return False
    if held["key_fingerprint"] is None:
        return True
    old = store.roster.get(held["key_fingerprint"])
    return old is None or old.revoked


def _merge_all(store: Store, package: Package) -> list[MergedUnit]:
    out = []
    for entity in ORDER:
        units = [u for u in package.units if u.entity is entity]
        if not units:
            continue
        currents = current_versions(store, entity, [u.key for u in units])
        conflicts: dict[str, dict[str, dict[str, Any]]] = {}
        for row in store.exchange.conflicts(entity):
            conflicts.setdefault(row["key"], {})[row["version"]] = row["record"]
        for unit in units:
            current = currents.get(unit.key)
            held = conflicts.get(unit.key, {})
            local = merge.Local(
                current.version if current else None,
                {**held, **({current.version: current.record} if current else {})},
                frozenset(held),
                current.lineage if current else {},
            )
            result = merge.merge(local, unit.version, unit.record, unit.lineage)
            out.append(MergedUnit(unit, current.version if current else None, result))
    return out


def _check_identities(store: Store, package: Package, merged: list[MergedUnit]) -> None:
    shown = {(m.unit.entity, m.unit.key): m.merged.records[m.merged.shown] for m in merged}
    proposals = {k: r for (e, k), r in shown.items() if e is Entity.PROPOSAL}
    refers = [r["proposal_uuid"] for (e, _), r in shown.items() if e is not Entity.PROPOSAL and r.get("proposal_uuid")]
    missing = set(refers) - set(proposals) - set(store.exchange.records(Entity.PROPOSAL, list(set(refers))))
    if missing:
        raise PackageError(
            t(
                "{name} refers to a proposal ({proposal}) that neither it nor this store holds; it is incomplete",
                name=package.file_name,
                proposal=sorted(missing)[0],
            )
        )
    for m in merged:
        identity = rec.IDENTITY.get(m.unit.entity, ())
        if identity and m.before is not None:
            before = m.merged.records.get(m.before) or store.exchange.records(m.unit.entity, [m.unit.key])[m.unit.key]
            if any(before[f] != m.unit.record[f] for f in identity):
                if m.unit.entity is Entity.EVALUATION:
                    said = t(
                        "{name} moves evaluation {key} to another proposal, evaluator or rubric; it was altered",
                        name=package.file_name,
                        key=m.unit.key,
                    )
                else:
                    said = t(
                        "{name} changes whom or what the {record} {key} is about; it was altered",
                        name=package.file_name,
                        record=enum_label(m.unit.entity),
                        key=m.unit.key,
                    )
                raise PackageError(said)
    _check_merges(store, package, proposals)
    for field in ("actors", "attachments"):
        owned = {item["uuid"]: uuid for uuid, record in proposals.items() for item in record[field]}
        for uuid, owner in store.exchange.owner_of(field, owned).items():
            if owner != owned[uuid]:
                raise PackageError(_given_away(package.file_name, field, uuid))


def _given_away(name: str, field: str, uuid: str) -> str:
    if field == "actors":
        return t("{name} gives the actor {uuid} of one proposal to another; it was altered", name=name, uuid=uuid)
    return t("{name} gives the attachment {uuid} of one proposal to another; it was altered", name=name, uuid=uuid)


def _check_merges(store: Store, package: Package, proposals: dict[str, dict[str, Any]]) -> None:
    targets = {k: r["merged_into"] for k, r in proposals.items() if r.get("merged_into")}
    held = set(store.exchange.records(Entity.PROPOSAL, sorted(set(targets.values()) - set(proposals))))
    for key, target in sorted(targets.items()):
        if target not in proposals and target not in held:
            raise PackageError(
                t(
                    "{name} merges proposal {code} into a proposal ({target}) that neither it nor this store holds; "
                    "it is incomplete",
                    name=package.file_name,
                    code=proposals[key]["code"],
                    target=target,
                )
            )


def _code_notes(store: Store, merged: list[MergedUnit]) -> tuple[CodeNote, ...]:
    """Codes the import reconciles: one another proposal holds too (both kept), and codes the package changes."""
    arriving = [m for m in merged if m.unit.entity is Entity.PROPOSAL]
    shown = {m.unit.key: m.merged.records.get(m.merged.shown, m.unit.record) for m in arriving}
    shown = {k: r for k, r in shown.items() if not r.get("merged_into")}
    before = store.proposals.codes_of(list(shown))
    by_code: dict[str, dict[str, str]] = {}  # code -> uuid -> title, of every proposal holding it here or arriving
    for uuid, code, title in store.proposals.holding(sorted({r["code"] for r in shown.values()})):
        if uuid not in shown:
            by_code.setdefault(code, {})[uuid] = title
    for key, record in shown.items():
        by_code.setdefault(record["code"], {})[key] = record["title"]
    notes = []
    for key, record in sorted(shown.items(), key=lambda item: (item[1]["code"], item[0])):
        code = record["code"]
        if key in before and before[key] != code:
            notes.append(CodeNote(code, key, record["title"], previous=before[key]))
        others = sorted(u for u in by_code[code] if u != key)
        if others:
            notes.append(CodeNote(code, key, record["title"], others[0], by_code[code][others[0]]))
    return tuple(notes)


def _duplicate_notes(store: Store, merged: list[MergedUnit]) -> tuple[DuplicateNote, ...]:
    """New proposals that look like one already here or another arriving (duplicates.py says how)."""
    added = [
        m.unit.record
        for m in merged
        if m.unit.entity is Entity.PROPOSAL
        and m.merged.outcome is Outcome.ADDED
        and not m.unit.record.get("merged_into")
    ]
    if not added:
        return ()
    merged_away = {  # merged by this very package: the committee has settled them already
        m.unit.key
        for m in merged
        if m.unit.entity is Entity.PROPOSAL and m.merged.records.get(m.merged.shown, m.unit.record).get("merged_into")
    }
    held = [r for r in store.proposals.candidates({r["country"] for r in added}) if r["uuid"] not in merged_away]
    labels = {r["uuid"]: f"{r['code']} — {r['title']}" for r in (*held, *added)}
    return tuple(
        DuplicateNote(d.incoming, labels[d.incoming], d.held, labels[d.held], d.reasons())
        for d in likely_duplicates(added, held)
    )


def _labels(store: Store, package: Package) -> Callable[[Unit], str]:
    proposals = {u.key: u.record for u in package.units if u.entity is Entity.PROPOSAL}
    refers = {u.record.get("proposal_uuid") for u in package.units if u.entity is not Entity.PROPOSAL}
    local = store.exchange.records(Entity.PROPOSAL, [k for k in refers if k and k not in proposals])
    codes = {k: r["code"] for k, r in {**local, **proposals}.items()}
    names = {e["uuid"]: e["name"] for e in package.evaluators}
    names.update(
        {
            u: r["name"]
            for u, r in store.exchange.evaluator_rows(
                {u.record["evaluator_uuid"] for u in package.units if u.entity is Entity.EVALUATION}
            ).items()
        }
    )

    def label(unit: Unit) -> str:
        record = unit.record
        if unit.entity is Entity.PROPOSAL:
            return f"{record['code']} — {record['title']}"
        if unit.entity is Entity.INTEREST and record["proposal_uuid"] is None:
            return t(
                "conflict of interest of {name} with {subject}",
                name=record["evaluator_name"],
                subject=record["subject"],
            )
        code = codes.get(record["proposal_uuid"], record["proposal_uuid"][:8])
        if unit.entity is Entity.INTEREST:
            return t("conflict of interest of {name} with {code}", name=record["evaluator_name"], code=code)
        if unit.entity is Entity.ASSIGNMENT:
            return t("{code} · assigned to {name}", code=code, name=record["evaluator_name"])
        if rec.is_withdrawal(record):
            if unit.entity is Entity.DECISION:
                return t("{code} · decision withdrawn", code=code)
            return t("{code} · gate override withdrawn", code=code)
        if unit.entity is Entity.EVALUATION:
            return f"{code} · {names.get(record['evaluator_uuid'], record['evaluator_uuid'][:8])}"
        if unit.entity is Entity.DECISION:
            return f"{code} · {_decision_kind(record['kind'])}"
        return t("{code} · eligibility override", code=code)

    return label


def _decision_kind(kind: str) -> str:
    labels = {
        "approve": t("approve"),
        "approve_with_conditions": t("approve with conditions"),
        "defer": t("defer"),
        "reject": t("reject"),
    }
    return labels.get(kind, kind.replace("_", " "))


def _detail(m: MergedUnit) -> str:
    record = m.unit.record
    author = record.get("updated_by")  # none on a withdrawal: only the committee withdraws
    if m.merged.outcome is Outcome.CONFLICT:
        if author:
            return t("changed here and by {author} since their common version; both kept", author=author)
        return t("changed here and by the committee since their common version; both kept")
    if m.merged.outcome is Outcome.UNCHANGED:
        return t("already here, or older than what is here")
    if rec.is_withdrawal(record):
        return t("withdrawn by the committee")
    date = record["updated_at"][:10]
    if author:
        return t("revision {revision} by {author}, {date}", revision=record["revision"], author=author, date=date)
    return t("revision {revision} by the committee, {date}", revision=record["revision"], date=date)


def _warnings(store: Store, merged: list[MergedUnit]) -> tuple[str, ...]:
    decided = set(store.exchange.keys(Entity.DECISION))
    late = sum(
        1
        for m in merged
        if m.unit.entity is Entity.EVALUATION
        and m.merged.outcome in (Outcome.ADDED, Outcome.UPDATED)
        and m.unit.record["proposal_uuid"] in decided
    )
    if not late:
        return ()
    return (
        t(
            "{count} evaluation(s) of proposals the committee has already decided on; the decisions stay as they are",
            count=late,
        ),
    )


def apply_plan(
    store: Store, package: Package, plan: ImportPlan, merged: list[MergedUnit], rubric: Rubric, progress: Progress
) -> None:
    """Write every merge, the evaluators, the package's record and the audit trail (inside the caller's transaction)."""
    author = package.manifest.author
    now = utc_now()
    signer = f"{author.name} ({author.fingerprint})"
    _add_evaluators(store, package)
    declaring = any(m.unit.entity is Entity.INTEREST for m in merged)
    reached_before = store.interests.conflicted_pairs() if declaring else set()
    touched: set[str] = set()
    entries = []
    for done, m in enumerate(merged, start=1):
        check_cancelled(progress)
        entity, key, result = m.unit.entity, m.unit.key, m.merged
        store.exchange.add_lineage(entity, key, result.lineage)
        _keep_conflicts(store, package, m, signer, now)  # first: a version set aside keeps its attachments' content
        if result.shown != m.before:
            shown = result.records[result.shown]
            if entity is Entity.PROPOSAL:  # the proposals its evaluations count for, before and after
                touched.update(filter(None, (store.proposals.merged_target(key), shown.get("merged_into"))))
            store.exchange.write(entity, shown, package.blobs)
            if entity not in (Entity.INTEREST, Entity.ASSIGNMENT):  # a declaration's proposals: below
                touched.add(key if entity is Entity.PROPOSAL else shown["proposal_uuid"])
        if entity is Entity.PROPOSAL:  # a code a version carried stays findable, whichever version is shown
            store.exchange.remember_codes(key, {r["code"] for r in (m.unit.record, *result.records.values())})
        store.exchange.set_head(entity, key, result.shown)
        if result.shown == m.unit.version:
            store.exchange.set_shared(entity, {key: m.unit.version})
        if result.outcome is not Outcome.UNCHANGED:
            reason = f"package {package.manifest.package_id} from {signer}"
            entries.append(
                store.audit.entry(
                    f"exchange_{result.outcome.value}",
                    entity.value,
                    key,
                    "version",
                    m.before,
                    result.shown,
                    reason,
                    at=now,
                )
            )
        progress.update(done, len(merged))
    store.audit.record_many(entries)
    for name, uuid in store.assignments.strangers():  # a laptop's evaluator made before the handout: the committee's
        store.evaluators.adopt_uuid(store.evaluators.by_name(name).uuid, uuid)
    if declaring:  # the proposals whose evaluations a declaration now leaves out, or no longer does
        touched.update(p for _e, p in reached_before ^ store.interests.conflicted_pairs())
    store.exchange.drop_unused_blobs()
    store.exchange.record_package(
        {
            "package_id": package.manifest.package_id,
            "direction": "in",
            "author_fingerprint": author.fingerprint,
            "author_name": author.name,
            "created_at": package.manifest.created_at,
            "handled_at": now,
            "handled_by": store.user,
            "file_name": package.file_name,
            "summary": rec.canonical_json(plan.counts()),
        }
    )
    if touched:
        store.summaries.refresh(rubric, sorted(touched))


def _keep_conflicts(store: Store, package: Package, m: MergedUnit, signer: str, now: str) -> None:
    result = m.merged
    before = {row["version"]: row for row in store.exchange.conflicts(m.unit.entity, m.unit.key)}
    if set(before) == set(result.conflicts):
        return
    sides = {}
    for version in result.conflicts:
        if version in before:
            sides[version] = (before[version]["record"], before[version]["author"], before[version]["received_at"])
        else:
            author = signer if version == m.unit.version else str(result.records[version].get("updated_by", store.user))
            sides[version] = (result.records[version], author, now)
            if m.unit.entity is Entity.PROPOSAL:
                _keep_contents(store, package, result.records[version])
    store.exchange.set_conflicts(m.unit.entity, m.unit.key, sides)


def _keep_contents(store: Store, package: Package, record: dict[str, Any]) -> None:
    """The attachments of a version held in conflict, from the package or from the store's own attachments."""
    kept = {}
    for attachment in record["attachments"]:
        sha = attachment["sha256"]
        content = package.blobs[sha] if sha in package.blobs else store.exchange.blob(sha)
        if content is not None:
            kept[sha] = content
    store.exchange.keep_blobs(kept)


def _add_evaluators(store: Store, package: Package) -> None:
    held = store.exchange.evaluator_rows(e["uuid"] for e in package.evaluators)
    for evaluator in package.evaluators:
        if evaluator["uuid"] in held:
            if held[evaluator["uuid"]]["key_fingerprint"] != evaluator["key_fingerprint"]:  # see _rebindable
                store.exchange.bind_evaluator(evaluator["uuid"], evaluator["key_fingerprint"])
            continue
        record = dict(evaluator)
        if store.exchange.evaluator_name_taken(record["name"], record["uuid"]):
            record["name"] = f"{record['name']} ({record['key_fingerprint'][:4]})"
        store.exchange.add_evaluator(record)
