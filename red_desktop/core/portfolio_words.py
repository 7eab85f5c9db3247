"""The call's portfolio in words (issue 20): why each proposal is in or out, the call's rules and the ones in
conflict, each group value's name — said once here for the command line, the dossier, the export and the window."""

from __future__ import annotations

from red_desktop.core.countries import country_label
from red_desktop.core.enum_labels import value_label
from red_desktop.core.formatting import amount as money
from red_desktop.core.formatting import number
from red_desktop.core.messages import Words, words
from red_desktop.core.portfolio import Portfolio, Reason, Why, describe, describe_forced
from red_desktop.core.portfolio_rules import EVERY, GroupRule, RuleKind


def reason_words(reason: Reason, amount: float, language: str | None = None) -> str:
    """Why a proposal is in or out of the best set, as a committee reads it ("out: below the funding line");
    `amount` is the proposal's requested amount. None: the language of the moment."""
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
            amount=money(amount, w.language),
        ),
        Why.BELOW_LINE: w.tc("portfolio why", "out: below the funding line"),
    }[reason.why]
    if reason.impossible:
        return said + " " + w.tc("portfolio why", "(the other choice cannot meet the call)")
    if reason.cost is not None:
        cost = number(reason.cost, w.language, 1)
        return said + " " + w.tc("portfolio why", "(the other choice: {points} points less)", points=cost)
    return said


def group_name(group: str, language: str | None = None) -> str:
    """A group's name: "Region type", "Country", "Priority area"."""
    w = words(language)
    return {
        "region_type": w.tc("portfolio group", "Region type"),
        "country": w.tc("portfolio group", "Country"),
        "priority_area": w.tc("portfolio group", "Priority area"),
    }[group]


def value_name(group: str, value: str, language: str | None = None) -> str:
    """A group value's name: "Marginalized", "Perú (PE)", "Innovation" (a priority area without its examples)."""
    lang = words(language).language
    if group == "country":
        return country_label(value, lang)
    return value_label(group, value, lang).split(" (")[0]


def rule_words(rule: GroupRule, language: str | None = None) -> str:
    """A rule as the dossier says it: "At least 30 % of the funded amount to region type “Marginalized”"."""
    w = words(language)
    who = _who(w, rule)
    if rule.kind.is_share:
        share = number(rule.bound * 100, w.language, 0 if rule.bound * 100 == round(rule.bound * 100) else 1)
        share += "\u00a0%"  # a value, not catalogue text: "%" before a letter reads to gettext as a placeholder
        if rule.kind is RuleKind.MIN_SHARE:
            return w.tc("portfolio rule", "At least {share} of the funded amount to {who}", share=share, who=who)
        return w.tc("portfolio rule", "At most {share} of the funded amount to {who}", share=share, who=who)
    if rule.kind.is_count:
        n = int(rule.bound)
        if rule.kind is RuleKind.MIN_COUNT:
            return w.tcn(
                "portfolio rule", "At least {n} proposal of {who}", "At least {n} proposals of {who}", n, who=who
            )
        return w.tcn("portfolio rule", "At most {n} proposal of {who}", "At most {n} proposals of {who}", n, who=who)
    dollars = money(rule.bound, w.language)
    if rule.kind is RuleKind.MIN_AMOUNT:
        return w.tc("portfolio rule", "At least {amount} to {who}", amount=dollars, who=who)
    return w.tc("portfolio rule", "At most {amount} to {who}", amount=dollars, who=who)


def each_words(group: str, language: str | None = None) -> str:
    """A rule's every value of a group (EVERY): "each region type"."""
    w = words(language)
    return {
        "region_type": w.tc("portfolio rule", "each region type"),
        "country": w.tc("portfolio rule", "each country"),
        "priority_area": w.tc("portfolio rule", "each priority area"),
    }[group]


def _who(w: Words, rule: GroupRule) -> str:
    if rule.value == EVERY:
        return each_words(rule.group, w.language)
    value = value_name(rule.group, rule.value, w.language)
    return {
        "region_type": w.tc("portfolio rule", "region type “{value}”", value=value),
        "country": w.tc("portfolio rule", "country “{value}”", value=value),
        "priority_area": w.tc("portfolio rule", "priority area “{value}”", value=value),
    }[rule.group]


def conflict_words(portfolio: Portfolio, language: str | None = None) -> list[str]:
    """The rules (and the proposals forced in) that cannot be met together, in words: Portfolio.conflicts, which
    describe() wrote, said as rule_words says each rule."""
    c, call = portfolio.candidates, portfolio.call
    said = {describe(rule): rule_words(rule, language) for rule in c.rules_for(call)}
    if call.forced_in:
        codes = ", ".join(sorted(code for code, forced in zip(c.codes, c.forced(call), strict=True) if forced))
        said[describe_forced(c, call)] = words(language).tc(
            "portfolio rule", "The proposals committed by the committee: {codes}", codes=codes
        )
    return [said.get(conflict, conflict) for conflict in portfolio.conflicts]
