"""Store-level facts kept in the meta table: when and by what it was created, the device id."""

from __future__ import annotations

from red_desktop import __version__
from red_desktop.core.domain import new_uuid, utc_now
from red_desktop.core.store.base import Manager


class Meta(Manager):
    def initialise(self) -> None:
        """Facts written once, when the store is created."""
        with self.writing():
            for key, value in {
                "created_at": utc_now(),
                "created_by_version": __version__,
                "device_id": new_uuid(),
            }.items():
                self.set(key, value)

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        with self.writing() as db:
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def all(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM meta ORDER BY key").fetchall())
