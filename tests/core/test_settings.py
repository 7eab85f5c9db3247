"""Settings: declared once, typed, saved atomically, and a damaged file never stops the program."""

from __future__ import annotations

from pathlib import Path

import pytest

from red_desktop.core.errors import ValidationError
from red_desktop.core.settings import MAX_RECENT, Role, Settings


def test_defaults_then_a_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings.load(path)
    assert settings.profile_name == "" and settings.get("profile.role") == "field_evaluator"
    settings.set_profile("Ana Lucía Quispe", Role.COMMITTEE_MEMBER)
    settings.set("interface.language", "es")
    settings.save()
    again = Settings.load(path)
    assert again.profile_name == "Ana Lucía Quispe"
    assert (again.get("profile.role"), again.get("interface.language")) == ("committee_member", "es")


@pytest.mark.parametrize("content", ["{not json", '["a list"]', '{"values": {"profile.name": 42, "nope": 1}}', ""])
def test_a_damaged_or_foreign_settings_file_gives_defaults(tmp_path: Path, content: str) -> None:
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    assert Settings.load(path).profile_name == ""


def test_wrong_types_and_empty_names_are_refused(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "s.json")
    with pytest.raises(ValidationError, match="must be str"):
        settings.set("profile.name", 7)
    with pytest.raises(ValidationError, match="name"):
        settings.set_profile("  ", Role.ADMINISTRATOR)
    with pytest.raises(KeyError):
        settings.get("no.such.setting")


def test_recent_stores_most_recent_first_without_duplicates(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path / "s.json")
    for i in range(MAX_RECENT + 3):
        settings.remember_store(tmp_path / f"{i}.sqlite")
    settings.remember_store(tmp_path / "5.sqlite")
    recent = settings.get("stores.recent")
    assert recent[0].endswith("5.sqlite") and len(recent) == MAX_RECENT and len(set(recent)) == MAX_RECENT
