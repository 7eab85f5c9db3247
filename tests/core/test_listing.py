"""The proposal list: its in-memory index (folded search, filters, score states and bounds, stable sorts, facets),
fed by the store's list columns, and the rows the store gives for the lines on screen."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from sqlite_utils import Database

from red_desktop.core.domain import (
    ActorType,
    Evaluation,
    EvaluationState,
    Evaluator,
    PriorityArea,
    ProposalStatus,
    RegionType,
    Score,
)
from red_desktop.core.errors import ValidationError
from red_desktop.core.list_index import ListIndex
from red_desktop.core.listing import LIST_COLUMNS, ListQuery, ProposalRow
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.core.store.migrations import APPLICATION_ID, MIGRATIONS
from red_desktop.core.text import fold
from tests.factories import actor, bulk_store, full_levels, proposal

A, B, C, D = "RED-PE-2026-001", "RED-BR-2026-001", "RED-CO-2026-001", "RED-CO-2026-002"
EVERYONE = {A, B, C, D}
FOLDED = {"title", "region_name", "executing_agency"}  # sorted ignoring case and accents


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory, rubric: Rubric) -> Iterator[Store]:
    """Four proposals differing in every listed column, shared by the read-only tests of this module.

    Evaluations: A two finals (75 and 50), B a draft, C none, D a final (50) and a draft.
    """
    with Store.open(tmp_path_factory.mktemp("listing") / "listed.sqlite", user="tester") as store:
        fill(store, rubric)
        yield store


def fill(store: Store, rubric: Rubric) -> None:
    a = store.proposals.add(proposal(A, status=ProposalStatus.SUBMITTED))  # Valle del Mantaro, Cámara de Comercio
    b = store.proposals.add(
        proposal(
            B,
            title="Turismo de natureza no Vale do Ribeira",
            country="BR",
            region_name="Região de São João del-Rei",
            region_type=RegionType.EMERGING,
            priority_area=PriorityArea.INNOVATION,
            status=ProposalStatus.SUBMITTED,
            executing_agency="Federação das Indústrias",
            requested_amount=500_000.0,
            counterpart_public=250_000.0,
            counterpart_private=250_000.0,
            actors=(actor(ActorType.BUSINESS, name="Cooperativa Agroindustrial Sul"),),
        )
    )
    store.proposals.add(
        proposal(
            C,
            title="software y servicios para empresas locales",
            country="CO",
            region_name="Región Metropolitana de Medellín",
            region_type=None,
            priority_area=None,
            status=ProposalStatus.UNDER_REVIEW,
            executing_agency="Ruta N",
            requested_amount=0.0,
            counterpart_public=0.0,
            counterpart_private=0.0,
            actors=(actor(ActorType.UNIVERSITY, name="Universidad de Antioquia"),),
        )
    )
    d = store.proposals.add(
        proposal(
            D,
            title="Fondo para 100 empresas",
            country="CO",
            region_name="Valle de Aburrá",
            region_type=RegionType.DECLINING,
            priority_area=PriorityArea.URBAN_PRODUCTIVE,
            status=ProposalStatus.DRAFT,
            executing_agency="Agencia de Desarrollo",
            requested_amount=2_000_000.0,
            counterpart_public=200_000.0,
            counterpart_private=0.0,
            actors=(actor(ActorType.CIVIL_SOCIETY, name="Mesa de concertación"),),
        )
    )
    ana, luis = (store.evaluators.add(Evaluator(n)) for n in ("Ana Lucía Quispe", "Luis Mamani"))
    for who, level in ((ana, 3), (luis, 2)):
        final(store, rubric, a.uuid, who.uuid, level)
    store.evaluations.create(b.uuid, ana.uuid, rubric)
    final(store, rubric, d.uuid, ana.uuid, 2)
    store.evaluations.create(d.uuid, luis.uuid, rubric)


def final(store: Store, rubric: Rubric, proposal_uuid: str, evaluator_uuid: str, level: int) -> None:
    scores = tuple(Score(s, level, "Sustentado") for s in full_levels(rubric, level))
    evaluation = Evaluation(proposal_uuid, evaluator_uuid, rubric.id, rubric.version, EvaluationState.FINAL, scores)
    store.evaluations.record(evaluation, rubric)


def ids(store: Store, query: ListQuery) -> list[int]:
    return ListIndex(store.proposals.list_columns()).query(query).tolist()


def codes(store: Store, query: ListQuery) -> list[str]:
    return [row.code for row in store.proposals.rows(ids(store, query))]


def found(store: Store, **query: object) -> set[str]:
    return set(codes(store, ListQuery(**query)))  # type: ignore[arg-type]


def test_the_default_list_is_everything_in_code_order(listed: Store) -> None:
    assert codes(listed, ListQuery()) == [B, C, D, A]
    assert found(listed, text="   ") == EVERYONE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("red-pe", {A}),  # code
        ("QUINUA", {A}),  # title
        ("Sao Joao", {B}),  # region name, accents and case ignored
        ("região", {B}),
        ("region", {C}),  # "Región", not "Região"
        ("camara de comercio", {A}),  # executing agency
        ("federacao", {B}),
        ("cooperativa agroindustrial", {B}),  # actor names
        ("ANTIOQUIA", {C}),
        ("concertacion", {D}),
        ("valle", {A, D}),
        ("vale do", {B}),
        ("valle del mantaro", {A}),
        ("zzz", set()),
    ],
)
def test_search_is_a_folded_substring_of_every_searchable_field(listed: Store, text: str, expected: set[str]) -> None:
    assert found(listed, text=text) == expected


def test_a_search_never_spans_two_fields(listed: Store) -> None:
    assert found(listed, text="ribeira regiao") == set()  # title, then region name


@pytest.mark.parametrize(
    ("text", "expected"),
    [("100%", {"P-1"}), ("a_b", {"P-3"}), ("%", {"P-1"}), ("_", {"P-3"}), ("a\\b", {"P-5"})],
)
def test_wildcards_are_literal(store: Store, text: str, expected: set[str]) -> None:
    titles = ["Meta 100% local", "Meta 1000 local", "Fondo a_b", "Fondo axb", "Ruta a\\b", "Ruta ab"]
    for i, title in enumerate(titles, start=1):
        store.proposals.add(proposal(f"P-{i}", title=title, executing_agency="", actors=()))
    assert found(store, text=text) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"countries": frozenset({"CO"})}, {C, D}),
        ({"countries": frozenset({"CO", "BR"})}, {B, C, D}),
        ({"countries": frozenset({"AR"})}, set()),
        ({"region_types": frozenset({""})}, {C}),
        ({"region_types": frozenset({"marginalized", "emerging"})}, {A, B}),
        ({"region_types": frozenset({"", "declining"})}, {C, D}),
        ({"priority_areas": frozenset({""})}, {C}),
        ({"priority_areas": frozenset({"value_chains", "innovation"})}, {A, B}),
        ({"statuses": frozenset({"submitted"})}, {A, B}),
        ({"statuses": frozenset({"draft", "under_review"})}, {C, D}),
        ({"countries": frozenset({"CO"}), "statuses": frozenset({"draft"})}, {D}),
        ({"countries": frozenset({"CO", "PE"}), "region_types": frozenset({"", "marginalized"})}, {A, C}),
        ({"text": "valle", "countries": frozenset({"CO"})}, {D}),
        ({"text": "valle", "evaluation_state": "final", "min_total": 60.0}, {A}),
        (
            {
                "text": "e",
                "countries": frozenset({"PE", "CO", "BR"}),
                "region_types": frozenset({"declining", "marginalized"}),
                "priority_areas": frozenset({"urban_productive", "value_chains"}),
                "statuses": frozenset({"draft", "submitted"}),
                "evaluation_state": "final",
                "min_total": 50.0,
                "max_total": 62.5,
            },
            {A, D},
        ),
    ],
)
def test_filters_alone_and_combined(listed: Store, query: dict[str, object], expected: set[str]) -> None:
    assert found(listed, **query) == expected


@pytest.mark.parametrize(("state", "expected"), [("any", EVERYONE), ("none", {C}), ("draft", {B}), ("final", {A, D})])
def test_evaluation_states(listed: Store, state: str, expected: set[str]) -> None:
    assert found(listed, evaluation_state=state) == expected


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (50.0, None, {A, D}),  # A: (75 + 50) / 2 = 62.5, D: 50; inclusive
        (50.01, None, {A}),
        (None, 50.0, {D}),
        (62.5, 62.5, {A}),
        (0, 100, {A, D}),  # a bound leaves out proposals without a total (B, C)
        (None, 49.9, set()),
    ],
)
def test_total_bounds_are_inclusive_and_exclude_missing_totals(
    listed: Store, low: float | None, high: float | None, expected: set[str]
) -> None:
    assert found(listed, min_total=low, max_total=high) == expected


def expected_order(rows: list[ProposalRow], key: str, descending: bool) -> list[str]:
    """Values present first, in the asked direction; blanks last either way; ties by code, ascending."""

    def value(row: ProposalRow) -> object:
        v = getattr(row, key, None)  # own_total: no evaluator given to the index here, so blank for every row
        return fold(v) if key in FOLDED else v

    present = sorted((r for r in rows if value(r) is not None), key=lambda r: r.code)
    present.sort(key=value, reverse=descending)  # type: ignore[arg-type]  # stable: ties keep code order
    missing = sorted((r for r in rows if value(r) is None), key=lambda r: r.code)
    return [r.code for r in present + missing]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("key", list(LIST_COLUMNS))
def test_sort_by_every_column_both_ways(listed: Store, key: str, descending: bool) -> None:
    everything = listed.proposals.rows(ids(listed, ListQuery()))
    assert codes(listed, ListQuery(sort=key, descending=descending)) == expected_order(everything, key, descending)


def test_ties_are_broken_by_code_and_blanks_come_last(listed: Store) -> None:
    assert codes(listed, ListQuery(sort="country", descending=True)) == [A, C, D, B]
    assert codes(listed, ListQuery(sort="country")) == [B, C, D, A]
    assert codes(listed, ListQuery(sort="total")) == [D, A, B, C]
    assert codes(listed, ListQuery(sort="total", descending=True)) == [A, D, B, C]
    assert codes(listed, ListQuery(sort="region_type", descending=True)) == [A, B, D, C]
    assert codes(listed, ListQuery(sort="title")) == [A, D, C, B]  # "software..." among capitals


def test_rows_come_in_the_order_asked_with_their_content(listed: Store) -> None:
    listed_ids = ids(listed, ListQuery())
    rows = listed.proposals.rows(list(reversed(listed_ids)) + [10_000])  # a rowid no longer in the store is left out
    assert [r.code for r in rows] == [A, D, C, B]
    a, d, c, b = rows
    assert (a.evaluations, a.finals, a.total) == (2, 2, 62.5)
    assert (b.evaluations, b.finals, b.total) == (1, 0, None)
    assert (c.evaluations, c.finals, c.total, c.leverage) == (0, 0, None, None)  # nothing requested
    assert (d.evaluations, d.finals, d.total) == (2, 1, 50.0)
    stored = listed.proposals.by_code(A)
    assert a == ProposalRow(
        rowid=listed_ids[-1],
        uuid=stored.uuid,
        code=A,
        title="Cadena de valor de la quinua en el Valle del Mantaro",
        country="PE",
        region_name="Valle del Mantaro, Junín",
        region_type="marginalized",
        priority_area="value_chains",
        status="submitted",
        executing_agency="Cámara de Comercio de Huancayo",
        requested_amount=1_000_000.0,
        leverage=pytest.approx(0.83),  # type: ignore[arg-type]
        evaluations=2,
        finals=2,
        total=62.5,
        updated_at=stored.stamp.updated_at,
    )
    assert listed.proposals.rows([]) == []


def test_rows_are_fetched_in_chunks_under_the_variable_limit(listed: Store) -> None:
    shown = ListIndex(listed.proposals.list_columns()).query(ListQuery(sort="total"))  # numpy ids, as the list holds
    limit = listed.db.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 3)
    try:
        assert [r.rowid for r in listed.proposals.rows(shown)] == shown.tolist()
    finally:
        listed.db.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)


def test_facets_are_the_values_present(listed: Store) -> None:
    assert ListIndex(listed.proposals.list_columns()).facets() == {
        "countries": ["BR", "CO", "PE"],
        "region_types": ["", "declining", "emerging", "marginalized"],
        "priority_areas": ["", "innovation", "urban_productive", "value_chains"],
        "statuses": ["draft", "submitted", "under_review"],
    }


def test_an_empty_store_lists_nothing(store: Store) -> None:
    assert ids(store, ListQuery(text="valle", sort="total")) == []
    assert ListIndex(store.proposals.list_columns()).facets() == {
        "countries": [],
        "region_types": [],
        "priority_areas": [],
        "statuses": [],
    }


@pytest.mark.parametrize(
    ("query", "location"),
    [
        (ListQuery(sort="budget"), "sort"),
        (ListQuery(sort="code; DROP TABLE proposals"), "sort"),
        (ListQuery(evaluation_state="maybe"), "evaluation_state"),
        (ListQuery(min_total=60.0, max_total=40.0), "min_total"),
        (ListQuery(min_total=float("nan")), "min_total"),
        (ListQuery(max_total="50"), "max_total"),  # type: ignore[arg-type]
    ],
)
def test_invalid_queries_are_refused(listed: Store, query: ListQuery, location: str) -> None:
    with pytest.raises(ValidationError) as refused:
        ListIndex(listed.proposals.list_columns()).query(query)
    assert [p.location for p in refused.value.problems] == [location]
    assert listed.proposals.count() == 4


def test_a_large_store_is_filtered_and_sorted_like_python_would(store: Store) -> None:
    """10,000 proposals, written in bulk with made-up summaries; the index's answer equals a plain Python one."""
    made, summaries = bulk_store(store, 10_000)
    by_uuid = {s[0]: s for s in summaries}

    query = ListQuery(
        text="sao joao",
        countries=frozenset({"BR", "PE"}),
        evaluation_state="final",
        min_total=50.0,
        max_total=75.0,
        sort="total",
        descending=True,
    )
    chosen = [
        p
        for p in made
        if p.country in {"BR", "PE"}
        and p.region_name == "São João del-Rei"
        and by_uuid[p.uuid][4] > 0
        and 50.0 <= (by_uuid[p.uuid][6] or -1) <= 75.0
    ]
    chosen.sort(key=lambda p: p.code)
    chosen.sort(key=lambda p: by_uuid[p.uuid][6], reverse=True)  # type: ignore[arg-type, return-value]
    assert len(chosen) > 100
    assert codes(store, query) == [p.code for p in chosen]

    assert codes(store, ListQuery()) == sorted(p.code for p in made)
    leverage = {p.code: p.counterpart_total / p.requested_amount for p in made if p.requested_amount}
    ranked = sorted(leverage, key=lambda c: (-leverage[c], c)) + sorted(set(c.code for c in made) - set(leverage))
    assert codes(store, ListQuery(sort="leverage", descending=True)) == ranked


