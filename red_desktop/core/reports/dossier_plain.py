"""Plain words for the dossier's Agreement, Calibration and Sensitivity sections: what each figure means for this
committee, with its interpretation bands and why a blank figure is blank. The readings are core.plain_words' (the
window's tabs word the same readings with Qt's tr)."""

from __future__ import annotations

from red_desktop.core import plain_words
from red_desktop.core.agreement import LABELS, PanelAgreement
from red_desktop.core.calibration import MIN_POINTS, Calibration
from red_desktop.core.formatting import integer, number
from red_desktop.core.messages import Words, words


def agreement_words(panel: PanelAgreement, language: str) -> list[str]:
    w = words(language)
    reading = plain_words.read_agreement(panel)
    if reading.icc is None or reading.alpha is None:
        first = w.tc(
            "dossier",
            "Agreement cannot be measured yet: it needs at least 2 proposals with 2 or more final evaluations.",
        )
    else:
        first = w.tc(
            "dossier",
            "For this committee, the reliability of the mean total ({form}) is {icc}, {icc_band} by Koo and Li "
            "(2016: below 0.5 poor, 0.5–0.75 moderate, 0.75–0.9 good, above 0.9 excellent); interval alpha on the "
            "totals is {alpha}, {alpha_band} by Krippendorff (2004: 0.8 or more reliable, 0.667–0.8 tentative "
            "conclusions only, below that unreliable).",
            form=LABELS[reading.icc_form],
            icc=number(reading.icc, language, 2),
            icc_band=_band(w, reading.icc_band),
            alpha=number(reading.alpha, language, 2),
            alpha_band=_band(w, reading.alpha_band),
        )
    nominal = w.tc(
        "dossier",
        "Nominal alpha counts any two different totals as full disagreement: read interval alpha for totals and "
        "ordinal alpha for levels.",
    )
    return [first, nominal]  # why ICC(2) and ICC(3) may be blank: the section's note under them


def calibration_words(lines: list[Calibration], language: str) -> list[str]:
    w = words(language)
    reading = plain_words.read_calibration(lines)
    points = number(MIN_POINTS, language, 0)
    rule = w.tc(
        "dossier",
        "An evaluator is called harsh or lenient only when their mean deviation from colleagues is at least {points} "
        "points and its ±2 SE interval excludes zero; the chart colours its bars by the same rule.",
        points=points,
    )
    found = w.tc(
        "dossier",
        "Here, evaluators found harsh: {harsh}; lenient: {lenient}; in line: {in_line} (of whom consistently off, "
        "but by less than {points} points: {consistent}); with too few proposals compared: {too_few}. Calibrated "
        "totals remove each evaluator's mean deviation.",
        harsh=integer(reading.harsh, language),
        lenient=integer(reading.lenient, language),
        in_line=integer(reading.in_line, language),
        consistent=integer(reading.small_but_consistent, language),
        points=points,
        too_few=integer(reading.too_few, language),
    )
    return [rule, found]


def sensitivity_ties(reading: plain_words.SensitivityReading, language: str) -> list[str]:
    """Why some neighbours never swap, or swap only between region types; nothing when no pair does either."""
    if not (reading.tied_pairs or reading.profile_pairs):
        return []
    w = words(language)
    tied = w.tcn(
        "dossier",
        "{n:,} neighbouring pair ties at every weighting (identical scores, same weights)",
        "{n:,} neighbouring pairs tie at every weighting (identical scores, same weights)",
        reading.tied_pairs,
    )
    profiles = w.tcn(
        "dossier",
        "{n:,} pair with identical scores in different region types swaps only when one type's weights move "
        "against the other's",
        "{n:,} pairs with identical scores in different region types swap only when one type's weights move "
        "against the other's",
        reading.profile_pairs,
    )
    return [w.tc("dossier", "{ties}; {swaps}.", ties=tied, swaps=profiles)]


def _band(w: Words, band: str | None) -> str:
    """An interpretation band of Koo and Li's (ICC) or of Krippendorff's (alpha) in words."""
    said = {
        "poor": w.tc("dossier", "poor"),
        "moderate": w.tc("dossier", "moderate"),
        "good": w.tc("dossier", "good"),
        "excellent": w.tc("dossier", "excellent"),
        "reliable": w.tc("dossier", "reliable"),
        "tentative": w.tc("dossier", "tentative conclusions only"),
        "unreliable": w.tc("dossier", "unreliable"),
    }
    return said.get(band or "", band or "")
