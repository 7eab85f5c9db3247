"""The words the editor shows for the domain's enums and fields, translated through Qt."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from red_desktop.core.domain import (
    ActorType,
    ContributionKind,
    Evidence,
    PriorityArea,
    ProposalStatus,
    RegionKind,
    RegionType,
)

CONTEXT = "EditorLabels"
E = TypeVar("E", bound=StrEnum)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def enum_labels() -> dict[StrEnum, str]:
    """Built on each call so a language switched at run time is honoured."""
    return {
        ProposalStatus.DRAFT: _t("Draft"),
        ProposalStatus.SUBMITTED: _t("Submitted"),
        ProposalStatus.UNDER_REVIEW: _t("Under review"),
        ProposalStatus.DECIDED: _t("Decided"),
        RegionKind.METROPOLITAN_AREA: _t("Metropolitan area"),
        RegionKind.CITY_GROUP: _t("City or group of cities"),
        RegionKind.VALLEY: _t("Valley"),
        RegionKind.RURAL_AREA: _t("Rural area"),
        RegionKind.PROVINCE: _t("Province or department"),
        RegionType.MARGINALIZED: _t("Marginalized"),
        RegionType.EMERGING: _t("Emerging"),
        RegionType.DECLINING: _t("Declining"),
        PriorityArea.LARGE_INVESTMENTS: _t("Large investments (extractive industries, infrastructure)"),
        PriorityArea.INNOVATION: _t("Innovation (research and technology centres)"),
        PriorityArea.URBAN_PRODUCTIVE: _t("Urban productive development"),
        PriorityArea.VALUE_CHAINS: _t("Local and global value chains"),
        ActorType.LOCAL_GOVERNMENT: _t("Local government"),
        ActorType.BUSINESS: _t("Business or business association"),
        ActorType.UNIVERSITY: _t("University"),
        ActorType.TECHNOLOGY_CENTRE: _t("Technology centre"),
        ActorType.CIVIL_SOCIETY: _t("Civil society organisation"),
        ActorType.LARGE_COMPANY: _t("Large company"),
        ActorType.NATIONAL_GOVERNMENT: _t("National government / scaling partner"),
        ContributionKind.CASH: _t("Cash"),
        ContributionKind.IN_KIND: _t("In kind"),
        Evidence.NONE: _t("None"),
        Evidence.LETTER_OF_INTENT: _t("Letter of intent"),
        Evidence.SIGNED_AGREEMENT: _t("Signed agreement"),
    }


def enum_label(member: StrEnum | None) -> str:
    return _t("Not set") if member is None else enum_labels().get(member, str(member))


def field_labels() -> dict[str, str]:
    """A proposal field's name as the form shows it, for messages that list fields."""
    return {
        "code": _t("Code"),
        "title": _t("Title"),
        "status": _t("Status"),
        "author": _t("Author"),
        "executing_agency": _t("Executing agency"),
        "priority_area": _t("Priority area"),
        "sectors": _t("Productive sectors"),
        "country": _t("Country"),
        "region_name": _t("Region name"),
        "region_kind": _t("Region kind"),
        "region_type": _t("Region type"),
        "latitude": _t("Latitude"),
        "longitude": _t("Longitude"),
        "location": _t("Location"),
        "actors": _t("Local actors"),
        "requested_amount": _t("Requested amount"),
        "counterpart_public": _t("Public counterpart"),
        "counterpart_private": _t("Private counterpart"),
        "beneficiary_msmes": _t("Beneficiary MSMEs"),
        "duration_months": _t("Duration"),
        "regional_diagnosis": _t("Regional diagnosis"),
        "institutional_assessment": _t("Institutional strengths and weaknesses"),
        "market_opportunities": _t("Market opportunities"),
        "growth_constraints": _t("Private-sector growth constraints"),
        "scaling_pathway": _t("Scaling and policy pathway"),
        "results_plan": _t("Results measurement plan"),
    }


def fill_enum_combo(combo: QComboBox, enum: type[StrEnum], optional: bool) -> None:
    """Items labelled in the user's language, each carrying its enum member; 'Not set' first if optional."""
    combo.clear()
    if optional:
        combo.addItem(enum_label(None), None)
    for member in enum:
        combo.addItem(enum_label(member), member.value)  # Qt keeps a plain str: convert back on reading


def selected_member(combo: QComboBox, enum: type[E]) -> E | None:
    data = combo.currentData()
    return None if data is None else enum(data)


def select_member(combo: QComboBox, member: StrEnum | None) -> None:
    index = combo.findData(None if member is None else member.value)
    combo.setCurrentIndex(max(index, 0))
