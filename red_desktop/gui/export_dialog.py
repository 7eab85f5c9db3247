"""File › Export: what to export (dossier, sheets, tables), for which proposals, in which language and paper."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
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

from red_desktop.core.reports.selection import Selection
from red_desktop.core.settings import LANGUAGES
from red_desktop.gui.ui_loader import find, load_form

FORM = "export_dialog.ui"
KINDS = ("dossier", "sheets", "xlsx", "csv")
CHILDREN: tuple[tuple[type[QWidget], str], ...] = (
    *((QRadioButton, f"{kind}Radio") for kind in KINDS),
    (QComboBox, "selectionCombo"),
    (QComboBox, "selectionValueCombo"),
    (QSpinBox, "topSpin"),
    (QComboBox, "languageCombo"),
    (QLabel, "languageLabel"),
    (QComboBox, "pageCombo"),
    (QLabel, "pageLabel"),
    (QDialogButtonBox, "buttonBox"),
)


@dataclass(frozen=True)
class ExportRequest:
    kind: str  # one of KINDS
    target: Path  # a file (dossier, xlsx) or a folder (sheets, csv)
    selection: Selection
    language: str
    page_size: str  # "A4" or "Letter"


class ExportDialog(QDialog):
    def __init__(self, statuses: list[str], countries: list[str], language: str, parent: QWidget | None = None):
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
        self._documents = (find(form, QLabel, "languageLabel"), self.language, find(form, QLabel, "pageLabel"))
        self._values = {"status": statuses, "country": countries}
        for key, label in (
            ("all", self.tr("All proposals")),
            ("status", self.tr("With the status")),
            ("country", self.tr("Of the country")),
            ("top", self.tr("The first ranked")),
        ):
            self.selection.addItem(label, key)
        names = {"en": self.tr("English"), "es": self.tr("Spanish"), "pt": self.tr("Portuguese")}
        for code in LANGUAGES:
            self.language.addItem(names.get(code, code), code)
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

    def kind(self) -> str:
        return next(kind for kind, radio in self.radios.items() if radio.isChecked())

    def chosen_selection(self) -> Selection:
        key = str(self.selection.currentData())
        if key in self._values:
            return Selection(key, str(self.value.currentData() or ""))
        return Selection(key, top=self.top.value() if key == "top" else 0)

    def _follow(self) -> None:
        """Only what the chosen export uses is enabled; the value list follows the kind of selection."""
        documents = self.kind() in ("dossier", "sheets")
        for widget in (self.selection, self.value, self.top, *self._documents, self.page):
            widget.setEnabled(documents)
        key = str(self.selection.currentData())
        self.value.clear()
        for value in self._values.get(key, []):
            self.value.addItem(value.replace("_", " "), value)
        self.value.setVisible(key in self._values)
        self.top.setVisible(key == "top")

    def request(self, target: Path) -> ExportRequest:
        return ExportRequest(
            self.kind(), target, self.chosen_selection(), str(self.language.currentData()), str(self.page.currentData())
        )

    def ask_target(self, start: Path) -> Path | None:
        """Where to write: a file for the dossier and the workbook, a folder for sheets and CSV files."""
        kind = self.kind()
        if kind in ("sheets", "csv"):
            folder = QFileDialog.getExistingDirectory(self, self.tr("Export into the folder"), str(start))
            return Path(folder) if folder else None
        suffix, filters = (
            (".pdf", self.tr("PDF documents (*.pdf)"))
            if kind == "dossier"
            else (".xlsx", self.tr("Excel workbooks (*.xlsx)"))
        )
        name = "committee-dossier.pdf" if kind == "dossier" else "red-desktop-tables.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), str(start / name), filters)
        if not path:
            return None
        return Path(path) if path.lower().endswith(suffix) else Path(path + suffix)


def ask_export(
    parent: QWidget | None, statuses: list[str], countries: list[str], language: str, start: Path
) -> ExportRequest | None:
    dialog = ExportDialog(statuses, countries, language, parent)
    try:
        while dialog.exec() == QDialog.DialogCode.Accepted:
            target = dialog.ask_target(start)
            if target is not None:
                return dialog.request(target)
        return None
    finally:
        dialog.deleteLater()
