"""KoboToolbox and ODK Central conventions: group prefixes, meta columns, identities, select-multiples, geopoints.

Headers keep their original text for display; matching uses `field_key`, the folded name without group prefixes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pandas as pd

from red_desktop.core.text import fold

# Folded last segments (after the group prefix) of the columns the form tools add themselves.
META_FIELDS = frozenset(
    {
        "_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by",
        "__version__", "_version_", "_version", "_tags", "_index", "_parent_index", "_parent_table_name",
        "_submission__id", "_submission__uuid", "_submission__submission_time", "_submission__validation_status",
        "_submission__notes", "_submission__status", "_submission__submitted_by", "_submission___version__",
        "_submission__tags", "_attachments", "_geolocation", "_xform_id_string", "_media_all_received",
        "instanceid", "instancename", "key", "parent_key", "submissiondate", "submitterid", "submittername",
        "attachmentspresent", "attachmentsexpected", "status", "reviewstate", "deviceid", "edits",
        "formversion", "start", "end", "today", "username", "audit", "phonenumber", "simserial",
        "subscriberid", "updatedat", "rootuuid", "deprecatedid",
    }
)  # fmt: skip
_META_GROUPS = frozenset({"meta", "__system"})
_GROUP_SEPARATORS = re.compile(r"[/:]")
_KOBO_DOTTED = re.compile(r"^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+$")  # `grupo.pregunta`: Kobo's "." separator
_ODK_GROUP = re.compile(r"^[A-Za-z_][\w.]*-(?=[A-Za-z_])")  # `grupo-campo`: ODK Central's CSV group separator
_UUID_PREFIX = re.compile(r"^uuid:", re.IGNORECASE)
_TRUE = frozenset({"1", "true", "verdadero", "verdadeiro", "yes", "si", "sim"})
_FALSE = frozenset({"0", "false", "falso", "no", "nao", ""})
_KOBO_GEO = re.compile(r"^_(?P<field>.+)_(?P<part>latitude|longitude|altitude|precision)$", re.IGNORECASE)
_ODK_GEO = re.compile(r"^(?P<field>.+)-(?P<part>latitude|longitude|altitude|accuracy)$", re.IGNORECASE)

IDENTITY_COLUMNS = ("_uuid", "instanceid", "key")  # folded last segments, in order of preference
TIME_COLUMNS = ("_submission_time", "submissiondate")
SUBMITTER_COLUMNS = ("_submitted_by", "submittername", "username")
# (parent column, child column) pairs a repeat group joins on, by folded names.
JOIN_KEYS = (("_index", "_parent_index"), ("_uuid", "_submission__uuid"), ("key", "parent_key"))


def segments(header: str) -> list[str]:
    """The parts of a group-prefixed header: `a/b/c`, `a:b`, Kobo's `a.b`, ODK's `a-b`.

    `.` and `-` separate groups only in a header that is a form's XML name (`meta.instanceID`, `grupo.pregunta`),
    never in a written header such as "No. of firms" or "2.5 km".
    """
    text = header.strip()
    parts = [p for p in _GROUP_SEPARATORS.split(text) if p.strip()]
    if len(parts) == 1 and " " not in text:
        if _KOBO_DOTTED.match(text):
            parts = text.split(".")
        while match := _ODK_GROUP.match(parts[-1]):
            parts[-1:] = [match.group(0)[:-1], parts[-1][match.end() :]]
    return parts or [text]


def field_name(header: str) -> str:
    """The question's own name, group prefixes stripped (`datos_generales/titulo` → `titulo`)."""
    return segments(header)[-1].strip()


def field_key(header: str) -> str:
    """The folded name used for matching: no prefix, case or accents; `_ - .` read as spaces."""
    name = field_name(header)
    if name.startswith("_"):  # meta columns keep their underscores: `_uuid` is not `uuid`
        return fold(name)
    return " ".join(re.sub(r"[_\-.]+", " ", fold(name)).split())


def is_meta(header: str) -> bool:
    parts = segments(header)
    last = fold(parts[-1].strip())
    if fold(parts[0]) in _META_GROUPS and len(parts) > 1:
        return True
    if _KOBO_GEO.match(header.strip()):
        return False
    return last in META_FIELDS or last.startswith("_")


def identity_column(columns: list[str]) -> str | None:
    return _first_column(columns, IDENTITY_COLUMNS)


def time_column(columns: list[str]) -> str | None:
    return _first_column(columns, TIME_COLUMNS)


def submitter_column(columns: list[str]) -> str | None:
    return _first_column(columns, SUBMITTER_COLUMNS)


def _first_column(columns: list[str], wanted: tuple[str, ...]) -> str | None:
    by_key = {fold(field_name(c)): c for c in reversed(columns)}
    return next((by_key[w] for w in wanted if w in by_key), None)


def clean_identity(value: str) -> str:
    return _UUID_PREFIX.sub("", value.strip())


def iso_time(value: str) -> str | None:
    """`_submission_time` / `SubmissionDate` as ISO 8601 (UTC when the source says so), None when unreadable."""
    text = value.strip()
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace(" ", "T", 1))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return moment.isoformat()


def join_columns(parent: list[str], child: list[str]) -> tuple[str, str] | None:
    """The (parent, child) columns a repeat group joins on, or None when the child names no parent."""
    parents = {fold(field_name(c)): c for c in parent}
    children = {fold(field_name(c)): c for c in child}
    for p, c in JOIN_KEYS:
        if p in parents and c in children:
            return parents[p], children[c]
    return None


def has_parent_key(columns: list[str]) -> bool:
    keys = {fold(field_name(c)) for c in columns}
    return any(child in keys for _, child in JOIN_KEYS)


