"""The editor's one-line answer to "is my work saved?": saved, saving, or not saved and why."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel

from red_desktop.core.errors import Problem
from red_desktop.gui.editor.autosave import ProposalSaver
from red_desktop.gui.editor.labels import field_labels
from red_desktop.gui.editor.problem_marker import field_of
from red_desktop.gui.scoring.reserved_height import keep_room, reserve_height

LISTED_FIELDS = 3
ONE_LINE = "&nbsp;"  # the least room the status keeps under the heading, whatever it says (rich text, as it is)


class SaveStatus(QObject):
    def __init__(self, label: QLabel, reveal: Callable[[], None]):
        super().__init__(label)
        self.label = label
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        label.linkActivated.connect(lambda _link: reveal())
        keep_room(label)  # a line at least, empty or not: a status coming or going moves no field
        label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.label and event.type() == QEvent.Type.Resize:
            self._reserve()
        return False

    def _reserve(self) -> None:
        reserve_height(self.label, [ONE_LINE, self.label.text()])

    def show(self, problems: list[Problem], saver: ProposalSaver) -> None:
        if problems:
            self._set(self._problems_text(problems), problem=True)
        elif saver.error:
            self._set(html.escape(self.tr("Not saved: {0}").format(saver.error)), problem=True)
        elif saver.busy:
            self._set(html.escape(self.tr("Saving…")))
        elif saver.stored:
            self._set(html.escape(self.tr("All changes saved")))
        else:
            self._set(html.escape(self.tr("Not saved yet")))

    def _problems_text(self, problems: list[Problem]) -> str:
        labels = field_labels()
        names = list(dict.fromkeys(labels.get(field_of(p.location), p.location) for p in problems))
        listed = ", ".join(names[:LISTED_FIELDS]) + (", …" if len(names) > LISTED_FIELDS else "")
        count = len(problems)
        head = self.tr("Not saved: 1 problem") if count == 1 else self.tr("Not saved: {0} problems").format(count)
        show = self.tr("Show")
        return f'{html.escape(head)} ({html.escape(listed)}) — <a href="show">{html.escape(show)}</a>'

    def text(self) -> str:
        """The status as plain text (for tests and accessibility)."""
        return self.label.property("plainText") or ""

    def _set(self, rich: str, problem: bool = False) -> None:
        plain = html.unescape(rich.split(" — <a")[0])
        self.label.setText(rich)
        self._reserve()  # a long reason (a save refused) may need a second line
        self.label.setProperty("plainText", plain)
        self.label.setAccessibleDescription(plain)
        self.label.setToolTip(plain)
        self.label.setProperty("problem", problem)
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
