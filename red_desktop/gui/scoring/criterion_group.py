"""One criterion of the scoring form: its heading with the live criterion score, then its sub-criterion rows."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from red_desktop.core.rubric import Criterion, Rubric
from red_desktop.gui.scoring.subcriterion_row import SubCriterionRowWidget
from red_desktop.gui.scoring.texts import number

STYLE = """
CriterionGroupWidget { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QFrame#criterionHeading { background: palette(alternate-base); border-bottom: 1px solid palette(mid);
                          border-top-left-radius: 6px; border-top-right-radius: 6px; }
QLabel#criterionTitle { font-size: 11pt; font-weight: bold; }
QLabel#criterionScore { font-size: 11pt; }
QFrame#rowSeparator { color: palette(midlight); }
"""


class CriterionGroupWidget(QFrame):
    def __init__(self, criterion: Criterion, rubric: Rubric, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.criterion = criterion
        self._language = language
        self._scale_max = rubric.scale_max
        name = criterion.name.get_text(language)
        self.setAccessibleName(self.tr("Criterion {id} {name}").format(id=criterion.id, name=name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(0)
        layout.addWidget(self._heading(f"{criterion.id} · {name}", criterion.description.get_text(language)))
        self.rows = [SubCriterionRowWidget(sub, rubric, language, self) for sub in criterion.subcriteria]
        for index, row in enumerate(self.rows):
            if index:
                layout.addWidget(self._separator())
            layout.addWidget(row)

    def _heading(self, title: str, description: str) -> QFrame:
        heading = QFrame(self)
        heading.setObjectName("criterionHeading")
        self.title_label = QLabel(f"<b>{html.escape(title)}</b>", heading)
        self.title_label.setObjectName("criterionTitle")
        self.title_label.setToolTip(description)
        self.title_label.setAccessibleName(self.tr("Criterion"))
        self.score_label = QLabel("", heading)
        self.score_label.setObjectName("criterionScore")
        self.score_label.setAccessibleName(self.tr("Criterion score"))
        layout = QHBoxLayout(heading)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.title_label, 1)
        layout.addWidget(self.score_label)
        return heading

    def _separator(self) -> QFrame:
        line = QFrame(self)
        line.setObjectName("rowSeparator")
        line.setFrameShape(QFrame.Shape.HLine)
        return line

    def show_score(self, score: float, weight: float, partial: bool) -> None:
        """The criterion score (on the level scale) and its weight; partial while a sub-criterion has no level."""
        text = self.tr("score <b>{score}</b> / {max} · weight {weight}").format(
            score=number(score, self._language, 2), max=self._scale_max, weight=number(weight, self._language, 0)
        )
        if partial:
            text += " · " + self.tr("<i>partial</i>")
        self.score_label.setText(text)
