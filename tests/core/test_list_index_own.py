"""The list's "My total": one evaluator's own totals, scored in one pass, held and sorted by the list's index."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from red_desktop.core.domain import Evaluation, EvaluationState, Evaluator, RegionType, Score
from red_desktop.core.list_index import ListIndex
from red_desktop.core.listing import ListQuery, OwnTotal
from red_desktop.core.own_totals import own_totals
from red_desktop.core.rubric import Rubric
from red_desktop.core.scoring import score_levels
from red_desktop.core.store import Store
from tests.factories import full_levels, proposal

A, B, C, D = "RED-PE-2026-001", "RED-BR-2026-001", "RED-CO-2026-001", "RED-CO-2026-002"


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> Iterator[tuple[Store, dict[str, str]]]:
    """Ana: A final at level 3, B a draft with one level, D final at level 2. Luis: A final at level 2, D an
    empty draft. Nobody evaluated C."""
    with Store.open(tmp_path_factory.mktemp("own") / "own.sqlite", user="tester") as store:
        a, b, c, d = (
            store.proposals.add(proposal(code, region_type=kind))
            for code, kind in ((A, None), (B, RegionType.EMERGING), (C, None), (D, RegionType.DECLINING))
        )
        ana, luis = (store.evaluators.add(Evaluator(n)).uuid for n in ("Ana Lucía Quispe", "Luis Mamani"))
        record(store, rubric, a.uuid, ana, full_levels(rubric, 3), final=True)
        record(store, rubric, b.uuid, ana, {"A1": 2}, final=False)
        record(store, rubric, d.uuid, ana, full_levels(rubric, 2), final=True)
        record(store, rubric, a.uuid, luis, full_levels(rubric, 2), final=True)
        store.evaluations.create(d.uuid, luis, rubric)
        yield store, {"ana": ana, "luis": luis, A: a.uuid, B: b.uuid, C: c.uuid, D: d.uuid}


def record(store: Store, rubric: Rubric, proposal_uuid: str, evaluator: str, levels: dict, final: bool) -> None:
    state = EvaluationState.FINAL if final else EvaluationState.DRAFT
    scores = tuple(Score(s, level, "Sustentado") for s, level in levels.items())
    store.evaluations.record(Evaluation(proposal_uuid, evaluator, rubric.id, rubric.version, state, scores), rubric)


def shown(store: Store, index: ListIndex) -> dict[str, OwnTotal | None]:
    rows = store.proposals.rows(index.query(ListQuery()).tolist())
    return dict(zip((r.code for r in rows), index.own_of([r.rowid for r in rows]), strict=True))


def test_own_totals_are_the_evaluators_own_draft_or_final_partial_while_incomplete(scored, rubric: Rubric) -> None:
    store, who = scored
    index = ListIndex(store.proposals.list_columns(), own_totals(store, rubric, who["ana"]))
    partial = score_levels({"A1": 2}, rubric, RegionType.EMERGING).total  # what her scoring form shows
    missing = len(rubric.subcriteria) - 1
    assert shown(store, index) == {
        A: OwnTotal(75.0, True, 0),
        B: OwnTotal(partial, False, missing),
        C: None,
        D: OwnTotal(50.0, True, 0),
    }
    assert shown(store, index)[B].partial and 0 < partial < 10  # type: ignore[union-attr]
    rows = store.proposals.rows(index.query(ListQuery()).tolist())
    assert {r.code: r.total for r in rows}[A] == 62.5  # the committee's figure is another column


def test_sorting_by_own_total_puts_the_unevaluated_last(scored, rubric: Rubric) -> None:
    store, who = scored
    index = ListIndex(store.proposals.list_columns(), own_totals(store, rubric, who["ana"]))
    order = lambda descending: [  # noqa: E731
        r.code for r in store.proposals.rows(index.query(ListQuery(sort="own_total", descending=descending)))
    ]
    assert order(False) == [B, D, A, C]
    assert order(True) == [A, D, B, C]


def test_another_evaluator_and_no_evaluator(scored, rubric: Rubric) -> None:
    store, who = scored
    ana = ListIndex(store.proposals.list_columns(), own_totals(store, rubric, who["ana"]))
    luis = ana.with_own(own_totals(store, rubric, who["luis"]))
    assert shown(store, luis) == {
        A: OwnTotal(50.0, True, 0),
        B: None,
        C: None,
        D: OwnTotal(0.0, False, len(rubric.subcriteria)),
    }
    assert shown(store, ana)[A] == OwnTotal(75.0, True, 0)  # the index it came from is unchanged
    assert set(shown(store, ana.with_own(None)).values()) == {None}
    assert luis.query(ListQuery(text="quinua")).tolist() == ana.query(ListQuery(text="quinua")).tolist()


def test_a_patch_carries_the_own_totals_of_the_proposals_it_names(tmp_path, rubric: Rubric) -> None:
    with Store.open(tmp_path / "patch.sqlite", user="tester") as store:
        first = store.proposals.add(proposal(A))
        second = store.proposals.add(proposal(B))
        ana = store.evaluators.add(Evaluator("Ana Lucía Quispe")).uuid
        record(store, rubric, first.uuid, ana, full_levels(rubric, 3), final=True)
        before = ListIndex(store.proposals.list_columns(), own_totals(store, rubric, ana))
        record(store, rubric, second.uuid, ana, {"A1": 4, "A2": 4}, final=False)
        asked = [second.uuid]
        patched = before.patched(store.proposals.list_columns(asked), asked, own_totals(store, rubric, ana, asked))
        fresh = ListIndex(store.proposals.list_columns(), own_totals(store, rubric, ana))
        assert shown(store, patched) == shown(store, fresh)
        assert shown(store, patched)[B] is not None and shown(store, patched)[A] == OwnTotal(75.0, True, 0)
        query = ListQuery(sort="own_total", descending=True)
        assert patched.query(query).tolist() == fresh.query(query).tolist()


def test_malformed_own_columns_are_refused(scored) -> None:
    store, _ = scored
    with pytest.raises(ValueError, match="own total columns missing: own_final"):
        ListIndex(store.proposals.list_columns(), {"uuid": [], "own_total": [], "own_missing": []})


def test_rowids_and_uuids_the_index_does_not_hold_have_no_own_total_nor_rowid(scored, rubric: Rubric) -> None:
    """Looked up with sorted arrays (issue 19: a dict of 100,000 rowids was built on the window's thread)."""
    store, who = scored
    index = ListIndex(store.proposals.list_columns(), own_totals(store, rubric, who["ana"]))
    rowid_a, rowid_c = index.rowid_of(who[A]), index.rowid_of(who[C])
    assert rowid_a is not None and rowid_c is not None
    held = sorted(int(r) for r in index.query(ListQuery()))
    outside = [min(held) - 1, max(held) + 1, 10**12]
    owns = index.own_of([outside[0], rowid_a, outside[1], rowid_c, outside[2], rowid_a])
    assert owns == [None, OwnTotal(75.0, True, 0), None, None, None, OwnTotal(75.0, True, 0)]
    assert index.own_of([]) == [] and index.rowid_of("no such uuid") is None
    empty = ListIndex({key: [] for key in store.proposals.list_columns()})
    assert empty.own_of([rowid_a]) == [None] and empty.rowid_of(who[A]) is None
