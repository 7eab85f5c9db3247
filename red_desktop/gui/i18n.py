"""Interface translations: RED Desktop's own catalogue and Qt's, for the chosen language."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from red_desktop import paths

CATALOGUE = "red_desktop"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load resources/translations/red_desktop_<lang>.qm and Qt's own qtbase_<lang>.qm where they exist.

    English is the source language and needs none. Returns the translators installed (kept alive by the app).
    """
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    sources = (
        (CATALOGUE, str(paths.resources_dir() / "translations")),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, folder in sources:
        translator = QTranslator(app)
        # By locale, not by name: Qt ships qtbase_pt_BR, not qtbase_pt (Portuguese's default territory is found)
        if translator.load(QLocale(language), name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
