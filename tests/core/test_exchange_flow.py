"""Exchange packages as people use them: the committee hands out proposals, two field laptops evaluate them
offline and send their work back, the committee merges it in whatever order it arrives, resolves what was
changed on both sides, decides, and sends its decisions back the same way."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from red_desktop.core.domain import EvaluationState
from red_desktop.core.errors import ConflictError
from red_desktop.core.exchange import service as exchange
from red_desktop.core.exchange.model import Entity, Outcome
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from tests.exchange_world import World, dump, fresh_store


@pytest.fixture
def world(tmp_path: Path, rubric: Rubric) -> Iterator[World]:
    made = World(tmp_path, rubric)
    yield made
    made.close()


@pytest.fixture
def season(world: World) -> dict[str, object]:
    """The committee's six proposals on both laptops; then each laptop's work since, as packages:
    ana: a1 (two final evaluations, a draft, a new title for P3), a2 (the draft made final);
    bruno: b1 (two final evaluations and another title for P3)."""
    uuids = world.add_proposals("committee", 6)
    handout = world.export("committee", everything=True)
    for who in ("ana", "bruno"):
        assert world.import_(who, handout).counts()["added"] == 6
    world.evaluate("ana", uuids[0], level=3)
    world.evaluate("ana", uuids[1], level=2)
    draft = world.evaluate("ana", uuids[2], level=1, final=False)
    world.retitle("ana", uuids[3], "Clúster lácteo del Mantaro (título de Ana)")
    a1 = world.export("ana", recipient=world["ana"].store.roster.get(world["committee"].fingerprint))
    world["ana"].store.evaluations.finalize(draft, world.rubric)
    a2 = world.export("ana")
    world.evaluate("bruno", uuids[0], level=1)
    world.evaluate("bruno", uuids[1], level=3)
    world.retitle("bruno", uuids[3], "Clúster lácteo del Mantaro (título de Bruno)")
    b1 = world.export("bruno")
    return {"uuids": uuids, "packages": [a1, a2, b1], "draft": draft}


def clone(store: Store, path: Path) -> Store:
    target = sqlite3.connect(path)
    store.db.conn.backup(target)
    target.close()
    return Store.open(path, user=store.user)


def test_a_handout_reaches_both_laptops_whole(world: World, season: dict) -> None:
    committee = dump(world["committee"].store)
    for who in ("ana", "bruno"):
        laptop = world[who].store
        assert laptop.proposals.count() == 6
        assert laptop.integrity_check() == ["ok"]
    assert len(committee["proposals"]) == 6


def test_packages_merge_into_identical_committee_stores_in_every_order(
    world: World, season: dict, tmp_path: Path
) -> None:
    committee = world["committee"].store
    packages = season["packages"]
    dumps = []
    for number, order in enumerate(itertools.permutations(packages)):
        with clone(committee, tmp_path / f"order-{number}.sqlite") as copy:
            for package in order:
                plan = exchange.import_package(copy, package, world.rubric, box_key=world["committee"].signer.box_key)
                assert plan.ok, plan.rejected
            assert copy.integrity_check() == ["ok"]
            dumps.append(dump(copy))
    assert all(d == dumps[0] for d in dumps[1:])
    final = dumps[0]
    assert len(final["evaluations"]) == 5  # ana's three (the draft now final) and bruno's two
    assert {row[0] for row in final["exchange_conflicts"]} == {"proposal"}  # P3, retitled on both laptops


def test_importing_a_package_twice_changes_nothing(world: World, season: dict) -> None:
    a1, _, _ = season["packages"]
    assert world.import_("committee", a1).ok
    before = dump(world["committee"].store)
    again = world.import_("committee", a1)
    assert not again.ok and "already imported" in again.rejected
    assert dump(world["committee"].store) == before


def test_a_later_package_first_then_the_earlier_one_leaves_the_later_version(world: World, season: dict) -> None:
    a1, a2, _ = season["packages"]
    first = world.import_("committee", a2)
    assert first.ok
    second = world.import_("committee", a1)
    outcomes = {(i.entity, i.key): i.outcome for i in second.items}
    assert outcomes[(Entity.EVALUATION, season["draft"])] is Outcome.UNCHANGED
    final = world["committee"].store.evaluations.get(season["draft"])
    assert final.state is EvaluationState.FINAL


def test_a_proposal_changed_on_both_sides_is_kept_as_a_conflict_and_resolved_field_by_field(
    world: World, season: dict
) -> None:
    a1, a2, b1 = season["packages"]
    for package in (a1, a2, b1):
        assert world.import_("committee", package).ok
    store = world["committee"].store
    p3 = season["uuids"][3]
    [conflict] = exchange.list_conflicts(store)
    assert (conflict.entity, conflict.key) == (Entity.PROPOSAL, p3)
    assert "title" in conflict.fields
    titles = {side.record["title"] for side in conflict.sides}
    assert titles == {"Clúster lácteo del Mantaro (título de Ana)", "Clúster lácteo del Mantaro (título de Bruno)"}
    assert store.proposals.get(p3).title in titles  # one is shown meanwhile; nothing was overwritten
    ana_side = next(s for s in conflict.sides if "Ana" in s.record["title"])
    exchange.resolve_conflict(store, Entity.PROPOSAL, p3, {"title": ana_side.version}, world.rubric)
    assert exchange.list_conflicts(store) == []
    resolved = store.proposals.get(p3)
    assert resolved.title == "Clúster lácteo del Mantaro (título de Ana)"
    assert resolved.stamp.revision == max(s.record["revision"] for s in conflict.sides) + 1
    assert [e.action for e in store.audit.entries(p3)][-1] == "conflict_resolved"


def test_the_committee_decisions_and_resolutions_travel_back_to_the_laptops(world: World, season: dict) -> None:
    for package in season["packages"]:
        assert world.import_("committee", package).ok
    store = world["committee"].store
    uuids = season["uuids"]
    [conflict] = exchange.list_conflicts(store)
    exchange.resolve_conflict(store, conflict.entity, conflict.key, {}, world.rubric)
    world.decide("committee", uuids[0])
    back = world.export("committee")
    for who in ("ana", "bruno"):
        plan = world.import_(who, back)
        assert plan.ok, plan.rejected
        laptop = world[who].store
        assert laptop.decisions.get(uuids[0]) is not None
        assert laptop.proposals.get(uuids[3]).title == store.proposals.get(uuids[3]).title
        assert exchange.list_conflicts(laptop) == []  # the resolution descends from both laptops' versions
    evaluation = world["ana"].store.evaluations.for_proposal(uuids[0])[0]
    with pytest.raises(ConflictError, match="decided"):
        world["ana"].store.evaluations.reopen(evaluation.uuid, "late change", world.rubric)


def test_an_export_carries_only_what_changed_since_the_last_one(world: World) -> None:
    uuids = world.add_proposals("committee", 3)
    first = world.export("committee")
    assert world.import_("ana", first).counts()["added"] == 3
    nothing = exchange.export_preview(world["committee"].store, world["committee"].signer)
    assert nothing["proposals"] == 0
    world.retitle("committee", uuids[1], "Nuevo título")
    assert exchange.export_preview(world["committee"].store, world["committee"].signer)["proposals"] == 1
    second = world.export("committee")
    plan = world.import_("ana", second)
    assert plan.counts() == {"added": 0, "updated": 1, "unchanged": 0, "conflict": 0}
    assert world["ana"].store.proposals.get(uuids[1]).title == "Nuevo título"


def test_a_package_received_is_not_sent_back_as_a_change(world: World) -> None:
    world.add_proposals("committee", 2)
    assert world.import_("ana", world.export("committee")).ok
    counts = exchange.export_preview(world["ana"].store, world["ana"].signer)
    assert counts["proposals"] == 0 and counts["evaluations"] == 0


def test_an_attachment_travels_by_its_hash(world: World, tmp_path: Path) -> None:
    [uuid] = world.add_proposals("committee", 1)
    evidence = tmp_path / "carta de intención.pdf"
    evidence.write_bytes(b"%PDF-1.4 carta firmada" * 100)
    world["committee"].store.attachments.add(uuid, evidence)
    plan = world.import_("ana", world.export("committee"))
    assert plan.ok, plan.rejected
    [info] = world["ana"].store.attachments.list(uuid)
    assert world["ana"].store.attachments.content(info.uuid) == evidence.read_bytes()


def test_a_withdrawn_decision_is_withdrawn_on_the_laptops_whatever_the_order(world: World, tmp_path: Path) -> None:
    uuids = world.add_proposals("committee", 2)
    handout = world.export("committee", everything=True)
    world.decide("committee", uuids[0])
    decided = world.export("committee")
    world["committee"].store.decisions.withdraw(uuids[0], "Falta la carta del gobierno regional")
    withdrawn = world.export("committee")
    assert "withdrawals" in exchange.export_preview(world["committee"].store, world["committee"].signer)
    dumps = []
    for number, order in enumerate(([handout, decided, withdrawn], [handout, withdrawn, decided])):
        laptop = fresh_store(tmp_path, f"laptop-{number}.sqlite", world, user="Ana Quispe")
        for package in order:
            plan = exchange.import_package(laptop, package, world.rubric)
            assert plan.ok, plan.rejected
        assert laptop.decisions.get(uuids[0]) is None
        assert laptop.proposals.get(uuids[0]).status.value == "draft"  # as before the decision, as on the committee's
        assert exchange.list_conflicts(laptop) == []
        dumps.append(dump(laptop))
        laptop.close()
    assert dumps[0] == dumps[1]


def test_a_decision_made_again_after_a_withdrawal_travels_too(world: World) -> None:
    [uuid] = world.add_proposals("committee", 1)
    assert world.import_("ana", world.export("committee", everything=True)).ok
    world.decide("committee", uuid)
    assert world.import_("ana", world.export("committee")).ok
    world["committee"].store.decisions.withdraw(uuid, "Se reabre")
    assert world.import_("ana", world.export("committee")).ok
    assert world["ana"].store.decisions.get(uuid) is None
    world.decide("committee", uuid)
    plan = world.import_("ana", world.export("committee"))
    assert plan.ok and world["ana"].store.decisions.get(uuid) is not None


def test_a_withdrawal_against_a_revision_is_a_conflict_the_committee_resolves(tmp_path: Path, rubric: Rubric) -> None:
    people = {"committee": ("Carla Mendoza", "committee_member"), "diana": ("Diana Ortiz", "committee_member")}
    world = World(tmp_path, rubric, people)
    [uuid] = world.add_proposals("committee", 1)
    world.decide("committee", uuid)
    assert world.import_("diana", world.export("committee", everything=True)).ok
    world["committee"].store.decisions.withdraw(uuid, "Se reabre la evaluación")
    diana = world["diana"].store
    revised = replace(diana.decisions.get(uuid), rationale="Aprobada tras la visita de campo")
    diana.decisions.revise(revised, "Visita de campo", rubric)
    plan = world.import_("committee", world.export("diana"))
    assert plan.ok and {i.outcome for i in plan.items if i.entity is Entity.DECISION} == {Outcome.CONFLICT}
    store = world["committee"].store
    [conflict] = exchange.list_conflicts(store)
    assert conflict.fields[0] == "withdrawn"
    assert store.decisions.get(uuid).rationale == "Aprobada tras la visita de campo"  # the revision shows meanwhile
    gone = next(s for s in conflict.sides if "withdrawn" in s.record)
    exchange.resolve_conflict(store, Entity.DECISION, uuid, {"withdrawn": gone.version}, rubric)
    assert store.decisions.get(uuid) is None and store.proposals.get(uuid).status.value == "under_review"
    assert world.import_("diana", world.export("committee")).ok
    assert diana.decisions.get(uuid) is None and exchange.list_conflicts(diana) == []
    world.close()


def test_an_evaluator_with_a_new_key_after_a_lost_laptop_carries_on(world: World, tmp_path: Path) -> None:
    """Ana's laptop is lost: the committee revokes her key; her store, restored from a backup on a new laptop,
    signs with a new key, and her evaluator moves to it on both sides (audited)."""
    from red_desktop.core import identity

    [first, second] = world.add_proposals("committee", 2)
    assert world.import_("ana", world.export("committee", everything=True)).ok
    world.evaluate("ana", first)
    assert world.import_("committee", world.export("ana")).ok
    committee = world["committee"].store
    old = world["ana"].fingerprint
    committee.roster.revoke(old, "laptop lost on the road to Huancayo")
    new = identity.create_keys(world["ana"].keys, "Ana Quispe", "field_evaluator", overwrite=True)
    world["ana"].signer = exchange.load_signer(world["ana"].keys)
    committee.roster.add(new)
    world.evaluate("ana", second)
    plan = world.import_("committee", world.export("ana"))
    assert plan.ok, plan.rejected
    assert len(committee.evaluations.for_proposal(second)) == 1
    evaluator = committee.exchange.evaluator_of_key(new.fingerprint)
    assert evaluator is not None and evaluator["name"] == "Ana Quispe"
    bound = [e for e in committee.audit.entries(evaluator["uuid"]) if e.action == "key_bound"]
    assert (bound[-1].old_value, bound[-1].new_value) == (old, new.fingerprint)


def test_an_evaluator_bound_to_a_trusted_key_is_not_taken_by_another(world: World) -> None:
    """A second key in Ana's name, trusted by mistake, cannot send evaluations as her while her key stands."""
    from red_desktop.core import identity
    from red_desktop.core.exchange import canonical as rec
    from tests.exchange_world import Party, signed_package, unit_of

    [uuid] = world.add_proposals("committee", 1)
    assert world.import_("ana", world.export("committee", everything=True)).ok
    evaluation = world.evaluate("ana", uuid)
    assert world.import_("committee", world.export("ana")).ok
    impostor = identity.create_keys(world.root / "keys-impostor", "Ana Quispe", "field_evaluator")
    committee = world["committee"].store
    committee.roster.add(impostor)
    ana = world["ana"]
    signer = exchange.load_signer(world.root / "keys-impostor")
    forger = Party("Ana Quispe", "field_evaluator", world.root / "keys-impostor", ana.store, signer)
    evaluator = ana.store.exchange.evaluator_of_key(ana.fingerprint)
    assert evaluator is not None
    record = {**rec.plain_record(rec.EVALUATOR_FIELDS, evaluator), "key_fingerprint": impostor.fingerprint}
    unit = unit_of(ana.store, Entity.EVALUATION, evaluation, revision=9)
    path = signed_package(forger, world.root / "forged.redpkg", [unit], evaluators=[record])
    plan = world.import_("committee", path)
    assert not plan.ok and "revoke the old one" in plan.rejected
    assert committee.evaluations.get(evaluation).stamp.revision != 9


