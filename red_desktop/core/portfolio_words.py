"""Why a proposal is in or out of the call's best set, in words: the command's table, the dossier and the window say
it the same way, in the language asked for."""

from __future__ import annotations

from red_desktop.core import formatting
from red_desktop.core.messages import words
from red_desktop.core.portfolio import Reason, Why


def reason_words(reason: Reason, amount: float, language: str | None = None) -> str:
    """`reason` for a proposal requesting `amount` (US$), with what the other choice costs when it was asked."""
    w = words(language)
    said = {
        Why.INELIGIBLE: w.tc("portfolio why", "out: ineligible"),
        Why.NOT_SCORED: w.tc("portfolio why", "out: no final evaluation"),
        Why.FORCED_OUT: w.tc("portfolio why", "out: kept out by the committee"),
        Why.FORCED_IN: w.tc("portfolio why", "in: committed by the committee"),
        Why.CALL_NOT_MET: w.tc("portfolio why", "out: the call's rules cannot all be met"),
        Why.IN_RANK_ORDER: w.tc("portfolio why", "in: above the funding line"),
        Why.IN_BETTER_USE: w.tc("portfolio why", "in: below the line, its money used best"),
        Why.OUT_BETTER_SET: w.tc(
            "portfolio why",
            "out: a higher-scoring set uses its {amount} better",
            amount=formatting.amount(amount, w.language),
        ),
        Why.BELOW_LINE: w.tc("portfolio why", "out: below the funding line"),
    }[reason.why]
    if reason.impossible:
        return said + " " + w.tc("portfolio why", "(the other choice cannot meet the call)")
    if reason.cost is not None:
        cost = formatting.number(reason.cost, w.language, decimals=1)
        return said + " " + w.tc("portfolio why", "(the other choice: {points} points less)", points=cost)
    return said
