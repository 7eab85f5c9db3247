"""The exported tables and their columns, declared once: the tables are built from this and docs/exports.md lists it.

`python -m red_desktop.core.exports docs/exports.md` rewrites the generated part of the document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

LIST_SEPARATOR = "; "  # sectors, members present, failed gates, contested reasons: one cell each
CRITERION = "{criterion}"  # in a column name: one column per criterion of the rubric, in rubric order


class Kind(StrEnum):
    """What a column holds; decides the pandas dtype, the XLSX number format and whether text wraps."""

    TEXT = "text"
    LONG_TEXT = "long text"
    INTEGER = "integer"
    NUMBER = "number"
    AMOUNT = "amount (US$)"
    BOOLEAN = "boolean"
    DATE = "date"
    TIMESTAMP = "timestamp"


TEXT_KINDS = frozenset({Kind.TEXT, Kind.LONG_TEXT, Kind.DATE, Kind.TIMESTAMP})


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    meaning: str
    labels: str = ""  # the values are ids labelled in the chosen language by this kind (core/enum_labels.py)
    template: str = ""  # a per-criterion column: the declared name it was expanded from
    criterion: str = ""  # and its criterion

    @property
    def per_criterion(self) -> bool:
        return CRITERION in self.name

    @property
    def key(self) -> str:
        """The name its header is looked up by: the template's for a per-criterion column."""
        return self.template or self.name

    def expanded(self, criterion_ids: Sequence[str]) -> list[Column]:
        """The concrete columns: this one, or one per criterion for a template like `criterion_{criterion}`."""
        if not self.per_criterion:
            return [self]
        return [
            Column(self.name.replace(CRITERION, c), self.kind, self.meaning.replace(CRITERION, c), "", self.name, c)
            for c in criterion_ids
        ]


ID_SUFFIX = "_id"


def _labelled(name: str, labels: str, ids: str, meaning: str) -> tuple[Column, Column]:
    """A value shown as its label in the export's language, and beside it the same value as an id (`<name>_id`)."""
    return (
        Column(name, Kind.TEXT, f"{meaning}, in the export's language; empty if unset", labels),
        Column(name + ID_SUFFIX, Kind.TEXT, f"the same as an id: {ids}; empty if unset"),
    )


_REGION_KINDS = "metropolitan_area, city_group, valley, rural_area or province"
_REGION_TYPES = "marginalized, emerging or declining"
_PRIORITY_AREAS = "large_investments, innovation, urban_productive or value_chains"
_DECISIONS = "approve, approve_with_conditions, defer or reject"


def _stamp(what: str) -> tuple[Column, ...]:
    return (
        Column("revision", Kind.INTEGER, f"revision of the {what}: 1 when created, one more at every change"),
        Column(
            "created_at",
            Kind.TIMESTAMP,
            f"when the {what} was created, ISO 8601 UTC (a date-time cell in the workbook)",
        ),
        Column(
            "updated_at",
            Kind.TIMESTAMP,
            f"when the {what} last changed, ISO 8601 UTC (a date-time cell in the workbook)",
        ),
        Column("updated_by", Kind.TEXT, f"who last changed the {what}"),
    )


_NARRATIVES = (
    Column("regional_diagnosis", Kind.LONG_TEXT, "narrative: the region's economy and its MSMEs"),
    Column("institutional_assessment", Kind.LONG_TEXT, "narrative: the institutions and their capacity"),
    Column("market_opportunities", Kind.LONG_TEXT, "narrative: the demand the MSMEs can serve"),
    Column("growth_constraints", Kind.LONG_TEXT, "narrative: what holds the MSMEs back"),
    Column("scaling_pathway", Kind.LONG_TEXT, "narrative: how the project would be replicated or scaled"),
    Column("results_plan", Kind.LONG_TEXT, "narrative: baseline, indicators and measurement"),
)

