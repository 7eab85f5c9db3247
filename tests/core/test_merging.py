"""The same project captured twice (issue 13): the import preview flags it, the committee merges the two proposals
keeping both evaluations and the audit of the merge, and the merge travels back to the laptops."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from red_desktop.core import merging
from red_desktop.core.errors import ConflictError, ValidationError
from red_desktop.core.list_index import ListIndex
from red_desktop.core.listing import ListQuery
from red_desktop.core.ranking import build_ranking
from red_desktop.core.reports.sheet_data import sheet_for_aggregate
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from tests.exchange_world import World, dump, fresh_store
from tests.factories import proposal


@pytest.fixture
def world(tmp_path: Path, rubric: Rubric) -> Iterator[World]:
    made = World(tmp_path, rubric)
    yield made
    made.close()


def twice_captured(world: World) -> tuple[str, str]:
    """Ana and Bruno visit the same cacao project in San Martín and each capture it, with their own words."""
    ana = (
        world["ana"]
        .store.proposals.add(
            proposal(
                "RED-PE-2026-AAA-001",
                title="Cadena de valor del cacao en San Martín",
                executing_agency="Gobierno Regional de San Martín",
                region_name="San Martín",
                latitude=-6.49,
                longitude=-76.37,
            )
        )
        .uuid
    )
    bruno = (
        world["bruno"]
        .store.proposals.add(
            proposal(
                "RED-PE-2026-BBB-001",
                title="Cadena valor cacao San Martin (fase 1)",
                executing_agency="Gobierno Regional San Martín",
                region_name="San Martín",
                latitude=-6.52,
                longitude=-76.35,
            )
        )
        .uuid
    )
    world.evaluate("ana", ana, level=3)
    world.evaluate("bruno", bruno, level=1)
    return ana, bruno


def listed(store: Store, text: str = "") -> set[str]:
    index = ListIndex(store.proposals.list_columns())
    return {row.uuid for row in store.proposals.rows(index.query(ListQuery(text=text)))}


def test_the_import_preview_flags_the_same_project_captured_twice(world: World) -> None:
    ana, bruno = twice_captured(world)
    assert world.import_("committee", world.export("ana")).ok
    plan = world.import_("committee", world.export("bruno"), dry_run=True)
    assert plan.ok
    [note] = plan.duplicates
    assert (note.proposal, note.other) == (bruno, ana)
    assert "RED-PE-2026-BBB-001" in note.label and "RED-PE-2026-AAA-001" in note.other_label
    assert note.reasons


def test_a_merge_keeps_both_evaluations_counts_them_once_and_is_audited(world: World, rubric: Rubric) -> None:
    ana, bruno = twice_captured(world)
    committee = world["committee"].store
    for who in ("ana", "bruno"):
        assert world.import_("committee", world.export(who)).ok
    pairs = merging.duplicate_pairs(committee)
    assert {(p.first.uuid, p.second.uuid) for p in pairs} <= {(ana, bruno), (bruno, ana)} and pairs

    merging.merge(committee, bruno, ana, "Mismo proyecto visitado dos veces", rubric)
    assert committee.summaries.get(ana).evaluations == 2
    assert len(committee.evaluations.for_proposal(bruno)) == 1  # Bruno's evaluation is kept as his
    ranked = build_ranking(committee, rubric)
    assert [r.uuid for r in ranked] == [ana] and ranked[0].evaluations == 2
    assert listed(committee) == {ana}
    assert listed(committee, "bbb-001") == {ana}  # the merged proposal's code finds the one it went into
    assert committee.proposals.by_code("RED-PE-2026-BBB-001").uuid == ana
    [entry] = [e for e in committee.audit.entries(bruno) if e.action == "merge"]
    assert entry.new_value == ana and entry.reason == "Mismo proyecto visitado dos veces"
    assert merging.duplicate_pairs(committee) == []
    sheet = sheet_for_aggregate(committee, rubric, ana, "en")  # the dossier's page tells the same as the ranking
    assert sheet.finals == 2 and len(sheet.evaluation_uuids) == 2


def test_the_merge_travels_back_to_the_laptops_and_so_does_its_undoing(world: World, rubric: Rubric) -> None:
    ana, bruno = twice_captured(world)
    committee = world["committee"].store
    for who in ("ana", "bruno"):
        assert world.import_("committee", world.export(who)).ok
    merging.merge(committee, bruno, ana, "Mismo proyecto", rubric)
    back = world.export("committee")
    for who in ("ana", "bruno"):
        assert world.import_(who, back).ok
    laptop = world["bruno"].store
    assert laptop.proposals.get(bruno).merged_into == ana
    assert listed(laptop) == {ana}
    assert laptop.summaries.get(ana).evaluations == 1  # his own evaluation of the merged one counts there
    assert dump(world["ana"].store)["proposals"] == dump(committee)["proposals"]

    merging.merge(committee, bruno, None, "Eran dos fases distintas", rubric)
    assert world.import_("bruno", world.export("committee")).ok
    assert laptop.proposals.get(bruno).merged_into is None
    assert listed(laptop) == {ana, bruno}
    assert laptop.summaries.get(ana).evaluations == 0 and laptop.summaries.get(bruno).evaluations == 1


def test_a_merge_arriving_before_its_proposal_is_merged_whole_in_any_order(
    world: World, rubric: Rubric, tmp_path: Path
) -> None:
    ana, bruno = twice_captured(world)
    committee = world["committee"].store
    packages = [world.export("ana"), world.export("bruno")]
    for package in packages:
        assert world.import_("committee", package).ok
    merging.merge(committee, bruno, ana, "Mismo proyecto", rubric)
    packages.append(world.export("committee"))
    dumps = []
    for number, order in enumerate((packages, packages[::-1], [packages[2], packages[0], packages[1]])):
        replica = fresh_store(tmp_path, f"replica-{number}.sqlite", world)
        for package in order:
            from red_desktop.core.exchange import service as exchange

            plan = exchange.import_package(replica, package, rubric, box_key=world["committee"].signer.box_key)
            assert plan.ok, plan.rejected
        assert replica.summaries.get(ana).evaluations == 2
        dumps.append(dump(replica))
        replica.close()
    assert dumps[0] == dumps[1] == dumps[2]


def test_a_merge_is_refused_into_itself_into_a_merged_proposal_or_without_a_reason(
    store: Store, rubric: Rubric
) -> None:
    a, b, c = (store.proposals.add(proposal(f"RED-PE-2026-00{i}", title=f"P{i}")).uuid for i in range(1, 4))
    with pytest.raises(ConflictError, match="into itself"):
        merging.merge(store, a, a, "x", rubric)
    with pytest.raises(ValidationError, match="reason"):
        merging.merge(store, b, a, "  ", rubric)
    merging.merge(store, b, a, "duplicado", rubric)
    with pytest.raises(ConflictError, match="itself merged"):
        merging.merge(store, c, b, "duplicado", rubric)
    with pytest.raises(ConflictError, match="undo those merges"):
        merging.merge(store, a, c, "duplicado", rubric)
    assert store.proposals.get(c).merged_into is None and store.proposals.get(a).merged_into is None


def test_a_merged_proposal_is_not_merged_into_nor_a_decided_one_merged_away(world: World, rubric: Rubric) -> None:
    """Found by a tester: a code of a merged proposal silently stood for the one it counts for."""
    from red_desktop.core.domain import DecisionKind

    ana, bruno = twice_captured(world)
    committee = world["committee"].store
    for who in ("ana", "bruno"):
        assert world.import_("committee", world.export(who)).ok
    third = committee.proposals.add(proposal("RED-PE-2026-009", title="Turismo vivencial en Lamas")).uuid
    merging.merge(committee, bruno, ana, "Mismo proyecto", rubric)
    with pytest.raises(ConflictError, match="itself merged"):
        merging.merge(committee, third, bruno, "x", rubric)
    world.decide("committee", third, DecisionKind.REJECT)
    with pytest.raises(ConflictError, match="has a decision \\(reject\\)"):
        merging.merge(committee, third, ana, "x", rubric)
    assert committee.proposals.get(third).merged_into is None


def test_my_evaluation_of_a_proposal_is_mine_of_it_not_of_one_merged_into_it(world: World, rubric: Rubric) -> None:
    """Found by a tester: after a merge, an evaluator's sheet of the proposal that stays showed the merged one."""
    from red_desktop.core.reports.own_evaluation import evaluation_by

    ana, bruno = twice_captured(world)
    committee = world["committee"].store
    for who in ("ana", "bruno"):
        assert world.import_("committee", world.export(who)).ok
    world.evaluate("committee", bruno, level=2)  # Carla evaluated the one made second
    world.evaluate("committee", ana, level=4)  # and then the first
    merging.merge(committee, bruno, ana, "Mismo proyecto", rubric)
    carla = world["committee"].evaluator
    assert carla is not None
    assert evaluation_by(committee, rubric, ana, carla.uuid).proposal_uuid == ana


def test_a_laptop_is_not_told_of_a_duplicate_the_committee_merged_in_the_same_package(
    world: World, rubric: Rubric
) -> None:
    ana, bruno = twice_captured(world)
    committee = world["committee"].store
    for who in ("ana", "bruno"):
        assert world.import_("committee", world.export(who)).ok
    merging.merge(committee, bruno, ana, "Mismo proyecto", rubric)
    plan = world.import_("bruno", world.export("committee", everything=True), dry_run=True)
    assert plan.ok and plan.duplicates == ()
