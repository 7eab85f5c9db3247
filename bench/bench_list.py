"""Benchmark: the proposal list on a 100,000-proposal store — its index, each keystroke of a search, filter + sort.

Run: .venv/bin/python bench/bench_list.py [--proposals N] [--repeat R] [--rebuild]
Prints medians; the figures quoted in docs/benchmarks.md come from this script.

Building 100,000 proposals with build_demo would take many minutes, so the store is built once by a
bulk path that lives here: a 2,000-proposal demo whose proposals, actors, evaluations and scores are
copied with new uuids and codes (RED-PE-2026-001 -> RED-PE-2027-001, ...) in one transaction, then
search text and score summaries recomputed. It is cached in the temp folder, keyed by BUILD_VERSION,
the size and the migrations: a schema change (say, a new index) migrates it, --rebuild builds it again.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import statistics
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from red_desktop import paths  # noqa: E402
from red_desktop.core.demo import build_demo  # noqa: E402
from red_desktop.core.list_index import ListIndex  # noqa: E402
from red_desktop.core.listing import ListQuery  # noqa: E402
from red_desktop.core.own_totals import own_totals  # noqa: E402
from red_desktop.core.rubric import Rubric, load_rubric  # noqa: E402
from red_desktop.core.store import Store, migrations  # noqa: E402
from red_desktop.core.text import search_text  # noqa: E402

BUILD_VERSION = "1"
BASE_PROPOSALS = 2_000
NAMESPACE = uuid.UUID("6f1d2c3e-0000-4000-8000-52454431b3c4")
TYPED = ("valle", "região", "coop", "red-pe-2031")  # typed one character at a time
SCREEN = 60  # lines on screen: the rows fetched after every new id list


def cached_store(proposals: int, rubric: Rubric, rebuild: bool) -> Path:
    """The cached store of this size at the current schema: built once; a cache of an older schema (the same
    BUILD_VERSION) is brought up to date by opening it for writing, which runs the new migrations like a real
    store's first opening (minutes faster than a rebuild at 100,000)."""
    schema = hashlib.sha256(Path(migrations.__file__).read_bytes()).hexdigest()[:10]
    folder = Path(tempfile.gettempdir()) / "red-desktop-bench"
    path = folder / f"list-v{BUILD_VERSION}-{schema}-{proposals}.sqlite"
    if path.exists() and not rebuild:
        return path
    folder.mkdir(exist_ok=True)
    building = path.with_name(path.name + ".building")
    building.unlink(missing_ok=True)
    older = sorted(folder.glob(f"list-v{BUILD_VERSION}-*-{proposals}.sqlite"))
    if older and not rebuild:
        for sidecar in ("-wal", "-shm", ""):  # a write-ahead log may hold committed pages: it goes along
            if Path(f"{older[0]}{sidecar}").exists():
                Path(f"{older[0]}{sidecar}").rename(f"{building}{sidecar}")
        with Store.open(building, user="bench") as store:
            if not store.summaries.is_current(rubric):  # a migration may leave them to the next full refresh
                store.summaries.refresh(rubric)
    else:
        build_store(building, rubric, proposals)
    for stale in folder.glob(f"list-*-{proposals}.sqlite*"):
        if not stale.name.startswith(building.name):
            stale.unlink()
    building.rename(path)
    building.with_name(building.name + ".lock").unlink(missing_ok=True)
    return path


def build_store(path: Path, rubric: Rubric, proposals: int) -> None:
    start = time.perf_counter()
    with Store.open(path, user="bench") as store:
        build_demo(store, rubric, proposals=min(proposals, BASE_PROPOSALS), evaluators=8, seed=1)
        print(f"built the {min(proposals, BASE_PROPOSALS):,}-proposal demo in {time.perf_counter() - start:.1f} s")
        with store.transaction():
            conn = store.db.conn
            conn.create_function(
                "copy_uuid", 2, lambda u, k: str(uuid.uuid5(NAMESPACE, f"{u}/{k}")), deterministic=True
            )
            for k in range(1, math.ceil(proposals / BASE_PROPOSALS)):
                replicate(conn, k, min(BASE_PROPOSALS, proposals - k * BASE_PROPOSALS))
            refill_search_text(conn)
            began = time.perf_counter()
            store.summaries.refresh(rubric)
            print(f"summaries.refresh(rubric) of {proposals:,} proposals: {time.perf_counter() - began:.1f} s")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"bench store of {proposals:,} proposals built in {time.perf_counter() - start:.0f} s: {path}")


