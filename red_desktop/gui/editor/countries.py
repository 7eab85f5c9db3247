"""The editor's country names: core.countries', re-exported for the widgets that still import them from here."""

from red_desktop.core.countries import LATIN_AMERICA_CARIBBEAN, country_choices, country_label, display

__all__ = ["LATIN_AMERICA_CARIBBEAN", "country_choices", "country_label", "display"]
