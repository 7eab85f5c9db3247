"""`red-desktop portfolio` (issue 20): the call's budget and rules from the store or the options, the best set and
the rank-order set, each proposal's probability of being funded, and rules that cannot be met named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from red_desktop.cli.main import main
from red_desktop.core.demo import build_demo
from red_desktop.core.portfolio_rules import CallBudget, GroupRule, RuleKind
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store


@pytest.fixture
def demo(tmp_path: Path, rubric: Rubric) -> Path:
    path = tmp_path / "demo.sqlite"
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, proposals=30, evaluators=3, seed=4)
    return path


def portfolio(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
    code = main(["portfolio", "--json", "--samples", "40", *args])
    return code, json.loads(capsys.readouterr().out)


def test_the_best_set_meets_the_budget_and_rules_and_beats_the_rank_order(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = portfolio(
        capsys, "--db", str(demo), "--budget", "12000000", "--min-share", "region_type=marginalized:0.3"
    )
    assert code == 0 and out["feasible"] and out["budget"] == 12_000_000
    funded = [p for p in out["proposals"] if p["funded"]]
    amount = sum(p["requested_amount"] for p in funded)
    assert amount == pytest.approx(out["funded_amount"]) and amount <= 12_000_000
    marginalized = next(g for g in out["groups"] if g["group"] == "region_type" and g["value"] == "marginalized")
    assert marginalized["share"] >= 0.3 - 1e-9 and marginalized["rules"] == ["min_share region_type=marginalized: 0.3"]
    assert out["objective"] >= out["rank_order_objective"]
    assert all(p["eligible"] and p["total"] is not None for p in funded)
    assert {p["code"] for p in out["proposals"] if p["at_margin"]} == {
        p["code"] for p in out["proposals"] if 0 < p["p_funded"] < 0.9
    }
    cumulative = [p["cumulative_amount"] for p in out["proposals"] if p["cumulative_amount"] is not None]
    assert cumulative == sorted(cumulative)


def test_the_same_seed_gives_the_same_probabilities(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ("--db", str(demo), "--budget", "20000000", "--seed", "7")
    first = [p["p_funded"] for p in portfolio(capsys, *args)[1]["proposals"]]
    again = [p["p_funded"] for p in portfolio(capsys, *args)[1]["proposals"]]
    other = [
        p["p_funded"]
        for p in portfolio(capsys, "--db", str(demo), "--budget", "20000000", "--seed", "8")[1]["proposals"]
    ]
    assert first == again and first != other


def test_rules_that_cannot_be_met_are_named_and_the_command_fails(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = portfolio(
        capsys,
        "--db",
        str(demo),
        "--budget",
        "12000000",
        "--min-share",
        "region_type=marginalized:0.6",
        "--max-share",
        "region_type=marginalized:0.4",
        "--min-count",
        "region_type=marginalized:1",
    )
    assert code == 1 and not out["feasible"] and not any(p["funded"] for p in out["proposals"])
    assert "max_share region_type=marginalized: 0.4" in out["conflicts"]
    assert main(["portfolio", "--db", str(demo), "--samples", "10", "--min-count", "country=ZZ:1"]) == 1
    assert "min_count country=ZZ: 1" in capsys.readouterr().out


def test_without_options_the_stored_call_is_used_and_save_keeps_options_audited(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(demo, user="demo") as store:
        store.call.set_budget(CallBudget(5_000_000, (GroupRule(RuleKind.MAX_COUNT, "country", "*", 2),)))
    code, out = portfolio(capsys, "--db", str(demo))
    assert code == 0 and out["budget"] == 5_000_000 and out["funded_amount"] <= 5_000_000
    assert all(g["count"] <= 2 for g in out["groups"] if g["group"] == "country")
    assert (
        main(
            [
                "--user",
                "Tess",
                "portfolio",
                "--db",
                str(demo),
                "--samples",
                "5",
                "--budget",
                "9e6",
                "--save",
                "--reason",
                "cut",
            ]
        )
        == 0
    )
    capsys.readouterr()
    with Store.open(demo, readonly=True) as store:
        assert store.call.budget().budget == 9_000_000
        assert store.call.budget().rules == (GroupRule(RuleKind.MAX_COUNT, "country", "*", 2),)  # kept: none given
        entry = store.audit.entries("call")[-1]
        assert (entry.action, entry.actor, entry.reason) == ("call_budget_set", "Tess", "cut")
        assert entry.old_value is not None and '"budget": 5000000.0' in entry.old_value
        assert entry.new_value is not None and '"budget": 9000000.0' in entry.new_value


@pytest.mark.parametrize(
    ("args", "why", "status"),
    [
        (["--min-share", "region_type=marginalized:30"], "a fraction from 0 to 1", 1),
        (["--max-count", "province=Cusco:2"], "is not one of region_type, country, priority_area", 1),
        (["--min-count", "country"], "is not GROUP=VALUE:BOUND", 1),
        (["--force-in", "RED-XX-0000-000"], "no proposal has the code RED-XX-0000-000", 2),
        (["--budget", "-5"], "must be more than 0", 1),
        (["--budget", "nan"], "must be more than 0", 1),
        (["--budget", "0"], "must be more than 0", 1),
        (["--budget", "lots"], "invalid float value", 2),
    ],
)
def test_bad_options_are_refused_saying_why_and_change_nothing(
    demo: Path, capsys: pytest.CaptureFixture[str], args: list[str], why: str, status: int
) -> None:
    before = demo.read_bytes()
    assert main(["--user", "Tess", "portfolio", "--db", str(demo), "--save", *args]) == status
    assert why in capsys.readouterr().err
    assert demo.read_bytes() == before


def test_proposals_forced_in_and_out_are_listed_and_followed(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, first = portfolio(capsys, "--db", str(demo), "--budget", "12000000")
    assert code == 0 and first["forced_in"] == [] and first["forced_out"] == []
    funded = [p["code"] for p in first["proposals"] if p["funded"]]
    unfunded = [p["code"] for p in first["proposals"] if not p["funded"] and p["eligible"] and p["total"] is not None]
    code, out = portfolio(
        capsys, "--db", str(demo), "--budget", "12000000", "--force-in", unfunded[0], "--force-out", funded[0]
    )
    assert code == 0 and out["forced_in"] == [unfunded[0]] and out["forced_out"] == [funded[0]]
    now = {p["code"]: p for p in out["proposals"]}
    assert now[unfunded[0]]["funded"] and now[unfunded[0]]["reason"] == "forced_in"
    assert not now[funded[0]]["funded"] and now[funded[0]]["reason"] == "forced_out"
