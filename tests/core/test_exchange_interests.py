"""Declarations of conflicts of interest and assignments travel in packages (issue 21): the committee's handout
reaches the laptops, which list what is assigned to them; an evaluator's own declarations reach the committee,
whose figures then leave out the evaluation they concern; the same packages in any order give the same store; and
a key speaking for someone else, or an evaluator's key assigning, is refused changing nothing."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from red_desktop.core.domain import Evaluator, InterestKind
from red_desktop.core.exchange.model import Entity
from red_desktop.core.profile import ensure_evaluator
from red_desktop.core.ranking import build_ranking
from red_desktop.core.rubric import Rubric
from red_desktop.core.store.assignments import Given
from tests.exchange_world import World, dump, fresh_store, refused, signed_package, unit_of


@pytest.fixture
def world(tmp_path: Path, rubric: Rubric) -> Iterator[World]:
    made = World(tmp_path, rubric)
    committee = made["committee"].store
    made.uuids = made.add_proposals("committee", 4)  # type: ignore[attr-defined]
    made.people = {  # type: ignore[attr-defined]
        key: committee.evaluators.add(Evaluator(made[key].name, role="field_evaluator")) for key in ("ana", "bruno")
    }
    yield made
    made.close()


def _handout(world: World) -> Path:
    """The committee records Bruno's conflict with an agency, assigns two proposals to each, and exports."""
    committee = world["committee"].store
    ana, bruno = world.people["ana"], world.people["bruno"]  # type: ignore[attr-defined]
    p = world.uuids  # type: ignore[attr-defined]
    committee.interests.declare(bruno, InterestKind.AGENCY, "Fue su empleador", subject="Agencia de Bruno")
    committee.assignments.assign(
        [Given(p[0], ana), Given(p[1], ana), Given(p[2], bruno), Given(p[3], bruno)], "2026-12-20"
    )
    return world.export("committee", everything=True)


def test_the_handout_reaches_the_laptops_which_list_their_assignments(world: World) -> None:
    handout = _handout(world)
    for key in ("ana", "bruno"):
        plan = world.import_(key, handout)
        assert plan.ok and plan.count(plan.items[0].outcome) >= 1
        laptop = world[key].store
        me = ensure_evaluator(laptop, world[key].name, "field_evaluator")
        assert me.uuid == world.people[key].uuid  # type: ignore[attr-defined]
        assert len(laptop.assignments.of(me)) == 2 and {a.due_on for a in laptop.assignments.of(me)} == {"2026-12-20"}
        assert laptop.interests.count() == 1
    labels = [i.label for i in world.import_("ana", world.export("committee", everything=True)).items]
    assert any("assigned to Ana Quispe" in label for label in labels)


def test_an_evaluators_own_declaration_reaches_the_committee_and_leaves_their_evaluation_out(world: World) -> None:
    world.import_("ana", _handout(world))
    ana = world["ana"]
    world["ana"].evaluator = ensure_evaluator(ana.store, ana.name, "field_evaluator")
    p = world.uuids  # type: ignore[attr-defined]
    world.evaluate("ana", p[0], level=3)
    world.evaluate("committee", p[0], level=1)
    ana.store.interests.declare(ana.evaluator, InterestKind.PROPOSAL, "Mi primo lo dirige", proposal_uuid=p[0])
    package = world.export("ana")
    plan = world.import_("committee", package)
    assert plan.ok, plan.rejected
    assert {item.entity for item in plan.items} >= {Entity.INTEREST, Entity.EVALUATION}
    committee = world["committee"].store
    ranked = next(r for r in build_ranking(committee, world.rubric) if r.uuid == p[0])
    assert ranked.conflicts_excluded == 1 and ranked.evaluations == 1
    summary = committee.summaries.get(p[0])
    assert summary is not None and summary.finals == 1  # refreshed by the import, without Ana's evaluation


