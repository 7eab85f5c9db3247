"""Migrations undone in tests that make a store as an older version left it, to check its upgrade."""

from __future__ import annotations

import sqlite3

SIX_KINDS = "('proposal', 'evaluation', 'decision', 'gate_override', 'interest', 'assignment')"


def undo_migration_9(conn: sqlite3.Connection) -> None:
    """No declarations, assignments, languages read or members recused; the exchange's records of four kinds only."""
    from red_desktop.core.store.migrations import _EXCHANGED

    for table in ("interests", "assignments"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("ALTER TABLE evaluators DROP COLUMN reads")
    conn.execute("ALTER TABLE decisions DROP COLUMN members_recused")
    for table in ("exchange_lineage", "exchange_heads", "exchange_shared", "exchange_conflicts"):
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
        old = sql.replace(SIX_KINDS, _EXCHANGED).replace(f'CREATE TABLE "{table}"', f"CREATE TABLE {table}_old")
        conn.execute(old.replace(f"CREATE TABLE {table} ", f"CREATE TABLE {table}_old "))
        conn.execute(f"INSERT INTO {table}_old SELECT * FROM {table}")
        conn.execute(f"DROP TABLE {table}")
        conn.execute(f"ALTER TABLE {table}_old RENAME TO {table}")
