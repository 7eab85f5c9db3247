"""The widgets of ui/proposal_editor.ui, looked up once by name, and the adapter of each proposal field."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QWidget,
)

from red_desktop.core.domain import NARRATIVE_FIELDS, PriorityArea, ProposalStatus, RegionKind, RegionType
from red_desktop.gui.editor.attachment_list import AttachmentListWidget
from red_desktop.gui.editor.country_combo import CountryComboBox
from red_desktop.gui.editor.field_adapters import (
    CountryAdapter,
    EnumAdapter,
    FieldAdapter,
    NumberAdapter,
    PlainTextAdapter,
    SectorsAdapter,
    TextAdapter,
)
from red_desktop.gui.editor.labels import fill_enum_combo
from red_desktop.gui.editor.number_edit import NumberEdit
from red_desktop.gui.elided_label import ElidedLabel
from red_desktop.gui.fitted_tabs import fit_tabs
from red_desktop.gui.ui_loader import find, load_form
from red_desktop.gui.vertical_scroll import scroll_vertically

W = TypeVar("W", bound=QWidget)

FORM = "proposal_editor.ui"


def _camel(field: str) -> str:
    head, *rest = field.split("_")
    return head + "".join(part.title() for part in rest)


# Each proposal field and the widget that edits it, in the order the tabs show them.
FIELD_WIDGETS: dict[str, tuple[type[QWidget], str]] = {
    "code": (QLineEdit, "codeEdit"),
    "title": (QLineEdit, "titleEdit"),
    "status": (QComboBox, "statusCombo"),
    "author": (QLineEdit, "authorEdit"),
    "executing_agency": (QLineEdit, "executingAgencyEdit"),
    "priority_area": (QComboBox, "priorityAreaCombo"),
    "sectors": (QLineEdit, "sectorsEdit"),
    "country": (CountryComboBox, "countryCombo"),
    "region_name": (QLineEdit, "regionNameEdit"),
    "region_kind": (QComboBox, "regionKindCombo"),
    "region_type": (QComboBox, "regionTypeCombo"),
    "latitude": (NumberEdit, "latitudeEdit"),
    "longitude": (NumberEdit, "longitudeEdit"),
    "requested_amount": (NumberEdit, "requestedAmountEdit"),
    "counterpart_public": (NumberEdit, "counterpartPublicEdit"),
    "counterpart_private": (NumberEdit, "counterpartPrivateEdit"),
    "beneficiary_msmes": (NumberEdit, "beneficiaryMsmesEdit"),
    "duration_months": (NumberEdit, "durationMonthsEdit"),
    **{name: (QPlainTextEdit, f"{_camel(name)}Edit") for name in NARRATIVE_FIELDS},
}
CONTROLS: tuple[tuple[type[QWidget], str], ...] = (
    (ElidedLabel, "headingLabel"),
    (QLabel, "saveStatusLabel"),
    (QFrame, "conflictBar"),
    (QLabel, "conflictLabel"),
    (QPushButton, "reloadButton"),
    (QPushButton, "keepMineButton"),
    (QTabWidget, "tabs"),
    (QTableView, "actorsTable"),
    (QPushButton, "addActorButton"),
    (QPushButton, "editActorButton"),
    (QPushButton, "removeActorButton"),
    (QGroupBox, "indicatorsGroup"),
    (QLabel, "counterpartTotalValue"),
    (QLabel, "leverageValue"),
    (QLabel, "coverageValue"),
    (AttachmentListWidget, "attachmentsList"),
    (QLabel, "attachmentsMessageLabel"),
    (QPushButton, "addAttachmentButton"),
    (QPushButton, "openAttachmentButton"),
    (QPushButton, "removeAttachmentButton"),
)
CHILDREN: tuple[tuple[type[QWidget], str], ...] = (*FIELD_WIDGETS.values(), *CONTROLS)
AMOUNTS = ("requested_amount", "counterpart_public", "counterpart_private")
COUNTS = ("beneficiary_msmes", "duration_months")
ENUMS = {
    "status": (ProposalStatus, False),
    "priority_area": (PriorityArea, True),
    "region_kind": (RegionKind, True),
    "region_type": (RegionType, True),
}


class ProposalForm:
    """Every child the editor uses, checked when the form is built: a mismatch fails at once, by name."""

    def __init__(self, parent: QWidget | None = None):
        self.root = load_form(FORM, parent)
        self._children = {name: find(self.root, cls, name) for cls, name in CHILDREN}
        fit_tabs(self.child(QTabWidget, "tabs"))  # Attachments in sight, not behind scroll arrows
        for area in self.root.findChildren(QScrollArea):
            scroll_vertically(area)  # the Spanish priority areas are read whole, not behind a sideways scrollbar

    def child(self, cls: type[W], name: str) -> W:
        widget = self._children[name]
        assert isinstance(widget, cls), f"{name} is a {type(widget).__name__}, not a {cls.__name__}"
        return widget

    def field(self, cls: type[W], field: str) -> W:
        return self.child(cls, FIELD_WIDGETS[field][1])

    def field_widget(self, field: str) -> QWidget:
        return self._children[FIELD_WIDGETS[field][1]]

    def adapters(self) -> dict[str, FieldAdapter]:
        """One adapter per proposal field, its widget configured (combos filled, number kinds set)."""
        return {field: self._adapter(field, self.field_widget(field)) for field in FIELD_WIDGETS}

    def _adapter(self, field: str, widget: QWidget) -> FieldAdapter:
        if isinstance(widget, NumberEdit):
            if field in COUNTS:
                widget.configure(integer=True)
            elif field not in AMOUNTS:
                widget.configure(decimals=6, empty=None)
            return NumberAdapter(widget)
        if isinstance(widget, CountryComboBox):
            return CountryAdapter(widget)
        if isinstance(widget, QComboBox):
            enum, optional = ENUMS[field]
            fill_enum_combo(widget, enum, optional)
            return EnumAdapter(widget, enum)
        if isinstance(widget, QPlainTextEdit):
            widget.setUndoRedoEnabled(False)  # the editor's undo stack is the one undo
            return PlainTextAdapter(widget)
        assert isinstance(widget, QLineEdit)
        return SectorsAdapter(widget) if field == "sectors" else TextAdapter(widget)