def replicate(conn, k: int, count: int) -> None:  # type: ignore[no-untyped-def]
    """Copy the first `count` demo proposals with everything that hangs off them, as copy number k."""
    conn.execute("DROP TABLE IF EXISTS temp.pick")
    conn.execute("CREATE TEMP TABLE pick AS SELECT uuid FROM proposals WHERE rowid <= ?", [count])
    copies = {
        "proposals": ("uuid IN (SELECT uuid FROM pick)", {"uuid": "", "code": "replace(code, '-2026-', :year)"}),
        "actors": ("proposal_uuid IN (SELECT uuid FROM pick)", {"uuid": "", "proposal_uuid": ""}),
        "evaluations": ("proposal_uuid IN (SELECT uuid FROM pick)", {"uuid": "", "proposal_uuid": ""}),
        "scores": (
            "evaluation_uuid IN (SELECT uuid FROM evaluations WHERE proposal_uuid IN (SELECT uuid FROM pick))",
            {"uuid": "", "evaluation_uuid": "", "justification": "''"},  # the list never shows justifications
        ),
    }
    for table, (where, changed) in copies.items():
        columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
        values = [changed.get(c, c) or f"copy_uuid({c}, :k)" for c in columns]
        conn.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(values)} FROM {table} WHERE {where}",
            {"k": k, "year": f"-{2026 + k}-"},
        )


def refill_search_text(conn) -> None:  # type: ignore[no-untyped-def]
    actors: dict[str, list[str]] = {}
    for proposal_uuid, name in conn.execute("SELECT proposal_uuid, name FROM actors ORDER BY proposal_uuid, position"):
        actors.setdefault(proposal_uuid, []).append(name)
    rows = conn.execute("SELECT uuid, code, title, region_name, executing_agency FROM proposals").fetchall()
    conn.executemany(
        "UPDATE proposals SET search_text = ? WHERE uuid = ?",
        [(search_text([*fields, *actors.get(u, [])]), u) for u, *fields in rows],
    )


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time in ms."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def answer(store: Store, index: ListIndex, query: ListQuery) -> int:
    """What the list does for a new query: the ids in order from the index, then the rows on screen with the
    evaluator's own totals ("My total")."""
    ids = index.query(query)
    index.own_of([row.rowid for row in store.proposals.rows(ids[:SCREEN].tolist())])
    return len(ids)


def report(
    store: Store, index: ListIndex, label: str, query: ListQuery, repeat: int, typed: tuple[str, ...] = ()
) -> float:
    """Median of `repeat` answers; `typed` are the terms searched just before (the recent-search cache)."""

    def run() -> float:
        index.forget_recent_searches()
        for term in typed:
            index.query(ListQuery(text=term))
        start = time.perf_counter()
        answer(store, index, query)
        return time.perf_counter() - start

    ms = statistics.median(run() for _ in range(repeat)) * 1000
    print(f"  {label:<58} {answer(store, index, query):>7,} ids  median {ms:6.1f} ms")
    return ms


def keystrokes(store: Store, index: ListIndex, repeat: int) -> tuple[list[float], list[float]]:
    """Each prefix of each word as typed (the index has seen the shorter prefixes) and as pasted (it has not)."""
    typed, pasted = [], []
    for word in TYPED:
        print(f"typing {word!r}, one keystroke at a time (index query + rows of the first {SCREEN}):")
        for i in range(1, len(word) + 1):
            typed.append(
                report(store, index, repr(word[:i]), ListQuery(text=word[:i]), repeat, typed=_prefixes(word, i))
            )
        print("the same terms pasted, nothing searched before:")
        pasted.extend(
            report(store, index, repr(word[:i]), ListQuery(text=word[:i]), repeat) for i in range(1, len(word) + 1)
        )
    return typed, pasted


def _prefixes(word: str, i: int) -> tuple[str, ...]:
    return tuple(word[:k] for k in range(1, i))


def filtered(store: Store, index: ListIndex, repeat: int) -> list[float]:
    print(f"filters and sorts (index query + rows of the first {SCREEN}):")
    three = ListQuery(countries=frozenset({"PE", "CO", "BR"}), evaluation_state="final", min_total=50.0)
    cases = {
        "country PE, by total desc": ListQuery(countries=frozenset({"PE"}), sort="total", descending=True),
        "PE/CO/BR, final, total >= 50, by total desc": replace(three, sort="total", descending=True),
        "the same + text 'coop'": replace(three, text="coop", sort="total", descending=True),
        "text 'valle', by total desc": ListQuery(text="valle", sort="total", descending=True),
        "marginalized, value chains, under review, by requested": ListQuery(
            region_types=frozenset({"marginalized"}),
            priority_areas=frozenset({"value_chains"}),
            statuses=frozenset({"under_review"}),
            sort="requested_amount",
        ),
        "no evaluation yet": ListQuery(evaluation_state="none"),
        "total >= 70, by total desc": ListQuery(min_total=70.0, sort="total", descending=True),
        "everything by total desc": ListQuery(sort="total", descending=True),
        "everything by title": ListQuery(sort="title"),
        "everything by region desc": ListQuery(sort="region_name", descending=True),
        "everything by leverage desc": ListQuery(sort="leverage", descending=True),
        "everything by my total desc": ListQuery(sort="own_total", descending=True),
        "text 'valle', by my total": ListQuery(text="valle", sort="own_total"),
    }
    return [report(store, index, label, query, repeat) for label, query in cases.items()]


