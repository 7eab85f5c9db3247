"""Interface translations: RED Desktop's own catalogue and Qt's, for the chosen language."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from red_desktop import paths

CATALOGUE = "red_desktop"


class MnemonicFallback(QTranslator):
    """Qt's own texts that gained a shortcut letter ("&Look in:", "Files of &type:" in QFileDialog) while Qt's
    es/pt catalogues still hold them without one: looked up there without the "&" (the label loses its shortcut
    letter, not its language). Only for Qt's classes and only where the catalogue has no entry of its own."""

    def __init__(self, qtbase: QTranslator, parent: QApplication):
        super().__init__(parent)
        self._qtbase = qtbase

    # None is Qt's "no translation here" (a null QString): "" would be a translation, and blank the text
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        if (
            not context.startswith("Q")
            or "&" not in source
            or self._qtbase.translate(context, source, disambiguation, n)
        ):
            return None
        plain = source.replace("&&", "\0").replace("&", "").replace("\0", "&")
        return self._qtbase.translate(context, plain, disambiguation, n) or None

    def isEmpty(self) -> bool:
        return False


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
            if name == "qtbase":
                fallback = MnemonicFallback(translator, app)
                app.installTranslator(fallback)
                installed.append(fallback)
    return installed
