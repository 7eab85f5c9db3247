"""Writing imported proposals: added, updated or left alone by submission, all or nothing, previewed, cancelled."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from red_desktop.core.domain import ActorType
from red_desktop.core.importing.apply import import_records
from red_desktop.core.importing.records import ERROR, WARNING, ImportProblem, ImportRecord
from red_desktop.core.progress import Cancelled
from red_desktop.core.store import Store, imports
from red_desktop.core.store.imports import content_hash
from tests.factories import actor, proposal

SOURCE = "kobo-2026-03.xlsx"


def records(count: int, start: int = 0, **changes: Any) -> list[ImportRecord]:
    return [
        ImportRecord(
            row=i + 2,
            submission_id=f"sub-{i:04d}",
            submitted_at=f"2026-03-01T10:{i % 60:02d}:00Z",
            proposal=proposal(f"RED-PE-2026-{i:04d}", **changes),
        )
        for i in range(start, start + count)
    ]


def dump(store: Store) -> list[tuple[Any, ...]]:
    tables = ("proposals", "actors", "import_sources", "audit_log")
    return [tuple(row) for table in tables for row in store.db.execute(f"SELECT * FROM {table} ORDER BY 1")]


class CancelAfter:
    """A progress that says cancelled once it has seen `updates` updates."""

    def __init__(self, updates: int) -> None:
        self.updates = updates
        self.seen: list[tuple[int, int]] = []

    def update(self, done: int, total: int) -> None:
        self.seen.append((done, total))

    def status(self, text: str) -> None:
        return None

    def cancelled(self) -> bool:
        return len(self.seen) > self.updates


def test_new_submissions_are_added_with_where_they_came_from(store: Store) -> None:
    batch = records(3)
    report = store.imports.apply(batch, SOURCE)
    assert (report.added, report.updated, report.unchanged, report.rejected) == (3, 0, 0, 0)
    assert store.proposals.count() == 3 and store.counts()["actors"] == 9
    stored = store.proposals.by_code("RED-PE-2026-0001")
    assert stored.uuid in report.added_uuids and stored.uuid != batch[1].proposal.uuid  # a new id
    assert stored.title == batch[1].proposal.title and len(stored.actors) == 3
    origin = store.imports.source_of("sub-0001")
    assert origin is not None and origin.proposal_uuid == stored.uuid and origin.source == SOURCE
    assert origin.content_hash == content_hash(batch[1].proposal) and origin.submitted_at == batch[1].submitted_at


def test_reimporting_the_same_records_changes_nothing(store: Store) -> None:
    store.imports.apply(records(3), SOURCE)
    before = dump(store)
    report = store.imports.apply(records(3), "again.xlsx")  # new Proposal objects: new uuids, same content
    assert (report.added, report.updated, report.unchanged) == (0, 0, 3)
    assert dump(store) == before  # no new revisions, no audit rows, the source row untouched


def test_the_content_hash_ignores_ids_and_stamps_but_not_actors() -> None:
    p = proposal()
    assert content_hash(p) == content_hash(
        replace(p, uuid="other", actors=tuple(replace(a, uuid="x") for a in p.actors))
    )
    assert content_hash(p) != content_hash(replace(p, actors=p.actors[:2]))
    assert content_hash(p) != content_hash(replace(p, title=p.title + "."))


def test_a_changed_submission_updates_its_proposal_with_a_revision_and_an_audit_entry(store: Store) -> None:
    store.imports.apply(records(3), SOURCE)
    first = store.proposals.by_code("RED-PE-2026-0001")
    changed = records(3)
    changed[1] = replace(
        changed[1],
        proposal=replace(changed[1].proposal, title="Nuevo título", actors=(actor(ActorType.BUSINESS),)),
    )
    report = store.imports.apply(changed, "kobo-2026-04.xlsx")
    assert (report.added, report.updated, report.unchanged) == (0, 1, 2)
    assert report.updated_uuids == (first.uuid,)
    now = store.proposals.get(first.uuid)
    assert now.title == "Nuevo título" and now.stamp.revision == first.stamp.revision + 1
    assert [a.actor_type for a in now.actors] == [ActorType.BUSINESS]
    assert now.actors[0].uuid == first.actors[0].uuid  # actors matched by position keep their ids
    (entry,) = store.audit.entries(first.uuid)
    assert entry.action == "import_update" and "kobo-2026-04.xlsx" in entry.reason and "sub-0001" in entry.reason
    origin = store.imports.source_of("sub-0001")
    assert origin is not None and origin.source == "kobo-2026-04.xlsx"
    assert origin.content_hash == content_hash(changed[1].proposal)
    assert store.imports.apply(changed, "kobo-2026-04.xlsx").unchanged == 3  # and now it is the same again


def test_an_update_keeps_the_status_the_committee_gave_the_proposal(store: Store) -> None:
    from red_desktop.core.domain import ProposalStatus

    store.imports.apply(records(1), SOURCE)
    uuid = store.proposals.by_code("RED-PE-2026-0000").uuid
    store.proposals.set_status(uuid, ProposalStatus.UNDER_REVIEW)
    store.imports.apply(records(1, title="Otro"), SOURCE)
    assert store.proposals.get(uuid).status == ProposalStatus.UNDER_REVIEW


def test_a_code_held_by_another_proposal_refuses_the_whole_import(store: Store) -> None:
    store.proposals.add(proposal("RED-PE-2026-0001"))  # typed in by hand, not imported
    before, counts = dump(store), store.counts()
    report = store.imports.apply(records(3), SOURCE)
    assert (report.added, report.updated, report.rejected) == (0, 0, 1)
    (problem,) = report.problems
    assert (problem.row, problem.column, problem.value, problem.severity) == (3, "code", "RED-PE-2026-0001", ERROR)
    assert store.counts() == counts and dump(store) == before


def test_a_code_repeated_in_the_batch_or_a_repeated_submission_is_a_problem(store: Store) -> None:
    batch = records(3)
    batch[2] = replace(batch[2], proposal=replace(batch[2].proposal, code=batch[0].proposal.code))
    batch.append(replace(records(1)[0], row=9))
    report = store.imports.apply(batch, SOURCE)
    assert report.rejected == 2 and {(p.row, p.column) for p in report.problems} == {(4, "code"), (9, "submission_id")}
    assert store.proposals.count() == 0


def test_valid_only_writes_the_rest(store: Store) -> None:
    store.proposals.add(proposal("RED-PE-2026-0001"))
    report = store.imports.apply(records(3), SOURCE, valid_only=True)
    assert (report.added, report.rejected) == (2, 1)
    assert store.imports.count() == 2 and store.imports.source_of("sub-0001") is None


def test_import_records_refuses_a_file_with_errors_unless_valid_only(store: Store) -> None:
    batch = records(3)
    problems = [
        ImportProblem(5, "requested_amount", "abc", "must be a number"),
        ImportProblem(3, "latitude", "", "is empty", WARNING),
    ]
    refused = import_records(store, batch, problems, SOURCE, valid_only=False, dry_run=False)
    assert (refused.added, refused.updated, refused.rejected, refused.problems) == (0, 0, 1, tuple(problems))
    assert store.proposals.count() == 0
    written = import_records(store, batch, problems, SOURCE, valid_only=True, dry_run=False)
    assert (written.added, written.rejected, written.errors) == (3, 1, 1)
    assert store.proposals.count() == 3


def test_import_records_reports_the_stores_problems_with_the_readers(store: Store) -> None:
    store.proposals.add(proposal("RED-PE-2026-0000"))
    problems = [ImportProblem(9, "country", "XX", "is not a country")]
    report = import_records(store, records(2), problems, SOURCE, valid_only=False, dry_run=False)
    assert report.rejected == 2 and {p.row for p in report.problems} == {9, 2}
    report = import_records(store, records(2), problems, SOURCE, valid_only=True, dry_run=False)
    assert (report.added, report.rejected) == (1, 2)


def test_a_file_level_error_refuses_even_valid_only(store: Store) -> None:
    problems = [ImportProblem(None, "code", "", "the file has no code column")]
    report = import_records(store, records(2), problems, SOURCE, valid_only=True, dry_run=False)
    assert report.added == 0 and store.proposals.count() == 0


def test_a_dry_run_says_what_would_happen_and_writes_nothing(store: Store) -> None:
    store.imports.apply(records(2), SOURCE)
    before = dump(store)
    batch = records(3)
    batch[0] = replace(batch[0], proposal=replace(batch[0].proposal, title="Cambiado"))
    report = import_records(store, batch, [], SOURCE, valid_only=False, dry_run=True)
    assert (report.added, report.updated, report.unchanged, report.rejected) == (1, 1, 1, 0)
    assert dump(store) == before


def test_cancelling_mid_way_leaves_the_store_exactly_as_it_was(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imports, "_CHUNK", 2)
    monkeypatch.setattr(imports, "_UPDATES", 1)
    store.imports.apply(records(4), SOURCE)
    before, counts = dump(store), store.counts()
    batch = records(10, title="Otro título")  # four updates and six additions
    progress = CancelAfter(updates=10)  # 6 while checking, 3 chunks of additions, then updates
    with pytest.raises(Cancelled):
        store.imports.apply(batch, SOURCE, progress=progress)
    assert progress.seen[-1] == (7, 10)  # every addition and one update were written when it was cancelled
    assert store.counts() == counts and dump(store) == before
    assert store.integrity_check() == ["ok"]


def test_cancelling_during_the_updates_rolls_them_back_too(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imports, "_UPDATES", 1)
    store.imports.apply(records(4), SOURCE)
    before = dump(store)
    progress = CancelAfter(updates=4)  # checking: 2 (start, end); additions: none; then updates 0, 1 ...
    with pytest.raises(Cancelled):
        store.imports.apply(records(4, title="Otro título"), SOURCE, progress=progress)
    assert dump(store) == before


@pytest.mark.parametrize("chunk", [1, 2, 1_000])
def test_the_plan_asks_the_store_a_chunk_at_a_time_and_keeps_what_earlier_chunks_did(
    store: Store, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """Row 2 renames proposal 0 (its code freed), row 3 takes the freed code, row 4 takes proposal 1's code and
    row 5 repeats row 3's submission: planned in chunks of one record, the answers must be those of one chunk."""
    store.imports.apply(records(2), SOURCE)
    monkeypatch.setattr(imports, "_CHUNK", chunk)
    renamed = replace(records(1)[0], proposal=proposal("RED-PE-2026-0900"))
    taker = replace(records(1, start=5)[0], row=3, proposal=proposal("RED-PE-2026-0000"))
    thief = replace(records(1, start=6)[0], row=4, proposal=proposal("RED-PE-2026-0001"))
    repeat = replace(taker, row=5, proposal=proposal("RED-PE-2026-0950"))
    plan = store.imports.plan([renamed, taker, thief, repeat])
    assert [r.row for r in plan.additions] == [3] and [r.row for r, _ in plan.updates] == [2]
    assert [(p.row, p.column, p.reason) for p in plan.problems] == [
        (4, "code", "is already used by another proposal in the store"),
        (5, "submission_id", "is the same submission as row 3"),
    ]
