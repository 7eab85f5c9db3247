"""The locks (requirements/app.txt, requirements/test.txt, made by `make lock`) are what make, CI and the installer
build install: they must still satisfy pyproject.toml's ranges, pin every dependency exactly with hashes, agree with
each other, and the linters that gate the suite must be pinned exactly in pyproject.toml itself (issue 17)."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import REPO

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^ ;\\]+)")


def project() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def pins(name: str) -> dict[str, str]:
    text = (REPO / "requirements" / name).read_text(encoding="utf-8")
    found = {canonicalize_name(m.group(1)): m.group(2) for m in map(PIN.match, text.splitlines()) if m}
    entries = [line for line in text.splitlines() if line and not line[0].isspace() and not line.startswith("#")]
    assert len(found) == len(entries), f"{name}: an entry that is not name==version"
    assert text.count("--hash=sha256:") >= len(found), f"{name}: a pin without a hash"
    return found


def unmet(requirements: list[str], locked: dict[str, str]) -> list[str]:
    wrong = []
    for line in requirements:
        requirement = Requirement(line)
        version = locked.get(canonicalize_name(requirement.name))
        if version is None or not requirement.specifier.contains(version, prereleases=True):
            wrong.append(f"{line}: locked {version}")
    return wrong


def test_the_app_lock_satisfies_the_dependencies() -> None:
    assert unmet(project()["dependencies"], pins("app.txt")) == []


def test_the_test_lock_satisfies_the_dependencies_and_the_test_extra() -> None:
    spec = project()
    assert unmet(spec["dependencies"] + spec["optional-dependencies"]["test"], pins("test.txt")) == []


def test_both_locks_agree_on_what_they_share() -> None:
    app, test = pins("app.txt"), pins("test.txt")
    assert {name: (version, test.get(name)) for name, version in app.items() if test.get(name) != version} == {}


def test_the_linters_that_gate_the_suite_are_pinned_exactly() -> None:
    for line in project()["optional-dependencies"]["test"]:
        requirement = Requirement(line)
        if requirement.name in ("ruff", "mypy"):
            assert str(requirement.specifier).startswith("=="), line
