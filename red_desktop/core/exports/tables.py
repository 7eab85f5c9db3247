"""One DataFrame per exported table, built from the store's records with the columns declared in columns.py.

Ids become labels in the export's language (the id kept beside in an `_id` column); the aggregates carry the
calibrated total and the ranking's sensitivity; agreement and calibration are the core's figures as they are; the
audit log is the store's, entry by entry."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from red_desktop.core.agreement import FIGURES, Agreement, panel_agreement, reason_said
from red_desktop.core.calibration import Calibration, calibrate, calibrated_totals
from red_desktop.core.domain import Decision, Evaluation, LoggedEntry, Proposal, Stamp
from red_desktop.core.enum_labels import value_label
from red_desktop.core.exports.columns import ID_SUFFIX, LIST_SEPARATOR, Column, Kind, columns
from red_desktop.core.exports.headers import header
from red_desktop.core.indicators import co_funding_leverage
from red_desktop.core.messages import t, words
from red_desktop.core.portfolio_rules import ROBUST_SAMPLES
from red_desktop.core.progress import Progress, check_cancelled
from red_desktop.core.ranking import RankedProposal, build_ranking, evaluation_scores
from red_desktop.core.rubric import Rubric
from red_desktop.core.scoring import COMPLETE, MISSING, TOTAL
from red_desktop.core.sensitivity import (
    DEFAULT_SAMPLES,
    DEFAULT_SEED,
    DEFAULT_TOP_N,
    ProposalSensitivity,
    RankingSensitivity,
    ranking_sensitivity,
)
from red_desktop.core.store import Store
from red_desktop.core.store.rows import evaluation_from_row

if TYPE_CHECKING:  # scipy underneath: loaded only when the call has a budget
    from red_desktop.core.portfolio_robust import CallPortfolio

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
class ExportOptions:
    """The export's language (headers and labels), its sensitivity run (rank --sensitivity's defaults) and the
    portfolio's robust set (the portfolio command's samples, seed 0)."""

    language: str = "en"
    top_n: int = DEFAULT_TOP_N
    samples: int = DEFAULT_SAMPLES
    seed: int = DEFAULT_SEED
    portfolio_samples: int = ROBUST_SAMPLES


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]  # concrete, in the frame's order
    frame: pd.DataFrame  # its columns are the columns' names (ids)
    headers: tuple[str, ...] = field(default=())  # what the files' header row shows, one per column

    def __post_init__(self) -> None:
        if not self.headers:
            object.__setattr__(self, "headers", tuple(c.name for c in self.columns))


def table(name: str, rows: Iterable[Row], criterion_ids: Sequence[str], options: ExportOptions | None = None) -> Table:
    """A table from dict rows holding every declared column (and nothing else); text is never missing, only empty.

    A labelled column's row value is its id: the table shows its label and keeps the id in `<name>_id`."""
    cols = tuple(columns(name, criterion_ids))
    listed = list(rows)
    values = {key: [r[key] for r in listed] for key in dict.fromkeys(_source(c, cols) for c in cols)}
    return columns_table(name, values, criterion_ids, options)


def columns_table(
    name: str, values: Mapping[str, Sequence[Any]], criterion_ids: Sequence[str], options: ExportOptions | None = None
) -> Table:
    """A table from one list of values per declared column, as `table` makes it from rows (a labelled column's
    values are its ids, given once under the column's name): for tables of millions of rows, no dict a row."""
    options = options or ExportOptions()
    cols = tuple(columns(name, criterion_ids))
    data = {}
    for c in cols:
        column = values[_source(c, cols)]
        if DTYPES[c.kind] == "object":
            column = ["" if v is None else str(v) for v in column]  # _text, inline: millions of cells
        if c.labels:
            column = _labelled(column, c.labels, options.language)
        data[c.name] = pd.Series(column, dtype=DTYPES[c.kind])
    headers = tuple(header(options.language, c, options.top_n) for c in cols)
    return Table(name, cols, pd.DataFrame(data, columns=[c.name for c in cols]), headers)


def _source(column: Column, cols: Sequence[Column]) -> str:
    """The key a column's values are found under: `<name>_id` beside a labelled `<name>` holds `<name>`'s ids."""
    return column.name.removesuffix(ID_SUFFIX) if _is_id(column, cols) else column.name


def _is_id(column: Column, cols: Sequence[Column]) -> bool:
    """`<name>_id` beside a labelled `<name>`: it holds the row's value as it is."""
    base = column.name.removesuffix(ID_SUFFIX)
    return base != column.name and any(c.name == base and c.labels for c in cols)


