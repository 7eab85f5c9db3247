"""Proposal codes across laptops (issue 13): identity is the uuid, a code is a label. Laptops capturing new
proposals offline with the same codes always merge; the committee settles the codes with an audited edit that
travels back; an old code still finds its proposal."""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from red_desktop.core import codes
from red_desktop.core.errors import AmbiguousCodeError, NotFoundError, ValidationError
from red_desktop.core.exchange.model import Entity
from red_desktop.core.list_index import ListIndex
from red_desktop.core.listing import ListQuery
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from tests.exchange_world import World, dump, fresh_store
from tests.factories import proposal

PEOPLE = {
    "committee": ("Carla Mendoza", "committee_member"),
    "ana": ("Ana Quispe", "field_evaluator"),
    "bruno": ("Bruno Salles", "field_evaluator"),
    "celia": ("Célia Rocha", "field_evaluator"),
}


@pytest.fixture
def world(tmp_path: Path, rubric: Rubric) -> Iterator[World]:
    made = World(tmp_path, rubric, PEOPLE)
    yield made
    made.close()


def capture(world: World, who: str, count: int, titles: str) -> list[str]:
    """New proposals made on a laptop, numbered the way every laptop numbered them before: the same codes."""
    store = world[who].store
    return [
        store.proposals.add(proposal(f"RED-PE-2026-{i + 1:03d}", title=f"{titles} {i + 1}")).uuid for i in range(count)
    ]


def laptops_season(world: World) -> dict[str, list[Path]]:
    """Three laptops capture proposals offline with overlapping codes and evaluate them; each sends two packages."""
    sent: dict[str, list[Path]] = {}
    for who, count, titles in (
        ("ana", 3, "Cacao de Ana"),
        ("bruno", 4, "Café de Bruno"),
        ("celia", 2, "Pesca de Célia"),
    ):
        uuids = capture(world, who, count, titles)
        world.evaluate(who, uuids[0], level=3)
        first = world.export(who)
        world.evaluate(who, uuids[1], level=1)
        sent[who] = [first, world.export(who)]
    return sent


def committee_import(store: Store, world: World, packages: list[Path]) -> None:
    for package in packages:
        plan = world.import_("committee", package) if store is world["committee"].store else None
        if plan is None:
            from red_desktop.core.exchange import service as exchange

            plan = exchange.import_package(store, package, world.rubric, box_key=world["committee"].signer.box_key)
        assert plan.ok, plan.rejected


def test_two_laptops_new_proposals_with_the_same_codes_both_arrive(world: World) -> None:
    """The bug: the second laptop's package was refused whole ("already has another proposal with that code")."""
    capture(world, "ana", 2, "Cacao")
    capture(world, "bruno", 2, "Café")
    committee = world["committee"].store
    assert world.import_("committee", world.export("ana")).ok
    plan = world.import_("committee", world.export("bruno"))
    assert plan.ok, plan.rejected
    assert committee.proposals.count() == 4
    assert committee.proposals.shared_codes() == {
        "RED-PE-2026-001": committee.proposals.shared_codes()["RED-PE-2026-001"],
        "RED-PE-2026-002": committee.proposals.shared_codes()["RED-PE-2026-002"],
    }
    assert all(len(uuids) == 2 for uuids in committee.proposals.shared_codes().values())
    shared = {(note.code, note.title, note.other_title) for note in plan.codes}
    assert ("RED-PE-2026-001", "Café 1", "Cacao 1") in shared


def test_laptops_creating_proposals_merge_into_identical_committee_stores_in_any_order(
    world: World, tmp_path: Path
) -> None:
    """Six packages from three laptops that each numbered 001, 002, …: 30 seeded orders of the 720, each with a
    repeat; every proposal arrives once with its evaluations, and every store ends identical."""
    sent = laptops_season(world)
    packages = [p for pair in sent.values() for p in pair]
    orders = list(itertools.permutations(packages))
    random.Random(13).shuffle(orders)
    dumps = []
    for number, order in enumerate(orders[:30]):
        replica = fresh_store(tmp_path, f"replica-{number}.sqlite", world)
        repeat = order[number % len(order)]
        for package in [*order, repeat]:
            from red_desktop.core.exchange import service as exchange

            plan = exchange.import_package(replica, package, world.rubric, box_key=world["committee"].signer.box_key)
            assert plan.ok or "already imported" in plan.rejected, plan.rejected
        assert replica.integrity_check() == ["ok"]
        dumps.append(dump(replica))
        replica.close()
    assert all(d == dumps[0] for d in dumps[1:])
    assert len(dumps[0]["proposals"]) == 9 and len(dumps[0]["evaluations"]) == 6


def test_a_field_laptop_numbers_its_new_proposals_with_its_own_mark(world: World) -> None:
    ana, bruno, committee = (world[w].store for w in ("ana", "bruno", "committee"))
    mark = codes.store_mark(ana, "field_evaluator")
    assert re.fullmatch(r"[A-Z2-7]{3}", mark) and mark != codes.store_mark(bruno, "field_evaluator")
    assert codes.store_mark(committee, "committee_member") == ""
    first = codes.suggest_code(ana, "pe", 2026, "new", mark)
    assert first == f"RED-PE-2026-{mark}-001" and codes.is_provisional(first)
    ana.proposals.add(proposal(first))
    assert codes.suggest_code(ana, "PE", 2026, "new", mark) == f"RED-PE-2026-{mark}-002"
    assert codes.suggest_code(committee, "PE", 2026, "new") == "RED-PE-2026-001"
    assert codes.suggest_code(committee, "Xq", 2026, "new") == ""


