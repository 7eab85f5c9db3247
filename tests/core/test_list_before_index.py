"""What the proposal list reads before its index lands (issue 19): the code order a page at a time and a search in
code order, from the store's covering indexes; the same proposals in the same order as the index answers."""

from __future__ import annotations

import pytest

from red_desktop.core.list_index import ListIndex
from red_desktop.core.listing import ListQuery
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.core.text import fold
from tests.core.test_listing import A, B, C, D, fill
from tests.factories import bulk_store, proposal


@pytest.fixture
def merged(store: Store, rubric: Rubric) -> Store:
    """The four proposals of test_listing, C recoded (its former code still finds it) and a fifth merged into D."""
    fill(store, rubric)
    store.proposals.recode(store.proposals.by_code(C).uuid, "RED-CO-2026-900", "typo")
    duplicate = store.proposals.add(proposal("RED-AR-2026-777", title="Duplicado del fondo"))
    store.proposals.merge(duplicate.uuid, store.proposals.by_code(D).uuid, "the same proposal")
    return store


def index_answer(store: Store, text: str) -> list[int]:
    return ListIndex(store.proposals.list_columns()).query(ListQuery(text=text)).tolist()


@pytest.mark.parametrize("text", ["valle", "VALLE", "cámara", "red-co-2026-001", "2026-777", "duplicado", "zzz", "a"])
def test_the_search_before_the_index_finds_what_the_index_finds(merged: Store, text: str) -> None:
    assert merged.proposals.search_in_code_order(fold(text)) == index_answer(merged, text)


def test_former_and_merged_codes_are_found_before_the_index(merged: Store) -> None:
    def codes(term: str) -> list[str]:
        return [row.code for row in merged.proposals.rows(merged.proposals.search_in_code_order(term))]

    assert codes("red-co-2026-001") == ["RED-CO-2026-900"]  # its former code
    assert codes("red-ar-2026-777") == [D]  # the code of the proposal merged into it
    assert codes(fold(A)) == [A] and codes("\n") == [] and codes("") == []


def test_the_code_order_is_read_a_page_at_a_time_without_merged_proposals(merged: Store) -> None:
    everything = merged.proposals.ids_in_code_order()
    assert everything == ListIndex(merged.proposals.list_columns()).query(ListQuery()).tolist()
    assert [row.code for row in merged.proposals.rows(everything)] == sorted([A, B, "RED-CO-2026-900", D])
    assert merged.proposals.count() == 4 and merged.proposals.count(merged=True) == 5
    assert merged.proposals.ids_in_code_order(1, 2) == everything[1:3]
    assert merged.proposals.ids_in_code_order(3) == everything[3:]
    assert merged.proposals.ids_in_code_order(9, 2) == []


def test_a_large_store_is_searched_alike_before_the_index(store: Store) -> None:
    bulk_store(store, 1_500)
    index = ListIndex(store.proposals.list_columns())
    assert store.proposals.ids_in_code_order() == index.query(ListQuery()).tolist()
    for text in ("valle", "de", "red-pe", "coop", "ü"):
        assert store.proposals.search_in_code_order(fold(text)) == index.query(ListQuery(text=text)).tolist(), text
