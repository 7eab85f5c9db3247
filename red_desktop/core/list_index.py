"""The proposal list's search, filters and sort, answered in memory with numpy.

Why not SQL: at 100,000 proposals, handing 100,000 ordered ids from SQLite to Python costs ~65 ms
before any filtering, a sort by a column no index is ordered by 150-450 ms, and a one- or
two-character search reads the whole search text (bench/bench_list.py). Here a query is a few
vectorised passes over arrays held in code order plus, for a search, one substring test per row
(or per row that matched the previous, shorter term while the user types), so every keystroke
answers well under 100 ms. The index holds no Python object per proposal: numbers and categories as
arrays, texts as one bytes object a column (TextColumn; the search text and folded texts in a file mapped into
memory when given a folder); the list's rows themselves are still fetched from the store when displayed.

An index is immutable apart from a small cache of recent searches; `patched` gives a new index
after some proposals changed, so a background thread can build it while the window uses the old one;
`to_parts` and `from_parts` hand one built in a process of its own to the window.
"""

from __future__ import annotations

import pickle
from collections import OrderedDict
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from red_desktop.core.handover import Buffer
from red_desktop.core.listing import ListQuery, OwnTotal, check_query
from red_desktop.core.text import fold
from red_desktop.core.text_column import TextColumn

# What the store hands over (Proposals.list_columns): one sequence per key, all of the same length.
ENTRY_KEYS = (
    "rowid",
    "uuid",
    "code",
    "title",
    "country",
    "region_name",
    "region_type",  # "" when not set
    "priority_area",  # "" when not set
    "status",
    "executing_agency",
    "requested_amount",
    "leverage",  # None when nothing is requested
    "evaluations",
    "finals",
    "total",  # None without a final evaluation
    "updated_at",
    "search_text",  # folded, as Proposals stores it
)
# The current evaluator's own evaluation (core/own_totals.py), per proposal they evaluated; NaN for the others.
OWN_KEYS = ("own_total", "own_final", "own_missing")
FACETS = {
    "countries": "country",
    "region_types": "region_type",
    "priority_areas": "priority_area",
    "statuses": "status",
}
_CATEGORIES = ("country", "region_type", "priority_area", "status", "updated_at")
_FOLDED = ("title", "region_name", "executing_agency")  # sorted ignoring case and accents
_NUMBERS = ("requested_amount", "leverage", "evaluations", "finals", "total")
_BLANK_LAST = ("region_type", "priority_area")  # "not set" sorts last either way, like a missing number
_RECENT_SEARCHES = 16

Columns = Mapping[str, Sequence[object]]
_Raw = dict[str, np.ndarray]  # one array per entry key, rows in any order


