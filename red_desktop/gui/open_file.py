"""Opening a written file or folder with the system's own application, and what to offer when there is none.

Print sheet and Export hand their files to the desktop through open_path; tests replace it or QDesktopServices.openUrl.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from red_desktop.core.errors import RedDesktopError
from red_desktop.gui.fill import fill
from red_desktop.gui.tasks import Executor


def open_path(path: Path) -> bool:
    """Open with the system's application; False when nothing can open it (no PDF viewer, no file manager)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def documents_folder() -> Path:
    """The user's documents folder (where a file dialog starts), or their home folder when there is none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location and Path(location).is_dir() else Path.home()


def show_pdf(parent: QWidget, pdf: Path, runner: Executor, tell: Callable[[str], None]) -> None:
    """Open the PDF to read and print; without a PDF viewer, say so and offer to save a copy where the user
    chooses (the written file is in a temporary folder, which the status bar does not mention)."""
    if open_path(pdf):
        tell(fill(QCoreApplication.translate("OpenFile", "Sheet %1 opened in your PDF viewer"), pdf.name))
        return
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "RED Desktop",
        QCoreApplication.translate("OpenFile", "No PDF viewer was found to open the sheet."),
        parent=parent,
    )
    box.setInformativeText(
        QCoreApplication.translate("OpenFile", "Save it as a PDF file to print it or open it on another computer.")
    )
    save = box.addButton(QCoreApplication.translate("OpenFile", "Save as…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(save)
    box.setAccessibleName(QCoreApplication.translate("OpenFile", "No PDF viewer"))
    save.clicked.connect(lambda: _save_copy(parent, pdf, runner, tell))
    _show(box)


def ask_copy_target(parent: QWidget, name: str) -> Path | None:
    """Where to save a copy of the PDF: a file dialog starting in the user's documents folder."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("OpenFile", "Save the sheet as"),
        str(documents_folder() / name),
        QCoreApplication.translate("OpenFile", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    return Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")


def _save_copy(parent: QWidget, pdf: Path, runner: Executor, tell: Callable[[str], None]) -> None:
    target = ask_copy_target(parent, pdf.name)
    if target is None:
        return
    # the user chose the folder: the file name is enough, and whole in the status bar at 1024 px
    text = fill(QCoreApplication.translate("OpenFile", "Sheet saved as %1"), target.name)
    runner.run(lambda: _copy(pdf, target), context=parent, on_done=lambda _: tell(text), on_failed=tell)


def _copy(pdf: Path, target: Path) -> None:
    """In a worker: the copy, or why it failed in words for the user."""
    try:
        shutil.copyfile(pdf, target)
    except OSError as exc:
        text = QCoreApplication.translate("OpenFile", "The sheet could not be saved to %1: %2")
        raise RedDesktopError(fill(text, target.name, exc.strerror or str(exc))) from exc


def show_written(parent: QWidget, text: str, folder: Path) -> None:
    """Say where the files went, with a button that opens that folder in the file manager."""
    box = QMessageBox(QMessageBox.Icon.Information, "RED Desktop", text, parent=parent)
    box.setInformativeText(str(folder))
    box.setAccessibleName(QCoreApplication.translate("OpenFile", "Export finished"))
    show = box.addButton(QCoreApplication.translate("OpenFile", "Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    show.clicked.connect(lambda: open_folder(parent, folder))
    _show(box)


def open_folder(parent: QWidget, folder: Path) -> None:
    if open_path(folder):
        return
    box = QMessageBox(
        QMessageBox.Icon.Information,
        "RED Desktop",
        fill(
            QCoreApplication.translate(
                "OpenFile", "No file manager was found to open the folder. The files are in:\n%1"
            ),
            str(folder),
        ),
        parent=parent,
    )
    box.setAccessibleName(QCoreApplication.translate("OpenFile", "No file manager"))
    _show(box)


def _show(box: QMessageBox) -> None:
    """Window-modal and without a nested event loop: the background work and the window's timers go on."""
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
