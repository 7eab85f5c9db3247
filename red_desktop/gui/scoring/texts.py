"""Interface texts of the scoring form that depend on data: numbers, suggestions, profiles, missing items."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from red_desktop.core import formatting
from red_desktop.core.domain import RegionType
from red_desktop.core.errors import Problem
from red_desktop.core.indicators import Suggestion
from red_desktop.core.rubric import DEFAULT_PROFILE, Rubric

# Each text is a literal QCoreApplication.translate("ScoringTexts", ...) call so that lupdate finds it.


def number(value: float, language: str, decimals: int = 1) -> str:
    """A number as the interface language writes it (0.83 in English, 0,83 in Spanish)."""
    return formatting.number(value, language, decimals)


def suggestion_text(suggestion: Suggestion, rubric: Rubric, language: str) -> str:
    name = rubric.indicators[suggestion.indicator_id].name.get_text(language)
    if suggestion.value is None or suggestion.level is None:
        return _why_no_suggestion(suggestion.indicator_id, name)
    return QCoreApplication.translate("ScoringTexts", "{indicator} {value} → suggests {level}").format(
        indicator=name, value=number(suggestion.value, language, 2), level=suggestion.level
    )


def _why_no_suggestion(indicator_id: str, name: str) -> str:
    if indicator_id == "co_funding_leverage":  # the one indicator that is undefined: nothing was requested
        return QCoreApplication.translate("ScoringTexts", "no requested amount → no suggestion")
    return QCoreApplication.translate("ScoringTexts", "{indicator} cannot be computed → no suggestion").format(
        indicator=name
    )


def region_type_name(region_type: RegionType | None) -> str:
    names = {
        RegionType.MARGINALIZED: QCoreApplication.translate("ScoringTexts", "marginalized"),
        RegionType.EMERGING: QCoreApplication.translate("ScoringTexts", "emerging"),
        RegionType.DECLINING: QCoreApplication.translate("ScoringTexts", "declining"),
    }
    if region_type is None:
        return QCoreApplication.translate("ScoringTexts", "not set")
    return names[region_type]


def profile_text(rubric: Rubric, region_type: RegionType | None, language: str) -> str:
    """The weights the total uses, e.g. "weights A 45 · B 25 · C 30 (marginalized profile)"."""
    profile = rubric.profile_name(region_type)
    weights = rubric.weights_for(region_type)
    listed = " · ".join(f"{cid} {number(weights[cid], language, 0)}" for cid in rubric.criterion_ids)
    if profile == DEFAULT_PROFILE:
        return QCoreApplication.translate("ScoringTexts", "weights {weights} (default profile)").format(weights=listed)
    return QCoreApplication.translate("ScoringTexts", "weights {weights} ({profile} profile)").format(
        weights=listed, profile=region_type_name(RegionType(profile))
    )


def problem_line(problem: Problem, rubric: Rubric, levels: Mapping[str, int], language: str) -> str | tuple[str, str]:
    """One thing keeping an evaluation from being final, linked to its sub-criterion: (anchor, line)."""
    if problem.location not in {s.id for s in rubric.subcriteria}:
        return str(problem)
    sub = rubric.subcriterion(problem.location)
    name = f"{sub.id} {sub.name.get_text(language)}"
    level = levels.get(sub.id)
    if level is None:
        return sub.id, QCoreApplication.translate("ScoringTexts", "{name}: choose a level").format(name=name)
    line = QCoreApplication.translate("ScoringTexts", "{name}: level {level} needs a justification")
    return sub.id, line.format(name=name, level=level)


def level_line(rubric: Rubric, sub_id: str, level: int, language: str) -> str:
    """A level given, e.g. "A1 Region definition: 4 · excellent"."""
    sub = rubric.subcriterion(sub_id)
    label = rubric.level_labels.get(level)
    return f"{sub.id} {sub.name.get_text(language)}: {level} · {label.get_text(language) if label else ''}".rstrip(" ·")
