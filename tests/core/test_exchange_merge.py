"""The merge of versions: heads, the version shown, and order independence (property-based, with hypothesis)."""

from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from red_desktop.core.exchange import merge
from red_desktop.core.exchange import service as exchange
from red_desktop.core.exchange.model import Entity, Outcome
from red_desktop.core.rubric import Rubric
from tests.exchange_world import World, dump, fresh_store

EMPTY = merge.Local(None, {}, frozenset(), {})


def v(n: int) -> str:
    return f"{n:064x}"


def record(revision: int, at: str = "2026-11-20T10:00:00.000Z") -> dict:
    return {"revision": revision, "updated_at": at}


def test_a_descendant_replaces_its_ancestor() -> None:
    state = merge.merge(EMPTY, v(1), record(1), {v(1): ()})
    assert state.outcome is Outcome.ADDED
    local = merge.Local(state.shown, state.records, state.conflicts, state.lineage)
    newer = merge.merge(local, v(2), record(2), {v(1): (), v(2): (v(1),)})
    assert (newer.outcome, newer.shown, newer.conflicts) == (Outcome.UPDATED, v(2), frozenset())


def test_an_ancestor_received_later_changes_nothing() -> None:
    local = merge.Local(v(2), {v(2): record(2)}, frozenset(), {v(1): (), v(2): (v(1),)})
    older = merge.merge(local, v(1), record(1), {v(1): ()})
    assert (older.outcome, older.shown) == (Outcome.UNCHANGED, v(2))


def test_two_descendants_of_one_version_are_a_conflict_whoever_arrives_first() -> None:
    base = {v(1): ()}
    local = merge.Local(v(1), {v(1): record(1)}, frozenset(), base)
    left = merge.merge(local, v(2), record(2, "2026-11-21T09:00:00.000Z"), {**base, v(2): (v(1),)})
    after_left = merge.Local(left.shown, left.records, left.conflicts, left.lineage)
    both = merge.merge(after_left, v(3), record(2, "2026-11-22T09:00:00.000Z"), {**base, v(3): (v(1),)})
    assert both.outcome is Outcome.CONFLICT
    assert both.shown == v(3) and both.conflicts == {v(2)}  # the later change is shown meanwhile


def test_a_resolution_descending_from_both_sides_settles_the_conflict() -> None:
    lineage = {v(1): (), v(2): (v(1),), v(3): (v(1),)}
    local = merge.Local(v(3), {v(2): record(2), v(3): record(2)}, frozenset({v(2)}), lineage)
    resolved = merge.merge(local, v(4), record(3), {**lineage, v(4): (v(2), v(3))})
    assert (resolved.outcome, resolved.shown, resolved.conflicts) == (Outcome.UPDATED, v(4), frozenset())


def test_a_local_save_since_the_last_exchange_descends_from_what_it_saw() -> None:
    assert merge.observed({v(1): ()}, v(1), v(2)) == {v(2): (v(1),)}
    assert merge.observed({v(1): ()}, v(1), v(1)) == {}
    assert merge.observed({}, None, v(5)) == {v(5): ()}


@st.composite
def histories(draw: st.DrawFn) -> tuple[dict[str, tuple[str, ...]], dict[str, dict]]:
    """Versions of one record, each descending from some earlier ones (none: made apart), with stamps."""
    count = draw(st.integers(1, 7))
    lineage: dict[str, tuple[str, ...]] = {}
    records = {}
    for n in range(1, count + 1):
        parents = draw(st.sets(st.integers(1, n - 1), max_size=2)) if n > 1 else set()
        lineage[v(n)] = tuple(sorted(v(p) for p in parents))
        revision = 1 + max((records[v(p)]["revision"] for p in parents), default=0)
        records[v(n)] = record(revision, f"2026-11-{draw(st.integers(10, 28))}T00:00:00.000Z")
    return lineage, records


def _receive_all(order: list[str], lineage: dict, records: dict) -> tuple:
    state = EMPTY
    for version in order:
        result = merge.merge(state, version, records[version], merge.subgraph(lineage, version))
        state = merge.Local(result.shown, result.records, result.conflicts, result.lineage)
    return state.current, state.conflicts, state.lineage


