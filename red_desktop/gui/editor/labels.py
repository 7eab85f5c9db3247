"""The words the editor shows for the proposal's fields and the region types' definitions, translated through Qt;
the enums' labels themselves are the core's (core/enum_labels.py), shared with the reports and exports."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox

from red_desktop.core.domain import RegionType
from red_desktop.core.enum_labels import enum_label

E = TypeVar("E", bound=StrEnum)
# Each text is a literal QCoreApplication.translate("EditorLabels", ...) call so that lupdate finds it.


def region_type_definitions() -> dict[RegionType | None, str]:
    """What each region type means, one sentence each (the types of region of the RED strategy, which pick the
    weight profile a proposal is scored with), for the tooltips wherever a region type is chosen."""
    return {
        RegionType.MARGINALIZED: QCoreApplication.translate(
            "EditorLabels",
            "Marginalized: a region left behind, with low incomes and productivity, poor access to basic services "
            "and markets, and few firms and institutions to build on.",
        ),
        RegionType.EMERGING: QCoreApplication.translate(
            "EditorLabels",
            "Emerging: a region whose economy is growing, driven by new investment, sectors or value chains, where "
            "local firms and institutions must keep pace for the growth to be shared.",
        ),
        RegionType.DECLINING: QCoreApplication.translate(
            "EditorLabels",
            "Declining: a region whose economic base is shrinking, as a main industry, resource or market is lost, "
            "with jobs and incomes falling and a need to move into new activities.",
        ),
        None: QCoreApplication.translate(
            "EditorLabels",
            "Not set: the proposal is scored with the default weights and fails the eligibility gate that asks "
            "for a region type.",
        ),
    }


def region_type_tooltip() -> str:
    """For the field or filter as a whole: what the type decides, then each type's definition."""
    definitions = region_type_definitions()
    lines = [definitions[member] for member in RegionType]
    intro = QCoreApplication.translate("EditorLabels", "The type of region picks the weight profile of the score.")
    return "\n".join([intro, *(f"• {line}" for line in lines)])


def set_region_type_tips(combo: QComboBox, not_set: object = None) -> None:
    """Each item's definition as its tooltip, and all of them on the combo box. Items carry the enum's value,
    or `not_set` for the item standing for no region type."""
    definitions = {m.value if m is not None else not_set: text for m, text in region_type_definitions().items()}
    for row in range(combo.count()):
        tip = definitions.get(combo.itemData(row))
        if tip is not None:
            combo.setItemData(row, tip, Qt.ItemDataRole.ToolTipRole)
    combo.setToolTip(region_type_tooltip())


def field_labels() -> dict[str, str]:
    """A proposal field's name as the form shows it, for messages that list fields."""
    return {
        "code": QCoreApplication.translate("EditorLabels", "Code"),
        "title": QCoreApplication.translate("EditorLabels", "Title"),
        "status": QCoreApplication.translate("EditorLabels", "Status"),
        "author": QCoreApplication.translate("EditorLabels", "Author"),
        "executing_agency": QCoreApplication.translate("EditorLabels", "Executing agency"),
        "priority_area": QCoreApplication.translate("EditorLabels", "Priority area"),
        "sectors": QCoreApplication.translate("EditorLabels", "Productive sectors"),
        "country": QCoreApplication.translate("EditorLabels", "Country"),
        "region_name": QCoreApplication.translate("EditorLabels", "Region name"),
        "region_kind": QCoreApplication.translate("EditorLabels", "Region kind"),
        "region_type": QCoreApplication.translate("EditorLabels", "Region type"),
        "latitude": QCoreApplication.translate("EditorLabels", "Latitude"),
        "longitude": QCoreApplication.translate("EditorLabels", "Longitude"),
        "location": QCoreApplication.translate("EditorLabels", "Location"),
        "actors": QCoreApplication.translate("EditorLabels", "Local actors"),
        "requested_amount": QCoreApplication.translate("EditorLabels", "Requested amount"),
        "counterpart_public": QCoreApplication.translate("EditorLabels", "Public counterpart"),
        "counterpart_private": QCoreApplication.translate("EditorLabels", "Private counterpart"),
        "beneficiary_msmes": QCoreApplication.translate("EditorLabels", "Beneficiary MSMEs"),
        "duration_months": QCoreApplication.translate("EditorLabels", "Duration"),
        "regional_diagnosis": QCoreApplication.translate("EditorLabels", "Regional diagnosis"),
        "institutional_assessment": QCoreApplication.translate(
            "EditorLabels", "Institutional strengths and weaknesses"
        ),
        "market_opportunities": QCoreApplication.translate("EditorLabels", "Market opportunities"),
        "growth_constraints": QCoreApplication.translate("EditorLabels", "Private-sector growth constraints"),
        "scaling_pathway": QCoreApplication.translate("EditorLabels", "Scaling and policy pathway"),
        "results_plan": QCoreApplication.translate("EditorLabels", "Results measurement plan"),
    }


def fill_enum_combo(combo: QComboBox, enum: type[StrEnum], optional: bool) -> None:
    """Items labelled in the user's language, each carrying its enum member; 'Not set' first if optional."""
    combo.clear()
    if optional:
        combo.addItem(enum_label(None), None)
    for member in enum:
        combo.addItem(enum_label(member), member.value)  # Qt keeps a plain str: convert back on reading
    if enum is RegionType:
        set_region_type_tips(combo)


def selected_member(combo: QComboBox, enum: type[E]) -> E | None:
    data = combo.currentData()
    return None if data is None else enum(data)


def select_member(combo: QComboBox, member: StrEnum | None) -> None:
    index = combo.findData(None if member is None else member.value)
    combo.setCurrentIndex(max(index, 0))
