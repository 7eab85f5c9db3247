"""Issue 16, item 7: an attachment is opened with the desktop's program only when it is a document, image or text
file declared as such; a program, script or launcher is never opened, only offered to be saved as a copy."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from red_desktop.core.domain import Proposal
from red_desktop.core.store.attachments import AttachmentInfo
from red_desktop.gui.editor import ProposalEditor
from red_desktop.gui.editor.attachments_section import viewable
from red_desktop.gui.store_service import StoreService
from tests.factories import proposal
from tests.gui.conftest import WAIT_MS

EXECUTABLE = [
    "setup.exe", "run.sh", "launcher.desktop", "x.bat", "x.cmd", "x.com", "x.msi", "x.ps1", "x.vbs", "x.js",
    "x.jar", "Tool.app", "x.AppImage", "x.run", "x.bin", "x.scr", "x.lnk", "x.py", "x.pdf.exe", "x.html",
    "x.svg", "x.docm", "x.xlsm", "noextension", "x.PDF ", "x.pdf.",
]  # fmt: skip


@pytest.mark.parametrize("name", EXECUTABLE)
def test_programs_scripts_and_launchers_are_never_viewable(name: str) -> None:
    assert not viewable(name, "application/octet-stream")
    assert not viewable(name, "application/pdf")  # whatever type the sender declares


@pytest.mark.parametrize(
    ("name", "media_type"),
    [
        ("carta.pdf", "application/pdf"),
        ("CARTA.PDF", "application/pdf"),
        ("foto.jpg", "image/jpeg"),
        ("plano.png", "image/png"),
        ("notas.txt", "text/plain"),
        ("datos.csv", "text/csv"),
        ("informe.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        ("cuadro.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("acta.odt", "application/vnd.oasis.opendocument.text"),
    ],
)
def test_documents_images_and_text_declared_as_such_are_viewable(name: str, media_type: str) -> None:
    assert viewable(name, media_type)
    assert not viewable(name, "application/x-msdownload")  # a declared type the extension may not have


def stored(qtbot: QtBot, service: StoreService, original: Proposal) -> Proposal:
    done: list[Proposal] = []
    service.submit(lambda store: store.proposals.add(original), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    return done[0]


def select(editor: ProposalEditor, filename: str) -> None:
    files = editor.attachments.files
    for row in range(files.count()):
        if files.item(row).text().startswith(filename + "  ·"):
            files.setCurrentRow(row)
            return
    raise AssertionError(f"{filename} is not listed")


def test_an_executable_attachment_is_offered_for_saving_and_never_opened(
    qtbot: QtBot, editor: ProposalEditor, service: StoreService, tmp_path: Path
) -> None:
    existing = stored(qtbot, service, proposal())
    editor.edit(existing.uuid)
    section = editor.attachments
    sources = {
        "setup.exe": b"MZ\x90\x00 not really a program",
        "run.sh": b"#!/bin/sh\necho hi\n",
        "launcher.desktop": b"[Desktop Entry]\nExec=sh -c 'echo hi'\n",
        "carta.pdf": b"%PDF-1.4 carta" * 50,
    }
    paths = []
    for name, data in sources.items():
        path = tmp_path / "in" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        path.chmod(0o755)
        paths.append(path)
    section.add_files(paths)
    qtbot.waitUntil(lambda: section.files.count() == 4, timeout=WAIT_MS)
    opened: list[QUrl] = []
    section.open_url = lambda url: opened.append(url) or True
    asked: list[AttachmentInfo] = []
    saved_dir = tmp_path / "saved"
    saved_dir.mkdir()

    def ask(info: AttachmentInfo) -> Path:
        asked.append(info)
        return saved_dir / info.filename

    section.ask_save_target = ask
    for name in ("setup.exe", "run.sh", "launcher.desktop"):
        select(editor, name)
        section.open_selected()
        qtbot.waitUntil(
            lambda name=name: (saved_dir / name).exists() and "saved as" in section.message.text(), timeout=WAIT_MS
        )
        saved = saved_dir / name
        assert saved.read_bytes() == sources[name]
        assert saved.stat().st_mode & (stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH) == 0
        assert "does not open it" in section.message.text()
    section.files.itemActivated.emit(section.files.currentItem())  # a double click takes the same way
    qtbot.wait(50)
    assert opened == []
    assert [i.filename for i in asked] == ["setup.exe", "run.sh", "launcher.desktop", "launcher.desktop"]
    select(editor, "carta.pdf")
    section.open_selected()
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    assert Path(opened[0].toLocalFile()).read_bytes() == sources["carta.pdf"]


def test_declining_to_save_writes_nothing(
    qtbot: QtBot, editor: ProposalEditor, service: StoreService, tmp_path: Path
) -> None:
    existing = stored(qtbot, service, proposal())
    editor.edit(existing.uuid)
    section = editor.attachments
    program = tmp_path / "setup.exe"
    program.write_bytes(b"MZ")
    section.add_files([program])
    qtbot.waitUntil(lambda: section.files.count() == 1, timeout=WAIT_MS)
    opened: list[QUrl] = []
    section.open_url = lambda url: opened.append(url) or True
    section.ask_save_target = lambda info: None
    section.files.setCurrentRow(0)
    section.open_selected()
    qtbot.wait(50)
    assert opened == [] and service.pending == 0
