"""The exported tables' headers, in the export's language: catalogue texts (core.po, context "export header").

A header is looked up by its column's name (a per-criterion column by its template, with the criterion filled in;
the aggregates' p(top N) with its N); a column without one (an `_id` column) is headed by its name, the same in
every language. The values' labels are the domain's (core/enum_labels.py).
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from red_desktop.core.agreement import ICC_FORMS
from red_desktop.core.agreement import LABELS as AGREEMENT_LABELS
from red_desktop.core.messages import Words, words

if TYPE_CHECKING:
    from red_desktop.core.exports.columns import Column

ICC_NAMES = {form: AGREEMENT_LABELS[form] for form in ICC_FORMS}  # the same in every language


def header(language: str, column: Column, top_n: int | str) -> str:
    """The column's header in the language: its label, with the criterion (or the N of p(top N)) filled in; an
    `_id` column's header is its name, the same in every language."""
    w = words(language)
    key = column.key
    if key == "criterion_{criterion}":
        return w.tc("export header", "Criterion {criterion} (0–4)", criterion=column.criterion)
    if key == "weight_{criterion}":
        return w.tc("export header", "Weight {criterion}", criterion=column.criterion)
    if key == "p_top":
        return w.tc("export header", "p(top {top})", top=top_n)
    return _fixed(w.language).get(key) or column.name


def header_keys() -> frozenset[str]:
    """Every column name (or template) that has a header."""
    return frozenset({*_fixed("en"), "criterion_{criterion}", "weight_{criterion}", "p_top"})


@functools.cache
def _fixed(language: str) -> dict[str, str]:
    return _table(words(language))