@pytest.mark.parametrize(
    ("text", "expected"),
    [("j", {A, B}), ("JU", {A}), ("ã", EVERYONE), ("10", {D}), ("_", {A}), ("y", {A, C}), ("zq", set())],
)
def test_searches_of_one_or_two_characters(listed: Store, text: str, expected: set[str]) -> None:
    assert found(listed, text=text) == expected


def test_the_search_text_follows_every_change(store: Store) -> None:
    stored = store.proposals.add(proposal())
    assert found(store, text="quinua") == {A}
    renamed = store.proposals.update(
        replace(stored, title="Café especial de altura", actors=(actor(ActorType.BUSINESS, name="Cooperativa Pangoa"),))
    )
    assert found(store, text="quinua") == set()
    assert found(store, text="cafe especial") == found(store, text="pangoa") == {A}
    store.proposals.update(replace(renamed, code="RED-PE-2026-099"))
    assert found(store, text="2026-099") == {"RED-PE-2026-099"}
    assert found(store, text="2026-001") == {"RED-PE-2026-099"}  # an old code still finds it (issue 13)
    with store.transaction() as db:
        db.execute("DELETE FROM actors")
        db.execute("DELETE FROM proposals")
    assert found(store, text="cafe") == set()


def test_quotes_and_query_syntax_in_a_search_are_plain_text(store: Store) -> None:
    store.proposals.add(proposal("P-1", title='Plan "Norte" AND 2030*', actors=()))
    store.proposals.add(proposal("P-2", title="Plan Norte 2030", actors=()))
    assert found(store, text='"norte"') == {"P-1"}
    assert found(store, text="AND 2030*") == {"P-1"}
    assert found(store, text="norte OR") == set()
    assert found(store, text="plan") == {"P-1", "P-2"}


def test_a_migrated_store_is_searchable(store_path: Path) -> None:
    """A store made before the search index existed gets it filled when it is upgraded."""
    db = Database(sqlite3.connect(store_path))
    MIGRATIONS[0](db)
    db.execute("PRAGMA user_version = 1")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    stamp = "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'old'"
    for uuid, code, title in (("p1", "RED-PE-1", "Café de altura"), ("p2", "RED-PE-2", "Quinua orgánica")):
        db.execute(
            "INSERT INTO proposals (uuid, code, title, country, status, created_at, updated_at, updated_by)"
            f" VALUES ('{uuid}', '{code}', '{title}', 'PE', 'draft', {stamp})"
        )
    db.conn.commit()
    db.close()
    with Store.open(store_path) as store:
        assert found(store, text="cafe de") == {"RED-PE-1"}
        assert found(store, text="organica") == {"RED-PE-2"}
        assert found(store, text="red-pe") == {"RED-PE-1", "RED-PE-2"}