def test_the_attachments_of_a_version_set_aside_in_a_conflict_are_kept(world: World, tmp_path: Path) -> None:
    """The committee's version, with its letter attached, gives way (meanwhile) to a laptop's later edit that
    replaced the letter; choosing the committee's attachments in the resolution brings the letter back."""
    [uuid] = world.add_proposals("committee", 1)
    letter, minutes = tmp_path / "carta.pdf", tmp_path / "acta.pdf"
    letter.write_bytes(b"%PDF carta de intencion " * 50)
    minutes.write_bytes(b"%PDF acta de la reunion " * 50)
    committee, ana = world["committee"].store, world["ana"].store
    committee.attachments.add(uuid, letter)
    assert world.import_("ana", world.export("committee")).ok
    world.retitle("committee", uuid, "Título del comité")
    [held] = ana.attachments.list(uuid)
    ana.attachments.remove(held.uuid)
    ana.attachments.add(uuid, minutes)
    world.retitle("ana", uuid, "Título de campo")
    world.retitle("ana", uuid, "Título de campo, revisado")  # a higher revision: shown meanwhile
    plan = world.import_("committee", world.export("ana"))
    assert plan.ok and plan.counts()["conflict"] == 1
    assert [a.filename for a in committee.attachments.list(uuid)] == ["acta.pdf"]
    [conflict] = exchange.list_conflicts(committee)
    mine = next(s for s in conflict.sides if s.record["title"] == "Título del comité")
    exchange.resolve_conflict(committee, Entity.PROPOSAL, uuid, {"attachments": mine.version}, world.rubric)
    [restored] = committee.attachments.list(uuid)
    assert restored.filename == "carta.pdf" and committee.attachments.content(restored.uuid) == letter.read_bytes()
    assert committee.db.execute("SELECT count(*) FROM exchange_blobs").fetchone()[0] == 0  # nothing left over


