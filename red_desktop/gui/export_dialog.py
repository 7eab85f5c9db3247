"""File › Export: what to export (dossier, sheets, tables), for which proposals, in which language and paper;
for CSV tables, which separator."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from red_desktop.core import formatting, messages
from red_desktop.core.countries import country_label
from red_desktop.core.domain import Proposal
from red_desktop.core.reports.selection import Selection
from red_desktop.core.text import fold
from red_desktop.gui.fill import fill
from red_desktop.gui.ui_loader import find, load_form

FORM = "export_dialog.ui"
KINDS = ("dossier", "sheets", "xlsx", "csv")
TITLE_WIDTH = 260  # pixels of a long title shown in the selection list before it is elided
CHILDREN: tuple[tuple[type[QWidget], str], ...] = (
    *((QRadioButton, f"{kind}Radio") for kind in KINDS),
    (QComboBox, "selectionCombo"),
    (QComboBox, "selectionValueCombo"),
    (QSpinBox, "topSpin"),
    (QComboBox, "languageCombo"),
    (QLabel, "languageLabel"),
    (QComboBox, "pageCombo"),
    (QLabel, "pageLabel"),
    (QCheckBox, "semicolonCheck"),
    (QCheckBox, "everyReasonCheck"),
    (QDialogButtonBox, "buttonBox"),
)


@dataclass(frozen=True)
class ExportRequest:
    kind: str  # one of KINDS
    target: Path  # a file (dossier, xlsx) or a folder (sheets, csv)
    selection: Selection
    language: str  # of the documents, and of the tables' headers and labels
    page_size: str  # "A4" or "Letter"
    csv_dialect: str = "standard"  # or "excel-semicolon": ';' and decimal commas (core.exports.CsvDialect)
    reasons: str = "contested"  # the dossier's justifications: of "contested" sub-criteria only, or "all"


class ExportDialog(QDialog):
    def __init__(
        self,
        statuses: list[str],
        countries: list[str],
        language: str,
        parent: QWidget | None = None,
        current: Proposal | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.setAccessibleName(self.tr("Export"))
        form = load_form(FORM, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        self.radios = {kind: find(form, QRadioButton, f"{kind}Radio") for kind in KINDS}
        self.selection = find(form, QComboBox, "selectionCombo")
        self.value = find(form, QComboBox, "selectionValueCombo")
        self.top = find(form, QSpinBox, "topSpin")
        self.language = find(form, QComboBox, "languageCombo")
        self.page = find(form, QComboBox, "pageCombo")
        self.semicolons = find(form, QCheckBox, "semicolonCheck")
        self.every_reason = find(form, QCheckBox, "everyReasonCheck")
        self._paper = (find(form, QLabel, "pageLabel"), self.page)
        named = sorted(((country_label(code, language), code) for code in countries), key=lambda p: fold(p[0]))
        self._values = {"status": [(s.replace("_", " "), s) for s in statuses], "country": named}
        self._current = current
        for key, label in (
            ("all", self.tr("All proposals")),
            ("status", self.tr("With the status")),
            ("country", self.tr("Of the country")),
            ("top", self.tr("The first ranked")),
        ):
            self.selection.addItem(label, key)
        if current is not None:
            self._add_current(current)
        for code in messages.languages():  # named in the interface's language
            self.language.addItem(formatting.language_name(code, messages.language()), code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.page.addItem(self.tr("A4"), "A4")
        self.page.addItem(self.tr("Letter"), "Letter")
        self.selection.currentIndexChanged.connect(self._follow)
        for radio in self.radios.values():
            radio.toggled.connect(self._follow)
        buttons = find(form, QDialogButtonBox, "buttonBox")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._follow()

    def _add_current(self, proposal: Proposal) -> None:
        """'This proposal: RED-PE-2026-004 · Title…', the whole title in its tooltip."""
        title = QFontMetrics(self.selection.font()).elidedText(proposal.title, Qt.TextElideMode.ElideRight, TITLE_WIDTH)
        text = fill(self.tr("This proposal: %1"), f"{proposal.code} · {title}" if title else proposal.code)
        self.selection.insertItem(1, text, "proposal")
        self.selection.setItemData(1, f"{proposal.code} · {proposal.title}", Qt.ItemDataRole.ToolTipRole)

    def kind(self) -> str:
        return next(kind for kind, radio in self.radios.items() if radio.isChecked())

    def chosen_selection(self) -> Selection:
        key = str(self.selection.currentData())
        if key in self._values:
            return Selection(key, str(self.value.currentData() or ""))
        if key == "proposal" and self._current is not None:
            return Selection(key, self._current.uuid)
        return Selection(key, top=self.top.value() if key == "top" else 0)

    def _follow(self) -> None:
        """Only what the chosen export uses is enabled (the tables are the whole store's, in the language chosen);
        the value list follows the kind of selection."""
        documents = self.kind() in ("dossier", "sheets")
        for widget in (self.selection, self.value, self.top, *self._paper):
            widget.setEnabled(documents)
        self.semicolons.setEnabled(self.kind() == "csv")
        self.every_reason.setEnabled(self.kind() == "dossier")
        key = str(self.selection.currentData())
        self.value.clear()
        for text, value in self._values.get(key, []):
            self.value.addItem(text, value)
        self.value.setVisible(key in self._values)
        self.top.setVisible(key == "top")

    def request(self, target: Path) -> ExportRequest:
        dialect = "excel-semicolon" if self.kind() == "csv" and self.semicolons.isChecked() else "standard"
        reasons = "all" if self.kind() == "dossier" and self.every_reason.isChecked() else "contested"
        return ExportRequest(
            self.kind(),
            target,
            self.chosen_selection(),
            str(self.language.currentData()),
            str(self.page.currentData()),
            dialect,
            reasons,
        )

    def ask_target(self, start: Path) -> Path | None:
        """Where to write: a file for the dossier and the workbook (named after what it holds), a folder for
        sheets (one file per proposal, named by its code) and CSV files (one per table)."""
        kind = self.kind()
        if kind in ("sheets", "csv"):
            title = (
                self.tr("Folder for the evaluation sheets") if kind == "sheets" else self.tr("Folder for the CSV files")
            )
            folder = QFileDialog.getExistingDirectory(self, title, str(start))
            return Path(folder) if folder else None
        suffix, filters, title = (
            (".pdf", self.tr("PDF documents (*.pdf)"), self.tr("Save the committee dossier as"))
            if kind == "dossier"
            else (".xlsx", self.tr("Excel workbooks (*.xlsx)"), self.tr("Save the tables as"))
        )
        code = self._current.code if self._current is not None else ""
        name = default_name(kind, self.chosen_selection(), code)
        path, _ = QFileDialog.getSaveFileName(self, title, str(start / name), filters)
        if not path:
            return None
        return Path(path) if path.lower().endswith(suffix) else Path(path + suffix)


def default_name(kind: str, selection: Selection, code: str = "") -> str:
    """The file name the save dialog proposes, saying what is in the file: 'RED-PE-2026-004-dossier.pdf' for one
    proposal's dossier, 'committee-dossier-top-20.pdf', 'committee-dossier-PE.pdf'; the tables are the whole store's."""
    if kind != "dossier":
        return "red-desktop-tables.xlsx"
    if selection.kind == "proposal" and code:
        return f"{file_name(code)}-dossier.pdf"
    which = {"status": selection.value, "country": selection.value, "top": f"top-{selection.top}"}.get(selection.kind)
    return f"committee-dossier-{file_name(which)}.pdf" if which else "committee-dossier.pdf"


def file_name(code: str) -> str:
    """A proposal code (or a person's name) as a file name on every system (codes may hold '/')."""
    return re.sub(r"[^\w.-]", "_", code)


def ask_export(
    parent: QWidget | None,
    statuses: list[str],
    countries: list[str],
    language: str,
    start: Path,
    current: Proposal | None = None,
) -> ExportRequest | None:
    """The export the user asks for, with where to write it (`start`: the folder the file dialog opens in)."""
    dialog = ExportDialog(statuses, countries, language, parent, current)
    try:
        while dialog.exec() == QDialog.DialogCode.Accepted:
            target = dialog.ask_target(start)
            if target is not None:
                return dialog.request(target)
        return None
    finally:
        dialog.deleteLater()