def test_the_same_packages_in_any_order_give_the_same_store(world: World, tmp_path: Path) -> None:
    handout = _handout(world)
    world.import_("ana", handout)
    ana = world["ana"]
    ana.evaluator = ensure_evaluator(ana.store, ana.name, "field_evaluator")
    ana.store.interests.declare(ana.evaluator, InterestKind.ACTOR, "Socio", subject="Cámara de Comercio")
    from_ana = world.export("ana")
    committee = world["committee"].store
    committee.assignments.take_back(world.uuids[3], world.people["bruno"].uuid, "Otra carga")  # type: ignore[attr-defined]
    later = world.export("committee")
    packages = [handout, from_ana, later]
    dumps = []
    for number, order in enumerate(itertools.permutations(packages)):
        replica = fresh_store(tmp_path, f"replica-{number}.sqlite", world)
        for path in order:
            from red_desktop.core.exchange import service as exchange

            assert exchange.import_package(replica, path, world.rubric).ok
        dumps.append(dump(replica))
        assert replica.assignments.count() == 3 and replica.interests.count() == 2
        replica.close()
    assert all(d == dumps[0] for d in dumps[1:])


def test_a_key_speaking_for_someone_else_or_a_field_key_assigning_is_refused(world: World, tmp_path: Path) -> None:
    world.import_("bruno", _handout(world))
    bruno = world["bruno"]
    someone = bruno.store.evaluators.add(Evaluator("Ana Quispe"))
    forged = bruno.store.interests.declare(someone, InterestKind.AGENCY, "Inventado", subject="Agencia X")
    unit = unit_of(bruno.store, Entity.INTEREST, forged.uuid)
    refused(world, signed_package(bruno, tmp_path / "for-ana.redpkg", [unit]), "an evaluator's key speaks only")
    mine = ensure_evaluator(bruno.store, bruno.name, "field_evaluator")
    (assigned,) = bruno.store.assignments.assign([Given(world.uuids[0], mine)], None)  # type: ignore[attr-defined]
    unit = unit_of(bruno.store, Entity.ASSIGNMENT, assigned.uuid)
    refused(
        world, signed_package(bruno, tmp_path / "assigns.redpkg", [unit]), "only committee members' keys may assign"
    )


def test_a_declaration_changed_to_another_person_is_refused_as_altered(world: World, tmp_path: Path) -> None:
    handout = _handout(world)
    world.import_("ana", handout)
    committee = world["committee"]
    interest = committee.store.interests.all()[0]
    unit = unit_of(
        committee.store,
        Entity.INTEREST,
        interest.uuid,
        evaluator_uuid=world.people["ana"].uuid,
        revision=2,  # type: ignore[attr-defined]
    )
    path = signed_package(committee, tmp_path / "moved.redpkg", [unit])
    store = world["ana"].store
    before = dump(store)
    plan = world.import_("ana", path)
    assert not plan.ok and "altered" in plan.rejected
    assert dump(store) == before


def test_a_laptop_that_made_its_evaluator_first_takes_the_committees_identity(world: World) -> None:
    """The usual order: the laptop's first change (its roster) made its evaluator before the handout arrived."""
    from red_desktop.core.completion import season_progress

    ana = world["ana"]
    before = ensure_evaluator(ana.store, ana.name, "field_evaluator")
    assert before.uuid != world.people["ana"].uuid  # type: ignore[attr-defined]
    assert world.import_("ana", _handout(world)).ok
    ana.evaluator = ensure_evaluator(ana.store, ana.name, "field_evaluator")
    assert ana.evaluator.uuid == world.people["ana"].uuid  # type: ignore[attr-defined]
    assert [e.action for e in ana.store.audit.entries(ana.evaluator.uuid)][-1] == "evaluator_identity"
    assert len(ana.store.assignments.of(ana.evaluator)) == 2
    world.evaluate("ana", world.uuids[0])  # type: ignore[attr-defined]
    assert world.import_("committee", world.export("ana")).ok
    committee = world["committee"].store
    row = next(e for e in season_progress(committee, world.rubric).evaluators if e.name == ana.name)
    assert (row.assigned, row.final, row.unassigned) == (2, 1, 0)
    assert [e.name for e in committee.evaluators.all()].count(ana.name) == 1


