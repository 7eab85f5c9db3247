"""Issue 13's "done when", with the command line only: two field laptops filled with `red-desktop demo` (different
seeds, so their codes overlap) export everything; two committee stores import the packages in different orders,
with a repeat. Nothing is refused, both hold every proposal, their rankings are identical, and a flipped byte or an
unknown key is still refused with nothing changed. Then the committee settles the codes and they travel back."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from red_desktop.core.store import Store
from tests.cli.conftest import Run, new_store
from tests.cli.test_package_cli import laptop
from tests.exchange_world import dump

PEOPLE = {
    "ana": ("Ana Quispe", "field_evaluator"),
    "bruno": ("Bruno Salles", "field_evaluator"),
    "carla": ("Carla Mendoza", "committee_member"),
    "dora": ("Dora Intrusa", "field_evaluator"),  # a key no roster holds
}


def ok(result) -> str:  # noqa: ANN001 - a CompletedProcess
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    return result.stdout


def test_a_season_of_laptops_creating_proposals_merges_in_any_order(run: Run, tmp_path: Path) -> None:
    env = {who: laptop(tmp_path, who) for who in PEOPLE}
    for who, (name, role) in PEOPLE.items():
        ok(run("profile", "create", "--name", name, "--role", role, extra_env=env[who]))
        ok(run("profile", "export-key", "-o", str(tmp_path / f"{who}.pub.json"), extra_env=env[who]))
    db = {name: str(tmp_path / f"{name}.sqlite") for name in ("ana", "bruno", "dora")}
    db |= {name: new_store(tmp_path / f"{name}.sqlite") for name in ("c1", "c2")}
    packages = {}
    for who, seed in (("ana", "1"), ("bruno", "2"), ("dora", "3")):
        ok(run("demo", "--db", db[who], "--proposals", "12", "--evaluators", "2", "--seed", seed, extra_env=env[who]))
        packages[who] = tmp_path / f"{who}.redpkg"
        ok(run("package", "export", "-o", str(packages[who]), "--all", "--db", db[who], extra_env=env[who]))
    for committee in ("c1", "c2"):
        for who in ("ana", "bruno"):
            ok(run("roster", "add", str(tmp_path / f"{who}.pub.json"), "--db", db[committee], extra_env=env["carla"]))

    first = ok(
        run("package", "import", str(packages["ana"]), str(packages["bruno"]), "--db", db["c1"], extra_env=env["carla"])
    )
    assert "refused" not in first and "shared code: RED-" in first
    repeat = run(
        "package", "import", str(packages["bruno"]), str(packages["ana"]), str(packages["ana"]), "--db", db["c2"],
        extra_env=env["carla"],
    )  # fmt: skip
    assert repeat.returncode == 0 and "refused" not in repeat.stdout  # a repeat is harmless: skipped
    assert repeat.stdout.count("skipped, nothing changed") == 1 and "already imported" in repeat.stdout
    ranks = [json.loads(ok(run("rank", "--db", db[c], "--json", extra_env=env["carla"]))) for c in ("c1", "c2")]
    assert len(ranks[0]) == 24 and ranks[0] == ranks[1]
    with Store.open(Path(db["ana"]), readonly=True) as a, Store.open(Path(db["bruno"]), readonly=True) as b:
        laptops = {p.uuid for p in a.proposals.all()} | {p.uuid for p in b.proposals.all()}
        overlapping = {p.code for p in a.proposals.all()} & {p.code for p in b.proposals.all()}
    assert {r["uuid"] for r in ranks[0]} == laptops and overlapping
    held = [{k: v for k, v in dump(Path(db[c])).items() if k != "evaluators"} for c in ("c1", "c2")]
    assert held[0] == held[1]  # all but each store's own committee member, added when it first wrote

    before = dump(Path(db["c1"]))
    flipped = tmp_path / "flipped.redpkg"
    data = bytearray(packages["bruno"].read_bytes())
    data[len(data) // 2] ^= 0x01
    flipped.write_bytes(bytes(data))
    for bad in (flipped, packages["dora"]):
        refused = run("package", "import", str(bad), "--db", db["c1"], extra_env=env["carla"])
        assert refused.returncode == 1 and "refused, nothing changed" in refused.stderr, refused.stderr
    assert dump(Path(db["c1"])) == before

    code = sorted(overlapping)[0]
    ambiguous = run("sheet", code, "-o", str(tmp_path / "s.pdf"), "--db", db["c1"], extra_env=env["carla"])
    assert ambiguous.returncode == 1 and f"2 proposals have the code {code}" in ambiguous.stderr

    field_settle = run("codes", "settle", "--db", db["ana"], extra_env=env["ana"])
    assert field_settle.returncode != 0 and "only a committee member" in field_settle.stderr
    dry = json.loads(ok(run("codes", "settle", "--dry-run", "--json", "--db", db["c1"], extra_env=env["carla"])))
    assert dry["dry_run"] and len(dry["recoded"]) == len(overlapping)
    settled = ok(run("codes", "settle", "--db", db["c1"], extra_env=env["carla"]))
    assert f"{len(overlapping)} codes changed" in settled
    assert "Every code is final" in ok(run("codes", "settle", "--dry-run", "--db", db["c1"], extra_env=env["carla"]))
    moved = next(r for r in dry["recoded"] if r["old"] == code)

    back = tmp_path / "back.redpkg"
    owner = _owner(db, moved["uuid"])
    ok(run("roster", "add", str(tmp_path / "carla.pub.json"), "--db", db[owner], extra_env=env[owner]))
    ok(run("package", "export", "-o", str(back), "--db", db["c1"], extra_env=env["carla"]))
    received = ok(run("package", "import", str(back), "--db", db[owner], extra_env=env[owner]))
    assert f"new code: {code} is now {moved['new']}" in received
    with Store.open(Path(db[owner]), readonly=True) as store:
        assert store.proposals.get(moved["uuid"]).code == moved["new"]
        assert store.proposals.by_code(code).uuid == moved["uuid"]  # a sheet printed with the old code
    with sqlite3.connect(db["c1"]) as conn:
        actions = conn.execute("SELECT actor, action FROM audit_log WHERE action = 'recode'").fetchall()
    assert actions and {a for a, _ in actions} == {"Carla Mendoza"}


def _owner(db: dict[str, str], uuid: str) -> str:
    """The laptop that captured this proposal."""
    for who in ("ana", "bruno"):
        with Store.open(Path(db[who]), readonly=True) as store:
            if store.proposals.exists(uuid):
                return who
    raise AssertionError(uuid)