def _labelled(ids: Sequence[str], kind: str, language: str) -> list[str]:
    """Each id's label in the language (core/enum_labels.py); an empty id stays empty."""
    labels = {value: value_label(kind, value, language) if value else "" for value in set(ids)}  # a handful
    return [labels[value] for value in ids]


def _stamp(stamp: Stamp) -> Row:
    return {
        "revision": stamp.revision,
        "created_at": stamp.created_at,
        "updated_at": stamp.updated_at,
        "updated_by": stamp.updated_by,
    }


def _text(value: object) -> str:
    return "" if value is None else str(value)


def proposals_table(proposals: Sequence[Proposal], options: ExportOptions | None = None) -> Table:
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
    return table("proposals", rows, (), options)


def actors_table(proposals: Sequence[Proposal], options: ExportOptions | None = None) -> Table:
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
    return table("actors", rows, (), options)


def evaluations_table(
    evaluations: Sequence[Evaluation],
    codes: Mapping[str, str],
    evaluators: Mapping[str, str],
    scored: pd.DataFrame,
    criterion_ids: Sequence[str],
    options: ExportOptions | None = None,
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
    return table("evaluations", rows, criterion_ids, options)


def scores_table(
    evaluations: Sequence[Evaluation],
    codes: Mapping[str, str],
    evaluators: Mapping[str, str],
    options: ExportOptions | None = None,
    scores: pd.DataFrame | None = None,
) -> Table:
    """One row per score of these evaluations, in their order: their own scores, or with `scores` (columns
    evaluation_uuid, subcriterion_id, level, justification; each evaluation's rows by sub-criterion) those rows."""
    if scores is None:
        rows = [(e.uuid, s.subcriterion_id, s.level, s.justification) for e in evaluations for s in e.scores]
        scores = pd.DataFrame(rows, columns=["evaluation_uuid", *_SCORED], dtype=object)
    else:
        position = {e.uuid: i for i, e in enumerate(evaluations)}
        at = scores["evaluation_uuid"].map(position)
        scores = scores[at.notna()].iloc[np.argsort(at.dropna().to_numpy(), kind="stable")]  # stable: sub-criteria
    owner = scores["evaluation_uuid"]  # each evaluation's code and evaluator looked up by pandas, not a row at a time
    code_of = {e.uuid: codes[e.proposal_uuid] for e in evaluations}
    name_of = {e.uuid: evaluators[e.evaluator_uuid] for e in evaluations}
    values = {
        "evaluation_uuid": owner.tolist(),
        "proposal_code": owner.map(code_of).tolist(),
        "evaluator": owner.map(name_of).tolist(),
        **{k: scores[k].tolist() for k in _SCORED},
    }
    return columns_table("scores", values, (), options)


_SCORED = ("subcriterion_id", "level", "justification")


@dataclass(frozen=True)
class Standing:
    """What the aggregates add to the ranking, by proposal uuid: decision, calibrated total, sensitivity."""

    decisions: Mapping[str, str] = field(default_factory=dict)  # decision kind ids
    calibrated: Mapping[str, float] = field(default_factory=dict)
    sensitivity: RankingSensitivity | None = None

    def of(self, uuid: str) -> ProposalSensitivity:
        found = self.sensitivity.proposals.get(uuid) if self.sensitivity else None
        return found or ProposalSensitivity(None, None, None, None)


def aggregates_table(
    ranking: Sequence[RankedProposal],
    criterion_ids: Sequence[str],
    standing: Standing | None = None,
    options: ExportOptions | None = None,
) -> Table:
    standing = standing or Standing()
    rows = []
    for r in ranking:
        sensitivity = standing.of(r.uuid)
        rows.append(
            {
                "rank": r.rank,
                "proposal_code": r.code,
                "title": r.title,
                "country": r.country,
                "region_type": r.region_type,
                "priority_area": r.priority_area,
                "total": r.total,
                "calibrated_total": standing.calibrated.get(r.uuid),
                "p_top": sensitivity.p_top,
                "rank_lo": sensitivity.rank_lo,
                "rank_hi": sensitivity.rank_hi,
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
                "decision": standing.decisions.get(r.uuid),
            }
        )
    return table("aggregates", rows, criterion_ids, options)


def portfolio_table(
    found: CallPortfolio, ranking: Sequence[RankedProposal], options: ExportOptions | None = None
) -> Table:
    """The call's portfolio (call_portfolio's, on `ranking`'s candidates), a row per proposal in rank order, as
    `portfolio --json` gives it; p_funded and at_margin empty when the robust set was left out."""
    from red_desktop.core.portfolio_words import reason_words  # noqa: PLC0415 (scipy, with a budget only)

    language = (options or ExportOptions()).language
    p, robust = found.portfolio, found.robust
    c = p.candidates
    rows = []
    for i, r in enumerate(ranking):
        total, cumulative = float(c.totals[i]), float(p.cumulative[i])
        rows.append(
            {
                "rank": r.rank,
                "proposal_code": c.codes[i],
                "title": r.title,
                "total": None if np.isnan(total) else total,
                "requested_amount": float(c.amounts[i]),
                "cumulative_amount": None if np.isnan(cumulative) else cumulative,
                "funded": bool(p.funded[i]),
                "rank_order_funded": bool(p.rank_order[i]),
                "p_funded": None if robust is None else float(robust.p_funded[i]),
                "at_margin": None if robust is None else bool(robust.at_margin[i]),
                "reason": reason_words(found.reasons[i], float(c.amounts[i]), language),
                "reason_id": found.reasons[i].why.value,
            }
        )
    return table("portfolio", rows, (), options)


def _portfolio(
    store: Store, rubric: Rubric, ranking: Sequence[RankedProposal], progress: Progress, options: ExportOptions
) -> list[Table]:
    """The portfolio table when the call has a budget (its robust set reports to `progress`); none without."""
    call = store.call.budget()
    if call.budget is None:
        return []
    from red_desktop.core import portfolio_robust  # noqa: PLC0415
    from red_desktop.core.portfolio import Candidates  # noqa: PLC0415 (scipy: only for a call with a budget)

    progress.status(t("The portfolio's robust set"))
    candidates = Candidates.of_ranking(ranking)  # as the portfolio command reads them: the same figures
    samples, most = options.portfolio_samples, portfolio_robust.ROBUST_MOST
    found = portfolio_robust.call_portfolio(
        candidates, ranking, rubric, call, samples=samples, most=most, progress=progress
    )
    return [portfolio_table(found, ranking, options)]


def agreement_table(
    total: Agreement, subcriteria: Mapping[str, Agreement], options: ExportOptions | None = None
) -> Table:
    """agreement.panel_agreement's figures: the total's row, then one per sub-criterion in the rubric's order."""
    language = (options or ExportOptions()).language
    measures = [("total", words(language).tc("agreement measure", "Total"), total)]
    measures += [(s, s, a) for s, a in subcriteria.items()]
    rows = [
        {
            "measure": label,
            "measure_id": measure,
            "items": a.items,
            "raters": a.raters,
            "complete_items": a.complete_items,
            "pairable_values": a.pairable_values,
            **a.to_json(),
            "undefined": LIST_SEPARATOR.join(
                f"{name}: {reason_said(a, name, language)}" for name in FIGURES if name in a.reasons
            ),
        }
        for measure, label, a in measures
    ]
    return table("agreement", rows, (), options)


def calibration_table(lines: Sequence[Calibration], options: ExportOptions | None = None) -> Table:
    """calibration.calibrate's lines, in its order (the harshest first)."""
    rows = [
        {
            "evaluator": c.evaluator,
            "tendency": c.tendency,
            "proposals": c.proposals,
            "mean_deviation": c.mean_deviation,
            "sd": c.sd,
            "standard_error": c.standard_error,
            "evaluator_uuid": c.evaluator_uuid,
        }
        for c in lines
    ]
    return table("calibration", rows, (), options)


def decisions_table(
    decisions: Iterable[Decision], codes: Mapping[str, str], options: ExportOptions | None = None
) -> Table:
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
    return table("decisions", sorted(rows, key=lambda r: r["proposal_code"]), (), options)


def audit_table(logged: Iterable[LoggedEntry], options: ExportOptions | None = None) -> Table:
    """The audit log as written, oldest first: every entry with the proposal it is about."""
    entries = list(logged)
    values: dict[str, list[Any]] = {
        "at": [item.entry.at for item in entries],
        "proposal_code": [item.proposal_code for item in entries],
        "evaluator": [item.evaluator for item in entries],
    }
    for name in ("actor", "action", "entity", "field", "old_value", "new_value", "reason", "entity_uuid"):
        values[name] = [getattr(item.entry, name) for item in entries]
    return columns_table("audit", values, (), options)


# Audit.logged's query (store/audit.py), read as columns: at 100,000 proposals the log has millions of entries.
_AUDIT_SQL = """SELECT a.at, COALESCE(p.code, '') AS proposal_code, a.actor, a.action, a.entity,
                       COALESCE(v.name, '') AS evaluator, a.field, a.old_value, a.new_value, a.reason, a.entity_uuid
                FROM audit_log a
                LEFT JOIN evaluations e ON a.entity = 'evaluation' AND e.uuid = a.entity_uuid
                LEFT JOIN evaluators v ON v.uuid = e.evaluator_uuid
                LEFT JOIN proposals p ON p.uuid = COALESCE(e.proposal_uuid, a.entity_uuid)
                ORDER BY a.at, a.id"""


def _audit_table(store: Store, options: ExportOptions) -> Table:
    """audit_table(store.audit.logged()), without an entry object a row."""
    cursor = store.db.conn.execute(_AUDIT_SQL)
    names = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    values = {name: [row[i] for row in rows] for i, name in enumerate(names)}
    del rows
    return columns_table("audit", values, (), options)


def build_tables(store: Store, rubric: Rubric, progress: Progress, options: ExportOptions | None = None) -> list[Table]:
    """Every table, read from the store in one pass; aggregates are the committee ranking (mean, default threshold)
    with its calibrated totals and its sensitivity (rank --sensitivity's figures)."""
    options = options or ExportOptions()
    progress.status(t("Reading proposals"))
    proposals = list(store.proposals.all(merged=True))  # a merged proposal is data too: it says where it went
    codes = {p.uuid: p.code for p in proposals}
    evaluators = {e.uuid: e.name for e in store.evaluators.all()}
    evaluations, scores = _evaluations(store, proposals, evaluators, progress)
    progress.status(t("Scoring and ranking"))
    scored, levels = evaluation_scores(store, rubric)
    check_cancelled(progress)
    ranking = build_ranking(store, rubric, scores=(scored, levels))
    check_cancelled(progress)
    progress.status(t("Ranking sensitivity"))
    sensitivity = ranking_sensitivity(
        ranking, rubric, top_n=options.top_n, samples=options.samples, seed=options.seed, progress=progress
    )
    progress.status(t("Agreement and calibration"))
    panel = panel_agreement(scored, levels)
    decisions = list(store.decisions.all().values())
    standing = Standing(
        {d.proposal_uuid: str(d.kind) for d in decisions},
        {str(u): float(v) for u, v in calibrated_totals(scored).items() if pd.notna(v)},
        sensitivity,
    )
    check_cancelled(progress)
    funding = _portfolio(store, rubric, ranking, progress, options)
    criteria = rubric.criterion_ids
    return [
        proposals_table(proposals, options),
        actors_table(proposals, options),
        evaluations_table(evaluations, codes, evaluators, scored, criteria, options),
        scores_table(evaluations, codes, evaluators, options, scores),
        aggregates_table(ranking, criteria, standing, options),
        *funding,
        decisions_table(decisions, codes, options),
        agreement_table(panel.total, panel.subcriteria, options),
        calibration_table(calibrate(scored), options),
        _audit_table(store, options),
    ]


def _evaluations(
    store: Store, proposals: Sequence[Proposal], evaluators: Mapping[str, str], progress: Progress
) -> tuple[list[Evaluation], pd.DataFrame]:
    """Every evaluation (without its scores) by proposal code, evaluator, rubric version; and every score, each
    evaluation's by sub-criterion. Two reads of the whole tables: one query an evaluation was 600,000 at 100,000
    proposals. The order is that of each proposal's own evaluations (`for_proposal(merged=False)`: by creation,
    then uuid) sorted by evaluator, rubric and version."""
    progress.status(t("Reading evaluations"))
    own: dict[str, list[Evaluation]] = {}
    cursor = store.db.conn.cursor()
    cursor.row_factory = sqlite3.Row  # sqlite-utils' dict a row took as long as the rest
    for row in cursor.execute("SELECT * FROM evaluations ORDER BY created_at, uuid"):
        evaluation = evaluation_from_row(row, ())
        own.setdefault(evaluation.proposal_uuid, []).append(evaluation)
    check_cancelled(progress)
    found: list[Evaluation] = []
    for p in proposals:
        found += sorted(
            own.get(p.uuid, ()), key=lambda e: (evaluators[e.evaluator_uuid], e.rubric_id, e.rubric_version)
        )
    sql = "SELECT evaluation_uuid, subcriterion_id, level, justification FROM scores ORDER BY evaluation_uuid, 2"
    rows = store.db.conn.execute(sql).fetchall()  # the values as the store gives them (object columns keep them)
    scores = pd.DataFrame(rows, columns=["evaluation_uuid", *_SCORED], dtype=object)
    progress.update(len(proposals), len(proposals))
    check_cancelled(progress)
    return found, scores