PROPOSALS = (
    Column("code", Kind.TEXT, "the proposal's code, unique in the store; other tables refer to it as proposal_code"),
    Column("title", Kind.TEXT, "title"),
    Column("country", Kind.TEXT, "ISO 3166-1 alpha-2 country code"),
    Column("region_name", Kind.TEXT, "name of the intervention region"),
    *_labelled("region_kind", "region_kind", _REGION_KINDS, "the kind of region"),
    *_labelled("region_type", "region_type", _REGION_TYPES, "the region type (picks the weight profile)"),
    *_labelled("priority_area", "priority_area", _PRIORITY_AREAS, "the priority area"),
    Column("sectors", Kind.TEXT, "productive sectors, separated by '; '"),
    Column("executing_agency", Kind.TEXT, "the agency that would execute the project"),
    Column("requested_amount", Kind.AMOUNT, "funds requested"),
    Column("counterpart_public", Kind.AMOUNT, "public counterpart funds"),
    Column("counterpart_private", Kind.AMOUNT, "private counterpart funds"),
    Column("counterpart_total", Kind.AMOUNT, "derived: counterpart_public + counterpart_private"),
    Column("leverage", Kind.NUMBER, "derived: counterpart_total / requested_amount; empty when nothing is requested"),
    Column("beneficiary_msmes", Kind.INTEGER, "MSMEs the project would reach"),
    Column("duration_months", Kind.INTEGER, "planned duration in months"),
    Column("actor_count", Kind.INTEGER, "derived: number of actors (rows of the actors table)"),
    *_NARRATIVES,
    Column("latitude", Kind.NUMBER, "latitude of the region, decimal degrees; empty if unknown"),
    Column("longitude", Kind.NUMBER, "longitude of the region, decimal degrees; empty if unknown"),
    *_labelled("status", "status", "draft, submitted, under_review or decided", "the proposal's status"),
    Column("author", Kind.TEXT, "who wrote the proposal"),
    Column("uuid", Kind.TEXT, "the proposal's permanent identifier"),
    Column(
        "merged_into",
        Kind.TEXT,
        "the code of the proposal this one was merged into as a duplicate (its evaluations count there); empty if none",
    ),
    *_stamp("proposal"),
)

ACTORS = (
    Column("proposal_code", Kind.TEXT, "the proposal the actor belongs to"),
    Column("position", Kind.INTEGER, "order of the actor in its proposal, from 1"),
    Column("name", Kind.TEXT, "the actor's name"),
    *_labelled(
        "actor_type",
        "actor_type",
        "local_government, business, university, technology_centre, civil_society, large_company "
        "or national_government",
        "the kind of actor",
    ),
    Column("role", Kind.TEXT, "what the actor does in the project"),
    Column("contribution", Kind.AMOUNT, "the actor's contribution"),
    Column("contribution_kind", Kind.TEXT, "cash or in_kind"),
    Column("evidence", Kind.TEXT, "none, letter_of_intent or signed_agreement"),
    Column("committed", Kind.BOOLEAN, "derived: the commitment is documented (evidence is not none)"),
    Column("uuid", Kind.TEXT, "the actor's permanent identifier"),
)

EVALUATIONS = (
    Column("uuid", Kind.TEXT, "the evaluation's permanent identifier; scores refer to it as evaluation_uuid"),
    Column("proposal_code", Kind.TEXT, "the proposal evaluated"),
    Column("evaluator", Kind.TEXT, "the evaluator's name"),
    *_labelled("state", "state", "draft or final; only final evaluations count in the aggregates", "the state"),
    Column("rubric_id", Kind.TEXT, "the rubric the evaluation uses"),
    Column("rubric_version", Kind.TEXT, "its version"),
    Column(
        f"criterion_{CRITERION}",
        Kind.NUMBER,
        f"score of criterion {CRITERION} (0-4): weighted mean of its sub-criterion levels, a missing level counting 0",
    ),
    Column("total", Kind.NUMBER, "total 0-100, weighted by the region type's profile; a partial total if not complete"),
    Column("complete", Kind.BOOLEAN, "every sub-criterion has a level"),
    Column("missing", Kind.INTEGER, "number of sub-criteria without a level"),
    *_stamp("evaluation"),
)

SCORES = (
    Column("evaluation_uuid", Kind.TEXT, "the evaluation the score belongs to"),
    Column("proposal_code", Kind.TEXT, "the proposal evaluated"),
    Column("evaluator", Kind.TEXT, "the evaluator's name"),
    Column("subcriterion_id", Kind.TEXT, "the sub-criterion scored, e.g. A1"),
    Column("level", Kind.INTEGER, "the level given, on the rubric's scale (0-4)"),
    Column("justification", Kind.LONG_TEXT, "the evaluator's justification; may hold line breaks"),
)