@dataclass
class Tidied:
    frame: pd.DataFrame
    select_multiple: dict[str, list[str]] = field(default_factory=dict)  # column -> the choice columns folded in
    geopoints: dict[str, list[str]] = field(default_factory=dict)  # column -> the split columns folded in
    multiple: set[str] = field(default_factory=set)  # select-multiple columns: answers are space-separated names


_CHOICE_COLUMN = re.compile(r"^(?P<q>.+)[/.](?P<choice>[^/.]+)$")
_CHOICE_NAMES = re.compile(r"[a-z0-9_]+(?: +[a-z0-9_]+)*")  # XLSForm choice names: one word each, lower case


def tidy(frame: pd.DataFrame) -> Tidied:
    """One column per question, the frame built once (inserting column by column fragments it).

    A select-multiple is folded only as Kobo writes it: the whole-answer column `q` ("a c") beside one 0/1 column
    per choice (`q/a`, `q/b`, `q/c`, or `q.a` ...) that agrees with it on every row; the per-choice columns are
    dropped. Yes/no questions of one group (`grupo/tiene_agua`, `grupo/tiene_luz`) have no such parent and stay
    what they are. Split latitude/longitude columns become one "lat lon" geopoint column (the original kept if
    present). `multiple` names the select-multiple columns, whose answers are split on spaces and nothing else.
    """
    result = Tidied(frame)
    dropped: set[str] = set()
    added: dict[str, tuple[str, pd.Series]] = {}  # column it goes before -> (new column, its cells)
    _fold_select_multiples(frame, result, dropped)
    _fold_geopoints(frame, result, dropped, added)
    result.multiple |= _unfolded_multiples(frame, dropped)
    if dropped or added:
        parts: list[pd.Series] = []
        for column in frame.columns:
            if column in added:
                name, cells = added[column]
                parts.append(cells.rename(name))
            if column not in dropped:
                parts.append(frame[column])
        result.frame = pd.concat(parts, axis=1)
    return result


def split_choices(raw: str, multiple: bool) -> tuple[str, ...]:
    """A list answer's items, split only on the form's own separator: a select-multiple's on spaces (choice names
    have none); a written answer is one item as written ("Water supply", "Agro; Turismo"), since nothing says
    its ";" or "," separates items rather than belongs to them, and the store keeps what the file says."""
    parts = raw.split() if multiple else [raw]
    return tuple(p.strip() for p in parts if p.strip())


def _truth(series: pd.Series) -> pd.Series | None:
    """True/False per cell when every cell is 0/1/True/False/yes/no (or empty), else None."""
    folded = series.map(lambda v: fold(str(v).strip()))
    if not folded.isin(_TRUE | _FALSE).all():
        return None
    return folded.isin(_TRUE)


def _fold_select_multiples(frame: pd.DataFrame, t: Tidied, dropped: set[str]) -> None:
    siblings: dict[str, list[tuple[str, str]]] = {}
    present = {str(c) for c in frame.columns}
    for column in frame.columns:
        match = _CHOICE_COLUMN.match(str(column))
        if match and match.group("q") in present and not is_meta(str(column)):
            siblings.setdefault(match.group("q"), []).append((str(column), match.group("choice")))
    for question, choices in siblings.items():
        truths = [_truth(frame[c]) for c, _ in choices]
        if any(truth is None for truth in truths):
            continue
        chosen = zip(*(truth.tolist() for truth in truths if truth is not None), strict=True)
        names = [name for _, name in choices]
        answers = frame[question].tolist()
        if all(
            set(str(answer).split()) == {n for n, on in zip(names, row, strict=True) if on}
            for answer, row in zip(answers, chosen, strict=True)
        ):
            dropped.update(c for c, _ in choices)
            t.select_multiple[question] = [c for c, _ in choices]
            t.multiple.add(question)


def _unfolded_multiples(frame: pd.DataFrame, dropped: set[str]) -> set[str]:
    """In a Kobo/ODK export without per-choice columns, the columns whose every answer is a list of choice
    names (lower-case words joined by "_") with at least one answer of two or more."""
    columns = [str(c) for c in frame.columns]
    if identity_column(columns) is None:
        return set()
    found: set[str] = set()
    for column in columns:
        if column in dropped or is_meta(column):
            continue
        head = (str(v).strip() for v in frame[column].iloc[:200])
        if not all(_CHOICE_NAMES.fullmatch(a) for a in head if a):
            continue  # most columns are told from their first answers
        answers = [str(v).strip() for v in pd.unique(frame[column].to_numpy())]  # a form's answers repeat
        answers = [a for a in answers if a]
        if any(" " in a for a in answers) and all(_CHOICE_NAMES.fullmatch(a) for a in answers):
            found.add(column)
    return found


def _fold_geopoints(frame: pd.DataFrame, t: Tidied, dropped: set[str], added: dict[str, tuple[str, pd.Series]]) -> None:
    parts: dict[str, dict[str, str]] = {}
    for column in frame.columns:
        match = _KOBO_GEO.match(str(column)) or _ODK_GEO.match(str(column))
        if match:
            parts.setdefault(match.group("field"), {})[match.group("part").lower()] = str(column)
    for name, split in parts.items():
        if "latitude" not in split or "longitude" not in split:
            continue
        target = next((c for c in frame.columns if str(c) == name or field_name(str(c)) == name), None)
        if target is None:
            target = name
            lat, lon = frame[split["latitude"]], frame[split["longitude"]]
            joined = (lat.str.strip() + " " + lon.str.strip()).str.strip()
            added[split["latitude"]] = (name, joined.astype(object))
        dropped.update(split.values())
        t.geopoints[str(target)] = list(split.values())
