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
    """The parts of a group-prefixed header: `a/b/c`, `a:b`, ODK's `a-b`."""
    text = header.strip()
    parts = [p for p in _GROUP_SEPARATORS.split(text) if p.strip()]
    if len(parts) == 1 and " " not in text:
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


def tidy(frame: pd.DataFrame) -> Tidied:
    """One column per question: per-choice 0/1 columns become one space-separated select-multiple column and
    split latitude/longitude columns one "lat lon alt accuracy" geopoint column (the original kept if present).

    Per-choice columns are recognised as `q/choice` or `q.choice` siblings whose cells are all 0/1/True/False,
    when `q` itself is a column or there are at least two such siblings (a group of one yes/no question stays).
    """
    result = Tidied(frame)
    _fold_select_multiples(result)
    _fold_geopoints(result)
    return result


def _is_boolean(series: pd.Series) -> bool:
    return bool(series.map(lambda v: fold(str(v).strip()) in _TRUE | _FALSE).all())


def _fold_select_multiples(t: Tidied) -> None:
    siblings: dict[str, list[tuple[str, str]]] = {}
    for column in t.frame.columns:
        match = re.match(r"^(?P<q>.+?)[/.](?P<choice>[^/.]+)$", str(column))
        if match and not is_meta(str(column)):
            siblings.setdefault(match.group("q"), []).append((str(column), match.group("choice")))
    for question, choices in siblings.items():
        present = question in t.frame.columns
        if not (present or len(choices) >= 2) or not all(_is_boolean(t.frame[c]) for c, _ in choices):
            continue
        if not present:
            chosen = [
                t.frame[c].map(lambda v, name=name: name if fold(str(v).strip()) in _TRUE else "")
                for c, name in choices
            ]
            combined = pd.concat(chosen, axis=1).apply(lambda row: " ".join(v for v in row if v), axis=1)
            position = list(t.frame.columns).index(choices[0][0])
            t.frame.insert(position, question, combined.astype(object))
        t.frame = t.frame.drop(columns=[c for c, _ in choices])
        t.select_multiple[question] = [c for c, _ in choices]


def _fold_geopoints(t: Tidied) -> None:
    parts: dict[str, dict[str, str]] = {}
    for column in t.frame.columns:
        match = _KOBO_GEO.match(str(column)) or _ODK_GEO.match(str(column))
        if match:
            parts.setdefault(match.group("field"), {})[match.group("part").lower()] = str(column)
    for name, split in parts.items():
        if "latitude" not in split or "longitude" not in split:
            continue
        target = next((c for c in t.frame.columns if str(c) == name or field_name(str(c)) == name), None)
        if target is None:
            target = name
            lat, lon = t.frame[split["latitude"]], t.frame[split["longitude"]]
            joined = (lat.str.strip() + " " + lon.str.strip()).str.strip()
            t.frame.insert(list(t.frame.columns).index(split["latitude"]), name, joined.astype(object))
        t.frame = t.frame.drop(columns=list(split.values()))
        t.geopoints[str(target)] = list(split.values())
