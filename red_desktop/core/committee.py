"""Everything the committee view shows, computed at once from the store (in a worker, on its own connection)."""

from __future__ import annotations

import pickle
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from red_desktop.core.aggregation import DEFAULT_SPREAD_THRESHOLD, Method
from red_desktop.core.agreement import PanelAgreement, panel_agreement
from red_desktop.core.calibration import Calibration, calibrate, calibrated_totals
from red_desktop.core.domain import Decision
from red_desktop.core.handover import Buffer
from red_desktop.core.pickled_entries import PickledEntries, pickled_parts
from red_desktop.core.ranking import RankedProposal, build_ranking, evaluation_scores
from red_desktop.core.ranking_columns import RankingColumns, ranking_search, ranking_table
from red_desktop.core.rubric import Rubric
from red_desktop.core.scoring import TOTAL
from red_desktop.core.store import Store
from red_desktop.core.text_column import TextColumn
from red_desktop.core.uuid_positions import UuidPositions

FINALS_TEXTS = ("proposal_uuid", "evaluator_uuid", "evaluator")
SPARSE_CHUNK = 500  # entries of the ranking's sparse fields a part: ~10 ms to unpickle 500 contest reasons
PARTS_A_PIECE = 8  # pickled parts handed over in one piece (each piece unpickles in well under a millisecond)


