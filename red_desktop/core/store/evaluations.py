"""Evaluators, evaluations and their scores; every score and state change is audited."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from enum import StrEnum
from typing import TYPE_CHECKING, cast

from red_desktop.core.domain import Evaluation, EvaluationState, Evaluator, Score, utc_now
from red_desktop.core.enum_labels import enum_label
from red_desktop.core.errors import ConflictError, NotFoundError, Problem, ValidationError
from red_desktop.core.messages import SOURCE_LANGUAGE, Message, msg
from red_desktop.core.rubric import Rubric
from red_desktop.core.store.base import Manager
from red_desktop.core.store.rows import evaluation_from_row, evaluator_from_row, score_from_row, stamp_columns
from red_desktop.core.text import uncapitalized

if TYPE_CHECKING:  # pandas loads where a frame is read: opening a store (red-desktop check) does without it
    import pandas as pd

MAX_JUSTIFICATION = 10_000
# The state frame() gives a final evaluation its evaluator declared a conflict of interest with the proposal for
# (issue 21): not "final", so that nothing counting final evaluations (the aggregate, agreement, calibration, the
# summaries' counts) counts it, and flagged where it is listed. The store keeps it final.
EXCLUDED = "excluded"


class Evaluators(Manager):
    def add(self, evaluator: Evaluator) -> Evaluator:
        name = evaluator.name.strip() if isinstance(evaluator.name, str) else ""
        if not name or len(name) > 200:
            said = msg("bad_name", "must be 1-200 characters")
            raise ValidationError(msg("evaluator", "Evaluator"), [Problem("name", said, evaluator.name)])
        stored = replace(evaluator, name=name, stamp=self.new_stamp())
        with self.writing() as db:
            if db.execute("SELECT 1 FROM evaluators WHERE name = ?", [name]).fetchone():
                said = msg("name_taken", "is already on the roster")
                raise ValidationError(msg("evaluator", "Evaluator"), [Problem("name", said, name)])
            db.table("evaluators").insert(
                {"uuid": stored.uuid, "name": name, "role": stored.role, **stamp_columns(stored.stamp)}
            )
        return stored

    def all(self) -> list[Evaluator]:
        return [evaluator_from_row(r) for r in self.db.query("SELECT * FROM evaluators ORDER BY name")]

    def get(self, uuid: str) -> Evaluator:
        rows = list(self.db.query("SELECT * FROM evaluators WHERE uuid = ?", [uuid]))
        if not rows:
            raise NotFoundError(msg("no_evaluator", "No evaluator with id {uuid}", uuid=uuid))
        return evaluator_from_row(rows[0])

    def by_name(self, name: str) -> Evaluator:
        rows = list(self.db.query("SELECT * FROM evaluators WHERE name = ?", [name]))
        if not rows:
            raise NotFoundError(msg("no_evaluator", "No evaluator named {name!r}", name=name))
        return evaluator_from_row(rows[0])

    def count(self) -> int:
        return self.db["evaluators"].count

    def adopt_uuid(self, old: str, new: str) -> bool:
        """Give the evaluator `old` the identity `new` the committee's assignments give a person of that name, when
        this store knows them by no evaluation or declaration yet and knows no evaluator `new` (a laptop whose
        evaluator was made, by its first change, before the committee's handout arrived): its evaluations then count
        against the assignments on every store. Received records are left as they came; audited. False when not
        done."""
        with self.writing() as db:
            taken = db.execute("SELECT 1 FROM evaluators WHERE uuid = ?", [new]).fetchone()
            used = db.execute(  # evaluations or declarations sent under the old identity would no longer match
                """SELECT 1 FROM evaluations WHERE evaluator_uuid = :old
                   UNION ALL SELECT 1 FROM interests WHERE evaluator_uuid = :old LIMIT 1""",
                {"old": old},
            ).fetchone()
            if taken or used or not db.execute("SELECT 1 FROM evaluators WHERE uuid = ?", [old]).fetchone():
                return False
            db.execute("UPDATE evaluators SET uuid = ? WHERE uuid = ?", [new, old])
            audit = self._store.audit
            audit.record(audit.entry("evaluator_identity", "evaluator", new, "uuid", old, new, "the committee's"))
            return True

    def reads(self) -> dict[str, frozenset[str]]:
        """The languages each evaluator reads, of those for whom it was said (issue 21: what they can evaluate)."""
        sql = "SELECT uuid, reads FROM evaluators WHERE reads IS NOT NULL"
        return {uuid: frozenset(json.loads(langs)) for uuid, langs in self.db.execute(sql)}

    def set_reads(self, uuid: str, languages: Sequence[str]) -> None:
        """Record the languages (ISO 639-1 codes) this evaluator reads; none given: not said, anyone's proposals."""
        codes = sorted({str(code).strip().lower() for code in languages if str(code).strip()})
        bad = [code for code in codes if not (len(code) == 2 and code.isalpha() and code.isascii())]
        if bad:
            said = msg("language_codes", "must be two-letter language codes such as es, pt, en")
            raise ValidationError(msg("evaluator", "Evaluator"), [Problem("reads", said, ", ".join(bad))])
        with self.writing() as db:
            before = self.get(uuid)
            old = db.execute("SELECT reads FROM evaluators WHERE uuid = ?", [uuid]).fetchone()[0]
            new = json.dumps(codes) if codes else None
            if old == new:
                return
            db.execute("UPDATE evaluators SET reads = ? WHERE uuid = ?", [new, uuid])
            audit = self._store.audit
            audit.record(audit.entry("evaluator_reads", "evaluator", before.uuid, "reads", old, new))


class Evaluations(Manager):
    def create(self, proposal_uuid: str, evaluator_uuid: str, rubric: Rubric) -> Evaluation:
        """Open a draft evaluation of a proposal by an evaluator against this rubric version."""
        evaluation = Evaluation(proposal_uuid, evaluator_uuid, rubric.id, rubric.version, stamp=self.new_stamp())
        with self.writing() as db:
            self._require_new(evaluation)
            db.table("evaluations").insert(_evaluation_row(evaluation))
            self._audit_state(evaluation, None, EvaluationState.DRAFT, evaluation.stamp.created_at)
            self._refresh_summary(evaluation, rubric)
        return evaluation

    def record(self, evaluation: Evaluation, rubric: Rubric, *, refresh_summary: bool = True) -> Evaluation:
        """Store a whole new evaluation with its scores at once (demo data, batch entry); audited score by score.

        A batch of many records may pass refresh_summary=False and call store.summaries.refresh once at the end.
        """
        self._check_rubric(evaluation, rubric)
        problems = [
            p for s in evaluation.scores for p in score_problems(s.subcriterion_id, s.level, s.justification, rubric)
        ]
        if problems:
            raise ValidationError(msg("scores", "Scores"), problems)
        if evaluation.state is EvaluationState.FINAL:
            _raise_if_unfinished(evaluation, rubric)
        now = evaluation.stamp.created_at or utc_now()
        stored = replace(
            evaluation,
            stamp=self.new_stamp(now),
            scores=tuple(replace(s, stamp=self.new_stamp(now)) for s in evaluation.scores),
        )
        with self.writing():
            self._require_new(stored)
            self.insert("evaluations", [_evaluation_row(stored)])
            self.insert("scores", [_score_row(s, stored.uuid) for s in stored.scores])
            audit = self._store.audit
            entries = [
                audit.entry("score", "evaluation", stored.uuid, s.subcriterion_id, None, s.level, at=now)
                for s in stored.scores
            ]
            entries.append(audit.entry("state", "evaluation", stored.uuid, "state", None, stored.state, at=now))
            audit.record_many(entries)
            if refresh_summary:
                self._refresh_summary(stored, rubric)
        return stored

    def _require_new(self, evaluation: Evaluation) -> None:
        """The proposal and evaluator exist, and the evaluator has no evaluation of it with this rubric version yet."""
        self._store.proposals.require(evaluation.proposal_uuid)
        self._refuse_if_decided(evaluation.proposal_uuid)
        self._store.evaluators.get(evaluation.evaluator_uuid)
        self._store.interests.refuse_if_conflicted(evaluation.evaluator_uuid, evaluation.proposal_uuid)
        row = self.db.execute(
            "SELECT 1 FROM evaluations WHERE proposal_uuid = ? AND evaluator_uuid = ? AND rubric_id = ? "
            "AND rubric_version = ?",
            [evaluation.proposal_uuid, evaluation.evaluator_uuid, evaluation.rubric_id, evaluation.rubric_version],
        ).fetchone()
        if row is not None:
            raise ConflictError(
                msg(
                    "already_evaluated",
                    "This evaluator already has an evaluation of this proposal with this rubric version",
                )
            )

    def set_score(
        self, evaluation_uuid: str, sub_id: str, level: int, justification: str, rubric: Rubric
    ) -> Evaluation:
        problems = score_problems(sub_id, level, justification, rubric)
        if problems:
            raise ValidationError(msg("score", "Score"), problems)
        with self.writing() as db:
            evaluation = self._editable(evaluation_uuid, rubric)
            now = utc_now()
            old = next((s for s in evaluation.scores if s.subcriterion_id == sub_id), None)
            if old is None:
                db.table("scores").insert(
                    _score_row(Score(sub_id, level, justification, stamp=self.new_stamp(now)), evaluation_uuid)
                )
            elif (old.level, old.justification) != (level, justification):
                db.table("scores").update(
                    old.uuid,
                    {"level": level, "justification": justification, **stamp_columns(self.bumped(old.stamp, now))},
                )
            else:
                return evaluation
            self._touch(evaluation, now)
            audit = self._store.audit
            if old is None or old.level != level:
                audit.record(
                    audit.entry("score", "evaluation", evaluation_uuid, sub_id, old and old.level, level, at=now)
                )
            if old is None or old.justification != justification:
                audit.record(
                    audit.entry(
                        "justification",
                        "evaluation",
                        evaluation_uuid,
                        sub_id,
                        old and old.justification,
                        justification,
                        at=now,
                    )
                )
            self._refresh_summary(evaluation, rubric)
        return self.get(evaluation_uuid)

    def finalize(self, evaluation_uuid: str, rubric: Rubric) -> Evaluation:
        """Lock an evaluation; refused with everything still missing."""
        with self.writing():
            evaluation = self._editable(evaluation_uuid, rubric)
            _raise_if_unfinished(evaluation, rubric)
            final = self._set_state(evaluation, EvaluationState.FINAL, reason="")
            self._refresh_summary(final, rubric)
            return final

    def reopen(self, evaluation_uuid: str, reason: str, rubric: Rubric) -> Evaluation:
        """Unlock a final evaluation: an explicit action whose reason goes to the audit log."""
        if not isinstance(reason, str) or not reason.strip():
            said = msg("required", "is required to reopen a final evaluation")
            raise ValidationError(msg("reopening", "Reopening"), [Problem("reason", said)])
        with self.writing():
            evaluation = self.get(evaluation_uuid)
            self._refuse_if_decided(evaluation.proposal_uuid)
            if evaluation.state is not EvaluationState.FINAL:
                raise ConflictError(msg("not_final", "Only a final evaluation can be reopened; this one is a draft"))
            reopened = self._set_state(evaluation, EvaluationState.DRAFT, reason=reason.strip())
            self._refresh_summary(reopened, rubric)
            return reopened

    def _set_state(self, evaluation: Evaluation, state: EvaluationState, reason: str) -> Evaluation:
        now = utc_now()
        stamp = self.bumped(evaluation.stamp, now)
        self.db.table("evaluations").update(evaluation.uuid, {"state": str(state), **stamp_columns(stamp)})
        self._audit_state(evaluation, evaluation.state, state, now, reason)
        return replace(evaluation, state=state, stamp=stamp)

    def _audit_state(self, evaluation: Evaluation, old: object, new: object, at: str, reason: str = "") -> None:
        audit = self._store.audit
        audit.record(audit.entry("state", "evaluation", evaluation.uuid, "state", old, new, reason, at=at))

    def _refresh_summary(self, evaluation: Evaluation, rubric: Rubric) -> None:
        """Keep the proposal's score summary in step with its evaluations, in the same transaction."""
        self._store.summaries.refresh(rubric, [evaluation.proposal_uuid])

    def _touch(self, evaluation: Evaluation, now: str) -> None:
        self.db.table("evaluations").update(evaluation.uuid, stamp_columns(self.bumped(evaluation.stamp, now)))

    def _editable(self, evaluation_uuid: str, rubric: Rubric) -> Evaluation:
        evaluation = self.get(evaluation_uuid)
        self._refuse_if_decided(evaluation.proposal_uuid)
        if evaluation.state is EvaluationState.FINAL:
            raise ConflictError(
                msg("final_locked", "This evaluation is final and locked; reopen it (with a reason) to change it")
            )
        self._check_rubric(evaluation, rubric)
        return evaluation

    def _refuse_if_decided(self, proposal_uuid: str) -> None:
        """A committee decision locks the proposal's evaluations, drafts included."""
        decision = self._store.decisions.get(proposal_uuid)
        if decision is not None:
            raise ConflictError(
                msg(
                    "decided_locked",
                    "The committee has decided on this proposal ({decision}, {day}); its evaluations are locked",
                    decision=_Label(decision.kind),
                    day=decision.decided_on,
                )
            )

    @staticmethod
    def _check_rubric(evaluation: Evaluation, rubric: Rubric) -> None:
        if (evaluation.rubric_id, evaluation.rubric_version) != (rubric.id, rubric.version):
            raise ConflictError(
                msg(
                    "other_rubric",
                    "This evaluation uses rubric {rubric} {version}, not {other} {other_version}",
                    rubric=evaluation.rubric_id,
                    version=evaluation.rubric_version,
                    other=rubric.id,
                    other_version=rubric.version,
                )
            )

    def get(self, uuid: str) -> Evaluation:
        rows = list(self.db.query("SELECT * FROM evaluations WHERE uuid = ?", [uuid]))
        if not rows:
            raise NotFoundError(msg("no_evaluation", "No evaluation with id {uuid}", uuid=uuid))
        scores = tuple(
            score_from_row(r)
            for r in self.db.query("SELECT * FROM scores WHERE evaluation_uuid = ? ORDER BY subcriterion_id", [uuid])
        )
        return evaluation_from_row(rows[0], scores)

    def for_proposal(self, proposal_uuid: str, *, merged: bool = True) -> list[Evaluation]:
        """Its evaluations, then those of the proposals merged into it (they count for it) unless `merged` is
        False; each keeps its own proposal_uuid."""
        sql = "SELECT uuid FROM evaluations WHERE proposal_uuid = :uuid"
        if merged:
            sql += " OR proposal_uuid IN (SELECT uuid FROM proposals WHERE merged_into = :uuid)"
        order = " ORDER BY proposal_uuid != :uuid, created_at, uuid"  # its own first: "my evaluation" of it
        return [self.get(i) for (i,) in self.db.execute(sql + order, {"uuid": proposal_uuid})]

    def count(self) -> int:
        return self.db["evaluations"].count

    def count_by_state(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for state, n in self.db.execute("SELECT state, count(*) FROM evaluations GROUP BY state"):
            counts[state] = n
        return {s.value: counts[s.value] for s in EvaluationState}

    def frame(
        self, rubric: Rubric, proposal_uuids: Sequence[str] | None = None, evaluator_uuid: str | None = None
    ) -> pd.DataFrame:
        """Every evaluation made with this rubric version (of these proposals, by this evaluator, if given), with
        its proposal's region type and the evaluator's name."""
        where, params = _rubric_filter(rubric, proposal_uuids, evaluator_uuid)
        sql = f"""
            SELECT e.uuid AS evaluation_uuid, {_COUNTS_FOR} AS proposal_uuid, e.evaluator_uuid, v.name AS evaluator,
                   e.state, p.region_type
            FROM evaluations e JOIN proposals m ON m.uuid = e.proposal_uuid
                 JOIN proposals p ON p.uuid = {_COUNTS_FOR}
                 JOIN evaluators v ON v.uuid = e.evaluator_uuid
            WHERE {where}
            ORDER BY {_COUNTS_FOR}, v.name, e.uuid"""
        import pandas as pd  # only where a frame is read (see the imports)

        frame = pd.read_sql_query(sql, self.db.conn, params=params)
        self._exclude_conflicted(frame, proposal_uuids)
        for column in ("proposal_uuid", "evaluator_uuid", "evaluator", "state", "region_type"):
            # one str per value, not one per row: the committee keeps 271,250 final evaluations at 100,000 (-70 MiB);
            # "str" whatever the values (an all-None column would be object)
            codes, values = pd.factorize(frame[column])
            frame[column] = values.take(codes, allow_fill=True).astype("str")
        return frame.set_index("evaluation_uuid")

    def _exclude_conflicted(self, frame: pd.DataFrame, proposal_uuids: Sequence[str] | None) -> None:
        import pandas as pd  # see the imports

        pairs = self._store.interests.conflicted_pairs(proposal_uuids)
        if not pairs or frame.empty:
            return
        pairs_of = zip(frame["evaluator_uuid"], frame["proposal_uuid"], strict=True)
        conflicted = pd.Series([pair in pairs for pair in pairs_of], index=frame.index, dtype=bool)
        frame.loc[frame["state"].eq(str(EvaluationState.FINAL)) & conflicted, "state"] = EXCLUDED

    def states_of(self, evaluator_uuid: str, rubric: Rubric, proposal_uuids: Sequence[str]) -> dict[str, str]:
        """The state of this evaluator's evaluation of each of these proposals that has one (this rubric version)."""
        sql = """SELECT proposal_uuid, state FROM evaluations WHERE evaluator_uuid = ? AND rubric_id = ?
                 AND rubric_version = ? AND proposal_uuid IN (SELECT value FROM json_each(?))"""
        params = [evaluator_uuid, rubric.id, rubric.version, json.dumps(list(proposal_uuids))]
        return dict(self.db.execute(sql, params).fetchall())

    def pairs(self) -> set[tuple[str, str]]:
        """(evaluator uuid, proposal uuid) of every evaluation, draft or final."""
        return set(self.db.execute("SELECT evaluator_uuid, proposal_uuid FROM evaluations").fetchall())

    def final_days(self, rubric: Rubric) -> dict[str, str]:
        """Each final evaluation of this rubric version (by uuid) and the day, YYYY-MM-DD in UTC, it was last saved:
        the day it became final, since a final evaluation is locked until reopened."""
        sql = """SELECT uuid, substr(updated_at, 1, 10) FROM evaluations
                 WHERE state = 'final' AND rubric_id = ? AND rubric_version = ?"""
        return dict(self.db.execute(sql, [rubric.id, rubric.version]).fetchall())

    def scores_frame(
        self, rubric: Rubric, proposal_uuids: Sequence[str] | None = None, evaluator_uuid: str | None = None
    ) -> pd.DataFrame:
        """Long table of levels: evaluation_uuid, subcriterion_id, level."""
        where, params = _rubric_filter(rubric, proposal_uuids, evaluator_uuid)
        sql = f"""
            SELECT s.evaluation_uuid, s.subcriterion_id, s.level
            FROM scores s JOIN evaluations e ON e.uuid = s.evaluation_uuid JOIN proposals m ON m.uuid = e.proposal_uuid
            WHERE {where}"""
        import pandas as pd  # only where a frame is read (see the imports)

        return pd.read_sql_query(sql, self.db.conn, params=params)

    def scored(
        self, rubric: Rubric, proposal_uuids: Sequence[str] | None = None, evaluator_uuid: str | None = None
    ) -> tuple[pd.DataFrame, pd.DataFrame]:
        """The evaluations of this rubric version (of these proposals, by this evaluator, if given) scored:
        (frame() with each criterion's score, the total, the missing count and completeness; the level matrix)."""
        from red_desktop.core.scoring import score_matrix  # pandas: where a frame is read (see the imports)

        evaluations = self.frame(rubric, proposal_uuids, evaluator_uuid)
        levels = self.levels(rubric, list(evaluations.index), proposal_uuids, evaluator_uuid)
        return evaluations.join(score_matrix(levels, evaluations["region_type"].tolist(), rubric)), levels

    def levels(
        self,
        rubric: Rubric,
        evaluation_ids: Sequence[str],
        proposal_uuids: Sequence[str] | None = None,
        evaluator_uuid: str | None = None,
    ) -> pd.DataFrame:
        """The level matrix of these evaluations (rows in their order, a column per sub-criterion of the rubric,
        NaN where missing), as scoring.level_matrix makes it from scores_frame: pivoted in SQL, so 3.8 million
        scores at 100,000 proposals never become 3.8 million rows of Python strings (584 MiB, 9 s)."""
        sub_ids = [s.id for s in rubric.subcriteria]
        columns = ", ".join("max(CASE s.subcriterion_id WHEN ? THEN s.level END)" for _ in sub_ids)
        if proposal_uuids is None and evaluator_uuid is None:
            # every score, in table order (a sort beats a lookup per score); other rubrics' fall out below
            sql, params = f"SELECT s.evaluation_uuid, {columns} FROM scores s NOT INDEXED GROUP BY 1", sub_ids
        else:
            where, filters = _rubric_filter(rubric, proposal_uuids, evaluator_uuid)
            sql = f"""
                SELECT s.evaluation_uuid, {columns}
                FROM scores s JOIN evaluations e ON e.uuid = s.evaluation_uuid
                     JOIN proposals m ON m.uuid = e.proposal_uuid
                WHERE {where} GROUP BY 1"""
            params = sub_ids + filters
        import numpy as np  # only where a frame is read (see the imports)
        import pandas as pd

        # Placed by a dict and a chunk at a time, not by pandas' reindex over 300,000 uuids: that one call held the
        # interpreter 134 ms, and the window's thread, waiting for it, froze; these loops let it in between.
        position = {uuid: i for i, uuid in enumerate(evaluation_ids)}
        matrix = np.full((len(position), len(sub_ids)), np.nan)
        cursor = self.db.execute(sql, params)
        while chunk := cursor.fetchmany(10_000):
            rows = np.fromiter((position.get(row[0], -1) for row in chunk), dtype=np.intp, count=len(chunk))
            values = np.array([row[1:] for row in chunk], dtype=float)  # a missing level (None) is NaN
            matrix[rows[rows >= 0]] = values[rows >= 0]
        index = pd.Index(list(evaluation_ids), name="evaluation_uuid")
        return pd.DataFrame(matrix, index=index, columns=pd.Index(sub_ids, name="subcriterion_id"))


# The proposal an evaluation counts for: its own, or the one its proposal was merged into (core/merging.py).
# Over evaluations `e` joined to their proposal `m`.
_COUNTS_FOR = "coalesce(m.merged_into, e.proposal_uuid)"


def _rubric_filter(
    rubric: Rubric, proposal_uuids: Sequence[str] | None, evaluator_uuid: str | None = None
) -> tuple[str, list[str]]:
    """WHERE clause over evaluations `e`: this rubric version, and these proposals and this evaluator when given."""
    where, params = "e.rubric_id = ? AND e.rubric_version = ?", [rubric.id, rubric.version]
    if evaluator_uuid is not None:
        where += " AND e.evaluator_uuid = ?"  # the evaluations_evaluator index
        params.append(evaluator_uuid)
    if proposal_uuids is not None:
        # the evaluations' own proposal first (the index on it finds them), then the one each counts for
        chosen = json.dumps(list(proposal_uuids))
        where += (
            " AND e.proposal_uuid IN (SELECT value FROM json_each(?)"
            " UNION SELECT uuid FROM proposals WHERE merged_into IN (SELECT value FROM json_each(?)))"
            f" AND {_COUNTS_FOR} IN (SELECT value FROM json_each(?))"
        )
        params += [chosen, chosen, chosen]
    return where, params


def score_problems(sub_id: str, level: object, justification: object, rubric: Rubric) -> list[Problem]:
    from red_desktop.core.scoring import level_problems  # scoring loads pandas: not for opening a store

    problems = level_problems(sub_id, level, rubric)
    if not isinstance(justification, str) or len(justification) > MAX_JUSTIFICATION:
        said = msg("too_long", "must be text of at most {limit:,} characters", limit=MAX_JUSTIFICATION)
        problems.append(Problem(f"{sub_id}.justification", said))
    return problems


def _raise_if_unfinished(evaluation: Evaluation, rubric: Rubric) -> None:
    problems = finalization_problems(evaluation, rubric)
    if problems:
        raise ValidationError(msg("not_finished", "The evaluation cannot be made final yet"), problems)


def finalization_problems(evaluation: Evaluation, rubric: Rubric) -> list[Problem]:
    """What keeps an evaluation from being final: missing scores and missing required justifications."""
    scores = {s.subcriterion_id: s for s in evaluation.scores}
    problems = []
    for sub in rubric.subcriteria:
        score = scores.get(sub.id)
        if score is None:
            problems.append(Problem(sub.id, msg("no_score", "has no score")))
        elif score.level in rubric.justification_required_levels and not score.justification.strip():
            problems.append(
                Problem(sub.id, msg("justification_needed", "level {level} needs a justification", level=score.level))
            )
    return problems


class _Label(Message):
    """An enum member by its label (core/enum_labels.py) in the middle of a sentence ("approve with conditions"),
    in the language of the moment it is shown."""

    def __init__(self, member: StrEnum):
        super().__init__("label", "", (("member", member),))

    def __str__(self) -> str:
        return self._said(None)

    def english(self) -> str:
        return self._said(SOURCE_LANGUAGE)

    def _said(self, language: str | None) -> str:
        return uncapitalized(enum_label(cast(StrEnum, dict(self.values)["member"]), language))


def _evaluation_row(e: Evaluation) -> dict[str, object]:
    return {
        "uuid": e.uuid,
        "proposal_uuid": e.proposal_uuid,
        "evaluator_uuid": e.evaluator_uuid,
        "rubric_id": e.rubric_id,
        "rubric_version": e.rubric_version,
        "state": str(e.state),
        **stamp_columns(e.stamp),
    }


def _score_row(s: Score, evaluation_uuid: str) -> dict[str, object]:
    return {
        "uuid": s.uuid,
        "evaluation_uuid": evaluation_uuid,
        "subcriterion_id": s.subcriterion_id,
        "level": s.level,
        "justification": s.justification,
        **stamp_columns(s.stamp),
    }
