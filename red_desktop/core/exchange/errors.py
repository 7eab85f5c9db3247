"""Why a package cannot be used, in words a person understands; nothing is written when one is raised."""

from __future__ import annotations

from red_desktop.core.errors import RedDesktopError


class PackageError(RedDesktopError):
    """A package refused: unreadable, tampered, untrusted, not for this store, or holding a bad record."""