class ListIndex:
    """What the proposal list filters and sorts on, for every proposal of a store."""

    def __init__(self, columns: Columns, own: Columns | None = None, spill: Path | None = None):
        """`columns` as Proposals.list_columns gives them; `own` as own_totals gives them (None: no evaluator);
        `spill`: a folder where the search and folded texts are kept on disk (core/spilled.py), None: in memory."""
        raw = _raw(columns)
        self._spill = spill
        self._set({**raw, **_own(raw["uuid"], own)})

    def _set(self, raw: _Raw) -> None:
        codes, uuids = raw["code"].tolist(), raw["uuid"].tolist()  # a code two proposals hold: by uuid
        order = np.array(sorted(range(len(codes)), key=lambda i: (codes[i], uuids[i])), dtype=np.intp)
        raw = {key: values[order] for key, values in raw.items()}
        self._rowid: NDArray[np.int64] = raw["rowid"]
        # Texts as bytes, not a Python string a row (issue 19: 30 MB of the window at 100,000 proposals): uuids as
        # one fixed-width array, codes and folded texts as TextColumns, the folded ones on disk with the search's.
        self._uuid: NDArray[np.bytes_] = np.array([u.encode() for u in uuids], dtype=bytes)[order]
        self._code = TextColumn.of(raw["code"].tolist())
        self._folded = {key: TextColumn.of(raw[key].tolist(), self._spill) for key in _FOLDED}
        self._numbers = {key: raw[key] for key in (*_NUMBERS, *OWN_KEYS)}
        self._categories: dict[str, tuple[list[str], NDArray[np.intp]]] = {}
        for key in _CATEGORIES:
            self._categories[key] = _categorised(raw[key])
        self._text = TextColumn(raw["search_text"].tolist(), self._spill)
        self._sort_keys: dict[str, NDArray[np.float64]] = {}
        self._recent: OrderedDict[str, NDArray[np.intp]] = OrderedDict()
        self._by_rowid: NDArray[np.intp] = np.argsort(self._rowid)  # positions in rowid order, for own_of

    def __len__(self) -> int:
        return len(self._rowid)

    def to_parts(self) -> list[bytes]:
        """The index pickled in parts, for a window that had it built in a process of its own (the build makes two
        million Python objects at 100,000 proposals: in the window they held its interpreter and, freed, left its
        memory in fragments). Arrays and bytes only: each part unpickles at once."""
        texts = [self._code.parts(), self._text.parts(), *(self._folded[key].parts() for key in _FOLDED)]
        head = (self._rowid, self._uuid, self._by_rowid, self._numbers, self._categories, [t[1] for t in texts])
        # the texts as they are, not pickled: searched where they land (core/handover.py)
        return [pickle.dumps(head, protocol=pickle.HIGHEST_PROTOCOL), *(t[0] for t in texts)]

    @classmethod
    def from_parts(cls, parts: Sequence[Buffer], spill: Path | None = None) -> ListIndex:
        """The index again from to_parts' answer; `spill` as the constructor takes it."""
        head, code, text, *folded = parts
        rowid, uuid, by_rowid, numbers, categories, lengths = pickle.loads(head)  # noqa: S301 (ours)
        index = cls.__new__(cls)
        index._spill = spill
        index._rowid, index._uuid, index._by_rowid = rowid, uuid, by_rowid
        index._numbers, index._categories = numbers, categories
        index._code = TextColumn.joined(code, lengths[0])
        index._text = TextColumn.joined(text, lengths[1], spill)
        index._folded = {
            key: TextColumn.joined(blob, length, spill)
            for key, blob, length in zip(_FOLDED, folded, lengths[2:], strict=True)
        }
        index._sort_keys, index._recent = {}, OrderedDict()
        return index

    def _uuids(self) -> list[str]:
        return [u.decode() for u in self._uuid.tolist()]

    def query(self, query: ListQuery) -> NDArray[np.int64]:
        """Rowids of the proposals the list shows, in display order (ties, and blanks among themselves, by code)."""
        check_query(query)
        positions = np.flatnonzero(self._filtered(query))
        key = self._sort_key(query.sort)[positions]
        if query.descending:
            key = -key  # NaN (blank) stays NaN, and numpy sorts NaN last
        return self._rowid[positions[np.argsort(key, kind="stable")]]

    def rowid_of(self, uuid: str) -> int | None:
        """The rowid of a proposal by its uuid (another view selected it), None if the index does not hold it.
        One vectorised comparison (a few ms at 100,000), not a dict of every uuid built on the window's thread."""
        found = np.flatnonzero(self._uuid == uuid.encode())
        return int(self._rowid[found[0]]) if len(found) else None

    def own_of(self, rowids: Sequence[int]) -> list[OwnTotal | None]:
        """The current evaluator's own total of these proposals (None where they have no evaluation or the index
        does not hold them), for the rows on screen."""
        wanted = np.asarray(rowids, dtype=np.int64)
        if not len(self) or not len(wanted):
            return [None] * len(wanted)
        at = np.minimum(np.searchsorted(self._rowid, wanted, sorter=self._by_rowid), len(self) - 1)
        positions = self._by_rowid[at]
        held = self._rowid[positions] == wanted
        total, final, missing = (self._numbers[key] for key in OWN_KEYS)
        return [
            None if not there or np.isnan(total[i]) else OwnTotal(float(total[i]), bool(final[i]), int(missing[i]))
            for there, i in zip(held.tolist(), positions.tolist(), strict=True)
        ]

    def with_own(self, own: Columns | None) -> ListIndex:
        """This index with another evaluator's own totals (None: none), sharing everything else."""
        index = ListIndex.__new__(ListIndex)
        index.__dict__.update(self.__dict__)
        index._numbers = {**self._numbers, **_own(_objects(self._uuids()), own)}
        index._sort_keys = {key: value for key, value in self._sort_keys.items() if key not in OWN_KEYS}
        index._recent = OrderedDict(self._recent)  # each index its own cache: the old one stays in use meanwhile
        return index

    def facets(self) -> dict[str, list[str]]:
        """The values present, for the list's filters; "" stands for a region type or area not set."""
        return {facet: list(self._categories[column][0]) for facet, column in FACETS.items()}

    def patched(self, changed: Columns, asked: Collection[str], own: Columns | None = None) -> ListIndex:
        """A new index after the proposals `asked` (uuids) changed; `changed` holds those still in the store and
        `own` the current evaluator's totals of them (None: no evaluator)."""
        new = _raw(changed)
        new.update(_own(new["uuid"], own))
        gone = set(asked) | set(new["uuid"].tolist())
        kept = np.fromiter((u not in gone for u in self._uuids()), dtype=bool, count=len(self))
        old = self._raw()
        index = ListIndex.__new__(ListIndex)
        index._spill = self._spill
        index._set({key: np.concatenate([old[key][kept], new[key]]) for key in (*ENTRY_KEYS, *OWN_KEYS)})
        return index

    def _raw(self) -> _Raw:
        raw: _Raw = {"rowid": self._rowid, "uuid": _objects(self._uuids()), "code": _objects(self._code.texts())}
        raw.update({key: _objects(column.texts()) for key, column in self._folded.items()})
        raw.update(self._numbers)
        for key, (values, codes) in self._categories.items():
            raw[key] = np.array(values, dtype=object)[codes]
        raw["search_text"] = _objects(self._text.rows())
        return raw

    def answer_searches(self, texts: Iterable[str]) -> ListIndex:
        """Find the proposals these searches ask for now, on the thread that built the index, so that the window's
        thread, given the index, finds them answered (the first search of 100,000 rows took 120-180 ms there)."""
        for text in texts:
            term = fold(text.strip())
            if term:
                self._matching(term)
        return self

    def forget_recent_searches(self) -> None:
        """Answer the next search from every row, as a pasted term would be (for measurements)."""
        self._recent.clear()

    # ---- filtering ----

    def _filtered(self, query: ListQuery) -> NDArray[np.bool_]:
        keep = np.ones(len(self), dtype=bool)
        term = fold(query.text.strip())
        if term:
            keep[:] = False
            keep[self._matching(term)] = True
        for facet, column in FACETS.items():
            wanted = getattr(query, facet)
            if wanted:
                values, codes = self._categories[column]
                keep &= np.array([v in wanted for v in values], dtype=bool)[codes]
        evaluations, finals = self._numbers["evaluations"], self._numbers["finals"]
        if query.evaluation_state == "none":
            keep &= evaluations == 0
        elif query.evaluation_state == "draft":
            keep &= (evaluations > 0) & (finals == 0)
        elif query.evaluation_state == "final":
            keep &= finals > 0
        total = self._numbers["total"]
        with np.errstate(invalid="ignore"):  # NaN compares False: a bound leaves out proposals without a total
            if query.min_total is not None:
                keep &= total >= query.min_total
            if query.max_total is not None:
                keep &= total <= query.max_total
        return keep

    def _matching(self, term: str) -> NDArray[np.intp]:
        """Positions whose search text contains the folded term; while typing, only the previous matches are read."""
        found = self._recent.get(term)
        if found is None:
            found = self._text.find(term.encode(), self._longest_recent_within(term))
        self._recent[term] = found
        self._recent.move_to_end(term)
        while len(self._recent) > _RECENT_SEARCHES:
            self._recent.popitem(last=False)
        return found

    def _longest_recent_within(self, term: str) -> NDArray[np.intp] | None:
        """Matches of the longest recent term that `term` contains: a superset of the matches of `term`."""
        best = max((t for t in self._recent if t in term), key=len, default=None)
        return None if best is None else self._recent[best]

    # ---- sorting ----

    def _sort_key(self, column: str) -> NDArray[np.float64]:
        """One number per row whose ascending order is the column's; NaN for a blank. Built on first use."""
        key = self._sort_keys.get(column)
        if key is None:
            key = self._build_sort_key(column)
            self._sort_keys[column] = key
        return key

    def _build_sort_key(self, column: str) -> NDArray[np.float64]:
        if column == "code":
            return np.arange(len(self), dtype=np.float64)
        if column in self._numbers:
            return self._numbers[column]
        if column in self._categories:
            values, codes = self._categories[column]
            key = codes.astype(np.float64)
            if column in _BLANK_LAST and "" in values:
                key[codes == values.index("")] = np.nan
            return key
        _, dense = np.unique(_objects(self._folded[column].texts()), return_inverse=True)
        return dense.astype(np.float64)


