"""One DataFrame per exported table, built from the store's records with the columns declared in columns.py."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from red_desktop.core.domain import Decision, Evaluation, Proposal, Stamp
from red_desktop.core.exports.columns import LIST_SEPARATOR, Column, Kind, columns
from red_desktop.core.indicators import co_funding_leverage
from red_desktop.core.progress import Progress, check_cancelled
from red_desktop.core.ranking import RankedProposal, build_ranking, evaluation_scores
from red_desktop.core.rubric import Rubric
from red_desktop.core.scoring import COMPLETE, MISSING, TOTAL
from red_desktop.core.store import Store

Row = dict[str, Any]

# Nullable dtypes, so an empty cell stays empty (a rank of None is not NaN turned into a float).
DTYPES: dict[Kind, str] = {
    Kind.TEXT: "object",
    Kind.LONG_TEXT: "object",
    Kind.DATE: "object",
    Kind.TIMESTAMP: "object",
    Kind.INTEGER: "Int64",
    Kind.NUMBER: "float64",
    Kind.AMOUNT: "float64",
    Kind.BOOLEAN: "boolean",
}


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]  # concrete, in the frame's order
    frame: pd.DataFrame


def table(name: str, rows: Iterable[Row], criterion_ids: Sequence[str]) -> Table:
    """A table from dict rows holding every declared column (and nothing else); text is never missing, only empty."""
    cols = tuple(columns(name, criterion_ids))
    names = [c.name for c in cols]
    listed = list(rows)
    data = {}
    for c in cols:
        values = [r[c.name] for r in listed]
        if DTYPES[c.kind] == "object":
            values = [_text(v) for v in values]
        data[c.name] = pd.Series(values, dtype=DTYPES[c.kind])
    return Table(name, cols, pd.DataFrame(data, columns=names))


def _stamp(stamp: Stamp) -> Row:
    return {
        "revision": stamp.revision,
        "created_at": stamp.created_at,
        "updated_at": stamp.updated_at,
        "updated_by": stamp.updated_by,
    }


def _text(value: object) -> str:
    return "" if value is None else str(value)


def proposals_table(proposals: Sequence[Proposal]) -> Table:
    names = [c.name for c in columns("proposals", ())]
    codes = {p.uuid: p.code for p in proposals}
    rows = []
    for p in proposals:
        row: Row = {name: getattr(p, name, None) for name in names}  # the dataclass's fields by their own names
        row.update(
            sectors=LIST_SEPARATOR.join(p.sectors),
            counterpart_total=p.counterpart_total,
            leverage=co_funding_leverage(p),
            actor_count=len(p.actors),
            merged_into=codes.get(p.merged_into or "", p.merged_into),
            **_stamp(p.stamp),
        )
        rows.append(row)
    return table("proposals", rows, ())


def actors_table(proposals: Sequence[Proposal]) -> Table:
    rows = [
        {
            "proposal_code": p.code,
            "position": position,
            "name": a.name,
            "actor_type": str(a.actor_type),
            "role": a.role,
            "contribution": a.contribution,
            "contribution_kind": str(a.contribution_kind),
            "evidence": str(a.evidence),
            "committed": a.committed,
            "uuid": a.uuid,
        }
        for p in proposals
        for position, a in enumerate(p.actors, start=1)
    ]
    return table("actors", rows, ())


def evaluations_table(
    evaluations: Sequence[Evaluation],
    codes: Mapping[str, str],
    evaluators: Mapping[str, str],
    scored: pd.DataFrame,
    criterion_ids: Sequence[str],
) -> Table:
    """`scored` is evaluation_scores' frame: criterion scores and totals of the evaluations of one rubric version;
    evaluations of other versions keep those columns empty."""
    figures = {str(k): v for k, v in scored.to_dict("index").items()}
    rows = []
    for e in evaluations:
        row = figures.get(e.uuid)
        rows.append(
            {
                "uuid": e.uuid,
                "proposal_code": codes[e.proposal_uuid],
                "evaluator": evaluators[e.evaluator_uuid],
                "state": str(e.state),
                "rubric_id": e.rubric_id,
                "rubric_version": e.rubric_version,
                **{f"criterion_{c}": row[c] if row else None for c in criterion_ids},
                "total": row[TOTAL] if row else None,
                "complete": bool(row[COMPLETE]) if row else None,
                "missing": int(row[MISSING]) if row else None,
                **_stamp(e.stamp),
            }
        )
    return table("evaluations", rows, criterion_ids)


def scores_table(evaluations: Sequence[Evaluation], codes: Mapping[str, str], evaluators: Mapping[str, str]) -> Table:
    rows = [
        {
            "evaluation_uuid": e.uuid,
            "proposal_code": codes[e.proposal_uuid],
            "evaluator": evaluators[e.evaluator_uuid],
            "subcriterion_id": s.subcriterion_id,
            "level": s.level,
            "justification": s.justification,
        }
        for e in evaluations
        for s in e.scores
    ]
    return table("scores", rows, ())


def aggregates_table(ranking: Sequence[RankedProposal], criterion_ids: Sequence[str]) -> Table:
    rows = [
        {
            "rank": r.rank,
            "proposal_code": r.code,
            "title": r.title,
            "country": r.country,
            "region_type": r.region_type,
            "priority_area": r.priority_area,
            "total": r.total,
            **{f"criterion_{c}": r.criteria.get(c) for c in criterion_ids},
            **{f"weight_{c}": r.weights.get(c) for c in criterion_ids},
            "evaluations": r.evaluations,
            "spread": r.spread,
            "contested": r.contested,
            "contested_reasons": LIST_SEPARATOR.join(reason.message for reason in r.reasons),
            "eligible": r.eligible,
            "failed_gates": LIST_SEPARATOR.join(r.failed_gates),
            "gate_override": r.override_rationale,
            "leverage": r.leverage,
        }
        for r in ranking
    ]
    return table("aggregates", rows, criterion_ids)


def decisions_table(decisions: Iterable[Decision], codes: Mapping[str, str]) -> Table:
    rows = [
        {
            "proposal_code": codes[d.proposal_uuid],
            "decision": str(d.kind),
            "rationale": d.rationale,
            "conditions": d.conditions,
            "decided_on": d.decided_on,
            "members_present": LIST_SEPARATOR.join(d.members_present),
            "uuid": d.uuid,
            **_stamp(d.stamp),
        }
        for d in decisions
    ]
    return table("decisions", sorted(rows, key=lambda r: r["proposal_code"]), ())


def build_tables(store: Store, rubric: Rubric, progress: Progress) -> list[Table]:
    """Every table, read from the store in one pass; aggregates are the committee ranking (mean, default threshold)."""
    progress.status("Reading proposals")
    proposals = list(store.proposals.all(merged=True))  # a merged proposal is data too: it says where it went
    codes = {p.uuid: p.code for p in proposals}
    evaluators = {e.uuid: e.name for e in store.evaluators.all()}
    evaluations = _evaluations(store, proposals, evaluators, progress)
    progress.status("Scoring and ranking")
    scores = evaluation_scores(store, rubric)
    check_cancelled(progress)
    ranking = build_ranking(store, rubric, scores=scores)
    check_cancelled(progress)
    criteria = rubric.criterion_ids
    return [
        proposals_table(proposals),
        actors_table(proposals),
        evaluations_table(evaluations, codes, evaluators, scores[0], criteria),
        scores_table(evaluations, codes, evaluators),
        aggregates_table(ranking, criteria),
        decisions_table(store.decisions.all().values(), codes),
    ]


def _evaluations(
    store: Store, proposals: Sequence[Proposal], evaluators: Mapping[str, str], progress: Progress
) -> list[Evaluation]:
    """Every evaluation with its scores (justifications included), by proposal code, evaluator, rubric version."""
    progress.status("Reading evaluations")
    found: list[Evaluation] = []
    for done, p in enumerate(proposals, start=1):
        if done % 50 == 1:
            check_cancelled(progress)
            progress.update(done - 1, len(proposals))
        own = store.evaluations.for_proposal(p.uuid, merged=False)  # a merged proposal is a row of its own
        found += sorted(own, key=lambda e: (evaluators[e.evaluator_uuid], e.rubric_id, e.rubric_version))
    progress.update(len(proposals), len(proposals))
    return found
