"""A proposal's history from the audit log: each decision, revision, withdrawal, override, code change, merge
and evaluation state as one event, with who, when and why, oldest first."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import pytest

from red_desktop.core.domain import AuditEntry, Decision, DecisionKind, Evaluator
from red_desktop.core.history import (
    EventKind,
    HistoryEvent,
    decision_history,
    describe,
    event_json,
    history_events,
    line,
    proposal_history,
)
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from tests.factories import full_levels, proposal

TODAY = date.today().isoformat()


@dataclass(frozen=True)
class Season:
    kept: str  # the proposal decided on
    merged: str  # its duplicate, merged into it


def acting(store: Store, who: str) -> Store:
    store.user = who
    return store


@pytest.fixture
def season(store: Store, rubric: Rubric) -> Season:
    """A proposal evaluated, recoded, given an override, decided, revised, withdrawn; a duplicate merged into it."""
    kept = acting(store, "Clerk").proposals.add(proposal("RED-PE-2026-001"))
    duplicate = store.proposals.add(proposal("RED-PE-2026-002", title="La misma quinua, capturada dos veces"))
    ana = store.evaluators.add(Evaluator("Ana Lucía Quispe"))
    draft = acting(store, "Ana Lucía Quispe").evaluations.create(kept.uuid, ana.uuid, rubric)
    for sub_id, level in full_levels(rubric, 3).items():
        store.evaluations.set_score(draft.uuid, sub_id, level, "Sustentado en el diagnóstico", rubric)
    store.evaluations.finalize(draft.uuid, rubric)
    acting(store, "Clerk").proposals.recode(kept.uuid, "RED-PE-2026-101", "final codes given by the committee")
    store.proposals.merge(duplicate.uuid, kept.uuid, "the same project captured twice")
    acting(store, "Chair Ana").overrides.set(kept.uuid, "Convenio con el gobierno regional en trámite")
    first = store.decisions.record(
        Decision(
            kept.uuid, DecisionKind.APPROVE_WITH_CONDITIONS, "Sólida articulación", TODAY,
            conditions="Carta del gobierno regional", members_present=("Ana Lucía Quispe", "João Ribeiro"),
        ),
        rubric,
    )  # fmt: skip
    revised = replace(first, kind=DecisionKind.REJECT, rationale="Sin carta no hay articulación", conditions="")
    acting(store, "Chair João").decisions.revise(revised, "La carta no llegó en el plazo", rubric)
    acting(store, "Chair Rosa").decisions.withdraw(kept.uuid, "Error en el acta: se votó otra propuesta")
    return Season(kept.uuid, duplicate.uuid)


def test_the_history_lists_each_change_with_who_and_why_in_order(store: Store, season: Season) -> None:
    events = proposal_history(store, season.kept)
    story = [(e.kind, e.actor, e.reason) for e in events]
    assert story == [
        (EventKind.EVALUATION_STARTED, "Ana Lucía Quispe", ""),
        (EventKind.EVALUATION_FINALISED, "Ana Lucía Quispe", ""),
        (EventKind.CODE_CHANGED, "Clerk", "final codes given by the committee"),
        (EventKind.ABSORBED, "Clerk", "the same project captured twice"),
        (EventKind.OVERRIDE_RECORDED, "Chair Ana", "Convenio con el gobierno regional en trámite"),
        (EventKind.DECISION_RECORDED, "Chair Ana", ""),
        (EventKind.DECISION_REVISED, "Chair João", "La carta no llegó en el plazo"),
        (EventKind.DECISION_WITHDRAWN, "Chair Rosa", "Error en el acta: se votó otra propuesta"),
    ]
    assert [e.at for e in events] == sorted(e.at for e in events)
    assert all(e.at.endswith("Z") for e in events)


def test_each_event_says_what_changed(store: Store, season: Season) -> None:
    events = {e.kind: e for e in proposal_history(store, season.kept)}
    assert events[EventKind.EVALUATION_FINALISED].about == "Ana Lucía Quispe"
    assert (events[EventKind.CODE_CHANGED].old("code"), events[EventKind.CODE_CHANGED].new("code")) == (
        "RED-PE-2026-001",
        "RED-PE-2026-101",
    )
    assert events[EventKind.ABSORBED].about == "RED-PE-2026-002"
    recorded = events[EventKind.DECISION_RECORDED]
    assert recorded.new("decision") == "approve_with_conditions" and recorded.new("rationale") == "Sólida articulación"
    assert recorded.new("members_present") == "Ana Lucía Quispe, João Ribeiro"
    revised = events[EventKind.DECISION_REVISED]
    assert (revised.old("decision"), revised.new("decision")) == ("approve_with_conditions", "reject")
    assert revised.new("rationale") == "Sin carta no hay articulación"
    assert revised.change("members_present") is None  # unchanged fields are not listed as changes
    assert events[EventKind.DECISION_WITHDRAWN].old("decision") == "reject"


def test_the_decision_history_keeps_the_decision_and_its_override_only(store: Store, season: Season) -> None:
    kinds = [e.kind for e in decision_history(store, season.kept)]
    assert kinds == [
        EventKind.OVERRIDE_RECORDED,
        EventKind.DECISION_RECORDED,
        EventKind.DECISION_REVISED,
        EventKind.DECISION_WITHDRAWN,
    ]


def test_the_merged_proposal_tells_where_it_went(store: Store, season: Season) -> None:
    merged = [e for e in proposal_history(store, season.merged) if e.kind is EventKind.MERGED]
    assert [(e.about, e.reason) for e in merged] == [("RED-PE-2026-101", "the same project captured twice")]


def test_a_line_and_json_read_without_the_audit_log(store: Store, season: Season) -> None:
    events = proposal_history(store, season.kept)
    revised = next(e for e in events if e.kind is EventKind.DECISION_REVISED)
    assert describe(revised).startswith("Decision revised: approve with conditions → reject; rationale Sólida")
    assert line(revised).endswith("Reason: La carta no llegó en el plazo")
    assert "  Chair João  " in line(revised)
    withdrawn = event_json(events[-1])
    assert withdrawn["event"] == "decision_withdrawn" and withdrawn["actor"] == "Chair Rosa"
    assert withdrawn["changes"] == [
        {"field": "decision", "old": "reject", "new": None},
        {"field": "status", "old": "decided", "new": "draft"},  # written with it: one event
    ]
    assert describe(events[-1]) == "Decision withdrawn (was reject). Status: decided → draft."
    override = next(e for e in events if e.kind is EventKind.OVERRIDE_RECORDED)
    assert line(override).count("Convenio con el gobierno regional en trámite") == 1  # its rationale is its reason


def entry(action: str, entity: str = "proposal", uuid: str = "p", **values: str | None) -> AuditEntry:
    return AuditEntry("2026-02-02T09:00:00.000Z", "Ana", action, entity, uuid, **values)  # type: ignore[arg-type]


def test_packages_conflicts_and_unknown_entries_become_events() -> None:
    entries = [
        entry("exchange_updated", "decision", field="version", old_value="a1", new_value="b2", reason="package X"),
        entry("conflict_resolved", "gate_override", field="version", new_value="c3", reason="every field as shown"),
        entry("exchange_added", "evaluation", "e1", field="version", new_value="v1", reason="package Y"),
        entry("score", "evaluation", "e1", field="A1", old_value="2", new_value="3"),
        entry("something_new", field="colour", old_value="red", new_value="blue"),
    ]
    events = history_events(entries, "p", {"e1": "Jorge Luis Mamani"})
    assert [(e.kind, e.subject, e.on_decision) for e in events] == [
        (EventKind.RECEIVED, "decision", True),
        (EventKind.CONFLICT_RESOLVED, "gate_override", True),
        (EventKind.RECEIVED, "evaluation", False),
        (EventKind.OTHER, "proposal", False),
    ]  # the score edit is left out
    assert describe(events[0]) == "Decision updated from a package."
    assert describe(events[2]) == "Evaluation by Jorge Luis Mamani received from a package."
    assert describe(events[3]) == "something_new: colour red → blue"


def test_a_decision_field_written_apart_from_its_kind_is_still_a_revision() -> None:
    events = history_events([entry("decision", field="rationale", old_value="a", new_value="b", reason="typo")], "p")
    assert events == [
        HistoryEvent(
            "2026-02-02T09:00:00.000Z", "Ana", EventKind.DECISION_REVISED, "decision", reason="typo",
            changes=events[0].changes,
        )
    ]  # fmt: skip
    assert describe(events[0]) == "Decision revised (kind unchanged); rationale a → b."
