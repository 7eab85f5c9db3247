"""The dossier command's choices: the justifications it carries, and a refused choice that writes nothing."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from tests.cli.conftest import Run


def test_the_contested_reasons_dossier_is_shorter_and_says_what_it_leaves_out(
    run: Run, ranked: tuple[Path, list[dict]], tmp_path: Path
) -> None:
    db = ranked[0]
    pages = {}
    for reasons in ("all", "contested"):
        pdf = tmp_path / f"{reasons}.pdf"
        done = run("dossier", "--db", str(db), "-o", str(pdf), "--top", "6", "--reasons", reasons, "--json")
        assert done.returncode == 0, done.stderr
        pages[reasons] = json.loads(done.stdout)["pages"]
        assert pages[reasons] == len(PdfReader(pdf).pages)
    assert pages["contested"] < pages["all"]
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "contested.pdf").pages).split())
    assert text.count("proposal's sheet gives every justification.") == 6


def test_an_unknown_reasons_choice_is_refused_and_writes_nothing(
    run: Run, ranked: tuple[Path, list[dict]], tmp_path: Path
) -> None:
    pdf = tmp_path / "d.pdf"
    done = run("dossier", "--db", str(ranked[0]), "-o", str(pdf), "--reasons", "some")
    assert done.returncode == 2 and "--reasons" in done.stderr and "contested" in done.stderr
    assert not pdf.exists()
