"""File › Import: choose an export → preview and mapping (suggestions marked) → problems → import.

Reading the file, checking it (a dry run against the store) and importing run in the background;
the import itself behind a progress dialog with Cancel. Nothing is written before the last page.

The check is redone on every change of a column's field, a value's meaning or the valid-rows-only box, one
at a time through the window's LatestOnly (changes made while one runs fold into one more; a check overtaken by
a change is never shown); Import hands the import the very check whose result is shown, and is possible only
while that result is current.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

import pandas as pd
from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from red_desktop import paths
from red_desktop.core import formatting
from red_desktop.core.enum_labels import value_label
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.importing.mapping import (
    ACTOR_SYNONYMS,
    PROPOSAL_SYNONYMS,
    ColumnMapping,
    allowed_values,
    mapping_for,
    save_mapping,
    saved_mappings,
    suggest_values,
    value_choices,
)
from red_desktop.core.importing.readers import SourceTable, read_table
from red_desktop.core.importing.records import ERROR, ImportProblem, ImportReport
from red_desktop.gui.editor.labels import field_labels
from red_desktop.gui.fill import fill
from red_desktop.gui.latest_only import LatestOnly
from red_desktop.gui.tasks import Executor

PREVIEW_ROWS = 20
IGNORE = ""


def _cell(text: object) -> QTableWidgetItem:
    item = QTableWidgetItem(str(text))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class _Combo(QComboBox):
    """Changes only once clicked or tabbed to: the wheel over a table of them scrolls the table."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt's name)
        parent = self.parentWidget()
        if self.hasFocus() or parent is None:
            super().wheelEvent(event)
            return
        # Handed to the table's viewport, which scrolls. (Only a wheel event from the window system is passed
        # on to the parent when ignored; this way one sent by a test or an accessibility tool scrolls too.)
        forwarded = QWheelEvent(
            QPointF(self.mapTo(parent, event.position().toPoint())),
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
        )
        QCoreApplication.sendEvent(parent, forwarded)
        event.accept()


class Checked(Protocol):
    """What a check returns: at least what the import would do (the application's Check also holds its records)."""

    @property
    def report(self) -> ImportReport: ...


C = TypeVar("C", bound=Checked)


@dataclass(frozen=True)
class Preview(Generic[C]):
    """One check and exactly what it was made from: Import hands this very check to the import."""

    table: SourceTable
    mapping: ColumnMapping
    valid_only: bool
    check: C

    @property
    def report(self) -> ImportReport:
        return self.check.report

    @property
    def writes(self) -> bool:
        return self.report.added + self.report.updated > 0


def effective_mapping(
    table: SourceTable, source: ColumnMapping, columns: dict[str, str], choices: dict[tuple[str, str], str]
) -> ColumnMapping:
    """The mapping as the pages show it: the chosen columns, and each value's meaning as chosen on the Values
    page, else as the mapping read knows it, else suggested (what the Values page preselects)."""
    mapping = replace(source, columns=dict(columns))
    values = {target: dict(known) for target, known in source.values.items()}
    for target, suggested in suggest_values(table, mapping).items():
        known = values.setdefault(target, {})
        for value, meaning in suggested.items():
            if meaning:
                known.setdefault(value, meaning)
    for (target, value), chosen in choices.items():
        if chosen:
            values.setdefault(target, {})[value] = chosen
        else:
            values.get(target, {}).pop(value, None)
    return replace(mapping, values=values)


def summary_text(report: ImportReport) -> str:
    """Each count after its words, so no count needs a plural form ("1 propuestas")."""
    return fill(
        QCoreApplication.translate(
            "ImportWizard", "Proposals to add: %1; to update: %2; unchanged: %3; rows with errors: %4."
        ),
        *(formatting.integer(n) for n in (report.added, report.updated, report.unchanged, report.rejected)),
    )