AGGREGATES = (
    Column("rank", Kind.INTEGER, "competition rank by total (1, 2, 2, 4); empty without a final evaluation"),
    Column("proposal_code", Kind.TEXT, "the proposal"),
    Column("title", Kind.TEXT, "its title"),
    Column("country", Kind.TEXT, "ISO 3166-1 alpha-2 country code"),
    *_labelled("region_type", "region_type", _REGION_TYPES, "the region type"),
    *_labelled("priority_area", "priority_area", _PRIORITY_AREAS, "the priority area"),
    Column("total", Kind.NUMBER, "committee total 0-100: mean of the final evaluations' totals"),
    Column(
        "calibrated_total",
        Kind.NUMBER,
        "the total with every evaluator's mean deviation from their colleagues removed (calibration.py's "
        "calibrated_totals: each final total minus its evaluator's mean leave-one-out deviation, kept in 0-100, "
        "then the mean); empty without a final evaluation",
    ),
    Column(
        "p_top",
        Kind.NUMBER,
        "share of the weight samples in which the proposal stays in the top N (rank --sensitivity: 1,000 samples, "
        "seed 0, N = 10 unless --top says otherwise; the header names N)",
    ),
    Column("rank_lo", Kind.INTEGER, "best rank in 90 % of the weight samples (5th percentile)"),
    Column("rank_hi", Kind.INTEGER, "worst rank in 90 % of the weight samples (95th percentile)"),
    Column(f"criterion_{CRITERION}", Kind.NUMBER, f"mean score of criterion {CRITERION} (0-4), final evaluations"),
    Column(f"weight_{CRITERION}", Kind.NUMBER, f"weight of criterion {CRITERION} in this proposal's profile (sum 100)"),
    Column("evaluations", Kind.INTEGER, "number of final evaluations aggregated"),
    Column("spread", Kind.NUMBER, "highest minus lowest total of the final evaluations"),
    Column("contested", Kind.BOOLEAN, "the evaluators disagree (see contested_reasons)"),
    Column("contested_reasons", Kind.TEXT, "why it is contested, separated by '; '"),
    Column("eligible", Kind.BOOLEAN, "passes every eligibility gate, or the committee overrode the gates"),
    Column("failed_gates", Kind.TEXT, "the gates it fails, separated by '; '"),
    Column("gate_override", Kind.TEXT, "the committee's rationale for treating it as eligible; empty if none"),
    Column("leverage", Kind.NUMBER, "counterpart funds per dollar requested; empty when nothing is requested"),
    *_labelled("decision", "decision_kind", _DECISIONS, "the committee's decision"),
)

PORTFOLIO = (
    Column("rank", Kind.INTEGER, "competition rank by total, as in aggregates; empty without a final evaluation"),
    Column("proposal_code", Kind.TEXT, "the proposal"),
    Column("title", Kind.TEXT, "its title"),
    Column("total", Kind.NUMBER, "committee total 0-100; empty without a final evaluation (never funded)"),
    Column("requested_amount", Kind.AMOUNT, "funds requested"),
    Column(
        "cumulative_amount",
        Kind.AMOUNT,
        "requested amount of this proposal and of every fundable one above it in rank order; empty for one that is "
        "not fundable (ineligible, without a final evaluation, or kept out by the committee)",
    ),
    Column("funded", Kind.BOOLEAN, "funded in the best set under the call's budget and rules (docs/portfolio.md)"),
    Column("rank_order_funded", Kind.BOOLEAN, "funded in rank order while the money lasts (above the funding line)"),
    Column(
        "p_funded",
        Kind.NUMBER,
        "share of the weight samples whose best set funds it (200 samples, seed 0, as `red-desktop portfolio`); "
        "empty when the call has more than 2,000 fundable proposals (the robust set is then left out)",
    ),
    Column("at_margin", Kind.BOOLEAN, "funded in some weight samples but fewer than 90 %; empty as p_funded"),
    Column("reason", Kind.TEXT, "why it is in or out of the best set, in the export's language"),
    Column(
        "reason_id",
        Kind.TEXT,
        "the same as an id: ineligible, not_scored, forced_out, forced_in, call_not_met, in_rank_order, "
        "in_better_use, out_better_set or below_line",
    ),
)

