"""The person working on this laptop, as an evaluator on the store's roster."""

from __future__ import annotations

from red_desktop.core.domain import Evaluator
from red_desktop.core.errors import NotFoundError
from red_desktop.core.store import Store


def ensure_evaluator(store: Store, name: str, role: str) -> Evaluator:
    """The roster's evaluator of this name, added with this role if the store does not know them yet."""
    try:
        return store.evaluators.by_name(name.strip())
    except NotFoundError:
        return store.evaluators.add(Evaluator(name.strip(), role=role))