class ImportWizard(QWizard, Generic[C]):
    """`check(table, mapping, valid_only)` and `run(check)` are the application's: a dry run, called off the GUI
    thread, returning what it found (with its `.report`), and the import of the very check that is shown."""

    def __init__(
        self,
        runner: Executor,
        check: Callable[[SourceTable, ColumnMapping, bool], C],
        run: Callable[[C], None],
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
        self.source: ColumnMapping | None = None  # the mapping as read: a saved one or the suggestion
        self.mapping: ColumnMapping | None = None  # the mapping as the pages show it
        self.choices: dict[tuple[str, str], str] = {}  # meanings of values the user chose on the Values page
        self.preview: Preview[C] | None = None  # the check shown; None while the one for the latest change runs
        self._checks = LatestOnly(runner, self._check_work, self._checked, self._show, parent=self)
        self.file_page = _FilePage(self, path)
        self.mapping_page = _MappingPage(self)
        self.values_page = _ValuesPage(self)
        self.problems_page = _ProblemsPage(self)
        for page in (self.file_page, self.mapping_page, self.values_page, self.problems_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, QCoreApplication.translate("ImportWizard", "&Import"))
        self.resize(900, 620)

    @property
    def report(self) -> ImportReport | None:
        return self.preview.report if self.preview is not None else None

    def set_read(self, table: SourceTable, mapping: ColumnMapping) -> None:
        self._checks.cancel()  # a check of the file read before is never shown
        self.table, self.source, self.mapping = table, mapping, mapping
        self.choices = {}
        self.preview = None

    def current_mapping(self) -> ColumnMapping:
        assert self.table is not None and self.source is not None
        return effective_mapping(self.table, self.source, self.mapping_page.chosen_columns(), self.choices)

    # ---- the check, redone on every change ----

    def refresh_preview(self) -> None:
        """The shown check is stale from now on; check again with what the pages show now."""
        if self.table is None or self.source is None:
            return
        self.preview = None
        self._show(QCoreApplication.translate("ImportWizard", "Checking every row…"))
        self._checks.request()

    def _check_work(self) -> Callable[[], Preview[C]] | None:
        """The check of the pages as they are now: the mapping they show, then the dry run, off the GUI thread."""
        table, source, check = self.table, self.source, self._check
        if table is None or source is None:
            return None
        columns, choices = self.mapping_page.chosen_columns(), dict(self.choices)
        valid_only = self.problems_page.valid_only.isChecked()

        def work() -> Preview[C]:
            mapping = effective_mapping(table, source, columns, choices)
            return Preview(table, mapping, valid_only, check(table, mapping, valid_only))

        return work

    def _checked(self, preview: Preview[C]) -> None:
        # LatestOnly drops a check overtaken by a change: this one is of the pages as they are now
        self.preview = preview
        self.mapping = preview.mapping
        self._show(summary_text(preview.report))
        self.problems_page.show_preview()

    def _show(self, text: str) -> None:
        self.mapping_page.status.setText(text)
        self.values_page.status.setText(text)
        self.problems_page.show_preview(text)

    def is_current(self, preview: Preview[C] | None) -> bool:
        """Whether `preview` is of the pages as they are now (every change clears the one shown)."""
        return preview is not None and preview is self.preview

    def accept(self) -> None:
        """Import exactly the check shown; nothing when no current check allows it."""
        preview = self.preview
        if not self.is_current(preview) or not self.problems_page.isComplete():
            return
        assert preview is not None
        self._run(preview.check)
        super().accept()


class _FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard[Any], path: Path | None):
        super().__init__()
        self._wizard = wizard
        self._ready = False
        self._reading = False
        self._reads = 0  # a read started before the path changed is dropped when it ends
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
        self.path.textChanged.connect(self._path_changed)

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.title(), self.path.text(), QCoreApplication.translate("ImportWizard", "Exports (*.csv *.xlsx)")
        )
        if name:
            self.path.setText(name)

    def _path_changed(self) -> None:
        self._ready = False
        if self._reading:
            self._reads += 1
            self._reading = False
            self.status.setText("")
            self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return not self._reading  # Next is off while the file is read

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        """Read the file in the background, once however often Next is pressed; the page moves on when it is read."""
        if self._ready:
            return True
        if self._reading:
            return False
        path = Path(self.path.text().strip())
        self._reads += 1
        self._reading = True
        self.completeChanged.emit()
        reads = self._reads
        self.status.setText(fill(QCoreApplication.translate("ImportWizard", "Reading %1…"), path.name))
        self._wizard.runner.run(
            lambda: _read(path),
            context=self,
            on_done=lambda result: self._read(reads, result),
            on_failed=lambda message: self._failed(reads, message),
        )
        return False

    def _read(self, reads: int, result: tuple[SourceTable, ColumnMapping]) -> None:
        if reads != self._reads:
            return
        self._wizard.set_read(*result)
        self._reading = False
        self._ready = True
        self.status.setText("")
        self.completeChanged.emit()
        if self._wizard.currentPage() is self:
            self._wizard.next()

    def _failed(self, reads: int, message: str) -> None:
        if reads != self._reads:
            return
        self._reading = False
        self.status.setText(message)
        self.completeChanged.emit()


