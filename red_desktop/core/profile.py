"""The person working on this laptop, as an evaluator on the store's roster."""

from __future__ import annotations

from red_desktop.core.domain import Evaluator
from red_desktop.core.errors import NotFoundError
from red_desktop.core.store import Store


def ensure_evaluator(store: Store, name: str, role: str) -> Evaluator:
    """The roster's evaluator of this name, added with this role if the store does not know them yet: under the
    uuid the committee's assignments give this name, if they arrived first, so that this laptop's evaluations and
    the committee's assignments name one evaluator."""
    try:
        return store.evaluators.by_name(name.strip())
    except NotFoundError:
        assigned = store.assignments.uuid_named(name.strip())
        if assigned is None:
            return store.evaluators.add(Evaluator(name.strip(), role=role))
        return store.evaluators.add(Evaluator(name.strip(), role=role, uuid=assigned))