def test_the_committee_assigns_the_evaluators_on_its_roster_before_their_first_package(tmp_path, rubric) -> None:
    """A fresh committee store knows its evaluators by their keys only: they are assigned, bound to their keys, and
    their laptops' packages then speak for the very evaluators assigned."""
    from red_desktop.core.assigning import keep_plan, plan_automatically
    from red_desktop.core.completion import season_progress

    world = World(tmp_path, rubric)
    try:
        committee = world["committee"].store
        uuids = world.add_proposals("committee", 6)
        ask, plan = plan_automatically(committee)
        keep_plan(committee, ask, plan, "2026-12-20")
        names = sorted(e.name for e in committee.evaluators.all())
        assert names == ["Ana Quispe", "Bruno Salles"]  # the roster's field evaluators; not the committee member
        assert {committee.exchange.evaluator_of_key(world[k].fingerprint)["name"] for k in ("ana", "bruno")} == set(
            names
        )
        assert committee.assignments.count() == 12
        assert world.import_("ana", world.export("committee", everything=True)).ok
        ana = world["ana"]
        ana.evaluator = ensure_evaluator(ana.store, ana.name, "field_evaluator")
        world.evaluate("ana", uuids[0])
        assert world.import_("committee", world.export("ana")).ok
        row = next(e for e in season_progress(committee, rubric).evaluators if e.name == "Ana Quispe")
        assert (row.assigned, row.final) == (6, 1)
    finally:
        world.close()


def test_a_declaration_withdrawn_on_two_sides_is_a_conflict_resolved_field_by_field(world: World) -> None:
    from red_desktop.core.exchange import service as exchange

    world.import_("ana", _handout(world))
    ana = world["ana"]
    ana.evaluator = ensure_evaluator(ana.store, ana.name, "field_evaluator")
    mine = ana.store.interests.declare(ana.evaluator, InterestKind.ACTOR, "Socio", subject="Cámara de Comercio")
    assert world.import_("committee", world.export("ana")).ok
    committee = world["committee"].store
    committee.interests.withdraw(mine.uuid, "Ya no es socio (comité)")
    ana.store.interests.withdraw(mine.uuid, "Dejé la cámara en 2025")
    plan = world.import_("committee", world.export("ana"))
    assert plan.ok and plan.count(plan.items[-1].outcome) >= 1
    (conflict,) = [c for c in exchange.list_conflicts(committee) if c.entity is Entity.INTEREST]
    assert "withdrawn_reason" in conflict.fields and "Cámara de Comercio" in conflict.label
    theirs = next(side for side in conflict.sides if not side.current)
    exchange.resolve_conflict(committee, Entity.INTEREST, mine.uuid, {"withdrawn_reason": theirs.version}, world.rubric)
    chosen = committee.interests.get(mine.uuid).withdrawn_reason
    assert chosen == theirs.record["withdrawn_reason"] and chosen in (
        "Dejé la cámara en 2025",
        "Ya no es socio (comité)",
    )
    assert [c for c in exchange.list_conflicts(committee) if c.entity is Entity.INTEREST] == []


def test_a_laptop_that_declared_before_the_handout_keeps_its_identity(world: World) -> None:
    """Its declaration may have gone to the committee already under its own identity: changing it would make the
    next package look altered (refused whole). The assignments are still listed, matched by name."""
    ana = world["ana"]
    before = ensure_evaluator(ana.store, ana.name, "field_evaluator")
    ana.store.interests.declare(before, InterestKind.AGENCY, "Trabajé allí", subject="Agencia X")
    assert world.import_("ana", _handout(world)).ok
    assert ensure_evaluator(ana.store, ana.name, "field_evaluator").uuid == before.uuid
    assert len(ana.store.assignments.of(before)) == 2
    assert world.import_("committee", world.export("ana")).ok
