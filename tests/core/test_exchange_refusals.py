"""Every bad package is refused with a reason a person understands, and the store is left exactly as it was."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from red_desktop.core.domain import Evaluator
from red_desktop.core.exchange import service as exchange
from red_desktop.core.exchange.model import Entity
from red_desktop.core.rubric import Rubric
from tests.exchange_world import World, fresh_store, refused, signed_package, unit_of


@pytest.fixture
def world(tmp_path: Path, rubric: Rubric) -> Iterator[World]:
    made = World(tmp_path, rubric)
    uuids = made.add_proposals("committee", 3)
    assert made.import_("ana", made.export("committee", everything=True)).ok
    made.evaluate("ana", uuids[0], level=3)
    made.uuids = uuids  # type: ignore[attr-defined]
    yield made
    made.close()


@pytest.fixture
def good(world: World) -> Path:
    """Ana's honest package: one final evaluation and the proposal it scores."""
    return world.export("ana", "good.redpkg")


def copy_with(source: Path, target: Path, data: bytes) -> Path:
    target.write_bytes(data)
    return target


def test_the_honest_package_is_accepted(world: World, good: Path) -> None:
    plan = world.import_("committee", good)
    assert plan.ok and plan.counts()["added"] == 1


@pytest.mark.parametrize("fraction", [0.0, 0.02, 0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.97, 0.99, 1.0])
def test_one_byte_flipped_anywhere_is_refused(world: World, good: Path, tmp_path: Path, fraction: float) -> None:
    data = bytearray(good.read_bytes())
    position = min(int(len(data) * fraction), len(data) - 1)
    data[position] ^= 0x01
    refused(world, copy_with(good, tmp_path / "flipped.redpkg", bytes(data)), "")


def test_every_byte_of_the_zip_is_covered_by_the_signature(world: World, good: Path, tmp_path: Path) -> None:
    """Not only the members: a flipped zip timestamp or header byte is refused too (checked every 97 bytes)."""
    original = good.read_bytes()
    store = world["committee"].store
    for position in range(0, len(original), 97):
        data = bytearray(original)
        data[position] ^= 0x80
        plan = world.import_("committee", copy_with(good, tmp_path / f"flip-{position}.redpkg", bytes(data)))
        assert not plan.ok, position
    assert store.evaluations.count() == 0


@pytest.mark.parametrize("keep", [0, 10, 100, 0.5, -1, -50])
def test_a_truncated_package_is_refused(world: World, good: Path, tmp_path: Path, keep: float) -> None:
    data = good.read_bytes()
    cut = data[: int(len(data) * keep)] if isinstance(keep, float) else data[:keep]
    reason = refused(world, copy_with(good, tmp_path / "cut.redpkg", cut), "")
    assert "truncated" in reason or "not a RED Desktop package" in reason


def test_a_package_from_a_key_not_on_the_roster_is_refused(world: World, good: Path, tmp_path: Path) -> None:
    stranger = fresh_store(tmp_path, "stranger.sqlite", world)
    stranger.roster.revoke(world["ana"].fingerprint, "testing")  # a revoked key first
    plan = exchange.import_package(stranger, good, world.rubric)
    assert not plan.ok and "revoked" in plan.rejected and "testing" in plan.rejected
    stranger.close()
    from red_desktop.core.store import Store

    with Store.open(tmp_path / "empty-roster.sqlite") as unknown:
        plan = exchange.import_package(unknown, good, world.rubric)
        assert not plan.ok and "not on this store's roster" in plan.rejected
        assert world["ana"].fingerprint in plan.rejected
        assert unknown.proposals.count() == 0


def test_a_revoked_key_is_refused_with_who_and_why(world: World, good: Path) -> None:
    world["committee"].store.roster.revoke(world["ana"].fingerprint, "laptop stolen on 2026-11-20")
    reason = refused(world, good, "revoked")
    assert "laptop stolen" in reason


def test_a_package_saying_it_is_from_someone_else_is_refused(world: World, tmp_path: Path) -> None:
    ana = world["ana"]
    author = {"name": "Bruno Salles", "role": "field_evaluator", "fingerprint": ana.fingerprint}
    path = signed_package(ana, tmp_path / "claims-bruno.redpkg", manifest={"author": author})
    refused(world, path, "says it is from")


def test_an_evaluation_by_another_evaluator_is_refused(world: World, tmp_path: Path) -> None:
    """Ana's store holds an evaluation made there in Bruno's name: Ana's key may not send it."""
    ana = world["ana"]
    bruno = ana.store.evaluators.add(Evaluator("Bruno Salles"))
    evaluation = ana.store.evaluations.create(world.uuids[1], bruno.uuid, world.rubric)  # type: ignore[attr-defined]
    unit = unit_of(ana.store, Entity.EVALUATION, evaluation.uuid)
    path = signed_package(ana, tmp_path / "for-bruno.redpkg", [unit])
    refused(world, path, "only from their own evaluator's key")


