"""One evaluator's own total of each proposal they scored, for the list's "My total" column.

Scored in one vectorised pass (store.evaluations.scored, the arithmetic of the committee's figures) over that
evaluator's evaluations only, read through the evaluations_evaluator index: at 100,000 proposals an
evaluator holds a few tens of thousands of evaluations at most, read and scored in the background.
"""

from __future__ import annotations

from collections.abc import Sequence

from red_desktop.core.rubric import Rubric
from red_desktop.core.scoring import MISSING, TOTAL
from red_desktop.core.store import Store
from red_desktop.core.store.evaluations import EXCLUDED

# What ListIndex takes beside the store's list columns (list_index.OWN_KEYS), one list per key.
OWN_COLUMNS = ("uuid", "own_total", "own_final", "own_missing")


def own_totals(
    store: Store, rubric: Rubric, evaluator_uuid: str, proposal_uuids: Sequence[str] | None = None
) -> dict[str, list[object]]:
    """Per proposal this evaluator evaluated with this rubric (of these proposals, if given): the total, partial
    when sub-criteria are missing; whether the evaluation is final; how many sub-criteria are missing."""
    scored, _ = store.evaluations.scored(rubric, proposal_uuids, evaluator_uuid)
    return {
        "uuid": scored["proposal_uuid"].tolist(),
        "own_total": scored[TOTAL].tolist(),
        "own_final": scored["state"].isin(["final", EXCLUDED]).tolist(),  # final to its evaluator, if not counted
        "own_missing": scored[MISSING].tolist(),
    }