def test_the_committee_settles_codes_with_an_audited_edit_that_travels_back(world: World) -> None:
    ana, committee = world["ana"].store, world["committee"].store
    own = committee.proposals.add(proposal("RED-PE-2026-001", title="Lácteos del comité")).uuid  # made first
    mark = codes.store_mark(ana, "field_evaluator")
    provisional = ana.proposals.add(proposal(f"RED-PE-2026-{mark}-001", title="Cacao nativo")).uuid
    world.evaluate("ana", provisional)
    capture(world, "bruno", 1, "Café")  # RED-PE-2026-001, like the committee's own first proposal
    for who in ("ana", "bruno"):
        assert world.import_("committee", world.export(who)).ok

    plan = codes.settlement(committee)
    assert [(r.old, r.new, r.shared) for r in plan] == [
        (f"RED-PE-2026-{mark}-001", "RED-PE-2026-002", False),
        ("RED-PE-2026-001", "RED-PE-2026-003", True),
    ]
    assert all(r.uuid != own for r in plan)  # the first made keeps its code
    codes.settle(committee, plan, "final codes")
    assert codes.settlement(committee) == []
    assert committee.proposals.shared_codes() == {}
    settled = committee.proposals.get(provisional).code
    audit = [e for e in committee.audit.entries(provisional) if e.action == "recode"]
    assert audit and audit[-1].old_value == f"RED-PE-2026-{mark}-001" and audit[-1].new_value == settled
    assert committee.proposals.by_code(f"RED-PE-2026-{mark}-001").uuid == provisional

    assert world.import_("ana", world.export("committee")).ok
    assert ana.proposals.get(provisional).code == settled
    assert ana.proposals.by_code(f"RED-PE-2026-{mark}-001").uuid == provisional  # a sheet printed before
    assert ana.evaluations.for_proposal(provisional)  # the evaluation stays with its proposal


def test_a_code_two_proposals_hold_names_both_until_settled(world: World) -> None:
    capture(world, "ana", 1, "Cacao")
    capture(world, "bruno", 1, "Café")
    committee = world["committee"].store
    for who in ("ana", "bruno"):
        assert world.import_("committee", world.export(who)).ok
    with pytest.raises(
        AmbiguousCodeError, match="2 proposals have the code RED-PE-2026-001.*Cacao 1.*Café 1|Café 1.*Cacao 1"
    ):
        committee.proposals.by_code("RED-PE-2026-001")
    uuid = committee.proposals.holders("RED-PE-2026-001")[0]
    assert committee.proposals.by_code(uuid).uuid == uuid


def test_an_old_code_is_found_by_the_list_search(world: World) -> None:
    committee = world["committee"].store
    uuid = committee.proposals.add(proposal("RED-PE-2026-XQ2-004", title="Turismo rural")).uuid
    committee.proposals.recode(uuid, "RED-PE-2026-017", "final codes")
    index = ListIndex(committee.proposals.list_columns())
    found = index.query(ListQuery(text="xq2-004"))
    assert [committee.proposals.rows(found)[0].uuid] == [uuid]
    patched = committee.proposals.list_columns([uuid])  # what the list patches in after a save
    assert "red-pe-2026-xq2-004" in patched["search_text"][0]


def test_a_new_code_never_takes_one_another_proposal_once_held(store: Store) -> None:
    old = store.proposals.add(proposal("RED-PE-2026-001", title="Primera")).uuid
    store.proposals.recode(old, "RED-PE-2026-002", "renumbered")
    assert codes.suggest_code(store, "PE", 2026, "new") == "RED-PE-2026-003"
    other = store.proposals.add(proposal("RED-PE-2026-009", title="Otra")).uuid
    with pytest.raises(ValidationError, match="already used"):
        store.proposals.recode(other, "RED-PE-2026-001", "taking an old code")
    with pytest.raises(ValidationError, match="already used"):
        store.proposals.recode(other, "RED-PE-2026-002", "taking a held code")
    assert store.proposals.by_code("RED-PE-2026-001").uuid == old


def test_a_package_changing_a_code_is_shown_as_reconciled(world: World) -> None:
    committee, ana = world["committee"].store, world["ana"].store
    uuid = committee.proposals.add(proposal("RED-PE-2026-001", title="Cacao")).uuid
    assert world.import_("ana", world.export("committee")).ok
    committee.proposals.recode(uuid, "RED-PE-2026-031", "final codes")
    plan = world.import_("ana", world.export("committee"), dry_run=True)
    assert [(n.code, n.previous) for n in plan.codes] == [("RED-PE-2026-031", "RED-PE-2026-001")]
    assert ana.proposals.get(uuid).code == "RED-PE-2026-001"  # a dry run changes nothing
    assert Entity.PROPOSAL in {item.entity for item in plan.items}


def test_a_code_an_import_derived_from_a_submission_is_provisional_and_settled(world: World) -> None:
    """Found by a tester: a laptop's Kobo import makes RED-PE-2026-0F389E, which settling never touched."""
    committee = world["committee"].store
    uuid = committee.proposals.add(proposal("RED-PE-2026-0F389E", title="Importada de Kobo")).uuid
    assert codes.is_provisional("RED-PE-2026-0F389E") and codes.is_provisional("RED-PE-2026-123456")
    assert not codes.is_provisional("RED-PE-2026-014")
    plan = codes.settlement(committee)
    assert [(r.uuid, r.new) for r in plan] == [(uuid, "RED-PE-2026-001")]


def test_a_code_typed_in_another_case_finds_its_proposal(store: Store) -> None:
    uuid = store.proposals.add(proposal("RED-PE-2026-014")).uuid
    assert store.proposals.by_code(" red-pe-2026-014 ").uuid == uuid
    assert store.proposals.by_code(uuid.upper()).uuid == uuid
    with pytest.raises(NotFoundError, match="No proposal code was given"):
        store.proposals.by_code("  ")