DECISIONS = (
    Column("proposal_code", Kind.TEXT, "the proposal decided on"),
    *_labelled("decision", "decision_kind", _DECISIONS, "the committee's decision"),
    Column("rationale", Kind.LONG_TEXT, "why the committee decided so"),
    Column("conditions", Kind.LONG_TEXT, "the conditions of an approval with conditions; empty otherwise"),
    Column("decided_on", Kind.DATE, "date of the decision, YYYY-MM-DD (a date cell in the workbook)"),
    Column("members_present", Kind.TEXT, "the committee members present, separated by '; '"),
    Column("uuid", Kind.TEXT, "the decision's permanent identifier"),
    *_stamp("decision"),
)

_FIGURE = "; empty when undefined for these data (see undefined)"

AGREEMENT = (
    Column("measure", Kind.TEXT, "what the evaluators agree on: the total, or a sub-criterion's level (e.g. A1)"),
    Column("measure_id", Kind.TEXT, "the same as an id: total or the sub-criterion id"),
    Column("items", Kind.INTEGER, "proposals with a final evaluation"),
    Column("raters", Kind.INTEGER, "evaluators with a final evaluation"),
    Column("complete_items", Kind.INTEGER, "proposals scored by every evaluator: the only ones ICC(2) and ICC(3) use"),
    Column("pairable_values", Kind.INTEGER, "ratings of proposals scored at least twice: what ICC(1) and alpha use"),
    Column("icc1", Kind.NUMBER, "ICC(1,1), one-way random, single rater" + _FIGURE),
    Column("icc2", Kind.NUMBER, "ICC(2,1), two-way random, absolute agreement, single rater" + _FIGURE),
    Column("icc3", Kind.NUMBER, "ICC(3,1), two-way mixed, consistency, single rater" + _FIGURE),
    Column("icc1k", Kind.NUMBER, "ICC(1,k), the mean of k raters" + _FIGURE),
    Column("icc2k", Kind.NUMBER, "ICC(2,k)" + _FIGURE),
    Column("icc3k", Kind.NUMBER, "ICC(3,k)" + _FIGURE),
    Column("alpha_nominal", Kind.NUMBER, "Krippendorff's alpha, nominal metric" + _FIGURE),
    Column("alpha_ordinal", Kind.NUMBER, "Krippendorff's alpha, ordinal metric" + _FIGURE),
    Column("alpha_interval", Kind.NUMBER, "Krippendorff's alpha, interval metric" + _FIGURE),
    Column("alpha_ratio", Kind.NUMBER, "Krippendorff's alpha, ratio metric" + _FIGURE),
    Column("undefined", Kind.TEXT, "why a figure is empty, as 'figure: reason', separated by '; '"),
)

CALIBRATION = (
    Column("evaluator", Kind.TEXT, "the evaluator's name"),
    *_labelled("tendency", "tendency", "harsh, lenient, in line or too few proposals", "the evaluator's tendency"),
    Column("proposals", Kind.INTEGER, "proposals compared: scored finally by this evaluator and at least one other"),
    Column(
        "mean_deviation",
        Kind.NUMBER,
        "mean of the evaluator's total minus the mean total of the other evaluators of the same proposal, "
        "in points (+ lenient, - harsh); empty when no proposal can be compared",
    ),
    Column("sd", Kind.NUMBER, "standard deviation of those deviations; empty under 2 proposals"),
    Column("standard_error", Kind.NUMBER, "standard error of the mean deviation; empty under 2 proposals"),
    Column("evaluator_uuid", Kind.TEXT, "the evaluator's permanent identifier"),
)

