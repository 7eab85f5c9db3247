"""The CSV export's bytes are those it wrote before issue 19's speed work (bulk reads instead of one query per
evaluation, the audit log read as columns): a fixed-seed demo, with a merge, a decision, a formula and a multi-line
text, exported with a frozen clock and seeded ids, hashes to what the export wrote then.

The digests below were written by the code before that work (commit 45bd748). If the demo's data, a label, a header
or a column changes on purpose, the digests change with it: check the difference by eye (the test prints which
files changed) and write the new digests.
"""

from __future__ import annotations

import hashlib
import itertools
import random
import sys
import uuid as uuid_module
from datetime import date
from pathlib import Path

import pytest

from red_desktop.core import domain
from red_desktop.core.demo import build_demo
from red_desktop.core.domain import Decision, DecisionKind, Evaluation, EvaluationState, Evaluator, Score
from red_desktop.core.exports import ExportOptions, export_store
from red_desktop.core.exports.tables import build_tables
from red_desktop.core.progress import NoProgress
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store
from tests.factories import proposal

EXPECTED = {
    "standard-en": {
        "actors.csv": "e782df884bcd54bdd9a8b1c5ac3e4f5b8bae87f2a08f7916668b457d5097db02",
        "aggregates.csv": "f829721e792734148ab1776147bd9835e9f318df715724852bbd55399eaa9c7a",
        "agreement.csv": "1fef2aeeddc8c2ecbf8abf3c8678b05f91e736d04abe9e0202ac290319bcc73f",
        "audit.csv": "6a5771ebfb12e378b3923626f20aba50773caf1a4b086f0d605e217ff8c5abfb",
        "calibration.csv": "fb65601f5aff81777169b2057632102bdfb3cc9b74c9ff774fe7d77a86dfa987",
        "decisions.csv": "61230e555b06036fa6a4f7bf78239c1b2fb58c5564eca507188646d880214c14",
        "evaluations.csv": "50587031492077362f3d5acfe622a86ec1462a5374df43e1116281098057ac00",
        "proposals.csv": "44ec1e4b77b011b8396bb754e5cfd7776a43a689e4ff7cc785cb1f84e6acc840",
        "scores.csv": "0e4104a6e6f3e47e7e2cddef8e2c0978d01ac8bbe8021a071f2749ead2a7bed8",
    },
    "semicolon-es": {
        "actors.csv": "6bb495f91df9f3691a51195af7a6160574946b972214a97c4aae70d7f72458e0",
        "aggregates.csv": "1b58c3bcdcfe806db85cbc417fd74a692014786e331091c461a3566ffba18a2d",
        "agreement.csv": "0977bd9201b50b396828b1193930a06db2ff6e066a561f7bc4405ee41f2dc4d4",
        "audit.csv": "297686f24981bdbf1bf8e5c13fe63b0990eb5c4f983d7ef9262276566cbaec29",
        "calibration.csv": "890a74bce186fab9b6d537ccc349102a0fe8dc5830c781f37deb4d4a3f9edb86",
        "decisions.csv": "882488a5c2180fc97654b8e0266abf0ddb06797c5f66a394d71934e8681339fb",
        "evaluations.csv": "ee07321e6b6e21dc44bf5bcf948710fc0a3db69186b2a657a8da37859a10da48",
        "proposals.csv": "9204de319107ae551e5e4c032134d23a87e7c0d500f42b8b8a52ddc90bd99ca9",
        "scores.csv": "6277be16386cff7cebc5a317772dfe68191d8a2ee5370378757c4d27bc988d8d",
    },
    "standard-pt": {
        "actors.csv": "b8e99695206f37f039ddd9c25eeb5fede481d9410aef95a007afdfda6358d7ca",
        "aggregates.csv": "2859c26742ca1bf01135ccece54b44f1b08e6481d9321b8c2c3116b2a51d1001",
        "agreement.csv": "7dc7cba1afa554d7b35cdaf3c0d8cdcd180d9f3c7d06ea5022a3ec1683e609e8",
        "audit.csv": "df4ef70d2401e84b516d34ae9fbf8a8b968e1bfdf4ba3e1011dd8c88195799e9",
        "calibration.csv": "cd1f41005c4eaf23db94f291ac5b7fa4907ba3bc9c7f93fc12453f438a81f7a7",
        "decisions.csv": "4869df510924cd038fd89f642c019c4e83fa73170f12f83e125eb8d6ad3e55b3",
        "evaluations.csv": "39e2acffd972f6ebc2fd797321bf94aabb7887021c092b3ecfb0d7ae5ae29a78",
        "proposals.csv": "cd071e85cdf2faeb53a885712d668c3c380867126f2f980df35ff4fa12c689a2",
        "scores.csv": "0b64e256e7dd651d8a4d52911c0812aaf7d195c944a1028c4afaa6c573ad3021",
    },
}


