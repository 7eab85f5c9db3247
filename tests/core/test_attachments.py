"""Attachments: stored with their SHA-256, listed without content, exported for viewing; bad files change nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from red_desktop.core.errors import NotFoundError, RedDesktopError
from red_desktop.core.store import Store
from red_desktop.core.store.attachments import AttachmentError, human_size, safe_filename
from tests.factories import proposal


@pytest.fixture
def proposal_uuid(store: Store) -> str:
    return store.proposals.add(proposal()).uuid


def write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def attachment_rows(store: Store) -> int:
    return int(store.db.execute("SELECT count(*) FROM attachments").fetchone()[0])


def test_an_attachment_round_trips_with_its_sha256(store: Store, proposal_uuid: str, tmp_path: Path) -> None:
    content = "Carta de intención — Municipalidad de Huancayo".encode() * 1000
    source = write(tmp_path / "carta de intención.pdf", content)
    info = store.attachments.add(proposal_uuid, source)
    assert info.sha256 == hashlib.sha256(content).hexdigest()
    assert (info.filename, info.media_type, info.size) == ("carta de intención.pdf", "application/pdf", len(content))
    assert store.attachments.list(proposal_uuid) == [info]
    assert store.attachments.content(info.uuid) == content
    row = store.db.execute("SELECT revision, updated_by FROM attachments WHERE uuid = ?", [info.uuid]).fetchone()
    assert tuple(row) == (1, "tester")


def test_a_file_over_the_limit_is_refused_naming_file_and_limit_and_nothing_is_written(
    store: Store, proposal_uuid: str, tmp_path: Path
) -> None:
    source = write(tmp_path / "video.mp4", b"x" * 3000)
    with pytest.raises(RedDesktopError, match=r"video\.mp4.*limited to 2\.9 KB"):
        store.attachments.add(proposal_uuid, source, max_bytes=3000 - 1)
    assert attachment_rows(store) == 0


def test_the_default_limit_is_25_mb(store: Store, proposal_uuid: str, tmp_path: Path) -> None:
    source = tmp_path / "huge.bin"
    with source.open("wb") as handle:
        handle.truncate(25 * 1024 * 1024 + 1)  # sparse: costs no disk
    with pytest.raises(
        AttachmentError, match="huge.bin cannot be attached: is 25 MB; attachments are limited to 25 MB"
    ):
        store.attachments.add(proposal_uuid, source)
    assert attachment_rows(store) == 0


def test_the_same_content_twice_on_one_proposal_is_refused(store: Store, proposal_uuid: str, tmp_path: Path) -> None:
    store.attachments.add(proposal_uuid, write(tmp_path / "a.txt", b"same"))
    with pytest.raises(AttachmentError, match=r"b\.txt is already attached to this proposal \(as a\.txt"):
        store.attachments.add(proposal_uuid, write(tmp_path / "b.txt", b"same"))
    other = store.proposals.add(proposal("RED-PE-2026-002")).uuid
    store.attachments.add(other, tmp_path / "b.txt")  # another proposal may hold the same file
    assert attachment_rows(store) == 2


@pytest.mark.parametrize("name, reason", [("missing.pdf", "there is no such file"), ("", "it is a folder")])
def test_a_missing_file_or_a_folder_is_refused(
    store: Store, proposal_uuid: str, tmp_path: Path, name: str, reason: str
) -> None:
    with pytest.raises(AttachmentError, match=f"cannot be attached: {reason}"):
        store.attachments.add(proposal_uuid, tmp_path / name)
    assert attachment_rows(store) == 0


def test_an_unknown_proposal_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        store.attachments.add("no-such-proposal", write(tmp_path / "a.txt", b"x"))
    assert attachment_rows(store) == 0


def test_export_writes_the_file_for_a_viewer_and_never_overwrites_another(
    store: Store, proposal_uuid: str, tmp_path: Path
) -> None:
    info = store.attachments.add(proposal_uuid, write(tmp_path / "plan.xlsx", b"plan"))
    folder = tmp_path / "out"
    first = store.attachments.export(info.uuid, folder)
    assert (first.name, first.read_bytes()) == ("plan.xlsx", b"plan")
    assert store.attachments.export(info.uuid, folder) == first  # same content: reused
    first.write_bytes(b"edited by the user")
    second = store.attachments.export(info.uuid, folder)
    assert (second.name, second.read_bytes()) == ("plan (2).xlsx", b"plan")
    assert sorted(p.name for p in folder.iterdir()) == ["plan (2).xlsx", "plan.xlsx"]


def test_remove_deletes_and_unknown_ids_are_reported(store: Store, proposal_uuid: str, tmp_path: Path) -> None:
    info = store.attachments.add(proposal_uuid, write(tmp_path / "a.txt", b"x"))
    store.attachments.remove(info.uuid)
    assert store.attachments.list(proposal_uuid) == []
    for call in (store.attachments.remove, store.attachments.content, store.attachments.get):
        with pytest.raises(NotFoundError):
            call(info.uuid)


def test_an_unknown_type_is_octet_stream(store: Store, proposal_uuid: str, tmp_path: Path) -> None:
    info = store.attachments.add(proposal_uuid, write(tmp_path / "datos.zzz", b"x"))
    assert info.media_type == "application/octet-stream"


@pytest.mark.parametrize(
    "name, safe",
    [
        ("informe.pdf", "informe.pdf"),
        ("a:b*c?.txt", "a_b_c_.txt"),
        ("..\\..\\etc\\passwd", "passwd"),
        ("", "attachment"),
    ],
)
def test_filenames_are_made_safe_for_every_file_system(name: str, safe: str) -> None:
    assert safe_filename(name) == safe
    long = safe_filename("x" * 400 + ".pdf")
    assert len(long) == 255 and long.endswith(".pdf")


@pytest.mark.parametrize("size, text", [(0, "0 bytes"), (1023, "1,023 bytes"), (1536, "1.5 KB"), (25 * 2**20, "25 MB")])
def test_sizes_read_like_a_file_manager(size: int, text: str) -> None:
    assert human_size(size) == text
