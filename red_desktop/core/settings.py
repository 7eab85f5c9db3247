"""User settings, each declared once with its type, default and description; kept as JSON in the user config folder."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from red_desktop.core.errors import Problem, ValidationError
from red_desktop.core.messages import msg

FORMAT_VERSION = 1
MAX_RECENT = 8


class Role(StrEnum):
    FIELD_EVALUATOR = "field_evaluator"
    COMMITTEE_MEMBER = "committee_member"
    ADMINISTRATOR = "administrator"


COMMITTEE_ROLES = frozenset({Role.COMMITTEE_MEMBER.value, Role.ADMINISTRATOR.value})  # may decide, give codes


@dataclass(frozen=True)
class Setting:
    kind: type
    default: Any
    description: str


SETTINGS: dict[str, Setting] = {
    "profile.name": Setting(str, "", "Your name, shown in the status bar and stamped on every change"),
    "profile.role": Setting(str, Role.FIELD_EVALUATOR.value, "field_evaluator, committee_member or administrator"),
    "interface.language": Setting(str, "", "a language with a catalogue (en, es, pt...); empty follows the system"),
    "stores.recent": Setting(list, [], "The stores opened last, most recent first"),
    "list.columns": Setting(list, [], "The proposal list's visible columns in order; empty for the default"),
    "exports.folder": Setting(str, "", "The folder File › Export wrote into last; empty for your documents folder"),
    "backups.daily": Setting(int, 7, "Automatic backups: how many of the last days with a copy keep theirs (0: none)"),
    "backups.weekly": Setting(int, 4, "Automatic backups: how many of the last weeks with a copy keep one (0: none)"),
}


def settings_path() -> Path:
    from red_desktop import paths

    return paths.user_config_dir() / "settings.json"


class Settings:
    """Load with Settings.load(); unknown keys and values of the wrong type are dropped with the default kept."""

    def __init__(self, path: Path, values: dict[str, Any]):
        self.path = path
        self._values = values

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or settings_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raw = {}  # a missing or damaged settings file means defaults, never a failed start
        values = raw.get("values", {}) if isinstance(raw, dict) else {}
        clean = {k: v for k, v in values.items() if k in SETTINGS and isinstance(v, SETTINGS[k].kind)}
        return cls(path, clean)

    def get(self, key: str) -> Any:
        setting = SETTINGS[key]
        value = self._values.get(key, setting.default)
        return list(value) if isinstance(value, list) else value

    def set(self, key: str, value: Any) -> None:
        setting = SETTINGS[key]
        if not isinstance(value, setting.kind):
            said = msg("wrong_kind", "must be {kind}", kind=setting.kind.__name__)
            raise ValidationError(msg("setting", "Setting"), [Problem(key, said, value)])
        self._values[key] = value

    def save(self) -> None:
        """Write atomically: a crash mid-save leaves the previous file."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"format_version": FORMAT_VERSION, "values": self._values}, ensure_ascii=False, indent=2)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(data)
        os.replace(tmp, self.path)

    # ---- the profile ----

    @property
    def profile_name(self) -> str:
        return str(self.get("profile.name")).strip()

    def set_profile(self, name: str, role: Role) -> None:
        problems = []
        if not name.strip() or len(name) > 200:
            problems.append(Problem("name", msg("bad_name", "must be 1-200 characters"), name))
        if not isinstance(role, Role):
            allowed = ", ".join(r.value for r in Role)
            problems.append(Problem("role", msg("not_one_of", "must be one of: {allowed}", allowed=allowed), role))
        if problems:
            raise ValidationError(msg("profile", "Profile"), problems)
        self.set("profile.name", name.strip())
        self.set("profile.role", role.value)

    def remember_store(self, path: Path) -> None:
        recent = [str(path)] + [p for p in self.get("stores.recent") if p != str(path)]
        self.set("stores.recent", recent[:MAX_RECENT])
