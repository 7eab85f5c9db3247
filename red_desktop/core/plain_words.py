"""What the committee's figures mean: interpretation bands, and why a figure cannot be computed.

Pure functions over the agreement, calibration and sensitivity results; they return keys and counts, and
each presenter (the window with Qt's tr, the dossier with its own catalogue) words them in its language.
Bands: ICC per Koo, T. K. & Li, M. Y. (2016) A guideline of selecting and reporting intraclass correlation
coefficients for reliability research, Journal of Chiropractic Medicine 15(2), 155-163 (below 0.5 poor,
0.5-0.75 moderate, 0.75-0.9 good, above 0.9 excellent); Krippendorff's alpha per Krippendorff, K. (2004)
Content Analysis: An Introduction to Its Methodology, 2nd ed., p. 241 (0.8 or more reliable, 0.667 to 0.8
for tentative conclusions only, below 0.667 unreliable).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from red_desktop.core.agreement import Agreement, PanelAgreement
from red_desktop.core.calibration import Calibration
from red_desktop.core.messages import tn
from red_desktop.core.sensitivity import RankingSensitivity

ICC_BANDS = ("poor", "moderate", "good", "excellent")
ALPHA_BANDS = ("unreliable", "tentative", "reliable")
ALPHA_RELIABLE, ALPHA_TENTATIVE = 0.8, 0.667
SURE = 0.95  # p(top N) at or above: in the top N at almost any weighting; at or below 1 - SURE: out of it


def icc_band(value: float) -> str:
    """Koo & Li (2016): < 0.5 poor, 0.5 to < 0.75 moderate, 0.75 to 0.9 good, > 0.9 excellent."""
    if value > 0.9:
        return "excellent"
    if value >= 0.75:
        return "good"
    return "moderate" if value >= 0.5 else "poor"


def alpha_band(value: float) -> str:
    """Krippendorff (2004): >= 0.8 reliable, 0.667 to < 0.8 tentative conclusions only, < 0.667 unreliable."""
    if value >= ALPHA_RELIABLE:
        return "reliable"
    return "tentative" if value >= ALPHA_TENTATIVE else "unreliable"


@dataclass(frozen=True)
class AgreementReading:
    """The figures a committee should read first, on the total, with their bands."""

    icc_form: str  # "icc2k" (the committee mean, raters crossed with proposals) when computable, else "icc1k"
    icc: float | None
    icc_band: str | None
    alpha: float | None  # interval alpha on the total: totals are near-continuous
    alpha_band: str | None
    two_way_reason: str | None  # why ICC(2) and ICC(3) are blank, None when they are computed
    items: int
    raters: int
    complete_items: int


def two_way_reason(agreement: Agreement) -> str | None:
    """Why ICC(2) and ICC(3) are not computable, in the language of the moment; None when they are.

    "incomplete": the usual case of a committee, fewer than 2 proposals scored by every evaluator (the two-way
    models cross every evaluator with every proposal); otherwise the statistic's own reason.
    """
    if agreement.icc2 is not None:
        return None
    if agreement.raters >= 2 and agreement.complete_items < 2:
        return tn(
            "ICC(2) and ICC(3) need at least 2 proposals scored by every one of the {raters} evaluators; "
            "{complete} of {n} proposal is",
            "ICC(2) and ICC(3) need at least 2 proposals scored by every one of the {raters} evaluators; "
            "{complete} of {n} proposals are",
            agreement.items,
            raters=agreement.raters,
            complete=agreement.complete_items,
        )
    return agreement.reasons.get("icc2", "")


def read_agreement(panel: PanelAgreement) -> AgreementReading:
    total = panel.total
    form = "icc2k" if total.icc2k is not None else "icc1k"
    icc = total.icc2k if total.icc2k is not None else total.icc1k
    alpha = total.alpha_interval
    return AgreementReading(
        icc_form=form,
        icc=icc,
        icc_band=None if icc is None else icc_band(icc),
        alpha=alpha,
        alpha_band=None if alpha is None else alpha_band(alpha),
        two_way_reason=two_way_reason(total),
        items=panel.items,
        raters=panel.raters,
        complete_items=total.complete_items,
    )


NOMINAL_ON_TOTALS = (
    "nominal alpha counts any two different totals as complete disagreement: on near-continuous totals it "
    "measures little more than exact ties; read the interval alpha for totals and the ordinal one for levels"
)


@dataclass(frozen=True)
class CalibrationReading:
    harsh: int
    lenient: int
    in_line: int
    small_but_consistent: int  # in line, yet the ±2 SE interval excludes zero: under the threshold in points
    too_few: int


def read_calibration(lines: list[Calibration]) -> CalibrationReading:
    tendencies = [c.tendency for c in lines]
    return CalibrationReading(
        harsh=tendencies.count("harsh"),
        lenient=tendencies.count("lenient"),
        in_line=tendencies.count("in line"),
        small_but_consistent=sum(1 for c in lines if c.tendency == "in line" and c.excludes_zero),
        too_few=tendencies.count("too few proposals"),
    )


@dataclass(frozen=True)
class SensitivityReading:
    top_n: int
    sure_in: int  # p(top N) >= 0.95
    uncertain: int  # between
    sure_out: int  # p(top N) <= 0.05
    tied_pairs: int  # neighbours that tie at every weighting (identical scores, same weights)
    profile_pairs: int  # neighbours only a change of one region type's weights against another's reorders


def read_sensitivity(result: RankingSensitivity) -> SensitivityReading:
    """Counted with numpy: the window reads it on its thread, over 100,000 proposals at the most."""
    shares = result.p_tops()  # NaN: no figures, counted nowhere
    kinds = result.pair_kind_counts()
    return SensitivityReading(
        top_n=result.top_n,
        sure_in=int(np.count_nonzero(shares >= SURE)),
        uncertain=int(np.count_nonzero((shares > 1 - SURE) & (shares < SURE))),
        sure_out=int(np.count_nonzero(shares <= 1 - SURE)),
        tied_pairs=kinds["tied"],
        profile_pairs=kinds["profiles"],
    )
