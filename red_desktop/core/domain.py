"""Domain records of RED Desktop: proposals, actors, evaluators, evaluations, scores, decisions."""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum


class RegionType(StrEnum):
    MARGINALIZED = "marginalized"
    EMERGING = "emerging"
    DECLINING = "declining"


class RegionKind(StrEnum):
    METROPOLITAN_AREA = "metropolitan_area"
    CITY_GROUP = "city_group"
    VALLEY = "valley"
    RURAL_AREA = "rural_area"
    PROVINCE = "province"


class PriorityArea(StrEnum):
    LARGE_INVESTMENTS = "large_investments"
    INNOVATION = "innovation"
    URBAN_PRODUCTIVE = "urban_productive"
    VALUE_CHAINS = "value_chains"


class ActorType(StrEnum):
    LOCAL_GOVERNMENT = "local_government"
    BUSINESS = "business"
    UNIVERSITY = "university"
    TECHNOLOGY_CENTRE = "technology_centre"
    CIVIL_SOCIETY = "civil_society"
    LARGE_COMPANY = "large_company"
    NATIONAL_GOVERNMENT = "national_government"


PUBLIC_ACTOR_TYPES = frozenset({ActorType.LOCAL_GOVERNMENT, ActorType.NATIONAL_GOVERNMENT})
PRIVATE_ACTOR_TYPES = frozenset({ActorType.BUSINESS, ActorType.LARGE_COMPANY})


class Evidence(StrEnum):
    NONE = "none"
    LETTER_OF_INTENT = "letter_of_intent"
    SIGNED_AGREEMENT = "signed_agreement"


def commits(evidence: Evidence) -> bool:
    """Whether an actor with this evidence counts as committed (the public-private gate's condition)."""
    return evidence is not Evidence.NONE


class ContributionKind(StrEnum):
    CASH = "cash"
    IN_KIND = "in_kind"


class ProposalStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    DECIDED = "decided"


class EvaluationState(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class InterestKind(StrEnum):
    """What a declared conflict of interest is with: one proposal, or every proposal of an executing agency or
    naming an actor."""

    PROPOSAL = "proposal"
    AGENCY = "agency"
    ACTOR = "actor"


class DecisionKind(StrEnum):
    APPROVE = "approve"
    APPROVE_WITH_CONDITIONS = "approve_with_conditions"
    DEFER = "defer"
    REJECT = "reject"


NARRATIVE_FIELDS = (
    "regional_diagnosis",
    "institutional_assessment",
    "market_opportunities",
    "growth_constraints",
    "scaling_pathway",
    "results_plan",
)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def utc_now() -> str:
    """An ISO 8601 UTC timestamp with milliseconds, the one format the store keeps."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class Stamp:
    """What every stored record carries so exchange packages can merge on it."""

    revision: int = 1
    created_at: str = ""
    updated_at: str = ""
    updated_by: str = ""


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    actor_type: ActorType
    role: str = ""
    contribution: float = 0.0
    contribution_kind: ContributionKind = ContributionKind.CASH
    evidence: Evidence = Evidence.NONE
    uuid: str = field(default_factory=new_uuid)
    stamp: Stamp = Stamp()

    @property
    def committed(self) -> bool:
        return commits(self.evidence)


@dataclass(frozen=True, slots=True)
class Proposal:
    code: str
    title: str
    country: str
    region_name: str = ""
    region_kind: RegionKind | None = None
    region_type: RegionType | None = None
    priority_area: PriorityArea | None = None
    sectors: tuple[str, ...] = ()
    executing_agency: str = ""
    requested_amount: float = 0.0
    counterpart_public: float = 0.0
    counterpart_private: float = 0.0
    beneficiary_msmes: int = 0
    duration_months: int = 0
    regional_diagnosis: str = ""
    institutional_assessment: str = ""
    market_opportunities: str = ""
    growth_constraints: str = ""
    scaling_pathway: str = ""
    results_plan: str = ""
    latitude: float | None = None
    longitude: float | None = None
    status: ProposalStatus = ProposalStatus.DRAFT
    author: str = ""
    actors: tuple[Actor, ...] = ()
    uuid: str = field(default_factory=new_uuid)
    stamp: Stamp = Stamp()
    merged_into: str | None = None  # the proposal this one was found to duplicate: it counts there, and is hidden

    @property
    def counterpart_total(self) -> float:
        return self.counterpart_public + self.counterpart_private


@dataclass(frozen=True)
class Evaluator:
    name: str
    role: str = "evaluator"
    uuid: str = field(default_factory=new_uuid)
    stamp: Stamp = Stamp()


@dataclass(frozen=True)
class Score:
    subcriterion_id: str
    level: int
    justification: str = ""
    uuid: str = field(default_factory=new_uuid)
    stamp: Stamp = Stamp()


@dataclass(frozen=True)
class Evaluation:
    proposal_uuid: str
    evaluator_uuid: str
    rubric_id: str
    rubric_version: str
    state: EvaluationState = EvaluationState.DRAFT
    scores: tuple[Score, ...] = ()
    uuid: str = field(default_factory=new_uuid)
    stamp: Stamp = Stamp()

    def levels(self) -> dict[str, int]:
        return {s.subcriterion_id: s.level for s in self.scores}


@dataclass(frozen=True)
class GateOverride:
    """The committee's recorded decision to treat an ineligible proposal as eligible."""

    proposal_uuid: str
    rationale: str
    uuid: str = field(default_factory=new_uuid)
    stamp: Stamp = Stamp()


@dataclass(frozen=True)
class Decision:
    proposal_uuid: str
    kind: DecisionKind
    rationale: str
    decided_on: str
    conditions: str = ""
    members_present: tuple[str, ...] = ()
    uuid: str = field(default_factory=new_uuid)
    stamp: Stamp = Stamp()
    members_recused: tuple[str, ...] = ()  # present but with a declared conflict: not counted among those present


@dataclass(frozen=True)
class Interest:
    """A declared conflict of interest of an evaluator or committee member; withdrawn only with a reason."""

    evaluator_uuid: str
    evaluator_name: str
    kind: InterestKind
    reason: str
    proposal_uuid: str | None = None  # for InterestKind.PROPOSAL
    subject: str = ""  # the agency's or actor's name, for the other kinds
    withdrawn_at: str | None = None
    withdrawn_reason: str = ""
    uuid: str = field(default_factory=new_uuid)
    stamp: Stamp = Stamp()

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


@dataclass(frozen=True)
class Assignment:
    """A proposal given to an evaluator to evaluate, by a day; one record per pair, made inactive when taken back."""

    proposal_uuid: str
    evaluator_uuid: str
    evaluator_name: str
    due_on: str | None = None  # YYYY-MM-DD
    active: bool = True
    uuid: str = field(default_factory=new_uuid)
    stamp: Stamp = Stamp()


@dataclass(frozen=True)
class AuditEntry:
    at: str
    actor: str
    action: str
    entity: str
    entity_uuid: str
    field: str = ""
    old_value: str | None = None
    new_value: str | None = None
    reason: str = ""


@dataclass(frozen=True)
class LoggedEntry:
    """An audit entry with the proposal it is about: its own, or its evaluation's, decision's or override's entry;
    empty for what is about no proposal (the roster's keys, packages exported, keys bound to evaluators)."""

    entry: AuditEntry
    proposal_uuid: str = ""
    proposal_code: str = ""
    evaluator: str = ""  # the evaluator of an evaluation's entry
