"""Plain words for the dossier's Agreement, Calibration and Sensitivity sections: what each figure means for this
committee, with its interpretation bands and why a blank figure is blank. The readings are core.plain_words' (the
window's tabs word the same readings with Qt's tr)."""

from __future__ import annotations

from functools import partial

from red_desktop.core import plain_words
from red_desktop.core.agreement import LABELS, PanelAgreement
from red_desktop.core.calibration import MIN_POINTS, Calibration
from red_desktop.core.formatting import integer, number
from red_desktop.core.reports.dossier_labels import dossier_label


def agreement_words(panel: PanelAgreement, language: str) -> list[str]:
    say = partial(dossier_label, language)
    reading = plain_words.read_agreement(panel)
    if reading.icc is None or reading.alpha is None:
        first = say("plain.agreement_unmeasured")
    else:
        first = say(
            "plain.agreement",
            form=LABELS[reading.icc_form],
            icc=number(reading.icc, language, 2),
            icc_band=say(f"band.{reading.icc_band}"),
            alpha=number(reading.alpha, language, 2),
            alpha_band=say(f"band.{reading.alpha_band}"),
        )
    return [first, say("plain.nominal")]  # why ICC(2) and ICC(3) may be blank: the section's note under them


def calibration_words(lines: list[Calibration], language: str) -> list[str]:
    say = partial(dossier_label, language)
    reading = plain_words.read_calibration(lines)
    points = number(MIN_POINTS, language, 0)
    found = say(
        "plain.calibration_found",
        harsh=integer(reading.harsh, language),
        lenient=integer(reading.lenient, language),
        in_line=integer(reading.in_line, language),
        consistent=integer(reading.small_but_consistent, language),
        points=points,
        too_few=integer(reading.too_few, language),
    )
    return [say("plain.calibration_rule", points=points), found]


def sensitivity_ties(reading: plain_words.SensitivityReading, language: str) -> list[str]:
    """Why some neighbours never swap, or swap only between region types; nothing when no pair does either."""
    if not (reading.tied_pairs or reading.profile_pairs):
        return []
    tied, profiles = integer(reading.tied_pairs, language), integer(reading.profile_pairs, language)
    return [dossier_label(language, "plain.sensitivity_ties", tied=tied, profiles=profiles)]
