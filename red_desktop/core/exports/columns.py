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

    @property
    def per_criterion(self) -> bool:
        return CRITERION in self.name

    def expanded(self, criterion_ids: Sequence[str]) -> list[Column]:
        """The concrete columns: this one, or one per criterion for a template like `criterion_{criterion}`."""
        if not self.per_criterion:
            return [self]
        return [
            Column(self.name.replace(CRITERION, c), self.kind, self.meaning.replace(CRITERION, c))
            for c in criterion_ids
        ]


def _stamp(what: str) -> tuple[Column, ...]:
    return (
        Column("revision", Kind.INTEGER, f"revision of the {what}: 1 when created, one more at every change"),
        Column("created_at", Kind.TIMESTAMP, f"when the {what} was created, ISO 8601 UTC"),
        Column("updated_at", Kind.TIMESTAMP, f"when the {what} last changed, ISO 8601 UTC"),
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
    Column("region_kind", Kind.TEXT, "metropolitan_area, city_group, valley, rural_area or province; empty if unset"),
    Column("region_type", Kind.TEXT, "marginalized, emerging or declining (picks the weight profile); empty if unset"),
    Column("priority_area", Kind.TEXT, "large_investments, innovation, urban_productive or value_chains, or empty"),
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
    Column("status", Kind.TEXT, "draft, submitted, under_review or decided"),
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
    Column(
        "actor_type",
        Kind.TEXT,
        "local_government, business, university, technology_centre, civil_society, large_company "
        "or national_government",
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
    Column("state", Kind.TEXT, "draft or final; only final evaluations count in the aggregates"),
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
    Column("region_type", Kind.TEXT, "marginalized, emerging or declining; empty if unset"),
    Column("priority_area", Kind.TEXT, "the priority area; empty if unset"),
    Column("total", Kind.NUMBER, "committee total 0-100: mean of the final evaluations' totals"),
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
)

DECISIONS = (
    Column("proposal_code", Kind.TEXT, "the proposal decided on"),
    Column("decision", Kind.TEXT, "approve, approve_with_conditions, defer or reject"),
    Column("rationale", Kind.LONG_TEXT, "why the committee decided so"),
    Column("conditions", Kind.LONG_TEXT, "the conditions of an approval with conditions; empty otherwise"),
    Column("decided_on", Kind.DATE, "date of the decision, YYYY-MM-DD"),
    Column("members_present", Kind.TEXT, "the committee members present, separated by '; '"),
    Column("uuid", Kind.TEXT, "the decision's permanent identifier"),
    *_stamp("decision"),
)

TABLES: dict[str, tuple[Column, ...]] = {
    "proposals": PROPOSALS,
    "actors": ACTORS,
    "evaluations": EVALUATIONS,
    "scores": SCORES,
    "aggregates": AGGREGATES,
    "decisions": DECISIONS,
}

TABLE_MEANINGS: dict[str, str] = {
    "proposals": "one row per proposal, in code order",
    "actors": "one row per actor of a proposal, in proposal code order then position",
    "evaluations": "one row per evaluation (every rubric version), by proposal code then evaluator",
    "scores": "one row per sub-criterion level given, by proposal code, evaluator, sub-criterion",
    "aggregates": "the committee ranking: one row per proposal, in rank order (unranked last, by code)",
    "decisions": "one row per committee decision, in proposal code order",
}


def columns(table: str, criterion_ids: Sequence[str]) -> list[Column]:
    """The concrete columns of a table for a rubric with these criteria, in order."""
    return [concrete for column in TABLES[table] for concrete in column.expanded(criterion_ids)]


# ---- docs/exports.md ----

BEGIN_MARK = "<!-- BEGIN generated columns: python -m red_desktop.core.exports docs/exports.md -->"
END_MARK = "<!-- END generated columns -->"


def columns_markdown() -> str:
    """Every table and column, as the generated part of docs/exports.md."""
    parts = []
    for table, cols in TABLES.items():
        lines = [
            f"### {table}",
            "",
            f"`{table}.csv` / sheet `{table}`: {TABLE_MEANINGS[table]}.",
            "",
            "| column | type | meaning |",
            "| --- | --- | --- |",
        ]
        lines += [f"| `{c.name}` | {c.kind.value} | {c.meaning.replace('|', '/')} |" for c in cols]
        parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n"


def with_columns(document: str) -> str:
    """The document with the part between the markers replaced by columns_markdown()."""
    head, found, rest = document.partition(BEGIN_MARK)
    _, found_end, tail = rest.partition(END_MARK)
    if not (found and found_end):
        raise ValueError(f"the document needs the lines {BEGIN_MARK} and {END_MARK}")
    return f"{head}{BEGIN_MARK}\n\n{columns_markdown()}\n{END_MARK}{tail}"
