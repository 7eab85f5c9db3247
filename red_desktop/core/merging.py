"""The same project captured twice: finding likely duplicates in a store, and the committee merging two proposals.

A merge is a field of the merged proposal (`merged_into`), changed by an ordinary audited edit, so it travels to
the laptops like any other edit and an edit on both sides is a conflict like any other. Nothing is deleted:
the merged proposal keeps its record, its evaluations keep theirs (an evaluation is its evaluator's, signed by
their key), and they count for the proposal it was merged into (store.evaluations.frame). It leaves the list,
the ranking and the dossier; its code finds the proposal it was merged into. Undoing the merge restores it.
"""

from __future__ import annotations

from dataclasses import dataclass

from red_desktop.core.domain import Proposal
from red_desktop.core.errors import Problem, ValidationError
from red_desktop.core.exchange.duplicates import likely_duplicates
from red_desktop.core.messages import msg
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store


@dataclass(frozen=True)
class DuplicatePair:
    first: Proposal
    second: Proposal
    reasons: tuple[str, ...]


def duplicate_pairs(store: Store) -> list[DuplicatePair]:
    """Every pair of proposals in the store that looks like one project captured twice."""
    records = store.proposals.candidates(store.proposals.countries())
    found = likely_duplicates(records, [])
    return [DuplicatePair(store.proposals.get(d.incoming), store.proposals.get(d.held), d.reasons()) for d in found]


def merged_pairs(store: Store) -> list[tuple[Proposal, Proposal]]:
    """Every proposal merged into another, with the one it was merged into, in code order."""
    everyone = {p.uuid: p for p in store.proposals.all(merged=True)}
    return [(p, everyone[p.merged_into]) for p in everyone.values() if p.merged_into in everyone]


def merge(store: Store, merged_uuid: str, into_uuid: str | None, reason: str, rubric: Rubric) -> Proposal:
    """Merge one proposal into another (None: undo its merge), refreshing the score summaries of every proposal
    whose evaluations change; one transaction."""
    if not reason.strip():
        why = msg("reason_required", "is required: the audit log keeps why")
        raise ValidationError(msg("the_merge", "The merge"), [Problem("reason", why)])
    with store.transaction():
        before = store.proposals.merged_target(merged_uuid)
        stored = store.proposals.merge(merged_uuid, into_uuid, reason.strip())
        store.summaries.refresh(rubric, [u for u in (merged_uuid, before, into_uuid) if u])
    return stored
