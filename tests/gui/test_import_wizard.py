"""File › Import driven through the wizard: read in the background, mapping suggested, problems listed, imported."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from red_desktop import paths
from red_desktop.core.store import Store
from red_desktop.gui.import_wizard import ImportWizard, problems_csv
from tests.conftest import REPO
from tests.gui.conftest import opened

FIXTURES = REPO / "tests" / "fixtures" / "imports"
WAIT_MS = 30_000


def wizard_of(qtbot: QtBot) -> ImportWizard:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ImportWizard), timeout=WAIT_MS)
    wizard = QApplication.activeModalWidget()
    assert isinstance(wizard, ImportWizard)
    return wizard


def through_the_checks(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    wizard.file_page.path.setText(str(path))
    wizard.next()  # reads the file in the background, then moves on by itself
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=WAIT_MS)
    wizard.next()  # the values of enumeration columns, suggestions preselected
    assert wizard.currentPage() is wizard.values_page
    wizard.next()  # every row was checked against the store (a dry run) on every change; shown here
    assert wizard.currentPage() is wizard.problems_page
    qtbot.waitUntil(lambda: wizard.is_current(wizard.preview), timeout=WAIT_MS)


def test_a_kobo_export_goes_through_the_wizard_with_suggested_mapping(qtbot: QtBot, make_app, demo_path: Path) -> None:
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    window.menus.import_.trigger()
    wizard = wizard_of(qtbot)
    through_the_checks(qtbot, wizard, FIXTURES / "kobo_propuestas_es.xlsx")
    combos = wizard.mapping_page.combos
    assert any("★" in combo.currentText() for combo in combos.values())  # suggestions are marked
    assert "Proposals to add: 2" in wizard.problems_page.summary.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: "Imported: 2 added" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    with Store.open(demo_path, readonly=True) as store:
        assert store.proposals.count() == 26
    qtbot.waitUntil(lambda: window.proposals.list_view.selected_uuid() is not None, timeout=WAIT_MS)
    model = window.proposals.list_view.model
    assert len(model.highlighted()) == 2 and window.proposals.list_view.selected_uuid() in model.highlighted()
    marked = [r for r in range(model.rowCount()) if model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole)]
    assert len(marked) == 2  # both new proposals stand out in the list


def test_bad_rows_are_listed_and_nothing_is_imported_without_the_valid_only_choice(
    qtbot: QtBot, make_app, demo_path: Path, tmp_path: Path
) -> None:
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    window.import_requested.emit(FIXTURES / "bad_values.csv")  # as a file dropped on the window
    wizard = wizard_of(qtbot)
    assert wizard.file_page.path.text().endswith("bad_values.csv")
    through_the_checks(qtbot, wizard, FIXTURES / "bad_values.csv")
    page = wizard.problems_page
    assert page.problems.rowCount() >= 4 and "rows with errors: 3" in page.summary.text()
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()  # errors: refuse unless valid-only
    problems_csv(wizard.report.problems, tmp_path / "p.csv")  # type: ignore[union-attr]
    assert len(pd.read_csv(tmp_path / "p.csv", encoding="utf-8-sig")) == page.problems.rowCount()
    wizard.reject()
    with Store.open(demo_path, readonly=True) as store:
        assert store.proposals.count() == 24


def test_a_mapping_saved_by_name_is_picked_for_the_same_form(qtbot: QtBot, make_app, demo_path: Path) -> None:
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    window.menus.import_.trigger()
    wizard = wizard_of(qtbot)
    wizard.file_page.path.setText(str(FIXTURES / "odk_propuestas.csv"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=WAIT_MS)
    code = next(c for c, combo in wizard.mapping_page.combos.items() if combo.currentData() == "proposal.code")
    wizard.mapping_page.combos[code].setCurrentIndex(0)  # the user leaves the code out of this mapping
    wizard.mapping_page.save_as.setText("Formulario ODK 2026")
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.problems_page
    assert (paths.mappings_dir()).is_dir() and any(paths.mappings_dir().iterdir())
    wizard.reject()
    window.menus.import_.trigger()
    again = wizard_of(qtbot)
    again.file_page.path.setText(str(FIXTURES / "odk_propuestas.csv"))
    again.next()
    qtbot.waitUntil(lambda: again.currentPage() is again.mapping_page, timeout=WAIT_MS)
    assert again.mapping_page.save_as.text() == "Formulario ODK 2026"
    assert again.mapping_page.combos[code].currentData() == ""  # the saved choice, not the suggestion
    again.reject()


def test_values_the_file_uses_can_be_mapped_by_hand(qtbot: QtBot, make_app, demo_path: Path) -> None:
    """bad_values.csv says its region type is "galáctica": mapped to emerging here, that error goes away."""
    app = make_app()
    app.start(demo_path, demo=False)
    window = opened(qtbot, app)
    window.menus.import_.trigger()
    wizard = wizard_of(qtbot)
    wizard.file_page.path.setText(str(FIXTURES / "bad_values.csv"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=WAIT_MS)
    wizard.next()
    combo = wizard.values_page.combos[("proposal.region_type", "galáctica")]
    assert combo.currentData() == ""  # nothing to suggest for it
    combo.setCurrentIndex(combo.findData("emerging"))
    wizard.next()
    assert wizard.currentPage() is wizard.problems_page
    qtbot.waitUntil(lambda: wizard.is_current(wizard.preview), timeout=WAIT_MS)
    reasons = [wizard.problems_page.problems.item(r, 3).text() for r in range(wizard.problems_page.problems.rowCount())]
    assert not any("region type" in reason for reason in reasons)
    assert wizard.mapping is not None and wizard.mapping.values["proposal.region_type"]["galáctica"] == "emerging"
    wizard.reject()