def _whole_titles(table: QTableWidget) -> None:
    """Widen each column to its whole title (the file's column names, "financiamiento-monto_solicitado"); the
    cells may stay cut, they scroll."""
    header = table.horizontalHeader()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for column in range(table.columnCount()):
        item = table.horizontalHeaderItem(column)
        title = item.text() if item is not None else ""
        needed = header.fontMetrics().horizontalAdvance(title) + 2 * margin + 2
        header.resizeSection(column, max(header.sectionSize(column), needed))


def _value_label(target: str, value: str) -> str:
    """What a value a target accepts means, in the user's language ("Marginalized region", "Signed agreement")."""
    return value_label(target.rpartition(".")[2], value)


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


def _read(path: Path) -> tuple[SourceTable, ColumnMapping]:
    """The table and its mapping, as the command line finds it: a saved one its columns match, else a suggested
    one (`mapping_for`, the one suggestion for both)."""
    table = read_table(path)
    folder = paths.mappings_dir()
    return table, mapping_for(table, saved_mappings(folder) if folder.exists() else ())


def _saved_names() -> set[str]:
    folder = paths.mappings_dir()
    return {m.name for m in saved_mappings(folder)} if folder.exists() else set()


class _MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard[Any]):
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
        self.status.setWordWrap(True)
        self.status.setAccessibleName(QCoreApplication.translate("ImportWizard", "Checking status"))
        self.combos: dict[str, QComboBox] = {}
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
        table, mapping = self._wizard.table, self._wizard.source
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
        _whole_titles(self.preview)
        targets = [IGNORE, *(f"proposal.{f}" for f in PROPOSAL_SYNONYMS), *(f"actor.{f}" for f in ACTOR_SYNONYMS)]
        data = list(table.data_columns)
        self.columns.setRowCount(len(data))
        self.combos = {}
        for r, column in enumerate(data):
            suggested = mapping.columns.get(column, IGNORE)
            self.columns.setItem(r, 0, _cell(column))
            combo = _Combo(self.columns)
            combo.setAccessibleName(fill(QCoreApplication.translate("ImportWizard", "Field for %1"), column))
            for target in targets:
                mark = " ★" if target == suggested and target else ""
                combo.addItem(_target_label(target) + mark, target)
            combo.setCurrentIndex(max(combo.findData(suggested), 0))
            combo.currentIndexChanged.connect(self._changed)
            self.columns.setCellWidget(r, 1, combo)
            self.combos[column] = combo
            first = str(table.frame[column].iloc[0]) if len(table.frame) else ""
            self.columns.setItem(r, 2, _cell(first[:80]))
        self._wizard.refresh_preview()

    def _changed(self) -> None:
        self._wizard.mapping = self.chosen()
        self._wizard.refresh_preview()

    def chosen_columns(self) -> dict[str, str]:
        if not self.combos:
            source = self._wizard.source
            return dict(source.columns) if source is not None else {}
        return {c: str(combo.currentData()) for c, combo in self.combos.items() if combo.currentData()}

    def chosen(self) -> ColumnMapping:
        assert self._wizard.source is not None
        return replace(self._wizard.source, columns=self.chosen_columns())

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        self._wizard.mapping = self.chosen()
        return True