AUDIT = (
    Column("at", Kind.TIMESTAMP, "when, ISO 8601 UTC (a date-time cell in the workbook)"),
    Column(
        "proposal_code",
        Kind.TEXT,
        "the proposal the entry is about (its own, its evaluation's, decision's or eligibility override's); empty for "
        "what is about no proposal (the roster's keys, packages exported)",
    ),
    Column("actor", Kind.TEXT, "who did it: the evaluator profile's name"),
    Column(
        "action",
        Kind.TEXT,
        "what was done, as an id: decision (recorded or revised), decision_withdrawn, gate_override, "
        "gate_override_removed, update (status), recode, merge, unmerge, import_update, state, score, justification, "
        "exchange_added / exchange_updated / exchange_conflict (from a package), conflict_resolved, package_exported, "
        "key_trusted, key_updated, key_revoked, key_bound",
    ),
    Column(
        "entity",
        Kind.TEXT,
        "the kind of record changed: proposal (its decision and override too), evaluation, decision, gate_override, "
        "package, trusted_key or evaluator",
    ),
    Column("evaluator", Kind.TEXT, "the evaluator of an evaluation's entry; empty otherwise"),
    Column("field", Kind.TEXT, "the field changed, e.g. status, rationale, state or a sub-criterion id for a score"),
    Column("old_value", Kind.LONG_TEXT, "its value before; empty when it had none"),
    Column("new_value", Kind.LONG_TEXT, "its value after; empty when it has none (a withdrawn decision)"),
    Column("reason", Kind.LONG_TEXT, "why, as given (a revision's or withdrawal's reason, an override's rationale)"),
    Column("entity_uuid", Kind.TEXT, "the record's permanent identifier (a key's fingerprint, a package's id)"),
)

TABLES: dict[str, tuple[Column, ...]] = {
    "proposals": PROPOSALS,
    "actors": ACTORS,
    "evaluations": EVALUATIONS,
    "scores": SCORES,
    "aggregates": AGGREGATES,
    "portfolio": PORTFOLIO,
    "decisions": DECISIONS,
    "agreement": AGREEMENT,
    "calibration": CALIBRATION,
    "audit": AUDIT,
}

TABLE_MEANINGS: dict[str, str] = {
    "proposals": "one row per proposal, in code order",
    "actors": "one row per actor of a proposal, in proposal code order then position",
    "evaluations": "one row per evaluation (every rubric version), by proposal code then evaluator",
    "scores": "one row per sub-criterion level given, by proposal code, evaluator, sub-criterion",
    "aggregates": "the committee ranking: one row per proposal, in rank order (unranked last, by code)",
    "portfolio": "only when the call has a budget (`red-desktop portfolio --budget ... --save`): one row per proposal, "
    "in rank order, as `red-desktop portfolio --json` gives it",
    "decisions": "one row per committee decision, in proposal code order",
    "agreement": "agreement between the evaluators' final evaluations: the total first, then each sub-criterion",
    "calibration": "one row per evaluator with a final evaluation, the harshest first (agreement.py, calibration.py)",
    "audit": "one row per entry of the audit log (every field a write changed), oldest first; `red-desktop history "
    "--all` reads the same log as events (one write's entries as one, score edits left out)",
}


ON_BUDGET = frozenset({"portfolio"})  # tables exported only when the call has a budget set


def columns(table: str, criterion_ids: Sequence[str]) -> list[Column]:
    """The concrete columns of a table for a rubric with these criteria, in order."""
    return [concrete for column in TABLES[table] for concrete in column.expanded(criterion_ids)]


# ---- docs/exports.md ----

BEGIN_MARK = "<!-- BEGIN generated columns: python -m red_desktop.core.exports docs/exports.md -->"
END_MARK = "<!-- END generated columns -->"


def columns_markdown() -> str:
    """Every table and column, as the generated part of docs/exports.md."""
    from red_desktop.core.exports.headers import header  # the labels need Column: imported late
    from red_desktop.core.messages import languages

    parts = []
    for table, cols in TABLES.items():
        lines = [
            f"### {table}",
            "",
            f"`{table}.csv` / sheet `{table}`: {TABLE_MEANINGS[table]}.",
            "",
            "| column | header (en / es / pt) | type | meaning |",
            "| --- | --- | --- | --- |",
        ]
        for c in cols:
            shown = Column(c.name, c.kind, c.meaning, template=c.name, criterion=CRITERION if c.per_criterion else "")
            headers = " / ".join(dict.fromkeys(header(language, shown, "N") for language in languages()))
            lines.append(f"| `{c.name}` | {headers} | {c.kind.value} | {c.meaning.replace('|', '/')} |")
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def with_columns(document: str) -> str:
    """The document with the part between the markers replaced by columns_markdown()."""
    head, found, rest = document.partition(BEGIN_MARK)
    _, found_end, tail = rest.partition(END_MARK)
    if not (found and found_end):
        raise ValueError(f"the document needs the lines {BEGIN_MARK} and {END_MARK}")
    return f"{head}{BEGIN_MARK}\n\n{columns_markdown()}\n{END_MARK}{tail}"