@pytest.fixture
def frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    """A counting clock for every module's utc_now (those imported later read domain's) and seeded uuid4s."""
    ticks = itertools.count()
    ids = random.Random(19)

    def now() -> str:
        n = next(ticks)
        return f"2026-03-01T{n // 3_600_000 % 24:02d}:{n // 60_000 % 60:02d}:{n // 1000 % 60:02d}.{n % 1000:03d}Z"

    for module in list(sys.modules.values()):
        if module is not domain and getattr(module, "utc_now", None) is domain.utc_now:
            monkeypatch.setattr(module, "utc_now", now)
    monkeypatch.setattr(domain, "utc_now", now)
    monkeypatch.setattr(uuid_module, "uuid4", lambda: uuid_module.UUID(int=ids.getrandbits(128), version=4))


def portfolio(store: Store, rubric: Rubric) -> None:
    build_demo(store, rubric, proposals=40, evaluators=5, seed=7)
    everyone = list(store.proposals.all())
    store.decisions.record(
        Decision(
            everyone[0].uuid,
            DecisionKind.APPROVE_WITH_CONDITIONS,
            "Sólida articulación público-privada.\nRiesgo en la escala, ver acta.",
            date(2026, 3, 9).isoformat(),
            conditions="Presentar carta de compromiso.",
            members_present=("Ana Lucía Quispe", "João Ribeiro"),
        ),
        rubric,
    )
    store.proposals.merge(everyone[2].uuid, everyone[1].uuid, "the same proposal sent twice")
    tricky = store.proposals.add(
        proposal("RED-BR-2026-900", title='=HYPERLINK("http://x","clic")', country="BR", sectors=("café", "-açaí"))
    )
    evaluator = store.evaluators.add(Evaluator("João Ribeiro"))
    levels = {s.id: 3 for s in rubric.subcriteria}
    scores = tuple(Score(s, level, "Línea uno, con coma; y “comillas”\nLínea dos") for s, level in levels.items())
    evaluation = Evaluation(tricky.uuid, evaluator.uuid, rubric.id, rubric.version, EvaluationState.DRAFT, scores)
    store.evaluations.record(evaluation, rubric)


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.csv"))}


@pytest.mark.usefixtures("frozen")
def test_the_csv_export_writes_the_bytes_it_wrote_before(store: Store, rubric: Rubric, tmp_path: Path) -> None:
    portfolio(store, rubric)
    found = {}
    for name, dialect, language in (
        ("standard-en", "standard", "en"),
        ("semicolon-es", "excel-semicolon", "es"),
        ("standard-pt", "standard", "pt"),
    ):
        export_store(store, rubric, "csv", tmp_path / name, options=ExportOptions(language), csv_dialect=dialect)
        found[name] = digests(tmp_path / name)
    print(found)
    changed = {(k, f) for k, files in EXPECTED.items() for f, d in files.items() if found[k].get(f) != d}
    assert not changed, f"changed: {sorted(changed)}"


@pytest.mark.usefixtures("frozen")
def test_the_export_reads_what_the_store_reads_one_by_one(store: Store, rubric: Rubric) -> None:
    """The bulk reads give the evaluations for_proposal gives, in the export's order, and the audit log's entries."""
    portfolio(store, rubric)
    tables = {t.name: t.frame for t in build_tables(store, rubric, NoProgress())}
    evaluators = {e.uuid: e.name for e in store.evaluators.all()}
    expected = [
        e.uuid
        for p in store.proposals.all(merged=True)
        for e in sorted(
            store.evaluations.for_proposal(p.uuid, merged=False),
            key=lambda e: (evaluators[e.evaluator_uuid], e.rubric_id, e.rubric_version),
        )
    ]
    assert list(tables["evaluations"]["uuid"]) == expected
    scores = [(e, s.subcriterion_id, s.justification) for e in expected for s in store.evaluations.get(e).scores]
    frame = tables["scores"]
    assert list(zip(frame["evaluation_uuid"], frame["subcriterion_id"], frame["justification"])) == scores
    logged = store.audit.logged()
    assert list(tables["audit"]["entity_uuid"]) == [item.entry.entity_uuid for item in logged]
    assert list(tables["audit"]["proposal_code"]) == [item.proposal_code for item in logged]
