"""Issue 18: the prefix before a refusal ("red-desktop: error: ...") is said in the user's language too, by main
for every command and by package import for each package it refuses."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Run, new_store


def test_a_refusal_s_prefix_is_portuguese(run: Run, tmp_path: Path) -> None:
    missing = tmp_path / "nenhuma.sqlite"
    english = run("check", "--db", str(missing))
    assert english.returncode == 1 and english.stderr.startswith("red-desktop: error: There is no RED Desktop store")
    refused = run("check", "--db", str(missing), extra_env={"LC_ALL": "pt_BR.UTF-8"})
    assert refused.returncode == 1
    (line,) = refused.stderr.splitlines()
    assert line.startswith("red-desktop: erro: Não há uma base de dados do RED Desktop em ")


def test_a_refused_package_s_prefix_is_portuguese(run: Run, tmp_path: Path) -> None:
    junk = tmp_path / "lixo.redpkg"
    junk.write_bytes(b"nada")
    db = new_store(tmp_path / "base.sqlite")
    refused = run("package", "import", str(junk), "--db", db, "--lang", "pt")
    assert refused.returncode == 1
    (line,) = refused.stderr.splitlines()
    assert line.startswith("red-desktop: erro: lixo.redpkg: ")
    assert run("package", "import", str(junk), "--db", db).stderr.startswith("red-desktop: error: lixo.redpkg: ")
