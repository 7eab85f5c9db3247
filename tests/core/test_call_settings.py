"""The call's budget and rules kept with the store (issue 20): read back as stored, audited, refused when unreadable."""

from __future__ import annotations

from pathlib import Path

import pytest

from red_desktop.core.errors import StoreError, ValidationError
from red_desktop.core.portfolio_rules import CallBudget, GroupRule, RuleKind
from red_desktop.core.store import Store
from red_desktop.core.store.call import KEY


def test_a_store_with_no_call_set_has_no_budget_and_no_rules(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.sqlite") as store:
        assert store.call.budget() == CallBudget()


def test_the_call_is_kept_and_each_change_audited_once(tmp_path: Path) -> None:
    call = CallBudget(12_000_000, (GroupRule(RuleKind.MIN_SHARE, "region_type", "marginalized", 0.3),))
    with Store.open(tmp_path / "s.sqlite", user="Marta") as store:
        assert store.call.set_budget(call, "the call's terms")
        assert not store.call.set_budget(CallBudget(12e6, call.rules))  # the same call: nothing written
    with Store.open(tmp_path / "s.sqlite", readonly=True) as store:
        assert store.call.budget() == call
        entries = store.audit.entries("call")
    assert [(e.action, e.actor, e.reason, e.old_value) for e in entries] == [
        ("call_budget_set", "Marta", "the call's terms", None)
    ]


def test_a_stored_call_edited_into_nonsense_is_refused_naming_it(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.sqlite") as store:
        store.meta.set(
            KEY, '{"budget": 5, "rules": [{"kind": "min_share", "group": "country", "value": "PE", "bound": 4}]}'
        )
        with pytest.raises(ValidationError, match="a fraction from 0 to 1"):
            store.call.budget()


def test_a_read_only_store_refuses_a_new_call(tmp_path: Path) -> None:
    Store.open(tmp_path / "s.sqlite").close()
    with Store.open(tmp_path / "s.sqlite", readonly=True) as store, pytest.raises(StoreError):
        store.call.set_budget(CallBudget(1.0))
