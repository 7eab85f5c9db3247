"""The call's budget and its rules for the portfolio (issue 20), kept with the store's facts and audited."""

from __future__ import annotations

from red_desktop.core.assignment import DEFAULT_PER_PROPOSAL, MAX_PER_PROPOSAL
from red_desktop.core.errors import Problem, ValidationError
from red_desktop.core.messages import msg
from red_desktop.core.portfolio_rules import CallBudget
from red_desktop.core.store.base import Manager

KEY = "call.budget"  # in the meta table, as the call's JSON (CallBudget.dumps)
PER_PROPOSAL_KEY = "call.evaluators_per_proposal"  # issue 21: how many evaluators each proposal is given
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

    def per_proposal(self) -> int:
        """How many evaluators each proposal of the call is given (DEFAULT_PER_PROPOSAL until the committee says)."""
        stored = self._store.meta.get(PER_PROPOSAL_KEY)
        return int(stored) if stored and stored.isdigit() else DEFAULT_PER_PROPOSAL

    def set_per_proposal(self, k: int, reason: str = "") -> bool:
        if not isinstance(k, int) or isinstance(k, bool) or not 1 <= k <= MAX_PER_PROPOSAL:
            said = msg("per_proposal_range", "must be a whole number from 1 to {most}", most=MAX_PER_PROPOSAL)
            raise ValidationError(msg("per_proposal", "Evaluators per proposal"), [Problem("per_proposal", said, k)])
        with self.writing():
            old = self._store.meta.get(PER_PROPOSAL_KEY)
            if old == str(k):
                return False
            self._store.meta.set(PER_PROPOSAL_KEY, str(k))
            audit = self._store.audit
            audit.record(audit.entry("call_per_proposal_set", ENTITY, ENTITY, "per_proposal", old, k, reason.strip()))
            return True