@dataclass(frozen=True)
class CommitteeData:
    rubric: Rubric
    ranking: Sequence[RankedProposal]  # build_ranking's list, or in the window the same as columns (RankingColumns)
    # one row per final evaluation: proposal_uuid, evaluator_uuid, evaluator, criteria, total (in the window, from
    # from_parts, the three texts are categories: 300,000 strings there cost 60 MB at 100,000 proposals)
    finals: pd.DataFrame
    calibration: list[Calibration]
    calibrated: Mapping[str, float]  # proposal uuid -> calibrated total (in the window, from from_parts: by position)
    decisions: dict[str, Decision]
    agreement: PanelAgreement

    def proposal(self, uuid: str) -> RankedProposal | None:
        found = self.position(uuid)
        return None if found is None else self.ranking[found]

    def position(self, uuid: str) -> int | None:
        """Where the proposal stands in `ranking` (its row while the ranking is shown in its own order)."""
        return self._positions.get(uuid)

    @cached_property
    def _positions(self) -> UuidPositions:
        """Made on first use (a frozen dataclass may still cache): asked on every selection, over 100,000 rows."""
        if isinstance(self.ranking, RankingColumns):
            return self.ranking.positions
        return UuidPositions(self.table["uuid"].to_numpy())

    @cached_property
    def search(self) -> TextColumn:
        """The folded text the committee's search reads, in the ranking's order."""
        return self.ranking.search if isinstance(self.ranking, RankingColumns) else ranking_search(self.ranking)

    def calibrated_in_order(self) -> np.ndarray:
        """Each proposal's calibrated total in the ranking's order, NaN for none (for a sort: no lookup a row)."""
        if isinstance(self.calibrated, CalibratedTotals):
            return self.calibrated.in_order
        return _in_order(self.calibrated, self._positions, len(self.ranking))

    @cached_property
    def ranked_count(self) -> int:
        """How many proposals have a committee total."""
        return int(self.table["total"].notna().sum())

    @cached_property
    def criterion_averages(self) -> tuple[float, ...]:
        """The portfolio's mean score per criterion over the proposals with a committee total: the radar's reference
        and the sheets' portfolio average, worked out once per computation, not on every selection or sheet (summed
        in Python in the ranking's order: the sheets' figures to the last digit)."""
        ranked = self.table[self.table["total"].notna()]
        if ranked.empty:
            return tuple(0.0 for _ in self.rubric.criterion_ids)
        return tuple(sum(ranked[c].fillna(0.0).tolist()) / len(ranked) for c in self.rubric.criterion_ids)

    def finals_of(self, uuid: str) -> pd.DataFrame:
        """The proposal's final evaluations (found through rows grouped once, not a scan of all of them)."""
        position = self.position(uuid)
        if position is None:
            return self.finals.iloc[[]]
        rows, bounds = self._final_rows
        return self.finals.iloc[rows[bounds[position] : bounds[position + 1]]]

    @cached_property
    def _final_rows(self) -> tuple[np.ndarray, np.ndarray]:
        """The final evaluations' rows grouped by their proposal's position in the ranking, and where each
        position's group starts (two arrays: a dict of 100,000 arrays by uuid held 20 MB more)."""
        positions = self._positions.of(self.finals["proposal_uuid"].to_numpy(dtype=object))
        known = positions >= 0
        where = positions[known].astype(np.int64)
        rows = np.flatnonzero(known)[np.argsort(where, kind="stable")]
        counts = np.bincount(where, minlength=len(self.ranking))
        return rows, np.concatenate([[0], np.cumsum(counts)])

    @cached_property
    def table(self) -> pd.DataFrame:
        """The ranking as columns, a row per proposal in the ranking's order (None and missing figures are NaN):
        what charts and sorts work out with numpy instead of a Python loop over 100,000 proposals."""
        if isinstance(self.ranking, RankingColumns):
            return self.ranking.table
        return ranking_table(self.ranking, self.rubric)

    def to_parts(self) -> list[bytes]:
        """The data pickled in parts that each take a few milliseconds to unpickle, for a window that had it worked
        out in a process of its own: at 100,000 proposals the whole took 1.1 s to unpickle in one call, and the
        window's thread waited for the interpreter all that time. The ranking goes as columns (RankingColumns): the
        window makes a proposal when it shows it, not 100,000 objects for Python's cycle collector to walk."""
        columns = (
            self.ranking
            if isinstance(self.ranking, RankingColumns)
            else RankingColumns.of(self.ranking, self.rubric, self.table, self._positions)  # one sort of the uuids
        )
        names = list(columns.table.columns)
        sparse = _sparse_chunks(columns.sparse)
        head = (self.rubric, self.calibration, self.decisions, self.agreement, names, len(sparse))
        titles = columns.texts["title"]
        titles = titles if isinstance(titles, TextColumn) else TextColumn.of(titles)
        (title_bytes, title_lengths), (search_bytes, search_lengths) = titles.parts(), columns.search.parts()
        texts = (columns.values("status"), title_lengths, search_lengths)
        pieces: list[Any] = [head, *(columns.table[name] for name in names), texts, *sparse]
        pieces += [
            self.finals.astype(dict.fromkeys(FINALS_TEXTS, "category")),
            self.calibrated_in_order(),
            self._final_rows,
            self._positions.order,
        ]
        pickled = [pickle.dumps(piece, protocol=pickle.HIGHEST_PROTOCOL) for piece in pieces]
        return [*pickled, title_bytes, search_bytes]  # the texts as they are: searched where they land (handover)

    @classmethod
    def from_parts(cls, parts: Sequence[Buffer], spill: Path | None = None) -> CommitteeData:
        """The data again from to_parts' answer, a part at a time (the interpreter is free between them); `spill`:
        a folder where the titles and the search's text are kept on disk (core/spilled.py)."""
        *parts, titles, search = parts
        rubric, calibration, decisions, agreement, names, chunks = pickle.loads(parts[0])  # noqa: S301 (ours)
        table = pd.DataFrame({name: pickle.loads(part) for name, part in zip(names, parts[1:], strict=False)})  # noqa: S301
        rest = iter(parts[1 + len(names) :])
        statuses, title_lengths, search_lengths = pickle.loads(next(rest))  # noqa: S301
        pickled: dict[str, list[tuple[int, int, int, bytes]]] = {}
        for _ in range(chunks):
            key, parts_of_key = pickle.loads(next(rest))  # noqa: S301
            pickled.setdefault(key, []).extend(parts_of_key)
        sparse: dict[str, Mapping[int, Any]] = {key: PickledEntries(found) for key, found in pickled.items()}
        finals, calibrated, final_rows, order = (pickle.loads(part) for part in rest)  # noqa: S301
        texts: dict[str, Sequence[str] | TextColumn] = {
            "title": TextColumn.joined(titles, title_lengths, spill),
            "status": statuses,
        }
        positions = UuidPositions(table["uuid"].to_numpy(), order)
        search_text = TextColumn.joined(search, search_lengths, spill)
        ranking = RankingColumns(rubric, table, texts, sparse, search_text, positions)
        data = cls(rubric, ranking, finals, calibration, CalibratedTotals(positions, calibrated), decisions, agreement)
        data.__dict__["_final_rows"] = final_rows  # cached_property's own store: grouped in the other process
        return data

    def warm(self) -> CommitteeData:
        """Work out what a window asks for on every computation and selection now, on the thread that built the
        data (at 100,000 proposals each takes a tenth of a second or more)."""
        _ = self._positions, self.criterion_averages, self._final_rows, self.table, self.search
        return self


