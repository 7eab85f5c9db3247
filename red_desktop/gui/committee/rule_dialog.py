"""One rule of the call's portfolio, asked for: its kind, the group and value it bounds, and the bound."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from red_desktop.core.errors import ValidationError
from red_desktop.core.portfolio_rules import EVERY, GROUPS, GroupRule, RuleKind
from red_desktop.core.portfolio_words import each_words, group_name, value_name


def kind_names() -> dict[str, str]:
    return {
        "min_share": QCoreApplication.translate("RuleDialog", "At least a share of the funded amount"),
        "max_share": QCoreApplication.translate("RuleDialog", "At most a share of the funded amount"),
        "min_amount": QCoreApplication.translate("RuleDialog", "At least an amount"),
        "max_amount": QCoreApplication.translate("RuleDialog", "At most an amount"),
        "min_count": QCoreApplication.translate("RuleDialog", "At least a number of proposals"),
        "max_count": QCoreApplication.translate("RuleDialog", "At most a number of proposals"),
    }


class RuleDialog(QDialog):
    """A new rule: its kind, the group and value it bounds (or each value), and the bound."""

    def __init__(self, values: Mapping[str, Sequence[str]], language: str, parent: QWidget | None = None):
        """`values`: each group's values among the proposals."""
        super().__init__(parent)
        self._values, self._language = values, language
        self.rule: GroupRule | None = None
        title = QCoreApplication.translate("RuleDialog", "Add a rule of the call")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.kind = QComboBox(self)
        for key, name in kind_names().items():
            self.kind.addItem(name, key)
        self.group = QComboBox(self)
        for key in GROUPS:
            self.group.addItem(group_name(key, language), key)
        self.value = QComboBox(self)
        self.bound = QDoubleSpinBox(self)
        self.bound.setGroupSeparatorShown(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b91c1c")
        self.problem.setAccessibleName(QCoreApplication.translate("RuleDialog", "What is wrong with the rule"))
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("RuleDialog", "&Rule"), self.kind)
        form.addRow(QCoreApplication.translate("RuleDialog", "&Group"), self.group)
        form.addRow(QCoreApplication.translate("RuleDialog", "&Value"), self.value)
        form.addRow(QCoreApplication.translate("RuleDialog", "&Bound"), self.bound)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._follow_kind)
        self.group.currentIndexChanged.connect(self._follow_group)
        self._follow_kind()
        self._follow_group()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def _follow_kind(self) -> None:
        kind = str(self.kind.currentData())
        if kind.endswith("share"):
            self.bound.setRange(0, 100)
            self.bound.setDecimals(1)
            self.bound.setSuffix(" %")
            self.bound.setValue(30)
        elif kind.endswith("amount"):
            self.bound.setRange(0, 1e12)
            self.bound.setDecimals(0)
            self.bound.setSuffix(" US$")
            self.bound.setSingleStep(100_000)
            self.bound.setValue(1_000_000)
        else:
            self.bound.setRange(0, 100_000)
            self.bound.setDecimals(0)
            self.bound.setSuffix("")
            self.bound.setSingleStep(1)
            self.bound.setValue(1)

    def _follow_group(self) -> None:
        group = str(self.group.currentData())
        self.value.clear()
        self.value.addItem(each_words(group, self._language), EVERY)
        named = sorted((value_name(group, v, self._language), v) for v in self._values.get(group, ()))
        for name, value in named:  # by name: Belize before Brazil, whatever their codes
            self.value.addItem(name, value)
        if self.value.count() > 1:
            self.value.setCurrentIndex(1)

    def _accept(self) -> None:
        kind = RuleKind(str(self.kind.currentData()))
        bound = self.bound.value() / 100 if kind.is_share else self.bound.value()
        try:
            self.rule = GroupRule(kind, str(self.group.currentData()), str(self.value.currentData()), bound)
        except ValidationError as error:
            self.problem.setText(str(error))
            return
        self.accept()