def _raw(columns: Columns) -> _Raw:
    """The handed-over columns as arrays: numbers as floats (NaN for none), texts as objects, search text as bytes."""
    _check(columns, ENTRY_KEYS, "list")
    raw: _Raw = {"rowid": np.array(columns["rowid"], dtype=np.int64).reshape(-1)}
    for key in _NUMBERS:
        raw[key] = np.array([np.nan if v is None else v for v in columns[key]], dtype=np.float64).reshape(-1)
    for key in ("uuid", "code", *_CATEGORIES):
        raw[key] = _objects([str(v or "") for v in columns[key]])
    folded: dict[str, str] = {}  # regions and agencies repeat: each folded once (0.7 s of 300,000 folds at 100,000)
    for key in _FOLDED:
        texts = map(str, columns[key])
        raw[key] = _objects([folded[v] if v in folded else folded.setdefault(v, fold(v)) for v in texts])
    raw["search_text"] = _objects([str(v).encode() for v in columns["search_text"]])
    return raw


def _own(uuids: NDArray[np.object_], own: Columns | None) -> _Raw:
    """The own columns lined up with these rows (uuids): NaN for a proposal the evaluator has not evaluated."""
    values = {key: np.full(len(uuids), np.nan) for key in OWN_KEYS}
    if own is None:
        return values
    _check(own, ("uuid", *OWN_KEYS), "own total")
    where = {uuid: i for i, uuid in enumerate(uuids.tolist())}
    found = np.fromiter((where.get(str(u), -1) for u in own["uuid"]), dtype=np.intp, count=len(own["uuid"]))
    held = found >= 0  # a patch hands over only the proposals it names
    for key in OWN_KEYS:
        values[key][found[held]] = np.asarray(own[key], dtype=np.float64)[held]
    return values


def _check(columns: Columns, keys: Sequence[str], what: str) -> None:
    missing = [key for key in keys if key not in columns]
    if missing:
        raise ValueError(f"{what} columns missing: {', '.join(missing)}")
    lengths = {len(columns[key]) for key in keys}
    if len(lengths) > 1:
        raise ValueError(f"{what} columns of different lengths: {sorted(lengths)}")


def _categorised(column: NDArray[np.object_]) -> tuple[list[str], NDArray[np.intp]]:
    """Sorted distinct values and each row's position among them (np.unique, without sorting every row)."""
    items = column.tolist()
    values = sorted(set(items))
    position = {value: i for i, value in enumerate(values)}
    return values, np.fromiter(map(position.__getitem__, items), dtype=np.intp, count=len(items))


def _objects(values: Sequence[object]) -> NDArray[np.object_]:
    """A 1-D object array (np.array would make a 2-D array of a list of equal-length bytes)."""
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array