def building(store: Store, repeat: int) -> ListIndex:
    """The window's background work: the whole index when a store opens, a patch after a save."""
    start = time.perf_counter()
    columns = store.proposals.list_columns()
    read = time.perf_counter() - start
    tracemalloc.start()
    index = ListIndex(columns)
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del columns
    whole = timed(lambda: ListIndex(store.proposals.list_columns()), max(3, repeat // 3))
    middle = len(index) // 2
    uuid_ = store.proposals.rows(index.query(ListQuery()).tolist()[middle : middle + 1])[0].uuid
    patch = timed(lambda: index.patched(store.proposals.list_columns([uuid_]), [uuid_]), repeat)
    opening = timed(lambda: store.proposals.rows(store.proposals.ids_in_code_order()[:SCREEN]), repeat)
    print(f"open the list before its index (ids in code order + rows of the first {SCREEN}): median {opening:.1f} ms")
    print(
        f"index of {len(index):,} proposals, built in the background: median {whole:.0f} ms"
        f" (read {read * 1000:.0f} ms); patch after one proposal changed: median {patch:.0f} ms"
    )
    print(
        f"index memory (tracemalloc, from the columns read): {held / 2**20:.1f} MiB held, {peak / 2**20:.1f} MiB peak"
    )
    return index


def own(store: Store, rubric: Rubric, index: ListIndex, repeat: int) -> ListIndex:
    """The Scoring list's "My total": the busiest evaluator's own totals read and scored, put into the index
    (when the evaluator is known or changes), and a patch after one of their proposals changed."""
    evaluator = store.db.execute(
        "SELECT evaluator_uuid FROM evaluations GROUP BY evaluator_uuid ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    columns = own_totals(store, rubric, evaluator)
    read = timed(lambda: own_totals(store, rubric, evaluator), repeat)
    swap = timed(lambda: index.with_own(columns), repeat)
    mine = index.with_own(columns)
    one = [str(columns["uuid"][len(columns["uuid"]) // 2])]
    patch = timed(
        lambda: mine.patched(store.proposals.list_columns(one), one, own_totals(store, rubric, evaluator, one)), repeat
    )
    print(
        f"my total: {len(columns['uuid']):,} evaluations of one evaluator read and scored: median {read:.0f} ms;"
        f" put into the index: median {swap:.1f} ms; patch after one proposal changed: median {patch:.0f} ms"
    )
    return mine


class _Undo(Exception):
    """Raised to roll a timed write back."""


def undone(store: Store, write: Callable[[], object]) -> None:
    try:
        with store.transaction():
            write()
            raise _Undo
    except _Undo:
        pass


def writes(path: Path, rubric: Rubric, repeat: int) -> None:
    """What an evaluator's save costs on the big store: one proposal's summary, one new proposal (rolled back)."""
    with Store.open(path, user="bench") as store:
        evaluated = store.db.execute("SELECT proposal_uuid FROM evaluations LIMIT 1").fetchone()[0]
        summary = timed(lambda: undone(store, lambda: store.summaries.refresh(rubric, [evaluated])), repeat)
        new = replace(store.proposals.get(evaluated), uuid=str(uuid.uuid4()), code="RED-PE-9999-001")
        add = timed(lambda: undone(store, lambda: store.proposals.add(replace(new, actors=()))), repeat)
    print(f"writes: refresh one proposal's summary median {summary:.1f} ms; add a proposal median {add:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--proposals", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--rebuild", action="store_true", help="build the store again even if it is cached")
    parser.add_argument("--store", type=Path, help="measure this store instead of the cached one")
    args = parser.parse_args()
    rubric = load_rubric(paths.default_rubric_path())
    path = args.store or cached_store(args.proposals, rubric, args.rebuild)
    with Store.open(path, readonly=True) as store:
        print(f"store: {store.proposals.count():,} proposals, {store.evaluations.count():,} evaluations")
        store.proposals.list_columns()  # the first read pulls the file into the page cache
        index = own(store, rubric, building(store, args.repeat), args.repeat)
        opening = report(store, index, "the whole list (default query, code order)", ListQuery(), args.repeat)
        typed, pasted = keystrokes(store, index, args.repeat)
        sorting = filtered(store, index, args.repeat)
        facets = timed(index.facets, args.repeat)
        current = timed(lambda: store.summaries.is_current(rubric), args.repeat)
    print(f"facets: median {facets:.2f} ms; summaries.is_current: median {current:.1f} ms")
    writes(path, rubric, args.repeat)
    print(
        f"slowest median: whole list {opening:.1f} ms, keystroke typed {max(typed):.1f} ms,"
        f" pasted {max(pasted):.1f} ms, filter/sort {max(sorting):.1f} ms"
    )


if __name__ == "__main__":
    main()
