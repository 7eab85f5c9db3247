"""The call's budget and its rules for the portfolio (issue 20), kept with the store's facts and audited."""

from __future__ import annotations

from red_desktop.core.portfolio_rules import CallBudget
from red_desktop.core.store.base import Manager

KEY = "call.budget"  # in the meta table, as the call's JSON (CallBudget.dumps)
ENTITY = "call"  # the audit log's entity for what is about the call; it has no uuid of its own


class CallSettings(Manager):
    def budget(self) -> CallBudget:
        """The stored budget and rules; a call with none set has no budget and no rules. A stored text that cannot
        be read (edited by hand) raises ValidationError naming what is wrong."""
        return CallBudget.loads(self._store.meta.get(KEY))

    def set_budget(self, call: CallBudget, reason: str = "") -> bool:
        """Store `call` as the call's budget and rules, audited with the old and new values; False if it was so."""
        with self.writing():
            old = self._store.meta.get(KEY)
            new = call.dumps()
            if old == new:
                return False
            self._store.meta.set(KEY, new)
            audit = self._store.audit
            audit.record(audit.entry("call_budget_set", ENTITY, ENTITY, "budget", old, new, reason.strip()))
            return True
