"""The history command: what happened to a proposal (its decision, override, codes, merges, evaluations): who,
when, what changed and why, oldest first, read from the audit log."""

from __future__ import annotations

import argparse

from red_desktop.cli import emit, store_path


def history(args: argparse.Namespace) -> int:
    from red_desktop.core.history import event_json, line, proposal_history
    from red_desktop.core.store import Store

    with Store.open(store_path(args), user=args.user, readonly=True) as store:
        proposal = store.proposals.by_code(args.code)
        events = proposal_history(store, proposal.uuid)
        decision = store.decisions.get(proposal.uuid)
    if args.decision:
        events = [e for e in events if e.on_decision]
    current = decision.kind.value if decision else None
    data = {
        "code": proposal.code,
        "uuid": proposal.uuid,
        "title": proposal.title,
        "decision": current,
        "events": [event_json(e) for e in events],
    }
    lines = [f"{proposal.code} · {proposal.title}"]
    lines.append(f"Decision now: {current.replace('_', ' ')}" if current else "Decision now: none")
    lines += [line(e) for e in events] or ["Nothing recorded yet."]
    emit(args, data, "\n".join(lines))
    return 0