@settings(max_examples=300, deadline=None)
@given(histories(), st.randoms(use_true_random=False))
def test_receiving_versions_in_any_order_ends_in_the_same_state(history: tuple, random: object) -> None:
    lineage, records = history
    versions = list(lineage)
    expected = _receive_all(versions, lineage, records)
    shuffled = versions[:]
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    twice = shuffled + shuffled[: len(shuffled) // 2]  # some received twice
    assert _receive_all(twice, lineage, records) == expected
    heads = merge.heads(versions, lineage)
    assert {expected[0], *expected[1]} == heads  # the shown version and the conflicts are exactly the heads


@st.composite
def field_work(draw: st.DrawFn) -> list[tuple[str, str, int]]:
    """What people do between exchanges: (who, action, proposal index), with who in ana/bruno/committee;
    the committee decides or withdraws its decision."""
    actions = st.tuples(
        st.sampled_from(["ana", "bruno", "committee"]),
        st.sampled_from(["retitle", "evaluate", "export", "decide"]),
        st.integers(0, 2),
    )
    return draw(st.lists(actions, min_size=2, max_size=8))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(work=field_work(), seed=st.randoms(use_true_random=False))
def test_stores_merging_the_same_packages_in_any_order_are_identical(
    tmp_path_factory: object, rubric: Rubric, work: list, seed: object
) -> None:
    root = tmp_path_factory.mktemp("world")  # type: ignore[attr-defined]
    world = World(Path(root), rubric)
    try:
        uuids = world.add_proposals("committee", 3)
        packages = [world.export("committee", everything=True)]
        for who in ("ana", "bruno"):
            assert world.import_(who, packages[0]).ok
        evaluated: set[tuple[str, int]] = set()
        for step, (who, action, index) in enumerate(work):
            if action == "retitle":
                world.retitle(who, uuids[index], f"Título {step} de {who}")
            elif action == "evaluate" and (who, index) not in evaluated:
                if world[who].store.decisions.get(uuids[index]) is None:
                    world.evaluate(who, uuids[index], level=1 + step % 3)
                    evaluated.add((who, index))
            elif action == "decide" and who == "committee":  # decide, or withdraw the decision made
                if world[who].store.decisions.get(uuids[index]) is None:
                    world.decide(who, uuids[index])
                else:
                    world[who].store.decisions.withdraw(uuids[index], f"Paso {step}")
            packages.append(world.export(who))
        packages += [world.export(who) for who in ("ana", "bruno", "committee")]
        orders = [packages[:], packages[::-1]]
        shuffled = packages[:]
        seed.shuffle(shuffled)  # type: ignore[attr-defined]
        orders.append(shuffled)
        dumps = []
        for number, order in enumerate(orders):
            store = fresh_store(Path(root), f"merged-{number}.sqlite", world)
            for package in order:
                plan = exchange.import_package(store, package, rubric)
                assert plan.ok or "exported from this store" in plan.rejected, plan.rejected
            assert store.integrity_check() == ["ok"]
            dumps.append(dump(store))
            store.close()
        assert dumps[1] == dumps[0] and dumps[2] == dumps[0]
    finally:
        world.close()


def test_every_permutation_of_three_conflicting_edits_gives_one_state(tmp_path: Path, rubric: Rubric) -> None:
    world = World(tmp_path, rubric)
    [uuid] = world.add_proposals("committee", 1)
    handout = world.export("committee")
    for who in ("ana", "bruno"):
        world.import_(who, handout)
    for who in ("ana", "bruno", "committee"):
        world.retitle(who, uuid, f"Título de {who}")
    packages = [world.export(who) for who in ("ana", "bruno", "committee")]
    dumps = []
    for number, order in enumerate(itertools.permutations([handout, *packages])):
        store = fresh_store(tmp_path, f"p{number}.sqlite", world)
        for package in order:
            assert exchange.import_package(store, package, rubric).ok
        [conflict] = exchange.list_conflicts(store)
        assert conflict.entity is Entity.PROPOSAL and len(conflict.sides) == 3
        dumps.append(dump(store))
        store.close()
    assert all(d == dumps[0] for d in dumps)
    world.close()


def test_a_withdrawal_replaces_what_it_withdraws_and_gives_way_to_a_concurrent_change() -> None:
    from red_desktop.core.exchange import canonical as rec

    gone = rec.withdrawal("p", v(1))
    lineage = {v(1): (), v(9): (v(1),)}
    local = merge.Local(v(1), {v(1): record(1)}, frozenset(), {v(1): ()})
    removed = merge.merge(local, v(9), gone, lineage)
    assert (removed.outcome, removed.shown) == (Outcome.UPDATED, v(9))
    after = merge.Local(v(9), {v(9): gone}, frozenset(), removed.lineage)
    revised = merge.merge(after, v(2), record(2), {v(1): (), v(2): (v(1),)})
    assert (revised.outcome, revised.shown, revised.conflicts) == (Outcome.CONFLICT, v(2), frozenset({v(9)}))
