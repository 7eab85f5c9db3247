"""The scoring form and its widgets: built from the rubric file, saved as the evaluator goes."""

from red_desktop.gui.scoring.scoring_form import ScoringForm

__all__ = ["ScoringForm"]
