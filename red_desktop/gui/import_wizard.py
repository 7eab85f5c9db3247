"""File › Import: choose an export → preview and mapping (suggestions marked) → problems → import.

Reading the file, checking it (a dry run against the store) and importing run in the background;
the import itself behind a progress dialog with Cancel. Nothing is written before the last page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from red_desktop import paths
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.importing.mapping import (
    ACTOR_SYNONYMS,
    PROPOSAL_SYNONYMS,
    Mapping,
    allowed_values,
    matching_mapping,
    save_mapping,
    saved_mappings,
    suggest_mapping,
    suggest_values,
    value_choices,
)
from red_desktop.core.importing.readers import SourceTable, read_table
from red_desktop.core.importing.records import ImportProblem, ImportReport
from red_desktop.gui.editor.labels import field_labels
from red_desktop.gui.tasks import TaskRunner

PREVIEW_ROWS = 20
IGNORE = ""


def _cell(text: object) -> QTableWidgetItem:
    item = QTableWidgetItem(str(text))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class ImportWizard(QWizard):
    """`check(table, mapping, valid_only)` and `run(table, mapping, valid_only)` are the application's: a dry run
    and the import, both in the background; they call back with an ImportReport."""

    def __init__(
        self,
        runner: TaskRunner,
        check: Callable[[SourceTable, Mapping, bool, Callable[[Any], None], Callable[[str], None]], None],
        run: Callable[[SourceTable, Mapping, bool], None],
        path: Path | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ImportWizard", "Import proposals"))
        self.setAccessibleName(self.windowTitle())
        self.runner = runner
        self._check = check
        self._run = run
        self.table: SourceTable | None = None
        self.mapping: Mapping | None = None
        self.report: ImportReport | None = None
        self.file_page = _FilePage(self, path)
        self.mapping_page = _MappingPage(self)
        self.values_page = _ValuesPage(self)
        self.problems_page = _ProblemsPage(self)
        for page in (self.file_page, self.mapping_page, self.values_page, self.problems_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, QCoreApplication.translate("ImportWizard", "&Import"))
        self.resize(900, 620)

    def accept(self) -> None:
        if self.table is not None and self.mapping is not None:
            self._run(self.table, self.mapping, self.problems_page.valid_only.isChecked())
        super().accept()


class _FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, path: Path | None):
        super().__init__()
        self._wizard = wizard
        self._ready = False
        self.setTitle(QCoreApplication.translate("ImportWizard", "Choose the export"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard", "A CSV or XLSX file: a KoboToolbox or ODK Central export, or a spreadsheet."
            )
        )
        self.path = QLineEdit(str(path or ""), self)
        self.path.setAccessibleName(QCoreApplication.translate("ImportWizard", "File to import"))
        browse = QPushButton(QCoreApplication.translate("ImportWizard", "&Browse…"), self)
        browse.clicked.connect(self._browse)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(QCoreApplication.translate("ImportWizard", "Reading status"))
        row = QHBoxLayout()
        row.addWidget(self.path, stretch=1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.path.textChanged.connect(lambda _: setattr(self, "_ready", False))

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.title(), self.path.text(), QCoreApplication.translate("ImportWizard", "Exports (*.csv *.xlsx)")
        )
        if name:
            self.path.setText(name)

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        """Read the file in the background; the page moves on by itself once it is read."""
        if self._ready:
            return True
        path = Path(self.path.text().strip())
        self.status.setText(QCoreApplication.translate("ImportWizard", "Reading %1…").replace("%1", path.name))
        self._wizard.runner.run(lambda: _read(path), self._read, self.status.setText)
        return False

    def _read(self, result: tuple[SourceTable, Mapping]) -> None:
        self._wizard.table, self._wizard.mapping = result
        self._ready = True
        self.status.setText("")
        self._wizard.next()


def _target_label(target: str) -> str:
    """A target field as the user knows it: "Title", "Actor · Name"; "(not imported)" for none."""
    if not target:
        return QCoreApplication.translate("ImportWizard", "(not imported)")
    kind, _, name = target.partition(".")
    if kind == "actor":
        actor = {
            "name": QCoreApplication.translate("ImportWizard", "Actor · Name"),
            "actor_type": QCoreApplication.translate("ImportWizard", "Actor · Type"),
            "role": QCoreApplication.translate("ImportWizard", "Actor · Role"),
            "contribution": QCoreApplication.translate("ImportWizard", "Actor · Contribution"),
            "contribution_kind": QCoreApplication.translate("ImportWizard", "Actor · Kind of contribution"),
            "evidence": QCoreApplication.translate("ImportWizard", "Actor · Evidence of commitment"),
        }
        return actor.get(name, target)
    return field_labels().get(name, target)


def _read(path: Path) -> tuple[SourceTable, Mapping]:
    """The table and its mapping: a saved one its columns match, else a suggested one."""
    table = read_table(path)
    folder = paths.mappings_dir()
    saved = matching_mapping(table, saved_mappings(folder)) if folder.exists() else None
    return table, saved or suggest_mapping(table)


def _saved_names() -> set[str]:
    folder = paths.mappings_dir()
    return {m.name for m in saved_mappings(folder)} if folder.exists() else set()


class _MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "Preview and mapping"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard", "Which proposal field each column fills; ★ marks a suggestion, change any of them."
            )
        )
        self.preview = QTableWidget(self)
        self.preview.setAccessibleName(QCoreApplication.translate("ImportWizard", "First rows of the file"))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.columns = QTableWidget(self)
        self.columns.setAccessibleName(QCoreApplication.translate("ImportWizard", "Column mapping"))
        self.columns.setColumnCount(3)
        self.columns.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportWizard", "Column in the file"),
                QCoreApplication.translate("ImportWizard", "Field"),
                QCoreApplication.translate("ImportWizard", "First value"),
            ]
        )
        self.columns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setAccessibleName(QCoreApplication.translate("ImportWizard", "Checking status"))
        self.save_as = QLineEdit(self)
        self.save_as.setAccessibleName(QCoreApplication.translate("ImportWizard", "Name to save the mapping under"))
        self.save_as.setPlaceholderText(
            QCoreApplication.translate("ImportWizard", "Save this mapping as… (optional; the same form then uses it)")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, stretch=2)
        layout.addWidget(self.columns, stretch=3)
        layout.addWidget(self.save_as)
        layout.addWidget(self.status)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        table, mapping = self._wizard.table, self._wizard.mapping
        if table is None or mapping is None:
            return
        self.save_as.setText(mapping.name if mapping.name and mapping.name in _saved_names() else "")
        frame = table.frame.head(PREVIEW_ROWS)
        self.preview.setColumnCount(len(frame.columns))
        self.preview.setRowCount(len(frame))
        self.preview.setHorizontalHeaderLabels([str(c) for c in frame.columns])
        for r, values in enumerate(frame.itertuples(index=False)):
            for c, value in enumerate(values):
                self.preview.setItem(r, c, _cell(str(value)[:120]))
        targets = [IGNORE, *(f"proposal.{f}" for f in PROPOSAL_SYNONYMS), *(f"actor.{f}" for f in ACTOR_SYNONYMS)]
        data = list(table.data_columns)
        self.columns.setRowCount(len(data))
        self.combos: dict[str, QComboBox] = {}
        for r, column in enumerate(data):
            suggested = mapping.columns.get(column, IGNORE)
            self.columns.setItem(r, 0, _cell(column))
            combo = QComboBox(self.columns)
            combo.setAccessibleName(QCoreApplication.translate("ImportWizard", "Field for %1").replace("%1", column))
            for target in targets:
                mark = " ★" if target == suggested and target else ""
                combo.addItem(_target_label(target) + mark, target)
            combo.setCurrentIndex(max(combo.findData(suggested), 0))
            self.columns.setCellWidget(r, 1, combo)
            self.combos[column] = combo
            first = str(table.frame[column].iloc[0]) if len(table.frame) else ""
            self.columns.setItem(r, 2, _cell(first[:80]))

    def chosen(self) -> Mapping:
        assert self._wizard.mapping is not None
        columns = {c: str(combo.currentData()) for c, combo in self.combos.items() if combo.currentData()}
        base = self._wizard.mapping
        return Mapping(base.name, columns, base.values, base.actor_group, base.actor_columns)

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        self._wizard.mapping = self.chosen()
        return True


class _ValuesPage(QWizardPage):
    """The values of every enumeration column that are not already allowed ones: mapped by the user, the
    suggestion preselected; then the mapping is saved (if named) and every row checked against the store."""

    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self._checked = False
        self.setTitle(QCoreApplication.translate("ImportWizard", "Values"))
        self.setSubTitle(
            QCoreApplication.translate(
                "ImportWizard", "What each value in the file means; ★ marks a suggestion. Unmapped values are errors."
            )
        )
        self.values = QTableWidget(self)
        self.values.setAccessibleName(QCoreApplication.translate("ImportWizard", "Value mapping"))
        self.values.setColumnCount(3)
        self.values.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportWizard", "Field"),
                QCoreApplication.translate("ImportWizard", "Value in the file"),
                QCoreApplication.translate("ImportWizard", "Means"),
            ]
        )
        self.values.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.status = QLabel(self)
        self.status.setAccessibleName(QCoreApplication.translate("ImportWizard", "Checking status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.values, stretch=1)
        layout.addWidget(self.status)
        self.combos: dict[tuple[str, str], QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        table, mapping = self._wizard.table, self._wizard.mapping
        if table is None or mapping is None:
            return
        self._checked = False
        choices = value_choices(table, mapping)
        suggested = suggest_values(table, mapping)
        rows = [(target, value) for target, values in choices.items() for value in values]
        self.values.setRowCount(len(rows))
        self.combos = {}
        for r, (target, value) in enumerate(rows):
            self.values.setItem(r, 0, _cell(_target_label(target)))
            self.values.setItem(r, 1, _cell(value))
            combo = QComboBox(self.values)
            combo.setAccessibleName(QCoreApplication.translate("ImportWizard", "Meaning of %1").replace("%1", value))
            hint = mapping.values.get(target, {}).get(value) or suggested.get(target, {}).get(value, "")
            combo.addItem(QCoreApplication.translate("ImportWizard", "(not mapped)"), "")
            for allowed in allowed_values(target):
                combo.addItem(allowed.replace("_", " ") + (" ★" if allowed == hint else ""), allowed)
            combo.setCurrentIndex(max(combo.findData(hint), 0))
            self.values.setCellWidget(r, 2, combo)
            self.combos[(target, value)] = combo

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        """Save the mapping if named, then check every row against the store (a dry run) in the background."""
        if self._checked:
            return True
        table, mapping = self._wizard.table, self._wizard.mapping
        if table is None or mapping is None:
            return False
        values = {target: dict(known) for target, known in mapping.values.items()}
        for (target, value), combo in self.combos.items():
            chosen = str(combo.currentData() or "")
            if chosen:
                values.setdefault(target, {})[value] = chosen
            else:
                values.get(target, {}).pop(value, None)
        mapping = replace(mapping, values=values)
        name = self._wizard.mapping_page.save_as.text().strip()
        if name:
            try:
                mapping = replace(mapping, name=name)
                save_mapping(mapping, paths.mappings_dir())
            except (OSError, RedDesktopError) as exc:
                self.status.setText(str(exc))
                return False
        self._wizard.mapping = mapping
        self.status.setText(QCoreApplication.translate("ImportWizard", "Checking every row…"))
        self._wizard._check(table, mapping, False, self._checked_report, self.status.setText)
        return False

    def _checked_report(self, report: ImportReport) -> None:
        self._wizard.report = report
        self._checked = True
        self.status.setText("")
        self._wizard.next()


class _ProblemsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "What the import will do"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(QCoreApplication.translate("ImportWizard", "Import summary"))
        self.problems = QTableWidget(self)
        self.problems.setAccessibleName(QCoreApplication.translate("ImportWizard", "Problems found"))
        self.problems.setColumnCount(5)
        self.problems.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportWizard", "Row"),
                QCoreApplication.translate("ImportWizard", "Column"),
                QCoreApplication.translate("ImportWizard", "Value"),
                QCoreApplication.translate("ImportWizard", "Reason"),
                QCoreApplication.translate("ImportWizard", "Kind"),
            ]
        )
        self.problems.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problems.setSortingEnabled(True)
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.valid_only = QCheckBox(QCoreApplication.translate("ImportWizard", "Import the &valid rows only"), self)
        self.valid_only.toggled.connect(lambda _: self.completeChanged.emit())
        export = QPushButton(QCoreApplication.translate("ImportWizard", "&Export the problems…"), self)
        export.clicked.connect(self._export)
        row = QHBoxLayout()
        row.addWidget(self.valid_only)
        row.addStretch(1)
        row.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, stretch=1)
        layout.addLayout(row)

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        report = self._wizard.report
        if report is None:
            return
        self.summary.setText(
            QCoreApplication.translate(
                "ImportWizard", "%1 proposals to add, %2 to update, %3 unchanged; %4 rows with errors."
            )
            .replace("%1", str(report.added))
            .replace("%2", str(report.updated))
            .replace("%3", str(report.unchanged))
            .replace("%4", str(report.rejected))
        )
        self.problems.setSortingEnabled(False)
        self.problems.setRowCount(len(report.problems))
        for r, p in enumerate(report.problems):
            row = QTableWidgetItem()
            row.setData(Qt.ItemDataRole.DisplayRole, p.row if p.row is not None else 0)
            self.problems.setItem(r, 0, row)
            for c, value in enumerate((p.column, p.value[:200], p.reason, p.severity), start=1):
                self.problems.setItem(r, c, _cell(value))
        self.problems.setSortingEnabled(True)
        self.valid_only.setEnabled(report.errors > 0)

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        """Importing with errors needs the valid-only choice; with nothing to write there is nothing to do."""
        report = self._wizard.report
        if report is None:
            return False
        if report.errors and not self.valid_only.isChecked():
            return False
        return True

    def _export(self) -> None:
        report = self._wizard.report
        if report is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.title(), "import-problems.csv", QCoreApplication.translate("ImportWizard", "CSV (*.csv)")
        )
        if name:
            problems_csv(report.problems, Path(name))


def problems_csv(problems: tuple[ImportProblem, ...], path: Path) -> None:
    """The validation report as CSV (UTF-8 with BOM, for Excel)."""
    frame = pd.DataFrame([p.to_json() for p in problems], columns=["row", "column", "value", "reason", "severity"])
    frame.to_csv(path, index=False, encoding="utf-8-sig")
