"""How far the season's evaluations are (issue 21): per evaluator, what they were assigned and how much of it is in
draft, final or overdue; per proposal, its final evaluations against the evaluators the call gives each proposal;
the proposals that cannot be decided yet; and final evaluations over time.

A final evaluation its evaluator declared a conflict of interest for is not counted (store.evaluations.frame calls
it excluded). An evaluator is matched to their assignments by uuid, or by name where the committee knew them under
another uuid (store.assignments.of says why).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from red_desktop.core.domain import Assignment, ProposalStatus
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from red_desktop.core.store.evaluations import EXCLUDED


@dataclass(frozen=True)
class EvaluatorProgress:
    name: str
    uuid: str
    assigned: int
    draft: int  # of the proposals assigned: a draft evaluation begun
    final: int  # of the proposals assigned: a final evaluation counted
    overdue: int  # assigned, past its due day, and no final evaluation counted
    excluded: int = 0  # final evaluations of theirs left out for a declared conflict of interest
    unassigned: int = 0  # evaluations of theirs of proposals not assigned to them

    @property
    def missing(self) -> int:
        return self.assigned - self.final

    def to_json(self) -> dict[str, Any]:
        return {
            "evaluator": self.name,
            "uuid": self.uuid,
            "assigned": self.assigned,
            "draft": self.draft,
            "final": self.final,
            "overdue": self.overdue,
            "excluded": self.excluded,
            "unassigned": self.unassigned,
        }


@dataclass(frozen=True)
class ProposalProgress:
    uuid: str
    code: str
    title: str
    finals: int  # final evaluations counted
    needed: int
    assigned: tuple[str, ...]  # the evaluators assigned, by name
    due_on: str | None  # the earliest due day of its assignments
    decided: bool
    excluded: int = 0

    @property
    def ready(self) -> bool:
        """Enough final evaluations to decide on it."""
        return self.finals >= self.needed

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "uuid": self.uuid,
            "title": self.title,
            "final": self.finals,
            "needed": self.needed,
            "ready": self.ready,
            "decided": self.decided,
            "assigned": list(self.assigned),
            "due_on": self.due_on,
            "conflicts_excluded": self.excluded,
        }


@dataclass(frozen=True)
class SeasonProgress:
    today: str
    per_proposal: int
    evaluators: tuple[EvaluatorProgress, ...]
    proposals: tuple[ProposalProgress, ...]
    finals_by_day: tuple[tuple[str, int], ...]  # (day, final evaluations counted that day, up to k a proposal)

    @property
    def not_ready(self) -> tuple[ProposalProgress, ...]:
        """The proposals that cannot be decided yet: undecided, with fewer final evaluations than needed."""
        return tuple(p for p in self.proposals if not p.ready and not p.decided)

    @property
    def cumulative(self) -> tuple[tuple[str, int], ...]:
        """Final evaluations counted by the end of each day that saw one."""
        total, out = 0, []
        for day, n in self.finals_by_day:
            total += n
            out.append((day, total))
        return tuple(out)

    @property
    def needed_total(self) -> int:
        return sum(p.needed for p in self.proposals)

    @property
    def final_total(self) -> int:
        return sum(min(p.finals, p.needed) for p in self.proposals)

    def to_json(self) -> dict[str, Any]:
        return {
            "today": self.today,
            "per_proposal": self.per_proposal,
            "evaluators": [e.to_json() for e in self.evaluators],
            "proposals": [p.to_json() for p in self.proposals],
            "not_ready": [p.code for p in self.not_ready],
            "finals_by_day": [{"day": d, "final": n} for d, n in self.finals_by_day],
        }


def season_progress(store: Store, rubric: Rubric, today: date | None = None) -> SeasonProgress:
    day = (today or date.today()).isoformat()
    k = store.call.per_proposal()
    assignments = store.assignments.all()
    frame = store.evaluations.frame(rubric)
    names = {e.uuid: e.name for e in store.evaluators.all()}
    evaluations = _evaluations(frame)
    facts = store.proposal_facts.all()
    finals = Counter(p for (_e, p), state in evaluations.items() if state == "final")
    excluded = Counter(p for (_e, p), state in evaluations.items() if state == EXCLUDED)
    by_proposal: dict[str, list[Assignment]] = {}
    for a in assignments:
        by_proposal.setdefault(a.proposal_uuid, []).append(a)
    proposals = tuple(
        ProposalProgress(
            f.uuid,
            f.code,
            f.title,
            finals[f.uuid],
            k,
            tuple(sorted(a.evaluator_name for a in by_proposal.get(f.uuid, []))),
            min((a.due_on for a in by_proposal.get(f.uuid, []) if a.due_on), default=None),
            f.status == ProposalStatus.DECIDED,
            excluded[f.uuid],
        )
        for f in facts
    )
    return SeasonProgress(
        day,
        k,
        _per_evaluator(assignments, evaluations, names, day),
        proposals,
        _finals_by_day(frame, store.evaluations.final_days(rubric), k),
    )


def _evaluations(frame: Any) -> dict[tuple[str, str], str]:
    """(evaluator uuid, proposal uuid) -> state of its evaluation (final, excluded or draft)."""
    pairs = zip(frame["evaluator_uuid"], frame["proposal_uuid"], frame["state"], strict=True)
    return {(e, p): s for e, p, s in pairs}


def _per_evaluator(
    assignments: Sequence[Assignment], evaluations: dict[tuple[str, str], str], names: dict[str, str], day: str
) -> tuple[EvaluatorProgress, ...]:
    uuid_of_name = {name: uuid for uuid, name in names.items()}
    people: dict[str, str] = {}  # the evaluator uuid whose evaluations count -> their name
    mine: dict[str, list[Assignment]] = {}
    for a in assignments:
        who = a.evaluator_uuid if a.evaluator_uuid in names else uuid_of_name.get(a.evaluator_name, a.evaluator_uuid)
        people[who] = names.get(who, a.evaluator_name)
        mine.setdefault(who, []).append(a)
    by_evaluator: dict[str, dict[str, str]] = {}
    for (evaluator, proposal), state in evaluations.items():
        people.setdefault(evaluator, names.get(evaluator, evaluator[:8]))
        by_evaluator.setdefault(evaluator, {})[proposal] = state
    out = []
    for who, name in people.items():
        given = mine.get(who, [])
        states = [evaluations.get((who, a.proposal_uuid)) for a in given]
        assigned_to = {a.proposal_uuid for a in given}
        theirs = by_evaluator.get(who, {})
        out.append(
            EvaluatorProgress(
                name,
                who,
                len(given),
                sum(s == "draft" for s in states),
                sum(s == "final" for s in states),
                sum(1 for a, s in zip(given, states, strict=True) if a.due_on and a.due_on < day and s != "final"),
                sum(s == EXCLUDED for s in theirs.values()),
                sum(1 for p in theirs if p not in assigned_to),
            )
        )
    return tuple(sorted(out, key=lambda e: e.name.casefold()))


def _finals_by_day(frame: Any, days: dict[str, str], needed: int) -> tuple[tuple[str, int], ...]:
    """Final evaluations counted each day, a proposal's first `needed` only (in day order): what the progress's
    total counts, so the curve ends at it."""
    finals = frame.loc[frame["state"] == "final", "proposal_uuid"]
    dated = sorted((days[uuid], proposal) for uuid, proposal in finals.items() if uuid in days)
    seen: Counter[str] = Counter()
    per_day: Counter[str] = Counter()
    for day, proposal in dated:
        seen[proposal] += 1
        if seen[proposal] <= needed:
            per_day[day] += 1
    return tuple(sorted(per_day.items()))
