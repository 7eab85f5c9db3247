"""Search box and filters above the proposal list; emits the query they describe."""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from red_desktop.core.domain import PriorityArea, ProposalStatus, RegionType
from red_desktop.core.enum_labels import short_enum_label
from red_desktop.core.listing import ListQuery
from red_desktop.gui.editor.labels import set_region_type_tips
from red_desktop.gui.flow_layout import FlowLayout

FACETS = ("countries", "region_types", "priority_areas", "statuses")
ENUMS: dict[str, type[StrEnum]] = {
    "region_types": RegionType,
    "priority_areas": PriorityArea,
    "statuses": ProposalStatus,
}


class FilterBar(QWidget):
    query_changed = Signal(object)  # a ListQuery

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._query = ListQuery()
        self.search = QLineEdit(self)
        self._placeholder = self.tr("Search code, title, region, agency or actor…")
        self.search.setPlaceholderText(self._placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search proposals"))
        self.search.textChanged.connect(self._on_text_changed)
        self.combos = {facet: self._combo(facet) for facet in FACETS}
        self.evaluation = self._evaluation_combo()
        self.min_total, self.max_total = self._bound(self.tr("Lowest total")), self._bound(self.tr("Highest total"))
        self.max_total.setValue(100)
        self._lay_out()

    def _lay_out(self) -> None:
        """Search on one line, filters below it, wrapping onto more lines on a narrow window rather than cutting
        their titles (the Spanish "Cualquier estado de evaluación" is twice its English width)."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        self.filter_row = QWidget(self)
        flow = FlowLayout(self.filter_row)
        flow.setContentsMargins(0, 0, 0, 0)
        for combo in [*self.combos.values(), self.evaluation]:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            flow.addWidget(combo)
        total = QWidget(self.filter_row)
        row = QHBoxLayout(total)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Total"), total))
        row.addWidget(self.min_total)
        row.addWidget(QLabel("–", total))
        row.addWidget(self.max_total)
        flow.addWidget(total)
        layout.addWidget(self.filter_row)

    def set_compact(self, compact: bool) -> None:
        """Only the search box (the scoring view's narrow list), with a placeholder short enough to read there."""
        self.filter_row.setVisible(not compact)
        self.search.setPlaceholderText(self.tr("Search proposals") if compact else self._placeholder)

    def _combo(self, facet: str) -> QComboBox:
        names = {
            "countries": self.tr("All countries"),
            "region_types": self.tr("All region types"),
            "priority_areas": self.tr("All priority areas"),
            "statuses": self.tr("All statuses"),
        }
        combo = QComboBox(self)
        combo.addItem(names[facet], None)
        combo.setAccessibleName(names[facet])
        combo.currentIndexChanged.connect(lambda _: self._on_filters_changed())
        return combo

    def _evaluation_combo(self) -> QComboBox:
        combo = QComboBox(self)
        for label, value in (
            (self.tr("Any evaluation state"), "any"),
            (self.tr("Not evaluated"), "none"),
            (self.tr("Drafts only"), "draft"),
            (self.tr("With a final evaluation"), "final"),
        ):
            combo.addItem(label, value)
        combo.setAccessibleName(self.tr("Evaluation state"))
        combo.currentIndexChanged.connect(lambda _: self._on_filters_changed())
        return combo

    def _bound(self, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(0, 100)
        box.setDecimals(0)
        box.setAccessibleName(name)
        box.setToolTip(name)
        box.valueChanged.connect(lambda _: self._on_filters_changed())
        return box

    def set_facets(self, facets: dict[str, list[str]]) -> None:
        """Fill the lists with the values present in the store, keeping what is selected."""
        for facet, combo in self.combos.items():
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in facets.get(facet, []):
                combo.addItem(self._label(facet, value), value)
            if facet == "region_types":
                set_region_type_tips(combo, not_set="")  # what each type means, item by item
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)

    def _label(self, facet: str, value: str) -> str:
        """Named as the editor names them, in the user's language; countries by their codes, as the list shows."""
        kind = ENUMS.get(facet)
        if kind is None:
            return value or self.tr("not set")
        return short_enum_label(kind(value) if value else None)

    @property
    def query(self) -> ListQuery:
        return self._query

    def _on_text_changed(self, text: str) -> None:
        self._emit(replace(self._query, text=text))

    def _on_filters_changed(self) -> None:
        chosen = {facet: combo.currentData() for facet, combo in self.combos.items()}
        low, high = self.min_total.value(), self.max_total.value()
        high = max(low, high)  # a crossed range reads as the single value
        bounded = (low, high) != (0, 100)
        facets: dict[str, Any] = {
            facet: frozenset() if value is None else frozenset([value]) for facet, value in chosen.items()
        }
        self._emit(
            replace(
                self._query,
                **facets,
                evaluation_state=self.evaluation.currentData(),
                min_total=low if bounded else None,
                max_total=high if bounded else None,
            )
        )

    def _emit(self, query: ListQuery) -> None:
        self._query = query
        self.query_changed.emit(query)