def test_a_replica_of_the_committee_ends_identical_whatever_order_the_season_arrives_in(
    world: World, season: dict, tmp_path: Path
) -> None:
    """Every package of the season — the committee's handout, both laptops' work, then the committee's decisions
    and withdrawal sent back — merged into empty replicas in 40 of the 120 orders (seeded): one final state."""
    import random

    committee = world["committee"].store
    uuids = season["uuids"]
    world.decide("committee", uuids[4])
    world.decide("committee", uuids[5])
    decided = world.export("committee")
    committee.decisions.withdraw(uuids[5], "Falta el aval del gobierno regional")
    withdrawn = world.export("committee")
    packages = [world["committee"].sent[0], *season["packages"], decided, withdrawn]
    orders = list(itertools.permutations(packages))
    random.Random(7).shuffle(orders)
    dumps = []
    for number, order in enumerate(orders[:40]):
        replica = fresh_store(tmp_path, f"replica-{number}.sqlite", world)
        for package in order:
            plan = exchange.import_package(replica, package, world.rubric, box_key=world["committee"].signer.box_key)
            assert plan.ok, plan.rejected
        dumps.append(dump(replica))
        replica.close()
    assert all(d == dumps[0] for d in dumps[1:])
    final = dumps[0]
    assert len(final["proposals"]) == 6 and len(final["evaluations"]) == 5 and len(final["decisions"]) == 1