class CalibratedTotals(Mapping[str, float]):
    """The calibrated totals by uuid, kept as an array in the ranking's order (a dict of 100,000 uuids and floats
    held 16 MB of the window)."""

    def __init__(self, positions: UuidPositions, in_order: np.ndarray):
        self.positions, self.in_order = positions, in_order

    def __getitem__(self, uuid: str) -> float:
        at = self.positions.get(uuid)
        if at is None or np.isnan(self.in_order[at]):
            raise KeyError(uuid)
        return float(self.in_order[at])

    def __iter__(self) -> Iterator[str]:
        return iter(self.positions.uuids[~np.isnan(self.in_order)].tolist())

    def __len__(self) -> int:
        return int((~np.isnan(self.in_order)).sum())


def _in_order(by_uuid: Mapping[str, float], positions: UuidPositions, count: int) -> np.ndarray:
    values = np.full(count, np.nan)
    if by_uuid:
        at = positions.of(np.array(list(by_uuid), dtype=object))
        totals = np.fromiter(by_uuid.values(), dtype=float, count=len(by_uuid))
        values[at[at >= 0]] = totals[at >= 0]
    return values


def _sparse_chunks(sparse: Mapping[str, Mapping[int, Any]]) -> list[tuple[str, list[tuple[int, int, int, bytes]]]]:
    """The ranking's sparse fields, each key at least once (empty or not), in pickled pieces of SPARSE_CHUNK
    entries that the window unpickles when it shows one of them (PickledEntries): at 100,000 proposals the 13,600
    proposals' contest reasons took 0.2-0.3 s to unpickle in one call, and 8 MB to keep."""
    chunks = []
    for key, entries in sparse.items():
        parts = pickled_parts(entries, SPARSE_CHUNK)
        for start in range(0, max(len(parts), 1), PARTS_A_PIECE):
            chunks.append((key, parts[start : start + PARTS_A_PIECE]))
    return chunks


def committee_parts(
    path: Path,
    rubric: Rubric,
    method: Method = Method.MEAN,
    spread_threshold: float = DEFAULT_SPREAD_THRESHOLD,
) -> list[bytes]:
    """build_committee on the store at `path`, in parts (CommitteeData.to_parts): what a process apart hands back."""
    with Store.open(path, readonly=True) as store:
        return build_committee(store, rubric, method, spread_threshold).to_parts()


def build_committee(
    store: Store,
    rubric: Rubric,
    method: Method = Method.MEAN,
    spread_threshold: float = DEFAULT_SPREAD_THRESHOLD,
) -> CommitteeData:
    scores = evaluation_scores(store, rubric)
    ranking = build_ranking(store, rubric, method, spread_threshold, scores)
    scored = scores[0]
    kept = ["proposal_uuid", "evaluator_uuid", "evaluator", *rubric.criterion_ids, TOTAL]  # not the 271,250
    finals = scored.loc[scored["state"] == "final", kept].reset_index(drop=True)  # evaluation uuids at 100,000
    return CommitteeData(
        rubric=rubric,
        ranking=ranking,
        finals=finals,
        calibration=calibrate(scored),
        calibrated={str(k): float(v) for k, v in calibrated_totals(scored, method).items()},
        decisions=store.decisions.all(),
        agreement=panel_agreement(*scores),
    )