def _table(w: Words) -> dict[str, str]:
    # Each text is a literal w.tc("export header", "...") call so that the catalogue extraction finds it.
    return {
        "code": w.tc("export header", "Code"),
        "title": w.tc("export header", "Title"),
        "country": w.tc("export header", "Country"),
        "region_name": w.tc("export header", "Region"),
        "region_kind": w.tc("export header", "Region kind"),
        "region_type": w.tc("export header", "Region type"),
        "priority_area": w.tc("export header", "Priority area"),
        "sectors": w.tc("export header", "Sectors"),
        "executing_agency": w.tc("export header", "Executing agency"),
        "requested_amount": w.tc("export header", "Requested amount (US$)"),
        "counterpart_public": w.tc("export header", "Public counterpart (US$)"),
        "counterpart_private": w.tc("export header", "Private counterpart (US$)"),
        "counterpart_total": w.tc("export header", "Total counterpart (US$)"),
        "leverage": w.tc("export header", "Co-funding leverage"),
        "beneficiary_msmes": w.tc("export header", "Beneficiary MSMEs"),
        "duration_months": w.tc("export header", "Duration (months)"),
        "actor_count": w.tc("export header", "Actors"),
        "regional_diagnosis": w.tc("export header", "Regional diagnosis"),
        "institutional_assessment": w.tc("export header", "Institutional assessment"),
        "market_opportunities": w.tc("export header", "Market opportunities"),
        "growth_constraints": w.tc("export header", "Growth constraints"),
        "scaling_pathway": w.tc("export header", "Scaling pathway"),
        "results_plan": w.tc("export header", "Results plan"),
        "latitude": w.tc("export header", "Latitude"),
        "longitude": w.tc("export header", "Longitude"),
        "status": w.tc("export header", "Status"),
        "author": w.tc("export header", "Author"),
        "uuid": w.tc("export header", "UUID"),
        "merged_into": w.tc("export header", "Merged into"),
        "revision": w.tc("export header", "Revision"),
        "created_at": w.tc("export header", "Created (UTC)"),
        "updated_at": w.tc("export header", "Last changed (UTC)"),
        "updated_by": w.tc("export header", "Last changed by"),
        "proposal_code": w.tc("export header", "Proposal code"),
        "position": w.tc("export header", "Position"),
        "name": w.tc("export header", "Actor"),
        "actor_type": w.tc("export header", "Actor type"),
        "role": w.tc("export header", "Role"),
        "contribution": w.tc("export header", "Contribution (US$)"),
        "contribution_kind": w.tc("export header", "Contribution kind"),
        "evidence": w.tc("export header", "Evidence of commitment"),
        "committed": w.tc("export header", "Committed"),
        "evaluator": w.tc("export header", "Evaluator"),
        "state": w.tc("export header", "State"),
        "rubric_id": w.tc("export header", "Rubric"),
        "rubric_version": w.tc("export header", "Rubric version"),
        "total": w.tc("export header", "Total (0–100)"),
        "complete": w.tc("export header", "Complete"),
        "missing": w.tc("export header", "Sub-criteria without a level"),
        "evaluation_uuid": w.tc("export header", "Evaluation UUID"),
        "subcriterion_id": w.tc("export header", "Sub-criterion"),
        "level": w.tc("export header", "Level"),
        "justification": w.tc("export header", "Justification"),
        "rank": w.tc("export header", "Rank"),
        "calibrated_total": w.tc("export header", "Calibrated total (0–100)"),
        "rank_lo": w.tc("export header", "Rank interval, best"),
        "rank_hi": w.tc("export header", "Rank interval, worst"),
        "evaluations": w.tc("export header", "Final evaluations"),
        "spread": w.tc("export header", "Spread of totals"),
        "contested": w.tc("export header", "Contested"),
        "contested_reasons": w.tc("export header", "Why contested"),
        "eligible": w.tc("export header", "Eligible"),
        "failed_gates": w.tc("export header", "Failed gates"),
        "gate_override": w.tc("export header", "Gate override rationale"),
        "decision": w.tc("export header", "Decision"),
        "cumulative_amount": w.tc("export header", "Cumulative amount (US$)"),
        "funded": w.tc("export header", "Funded in the best set"),
        "rank_order_funded": w.tc("export header", "Funded in rank order"),
        "p_funded": w.tc("export header", "Probability of being funded"),
        "at_margin": w.tc("export header", "At the margin"),
        "rationale": w.tc("export header", "Rationale"),
        "conditions": w.tc("export header", "Conditions"),
        "decided_on": w.tc("export header", "Decided on"),
        "members_present": w.tc("export header", "Members present"),
        "measure": w.tc("export header", "Measure"),
        "items": w.tc("export header", "Proposals"),
        "raters": w.tc("export header", "Evaluators"),
        "complete_items": w.tc("export header", "Proposals scored by every evaluator"),
        "pairable_values": w.tc("export header", "Pairable ratings"),
        "alpha_nominal": w.tc("export header", "Alpha, nominal"),
        "alpha_ordinal": w.tc("export header", "Alpha, ordinal"),
        "alpha_interval": w.tc("export header", "Alpha, interval"),
        "alpha_ratio": w.tc("export header", "Alpha, ratio"),
        "undefined": w.tc("export header", "Why undefined"),
        "tendency": w.tc("export header", "Tendency"),
        "proposals": w.tc("export header", "Proposals compared"),
        "mean_deviation": w.tc("export header", "Mean deviation (points)"),
        "sd": w.tc("export header", "Standard deviation"),
        "standard_error": w.tc("export header", "Standard error"),
        "evaluator_uuid": w.tc("export header", "Evaluator UUID"),
        "at": w.tc("export header", "When (UTC)"),
        "actor": w.tc("export header", "Who"),
        "action": w.tc("export header", "Action"),
        "entity": w.tc("export header", "Record"),
        "field": w.tc("export header", "Field"),
        "old_value": w.tc("export header", "Before"),
        "new_value": w.tc("export header", "After"),
        "reason": w.tc("export header", "Reason"),
        "entity_uuid": w.tc("export header", "Record UUID"),
        **ICC_NAMES,
    }