def test_an_evaluator_bound_to_another_key_is_refused(world: World, good: Path, tmp_path: Path) -> None:
    ana = world["ana"]
    record = dict(ana.store.exchange.evaluator_of_key(ana.fingerprint) or {})
    record["key_fingerprint"] = world["bruno"].fingerprint
    fields = ("uuid", "name", "role", "key_fingerprint", "revision", "created_at", "updated_at", "updated_by")
    path = signed_package(ana, tmp_path / "bound.redpkg", evaluators=[{k: record[k] for k in fields}])
    refused(world, path, "another key")


def test_decisions_from_a_field_evaluators_key_are_refused(world: World, tmp_path: Path) -> None:
    ana = world["ana"]
    world.decide("ana", world.uuids[2])  # type: ignore[attr-defined]
    unit = unit_of(ana.store, Entity.DECISION, world.uuids[2])  # type: ignore[attr-defined]
    path = signed_package(ana, tmp_path / "decides.redpkg", [unit])
    refused(world, path, "only committee members")


def test_an_unknown_format_version_is_refused(world: World, tmp_path: Path) -> None:
    path = signed_package(world["ana"], tmp_path / "v9.redpkg", manifest={"version": 9})
    refused(world, path, "format version 9")


def test_a_record_that_fails_validation_is_refused(world: World, tmp_path: Path) -> None:
    ana = world["ana"]
    unit = unit_of(ana.store, Entity.PROPOSAL, world.uuids[0], country="XX", requested_amount=-5.0)  # type: ignore[attr-defined]
    reason = refused(world, signed_package(ana, tmp_path / "invalid.redpkg", [unit]), "fails validation")
    assert "country" in reason and "requested_amount" in reason


def test_a_record_not_matching_its_version_hash_is_refused(world: World, tmp_path: Path) -> None:
    ana = world["ana"]
    unit = unit_of(ana.store, Entity.PROPOSAL, world.uuids[0])  # type: ignore[attr-defined]
    forged = type(unit)(unit.entity, unit.key, {**unit.record, "title": "Otro"}, unit.version, unit.lineage)
    refused(world, signed_package(ana, tmp_path / "forged.redpkg", [forged]), "version hash")


def test_a_path_that_escapes_is_refused(world: World, tmp_path: Path) -> None:
    path = signed_package(world["ana"], tmp_path / "escape.redpkg", members={"../../.bashrc": b"rm -rf ~"})
    refused(world, path, "could escape")


def test_a_zip_bomb_is_refused_before_it_is_expanded(world: World, tmp_path: Path) -> None:
    zeros = b"\0" * (64 * 1024**2)
    path = signed_package(world["ana"], tmp_path / "bomb.redpkg", members={"records/proposals.jsonl": zeros})
    assert path.stat().st_size < 1024**2
    refused(world, path, "zip bomb")


def test_a_member_the_manifest_does_not_list_is_refused(world: World, good: Path, tmp_path: Path) -> None:
    """Added after signing by rewriting the zip: the file signature fails first."""
    buffer = io.BytesIO(good.read_bytes())
    with zipfile.ZipFile(buffer, "a") as archive:
        archive.writestr("records/extra.jsonl", b"{}\n")
    refused(world, copy_with(good, tmp_path / "extra.redpkg", buffer.getvalue()), "signature does not match")


@pytest.mark.parametrize(
    "content", [b"", b"not a package at all", b"%PDF-1.4\n" + b"x" * 500, b"PK\x03\x04" + b"\0" * 300]
)
def test_files_that_are_not_packages_are_refused(world: World, tmp_path: Path, content: bytes) -> None:
    reason = refused(world, copy_with(tmp_path, tmp_path / "odd.redpkg", content), "")
    assert "not a RED Desktop package" in reason or "truncated" in reason


def test_a_missing_file_and_a_folder_are_refused(world: World, tmp_path: Path) -> None:
    refused(world, tmp_path / "nowhere.redpkg", "There is no file")
    refused(world, tmp_path, "not a file")


def test_an_encrypted_package_opens_only_with_the_recipients_key(world: World, tmp_path: Path) -> None:
    ana = world["ana"]
    committee_key = ana.store.roster.get(world["committee"].fingerprint)
    sealed = world.export("ana", "sealed.redpkg", recipient=committee_key)
    assert b"Ana Quispe" not in sealed.read_bytes()  # nothing readable without the key
    bruno_store = world["bruno"].store
    plan = exchange.import_package(bruno_store, sealed, world.rubric, box_key=world["bruno"].signer.box_key)
    assert not plan.ok and "encrypted to" in plan.rejected and world["committee"].fingerprint in plan.rejected
    data = bytearray(sealed.read_bytes())
    data[len(data) // 2] ^= 0x01
    refused(world, copy_with(sealed, tmp_path / "sealed-flipped.redpkg", bytes(data)), "")
    plan = world.import_("committee", sealed)
    assert plan.ok and plan.counts()["added"] == 1


def test_a_package_exported_here_is_not_imported_here(world: World, good: Path) -> None:
    plan = world.import_("ana", good)
    assert not plan.ok and "exported from this store" in plan.rejected
