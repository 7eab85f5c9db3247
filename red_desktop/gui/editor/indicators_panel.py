"""The Funding tab's live figures: counterpart total, co-funding leverage, actor-type coverage, suggested levels."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from red_desktop.core import formatting, messages
from red_desktop.core.domain import Proposal
from red_desktop.core.indicators import COVERAGE_GROUP_COUNT, actor_type_coverage, co_funding_leverage
from red_desktop.core.rubric import Rubric

DASH = "–"
AMOUNTS = ("requested_amount", "counterpart_public", "counterpart_private")


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


class IndicatorsPanel(QObject):
    """Recomputed from the proposal the widgets describe after every edit; the rubric adds suggested levels."""

    def __init__(self, total: QLabel, leverage: QLabel, coverage: QLabel, rubric: Rubric | None):
        super().__init__(total)
        self._total, self._leverage, self._coverage = total, leverage, coverage
        self._rubric = rubric
        self._language = messages.language()

    def update(self, proposal: Proposal, invalid: Collection[str] = ()) -> None:
        """invalid: the fields with problems; figures are only computed from amounts that are valid."""
        self._coverage.setText(self._coverage_text(proposal))
        amounts = (proposal.requested_amount, proposal.counterpart_public, proposal.counterpart_private)
        if not all(_is_number(a) for a in amounts) or any(name in invalid for name in AMOUNTS):
            self._total.setText(DASH)
            self._leverage.setText(self.tr("– (correct the amounts first)"))
            return
        self._total.setText(formatting.number(proposal.counterpart_total, decimals=0))
        self._leverage.setText(self._leverage_text(proposal))

    def _leverage_text(self, proposal: Proposal) -> str:
        value = co_funding_leverage(proposal)
        if value is None:
            return self.tr("– (enter the requested amount)")
        text = self.tr("{0} per dollar requested").format(formatting.number(value, decimals=2))
        return text + self._suggestion("co_funding_leverage", value)

    def _coverage_text(self, proposal: Proposal) -> str:
        value = actor_type_coverage(proposal)
        present = round(value * COVERAGE_GROUP_COUNT)
        text = self.tr("{0} of {1} actor types").format(present, COVERAGE_GROUP_COUNT)
        return text + self._suggestion("actor_type_coverage", value)

    def _suggestion(self, indicator: str, value: float) -> str:
        """' · suggests B1 level 3 (good)' when a rubric is known."""
        rule = self._rubric.indicators.get(indicator) if self._rubric else None
        if rule is None or self._rubric is None:
            return ""
        level = rule.suggest(value)
        label = self._rubric.level_labels.get(level) if level is not None else None
        name = f" ({label.get_text(self._language)})" if label else ""
        return self.tr(" · suggests {0} level {1}{2}").format(rule.subcriterion_id, level, name)
