"""Headless committee work: rank --sensitivity and decide, run as a user or a script would."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from red_desktop import paths
from red_desktop.core.domain import ProposalStatus
from red_desktop.core.eligibility import check_eligibility
from red_desktop.core.rubric import load_rubric
from red_desktop.core.store import Store
from tests.cli.conftest import Run


@pytest.fixture
def store_copy(ranked: tuple[Path, list[dict]], tmp_path: Path) -> Path:
    copy = tmp_path / "copy.sqlite"
    shutil.copy(ranked[0], copy)
    return copy


def test_sensitivity_adds_reproducible_figures_to_each_ranked_object(
    run: Run,
    ranked: tuple[Path, list[dict]],
) -> None:
    db, plain = ranked
    args = ("rank", "--db", str(db), "--sensitivity", "--top", "10", "--samples", "400", "--seed", "7", "--json")
    first, again = (run(*args) for _ in range(2))
    assert first.returncode == 0, first.stderr
    figures = json.loads(first.stdout)
    assert figures == json.loads(again.stdout)  # the same seed gives the same figures
    assert [o["code"] for o in figures] == [o["code"] for o in plain]
    ranked_objects = [o for o in figures if o["total"] is not None]
    assert all(0 <= o["p_top"] <= 1 and 1 <= o["rank_lo"] <= o["rank_hi"] for o in ranked_objects)
    assert sum(o["p_top"] for o in ranked_objects) == pytest.approx(10, abs=0.5)  # ties aside, 10 places per sample
    assert ranked_objects[0]["p_top"] > ranked_objects[-1]["p_top"]
    swaps = [o["swap_distance"] for o in ranked_objects[:-1]]
    assert all(d is None or d >= 0 for d in swaps) and any(d is not None and d > 0 for d in swaps)  # 0: a tie
    assert ranked_objects[-1]["swap_distance"] is None  # the last ranked proposal has nobody below it
    other = json.loads(run(*args[:-3], "--seed", "8", "--json").stdout)
    assert [o["p_top"] for o in other] != [o["p_top"] for o in figures] or len(figures) < 20


def test_sensitivity_refuses_the_median_and_bad_counts(run: Run, ranked: tuple[Path, list[dict]]) -> None:
    db = str(ranked[0])
    median = run("rank", "--db", db, "--sensitivity", "--method", "median")
    assert median.returncode == 2 and "use it with --method mean" in median.stderr
    zero = run("rank", "--db", db, "--sensitivity", "--samples", "0")
    assert zero.returncode == 2 and "must be between 1 and 1,000,000" in zero.stderr


def test_decide_records_revises_and_withdraws_with_the_audit_trail(run: Run, store_copy: Path) -> None:
    with Store.open(store_copy, readonly=True) as store:
        code = next(p.code for p in store.proposals.all())
    db = ("--db", str(store_copy))
    recorded = run(
        "decide", code, *db, "--decision", "approve_with_conditions", "--rationale", "Sólida articulación",
        "--conditions", "Carta del gobierno regional", "--member", "Ana Lucía Quispe", "--member", "João Ribeiro",
        "--json",
    )  # fmt: skip
    assert recorded.returncode == 0, recorded.stderr
    assert json.loads(recorded.stdout)["members_present"] == ["Ana Lucía Quispe", "João Ribeiro"]
    again = run("decide", code, *db, "--decision", "reject", "--rationale", "x")
    assert again.returncode == 1 and "reason: is required" in again.stderr and "Traceback" not in again.stderr
    revised = run("decide", code, *db, "--decision", "defer", "--reason", "Falta el estudio de mercado", "--json")
    assert json.loads(revised.stdout)["decision"] == "defer"
    assert json.loads(revised.stdout)["rationale"] == "Sólida articulación"  # kept: not given again
    with Store.open(store_copy, readonly=True) as store:
        proposal = store.proposals.by_code(code)
        assert store.decisions.get(proposal.uuid).kind.value == "defer"
        reasons = [e.reason for e in store.audit.entries(proposal.uuid) if e.field == "decision"]
    assert reasons == ["", "Falta el estudio de mercado"]
    withdrawn = run("decide", code, *db, "--withdraw", "--reason", "Se reabre la evaluación")
    assert withdrawn.returncode == 0 and "withdrawn" in withdrawn.stdout


@pytest.mark.parametrize(
    ("args", "text"),
    [
        (["RED-XX-9999-001", "--decision", "approve", "--rationale", "x"], "No proposal with code RED-XX-9999-001"),
        (["{code}", "--decision", "accept", "--rationale", "x"], "invalid choice: 'accept'"),
        (["{code}", "--decision", "approve", "--rationale", "x", "--date", "31/12/2026"], "decided_on: must be a date"),
        (["{code}", "--decision", "approve_with_conditions", "--rationale", "x"], "conditions: is required"),
        (["{code}", "--rationale", "x"], "decide needs --decision"),
        (["{code}", "--withdraw", "--reason", "x"], "has no decision to withdraw"),
    ],
)
def test_decide_refuses_bad_input_and_writes_nothing(run: Run, store_copy: Path, args: list[str], text: str) -> None:
    with Store.open(store_copy, readonly=True) as store:
        code = next(p.code for p in store.proposals.all())
        before = store.audit.count()
    result = run("decide", *[a.replace("{code}", code) for a in args], "--db", str(store_copy))
    assert result.returncode in (1, 2) and text in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    with Store.open(store_copy, readonly=True) as store:
        assert store.audit.count() == before and store.decisions.count() == 0


def _codes_by_eligibility(db: Path) -> tuple[str, str]:
    """(an eligible proposal's code, the code of one failing the public-private commitment gate)."""
    rubric = load_rubric(paths.default_rubric_path())
    with Store.open(db, readonly=True) as store:
        gates = {p.code: check_eligibility(p, rubric.gate_ids).failed_gates for p in store.proposals.all()}
    eligible = next(code for code, failed in gates.items() if not failed)
    failing = next(code for code, failed in gates.items() if "public_private_commitment" in failed)
    return eligible, failing


@pytest.mark.parametrize("kind", ["approve", "approve_with_conditions"])
def test_decide_refuses_to_approve_an_ineligible_proposal_naming_the_gate(
    run: Run, store_copy: Path, kind: str
) -> None:
    _, code = _codes_by_eligibility(store_copy)
    before = store_copy.read_bytes()
    result = run(
        "decide", code, "--db", str(store_copy), "--decision", kind, "--rationale", "Sólida articulación",
        "--conditions", "Carta del gobierno regional",
    )  # fmt: skip
    assert result.returncode == 1 and result.stdout == "" and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert f"{code} cannot be approved" in result.stderr and "Public and private commitment" in result.stderr
    assert store_copy.read_bytes() == before
    rejected = run("decide", code, "--db", str(store_copy), "--decision", "reject", "--rationale", "Sin carta")
    assert rejected.returncode == 0, rejected.stderr


def test_decide_withdraw_restores_the_status_before_the_decision(run: Run, store_copy: Path) -> None:
    with Store.open(store_copy, readonly=True) as store:
        code = next(p.code for p in store.proposals.all() if p.status is ProposalStatus.SUBMITTED)
    db = ("--db", str(store_copy))
    assert run("decide", code, *db, "--decision", "defer", "--rationale", "Falta el estudio").returncode == 0
    assert run("decide", code, *db, "--withdraw", "--reason", "Se reabre").returncode == 0
    with Store.open(store_copy, readonly=True) as store:
        assert store.proposals.by_code(code).status is ProposalStatus.SUBMITTED


def test_rank_can_list_the_ineligible_last_unranked(run: Run, ranked: tuple[Path, list[dict]]) -> None:
    db, plain = ranked
    result = run("rank", "--db", str(db), "--ineligible-last", "--json")
    assert result.returncode == 0, result.stderr
    apart = json.loads(result.stdout)
    flags = [o["eligible"] for o in apart]
    assert sorted(flags, reverse=True) == flags and not all(flags)  # every eligible one before any ineligible
    assert all(o["rank"] is None for o in apart if not o["eligible"]) and apart[0]["rank"] == 1
    assert {o["code"]: o["total"] for o in apart} == {o["code"]: o["total"] for o in plain}


def test_decide_with_an_override_approves_an_ineligible_proposal_both_audited(run: Run, store_copy: Path) -> None:
    """An approval of a proposal failing a gate, headless: the override and the decision together, or neither."""
    _, code = _codes_by_eligibility(store_copy)
    db = ("--db", str(store_copy))
    empty = run("decide", code, *db, "--decision", "approve", "--rationale", "x", "--override", "  ")
    assert empty.returncode == 2 and "--override needs a rationale" in empty.stderr
    approved = run(
        "decide", code, *db, "--decision", "approve", "--rationale", "Sólida", "--override",
        "El aporte privado está firmado después del corte", "--json",
    )  # fmt: skip
    assert approved.returncode == 0, approved.stderr
    assert json.loads(approved.stdout)["override"] == "El aporte privado está firmado después del corte"
    with Store.open(store_copy, readonly=True) as store:
        proposal = store.proposals.by_code(code)
        assert store.overrides.get(proposal.uuid) is not None and store.decisions.get(proposal.uuid) is not None
