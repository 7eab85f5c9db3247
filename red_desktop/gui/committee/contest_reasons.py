"""Why a proposal is contested, in the interface language, from the reason's fields (its `message` is the command
line's English sentence)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from red_desktop.core import formatting
from red_desktop.core.aggregation import ContestReason
from red_desktop.gui.fill import fill

CONTEXT = "ContestReasons"  # the translators' context of the texts below (lupdate reads it literally)


def reason_text(reason: ContestReason, subcriteria: dict[str, str]) -> str:
    """One contest reason as a sentence; `subcriteria` names each sub-criterion id in the interface language."""
    if reason.kind == "single":
        # catalogued under the ranking's context, where the tooltip first said it
        return QCoreApplication.translate(
            "RankingModel", "A single final evaluation: no second evaluator to confirm or dispute it"
        )
    if reason.kind == "spread" and reason.spread is not None and reason.threshold is not None:
        return fill(
            QCoreApplication.translate("ContestReasons", "Totals spread %1 points, over the threshold of %2"),
            formatting.number(reason.spread),
            formatting.trimmed(reason.threshold),
        )
    if reason.kind == "subcriterion" and reason.subcriterion_id and len(reason.evaluators) == len(reason.levels) == 2:
        sub = reason.subcriterion_id
        return fill(
            QCoreApplication.translate("ContestReasons", "%1 %2: %3 gave %4, %5 gave %6"),
            sub,
            subcriteria.get(sub, ""),
            reason.evaluators[0],
            str(reason.levels[0]),
            reason.evaluators[1],
            str(reason.levels[1]),
        )
    return reason.message
