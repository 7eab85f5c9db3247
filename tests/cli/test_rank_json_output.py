"""`rank --json` at scale (issue 19): the text table is not made when JSON is asked for, and a list is written one
element a line (json's indenting encoder is pure Python: 3.1 s for 100,000 proposals, 0.9 s this way)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from red_desktop.cli import rank
from red_desktop.cli.main import main
from red_desktop.core.demo import build_demo
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store


@pytest.fixture
def demo(tmp_path: Path, rubric: Rubric) -> Path:
    path = tmp_path / "demo.sqlite"
    with Store.open(path, user="demo") as store:
        build_demo(store, rubric, proposals=12, evaluators=3, seed=4)
    return path


def test_json_does_not_write_the_table(
    demo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refuse(*_: object) -> str:
        raise AssertionError("the text table was made for --json")

    monkeypatch.setattr(rank, "_ranking_table", refuse)
    monkeypatch.setattr(rank, "_sensitivity_table", refuse)
    assert main(["rank", "--json", "--db", str(demo)]) == 0
    assert main(["rank", "--json", "--sensitivity", "--samples", "50", "--db", str(demo)]) == 0
    assert capsys.readouterr().out.count('"uuid"') == 24


def test_a_json_list_is_one_element_a_line(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rank", "--json", "--db", str(demo)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == 12 + 2
    rows = json.loads(out)
    assert [json.loads(line.strip().rstrip(",")) for line in lines[1:-1]] == rows
    assert main(["rank", "--db", str(demo)]) == 0  # the table is still written without --json
    assert "RED-" in capsys.readouterr().out
