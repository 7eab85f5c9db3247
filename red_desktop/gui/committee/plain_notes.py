"""Plain words for the committee's Agreement, Calibration and Sensitivity tabs: one or two sentences each.

The readings (bands, counts, why a figure is blank) come from core.plain_words; this only words them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject

from red_desktop.core import formatting, plain_words
from red_desktop.core.agreement import LABELS
from red_desktop.core.calibration import MIN_POINTS
from red_desktop.core.committee import CommitteeData
from red_desktop.core.sensitivity import RankingSensitivity
from red_desktop.gui.fill import fill


class PlainNotes(QObject):
    """What each figure means for this committee, with its interpretation bands, in the interface language."""

    def agreement(self, data: CommitteeData) -> str:
        """Plain words: how far the committee's mean can be trusted, with the bands, and why blanks are blank."""
        reading = plain_words.read_agreement(data.agreement)
        if reading.icc is None or reading.alpha is None:
            first = self.tr(
                "Agreement cannot be measured yet: it needs at least 2 proposals with 2 or more final evaluations. "
                "Hover over a blank figure to see why it is undefined."
            )
        else:
            first = fill(
                self.tr(
                    "For this committee, the reliability of the mean total (%1) is %2, %3 by Koo and Li "
                    "(2016: below 0.5 poor, 0.5–0.75 moderate, 0.75–0.9 good, above 0.9 excellent); interval "
                    "alpha on the totals is %4, %5 by Krippendorff (2004: 0.8 or more reliable, 0.667–0.8 "
                    "tentative conclusions only, below unreliable)."
                ),
                LABELS[reading.icc_form],
                formatting.number(reading.icc, decimals=2),
                self._band_label(reading.icc_band),
                formatting.number(reading.alpha, decimals=2),
                self._band_label(reading.alpha_band),
            )
        second = self.tr(
            "Nominal alpha (⚠) counts any two different totals as full disagreement: read interval alpha for totals."
        )
        if reading.two_way_reason is not None and reading.raters >= 2 and reading.complete_items < 2:
            second = fill(
                self.tr(
                    "ICC(2) and ICC(3) are blank because they need proposals scored by every one of the %1 "
                    "evaluators, and %2 of %3 are. Nominal alpha (⚠) counts any two different totals as full "
                    "disagreement: read interval alpha for totals."
                ),
                str(reading.raters),
                str(reading.complete_items),
                str(reading.items),
            )
        return first + " " + second

    def _band_label(self, band: str | None) -> str:
        labels = {
            "poor": self.tr("poor"),
            "moderate": self.tr("moderate"),
            "good": self.tr("good"),
            "excellent": self.tr("excellent"),
            "reliable": self.tr("reliable"),
            "tentative": self.tr("tentative"),
            "unreliable": self.tr("unreliable"),
        }
        return labels.get(band or "", "–")

    def calibration(self, data: CommitteeData) -> str:
        """Plain words: the one rule behind every label and coloured bar, and what it finds here."""
        reading = plain_words.read_calibration(data.calibration)
        rule = fill(
            self.tr(
                "An evaluator is called harsh or lenient only when their mean deviation from colleagues is at least %1 "
                "points AND its ±2 SE interval (the whiskers) excludes zero; the bar is coloured by the same rule."
            ),
            formatting.trimmed(MIN_POINTS),
        )
        found = fill(
            self.tr(
                "Here %1 harsh, %2 lenient, %3 in line (%4 of them consistently, but by less than %5 points), "
                "%6 with too few proposals compared. Calibrated totals remove each evaluator's mean deviation."
            ),
            str(reading.harsh),
            str(reading.lenient),
            str(reading.in_line),
            str(reading.small_but_consistent),
            formatting.trimmed(MIN_POINTS),
            str(reading.too_few),
        )
        return rule + " " + found

    def sensitivity(self, result: RankingSensitivity) -> str:
        """Plain words: which places in the top N the weights decide, and why some swaps are ties."""
        reading = plain_words.read_sensitivity(result)
        text = fill(
            self.tr(
                "Over %1 samples of the weights (each moving about ±3 points, seed %2), %3 proposals stay in the top "
                "%4 in at least 95 % of samples and %5 stay out; for %6 the weights decide (in it in 5–95 % of "
                "samples): treat their order as uncertain."
            ),
            formatting.integer(result.samples),
            str(result.seed),
            formatting.integer(reading.sure_in),
            formatting.integer(reading.top_n),
            formatting.integer(reading.sure_out),
            formatting.integer(reading.uncertain),
        )
        text = _keep_percent(text)
        if reading.tied_pairs or reading.profile_pairs:
            text += " " + (
                fill(
                    self.tr(
                        "Neighbouring pairs that tie at every weighting (identical scores, same weights: “= tie”, "
                        "same p(top N)): %1. Pairs with identical scores in different region types, which swap only "
                        "when one type's weights move against the other's: %2."
                    ),
                    formatting.integer(reading.tied_pairs),
                    formatting.integer(reading.profile_pairs),
                )
            )
        return text


def _keep_percent(text: str) -> str:
    """Each "95 %" with a no-break space, so that a wrapped line never ends at "95" and the next starts at "%".

    The catalogues keep a plain space: their translations stay valid and every language gets the same treatment."""
    return re.sub(r"(?<=\d) %", "\u00a0%", text)
