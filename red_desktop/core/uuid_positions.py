"""Where each uuid stands in a sequence of them, found by binary search over their sorted order: a dict of the
100,000 proposals' uuids held 6 MB of the window (issue 19), these two arrays 0.8 MB beside the uuids themselves."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray


class UuidPositions:
    def __init__(self, uuids: NDArray[np.object_], order: NDArray[np.intp] | None = None):
        """`order`: `uuids`' sorted order when worked out already (argsort of 100,000 strings holds the interpreter
        ~0.1 s: the process apart does it, and sends it with the rest)."""
        self.uuids = uuids
        self.order = np.argsort(uuids, kind="stable") if order is None else order

    def get(self, uuid: str) -> int | None:
        if not len(self.uuids):
            return None
        at = int(np.searchsorted(self.uuids, uuid, sorter=self.order))
        if at < len(self.order) and self.uuids[self.order[at]] == uuid:
            return int(self.order[at])
        return None

    def of(self, uuids: NDArray[np.object_]) -> NDArray[np.intp]:
        """The position of each of `uuids`, -1 for one not held (vectorised)."""
        if not len(self.uuids):
            return np.full(len(uuids), -1, dtype=np.intp)
        at = np.minimum(np.searchsorted(self.uuids, uuids, sorter=self.order), len(self.order) - 1)
        found = self.order[at]
        return np.where(self.uuids[found] == uuids, found, -1)