class _ValuesPage(QWizardPage):
    """The values of every enumeration column that are not already allowed ones: mapped by the user, the
    suggestion preselected; leaving the page saves the mapping (if named)."""

    def __init__(self, wizard: ImportWizard[Any]):
        super().__init__()
        self._wizard = wizard
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
        self.status.setWordWrap(True)
        self.status.setAccessibleName(QCoreApplication.translate("ImportWizard", "Checking status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.values, stretch=1)
        layout.addWidget(self.status)
        self.combos: dict[tuple[str, str], QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        table, source = self._wizard.table, self._wizard.source
        if table is None or source is None:
            return
        mapping = self._wizard.mapping_page.chosen()
        choices = value_choices(table, mapping)
        suggested = suggest_values(table, mapping)
        rows = [(target, value) for target, values in choices.items() for value in values]
        self.values.setRowCount(len(rows))
        self.combos = {}
        for r, (target, value) in enumerate(rows):
            self.values.setItem(r, 0, _cell(_target_label(target)))
            self.values.setItem(r, 1, _cell(value))
            combo = _Combo(self.values)
            combo.setAccessibleName(fill(QCoreApplication.translate("ImportWizard", "Meaning of %1"), value))
            hint = source.values.get(target, {}).get(value) or suggested.get(target, {}).get(value, "")
            combo.addItem(QCoreApplication.translate("ImportWizard", "(not mapped)"), "")
            for allowed in allowed_values(target):
                combo.addItem(_value_label(target, allowed) + (" ★" if allowed == hint else ""), allowed)
            chosen = self._wizard.choices.get((target, value), hint)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.currentIndexChanged.connect(lambda _, key=(target, value), box=combo: self._changed(key, box))
            self.values.setCellWidget(r, 2, combo)
            self.combos[(target, value)] = combo

    def _changed(self, key: tuple[str, str], combo: QComboBox) -> None:
        self._wizard.choices[key] = str(combo.currentData() or "")
        self._wizard.refresh_preview()

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        """Save the mapping if named; the check of every row goes on (or is already shown) on the next page."""
        if self._wizard.table is None or self._wizard.source is None:
            return False
        mapping = self._wizard.current_mapping()
        name = self._wizard.mapping_page.save_as.text().strip()
        if name:
            try:
                save_mapping(replace(mapping, name=name), paths.mappings_dir())
            except (OSError, RedDesktopError) as exc:
                self.status.setText(str(exc))
                return False
        self._wizard.mapping = mapping
        return True


class _RowItem(QTableWidgetItem):
    """The rows of a kind of problem ("7"; "2, 3, 4, … (25 rows)"), or a dash for a problem of the file itself;
    sorted by the first row, the file's first."""

    def __init__(self, rows: tuple[int | None, ...]):
        numbered = [r for r in rows if r is not None]
        super().__init__(_rows_text(numbered) if numbered else "—")
        self.setData(Qt.ItemDataRole.UserRole, numbered[0] if numbered else -1)
        self.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return int(self.data(Qt.ItemDataRole.UserRole)) < int(other.data(Qt.ItemDataRole.UserRole) or 0)


def _read_only_table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(parent)
    table.setAccessibleName(name)
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    return table


def _rows_text(rows: list[int]) -> str:
    if len(rows) <= 3:
        return ", ".join(str(r) for r in rows)
    count = fill(QCoreApplication.translate("ImportWizard", "%1 rows"), formatting.integer(len(rows)))
    return f"{rows[0]}, {rows[1]}, {rows[2]}, … ({count})"


def _field_label(name: str) -> str:
    return field_labels().get(name, name.replace("_", " "))


class _ProblemsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard[Any]):
        super().__init__()
        self._wizard = wizard
        self.setTitle(QCoreApplication.translate("ImportWizard", "What the import will do"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(QCoreApplication.translate("ImportWizard", "Import summary"))
        self.changes_label = QLabel(
            QCoreApplication.translate("ImportWizard", "Changes to proposals already in the store:"), self
        )
        self.changes = _read_only_table(
            self,
            QCoreApplication.translate("ImportWizard", "Changes to existing proposals"),
            [
                QCoreApplication.translate("ImportWizard", "Proposal"),
                QCoreApplication.translate("ImportWizard", "Field"),
                QCoreApplication.translate("ImportWizard", "Now"),
                QCoreApplication.translate("ImportWizard", "After the import"),
            ],
        )
        self.changes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.problems = _read_only_table(  # the file's row numbers are the first column
            self,
            QCoreApplication.translate("ImportWizard", "Problems found"),
            [
                QCoreApplication.translate("ImportWizard", "Row"),
                QCoreApplication.translate("ImportWizard", "Column"),
                QCoreApplication.translate("ImportWizard", "Value"),
                QCoreApplication.translate("ImportWizard", "Reason"),
                QCoreApplication.translate("ImportWizard", "Kind"),
            ],
        )
        self.problems.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problems.setSortingEnabled(True)
        self.valid_only = QCheckBox(QCoreApplication.translate("ImportWizard", "Import the &valid rows only"), self)
        self.valid_only.toggled.connect(lambda _: self._wizard.refresh_preview())
        export = QPushButton(QCoreApplication.translate("ImportWizard", "&Export the problems…"), self)
        export.clicked.connect(self._export)
        row = QHBoxLayout()
        row.addWidget(self.valid_only)
        row.addStretch(1)
        row.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.changes_label)
        layout.addWidget(self.changes, stretch=1)
        layout.addWidget(self.problems, stretch=2)
        layout.addLayout(row)
        self.show_preview()

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        self.show_preview()

    def show_preview(self, status: str = "") -> None:
        """The current check's result; while none is current, only `status` (nothing stale is shown)."""
        preview = self._wizard.preview
        report = preview.report if preview is not None and self._wizard.is_current(preview) else None
        if report is None:
            self.summary.setText(status)
            self._fill_changes(())
            self._fill_problems(())
        else:
            text = summary_text(report)
            if report.errors and not self.valid_only.isChecked():
                text += " " + QCoreApplication.translate(
                    "ImportWizard",
                    "Nothing is imported while there are errors: correct the file, or import the valid rows only.",
                )
            elif not report.added + report.updated:
                text += " " + QCoreApplication.translate("ImportWizard", "There is nothing to add or update.")
            self.summary.setText(text)
            self._fill_changes(getattr(report, "updates", ()))
            self._fill_problems(report.grouped())
        self.valid_only.setEnabled(report is None or report.errors > 0 or self.valid_only.isChecked())
        self.completeChanged.emit()

    def _fill_changes(self, updates: Any) -> None:
        """Per updated proposal, each field it changes: old → new, before anything is written."""
        rows = [(u.code, c) for u in updates for c in u.changes]
        self.changes.setRowCount(len(rows))
        for r, (code, change) in enumerate(rows):
            self.changes.setItem(r, 0, _cell(code))
            self.changes.setItem(r, 1, _cell(_field_label(change.field)))
            self.changes.setItem(r, 2, _cell(str(change.old)[:200]))
            self.changes.setItem(r, 3, _cell(str(change.new)[:200]))
        self.changes_label.setVisible(bool(rows))
        self.changes.setVisible(bool(rows))

    def _fill_problems(self, groups: Any) -> None:
        """One line per kind of problem (the same reason in the same column), with the rows that have it: 2,407
        rows without a title are one line, not 2,407. "Export the problems…" writes every row."""
        kinds = {
            ERROR: QCoreApplication.translate("ImportWizard", "Error"),
            "warning": QCoreApplication.translate("ImportWizard", "Warning"),
        }
        self.problems.setSortingEnabled(False)
        self.problems.setRowCount(len(groups))
        for r, group in enumerate(groups):
            self.problems.setItem(r, 0, _RowItem(group.rows))
            values = ", ".join(v[:60] for v in group.values[:3]) + ("…" if len(group.values) > 3 else "")
            for c, value in enumerate((group.column, values, group.reason, kinds.get(group.severity, "")), start=1):
                self.problems.setItem(r, c, _cell(value))
        self.problems.setSortingEnabled(True)

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        """Import only what the current check shows writing something: with errors, the valid rows only."""
        preview = self._wizard.preview
        if not self._wizard.is_current(preview):
            return False
        assert preview is not None
        if preview.report.errors and not preview.valid_only:
            return False
        return preview.writes

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
