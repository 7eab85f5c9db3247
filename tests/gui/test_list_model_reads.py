"""The proposal list reads the code order once before its index lands (issue 19: the window's first sorts read
it again and again, 0.2 s a read on the GUI thread at 100,000 proposals, six reads before the window showed)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from red_desktop.core.listing import ListQuery
from red_desktop.gui.proposals.list_model import ProposalListModel


def test_the_code_order_is_read_once_and_serves_both_directions() -> None:
    reads: list[int] = []

    def code_order() -> list[int]:
        reads.append(1)
        return [3, 1, 2]

    model = ProposalListModel(lambda ids: [], code_order)
    model.sort(model._keys.index("code"), Qt.SortOrder.AscendingOrder)
    model.set_query(ListQuery(sort="code", descending=True))
    assert model._ids.tolist() == [2, 1, 3]
    model.set_query(ListQuery(sort="code"))
    assert model._ids.tolist() == [3, 1, 2] and len(reads) == 1
