"""Likely duplicates: one real-world project captured twice, by two field evaluators, as two proposals.

An import preview shows them and a committee member decides whether to merge; nothing here merges.

The rule. Two proposals with different uuids (a record and its own update are one proposal) are likely
duplicates when all three hold:
1. the same country;
2. similar titles: the weighted Sørensen–Dice of their title words is at least TITLE_THRESHOLD (0.6), and the
   titles do not each have a word of their own (see Words of their own);
3. one corroboration: the executing agencies are similar (AGENCY_THRESHOLD, 0.7), or the coordinates are within
   NEAR_KM (25 km, haversine), or the region names are the same.

Words: the text folded (text.fold: case and accents dropped), cut at anything not a letter or digit; little words
dropped (shorter than three letters in titles, two in names, and common Spanish, Portuguese and English ones:
"para", "pela", "with", "proyecto", "fase"); numbers kept whatever their length, roman numerals read as numbers
(tramo II = tramo 2); plurals dropped ("productores" meets "productor", "cadenas" meets "cadena").

Weights: a title word weighs its smoothed inverse document frequency, ln((1 + n) / (1 + df)) + 1, among the n
proposals of the country compared (held and incoming alike); Dice is 2·w(shared) / (w(A) + w(B)). Words most titles
share ("cadena", "desarrollo") count little, rare ones a lot; with few proposals every weight is near 1: plain Dice.
Words rather than difflib's ratio on the whole title, because evaluators reorder, drop and add words ("Cadena de
valor del cacao en San Martín" / "Cadena valor cacao San Martin (fase 1)": 0.88 alone, more in a portfolio), which
a character diff punishes. 0.6, because the rule below, not the score, keeps apart the look-alike titles of a
formula, and recall needs it: the realistic pairs in the tests score 0.74 to 1, but a title retyped with a word
dropped and a letter swapped (bench/bench_duplicates.py) often scores under 0.7: at 0.6, 197 of its 200 retyped
titles are found, at 0.7 only 165.

Words of their own. A similar score is not enough: portfolios are full of titles made from one formula ("Cadena
de valor de {product} en {region}", "agua potable en la localidad de {place}"), and two of them differ by a word
that makes them different projects. Evaluators typing one project drop words and add some, but seldom each put
in a different one. So two titles that each have a word the other lacks (cacao / café, Pampa Hermosa / Shapaja)
are different projects, and so are two that each have a number the other lacks (tramo 1 / tramo 2, wherever they
stand). A word does not count as lacking when the other has a variant of it: one spelling edit apart (cacao /
cacau / cacoa), its abbreviation (Prov. / Provincial), or an acronym in capitals spelling it with its neighbours
(GORE = GObierno REgional, COAPAJEU = COoperativa Apícola do PAJEU); nor, in titles, when it is a word of the trade
(_GENERIC: "fortalecimiento", "productiva"), which says what kind of work, not which project. How common a word is
cannot tell a product from a word of the trade: in a portfolio of few sectors "cacao" is as common as "valor".
The cost: a duplicate whose two titles each add a different detail is missed.

Agencies: the same words, unweighted, and the same rule on words of their own, where every word counts (Gobierno
Regional de San Martín / de Junín are two agencies: similarity 0). Otherwise the similarity is the share of the
words of both names that the other name has or has a variant of, so GORE San Martín and Gobierno Regional de San
Martín are the same agency (1) and Prefeitura de Igarapé-Miri is similar to Prefeitura Municipal de Igarapé-Miri
(0.86). An empty name is similar to nothing. Region names are the same when their words are, in any order.

Speed: pairs are sought within a country only, and only between proposals that share a word in both their
prefixes, as in set-similarity joins (AllPairs, PPJoin): with every title's words in one order, rarest first, a
pair reaching TITLE_THRESHOLD must share one of the words that make up the first 1 − θ/(2 − θ) of each title's
weight. Rare words have short posting lists, so the work follows the plausible pairs, not incoming × held; only
those pairs have their agencies, regions and coordinates read.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from red_desktop.core.messages import t
from red_desktop.core.text import fold

TITLE_THRESHOLD = 0.6
AGENCY_THRESHOLD = 0.7
NEAR_KM = 25.0
EARTH_RADIUS_KM = 6371.0088

_WORD = re.compile(r"[^\W_]+")
_ROMAN = {numeral: str(value) for value, numeral in enumerate("i ii iii iv v vi vii viii ix x".split(), start=1)}
# Folded. Generic project words too: they say nothing about which project it is.
_STOP_WORDS = frozenset(
    "de del la las el los lo un una uno unos unas en y e o u a al da das do dos na nas no nos num numa em ao aos "
    "para por con sin sobre entre desde hacia hasta ante bajo tras segun mediante durante contra que su sus como "
    "mas este esta estos estas ese esa esos esas pela pelo pelas pelos com sem seu sua seus suas mais esse essa "
    "isso nao ate apos uma umas uns of the and for with from into onto its this that these those their our via per "
    "to in on at by an proyecto proyectos projeto projetos project projects programa programas program programme "
    "fase etapa phase stage".split()
)
# Words of the trade: they say what kind of work, not which project, so two titles may swap them (stems below).
_GENERIC_WORDS = (
    "fortalecimiento fortalecimento strengthening mejoramiento mejora melhoria improvement improving desarrollo "
    "desenvolvimento development developing promocion promocao promotion impulso apoyo apoio support cadena cadeia "
    "chain valor value productiva produtiva productive productivo produtivo competitividad competitividade "
    "competitiveness articulacion articulacao consolidacion consolidacao implementacion implementacao creacion "
    "criacao creation ampliacion ampliacao expansion gestion gestao management capacidades capacidade capacity "
    "integral sostenible sustentavel sustainable local regional territorial iniciativa initiative"
)


@dataclass(frozen=True)
class LikelyDuplicate:
    incoming: str  # uuid of the proposal arriving in the package (of two incoming ones, the smaller uuid)
    held: str  # uuid of the proposal it resembles: already in the store, or another incoming one
    title_similarity: float  # 0..1
    agency_similarity: float  # 0..1; 1 is the same agency
    distance_km: float | None  # None when either has no coordinates
    same_region: bool = False

    def reasons(self) -> tuple[str, ...]:
        """What makes the pair alike, for people: the title, then each corroboration that holds."""
        found = [t("similar title ({percent}%)", percent=round(self.title_similarity * 100))]
        if self.agency_similarity >= 1.0:
            found.append(t("same executing agency"))
        elif self.agency_similarity >= AGENCY_THRESHOLD:
            found.append(t("similar executing agency"))
        if self.distance_km is not None and self.distance_km <= NEAR_KM:
            km = round(self.distance_km)
            found.append(t("less than 1 km apart") if km < 1 else t("{km} km apart", km=km))
        if self.same_region:
            found.append(t("same region"))
        return tuple(found)


def likely_duplicates(
    incoming: Sequence[Mapping[str, Any]], held: Sequence[Mapping[str, Any]]
) -> list[LikelyDuplicate]:
    """Pairs of incoming proposals with held ones, and with each other, that the rule above finds alike; each
    unordered pair once, sorted by (incoming, held). Held records with an incoming uuid are the same proposals,
    older: the incoming version stands for them."""
    arriving = _one_per_uuid(incoming)
    countries = {_country(r) for r in arriving.values()} - {""}
    blocks: dict[str, list[_Entry]] = defaultdict(list)
    for uuid, record in sorted(arriving.items()):
        blocks[_country(record)].append(_Entry(uuid, True, record, _title_stems(record)))
    for uuid, record in sorted(_one_per_uuid(r for r in held if _country(r) in countries).items()):
        if uuid not in arriving:
            blocks[_country(record)].append(_Entry(uuid, False, record, _title_stems(record)))
    found = [pair for country in sorted(countries) for pair in _block_duplicates(blocks[country])]  # uuids unique
    return sorted(found, key=lambda d: (d.incoming, d.held))


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points in degrees."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


# ---- one country: candidates by prefix filtering, then the rule ----


@dataclass
class _Entry:
    """A proposal of the country: its title's stems for every one, the rest read for candidates only."""

    uuid: str
    incoming: bool
    record: Mapping[str, Any]
    title: frozenset[str]

    @functools.cached_property
    def title_words(self) -> _Words:
        return _words(_text(self.record, "title"), min_length=3)

    @functools.cached_property
    def agency(self) -> _Words:
        return _words(_text(self.record, "executing_agency"), min_length=2)

    @functools.cached_property
    def region(self) -> frozenset[str]:
        return frozenset(_words(_text(self.record, "region_name"), min_length=2).stems)

    @functools.cached_property
    def point(self) -> tuple[float, float] | None:
        return _point(self.record)


def _block_duplicates(entries: list[_Entry]) -> list[LikelyDuplicate]:
    df = Counter(word for e in entries for word in e.title)
    weight = {word: math.log((1 + len(entries)) / (1 + count)) + 1 for word, count in df.items()}
    totals = [math.fsum(weight[w] for w in e.title) for e in entries]  # fsum: the same figure in any order
    found = []
    for i, j in sorted(_candidates(entries, df, weight, totals)):
        a, b = entries[i], entries[j]
        shared = math.fsum(weight[w] for w in a.title & b.title)
        title = 1.0 if a.title == b.title else 2 * shared / (totals[i] + totals[j])
        if title >= TITLE_THRESHOLD:
            duplicate = _compare(a, b, title)
            if duplicate is not None:
                found.append(duplicate)
    return found


def _candidates(
    entries: list[_Entry], df: Counter[str], weight: Mapping[str, float], totals: Sequence[float]
) -> set[tuple[int, int]]:
    """(i, j), i < j, at least one incoming: every pair that may reach TITLE_THRESHOLD. Besides the prefixes,
    Dice ≤ 2·min / (min + max) of the two weights, so a title far lighter than the other cannot."""
    alpha = TITLE_THRESHOLD / (2 - TITLE_THRESHOLD)
    prefixes = [_prefix(e.title, df, weight, alpha) for e in entries]
    arriving: dict[str, list[int]] = defaultdict(list)
    for i, entry in enumerate(entries):
        if entry.incoming:
            for word in prefixes[i]:
                arriving[word].append(i)
    pairs = set()
    for j, prefix in enumerate(prefixes):
        least, most = alpha * totals[j] - 1e-9, totals[j] / alpha + 1e-9
        for word in prefix:
            for i in arriving.get(word, ()):
                if i != j and least <= totals[i] <= most:
                    pairs.add((min(i, j), max(i, j)))
    return pairs


def _prefix(words: frozenset[str], df: Counter[str], weight: Mapping[str, float], alpha: float) -> list[str]:
    """The rarest words until what is left weighs less than alpha of the whole (a little more, for rounding)."""
    left = math.fsum(weight[w] for w in words)
    enough = alpha * left - 1e-9
    prefix = []
    for word in sorted(words, key=lambda w: (df[w], w)):
        if left < enough:
            break
        prefix.append(word)
        left -= weight[word]
    return prefix


def _compare(a: _Entry, b: _Entry, title: float) -> LikelyDuplicate | None:
    if _own_words(a.title_words, b.title_words, _GENERIC) is None:
        return None
    agency = _agency_similarity(a.agency, b.agency)
    distance = haversine_km(a.point, b.point) if a.point and b.point else None
    same_region = bool(a.region) and a.region == b.region
    if agency < AGENCY_THRESHOLD and not same_region and (distance is None or distance > NEAR_KM):
        return None
    first, second = (a, b) if a.incoming and (not b.incoming or a.uuid < b.uuid) else (b, a)
    return LikelyDuplicate(first.uuid, second.uuid, title, agency, distance, same_region)


def _agency_similarity(a: _Words, b: _Words) -> float:
    if not a.stems or not b.stems:
        return 0.0
    unmatched = _own_words(a, b, frozenset())
    if unmatched is None:
        return 0.0
    return 1.0 if not unmatched else 1 - unmatched / (len(a.stems) + len(b.stems))


# ---- words, and the words of a text the other lacks ----


@dataclass(frozen=True)
class _Words:
    stems: tuple[str, ...]  # in order, each once
    folded: tuple[str, ...]  # the folded word of each stem, for spelling variants
    capitals: frozenset[str]  # folded words written in capitals: acronyms


def _own_words(a: _Words, b: _Words, generic: frozenset[str]) -> int | None:
    """None when each text has a word of its own (other than `generic` ones) or each a number of its own;
    else how many words of either the other lacks."""
    in_a, in_b = set(a.stems), set(b.stems)
    mine = [k for k, stem in enumerate(a.stems) if stem not in in_b]
    theirs = [k for k, stem in enumerate(b.stems) if stem not in in_a]
    if _each_own(a, mine, b, theirs, generic):  # else variants, which only take words away, change nothing
        mine, theirs = _less_variants(a, mine, b, theirs)
        if _each_own(a, mine, b, theirs, generic):
            return None
    return len(mine) + len(theirs)


def _each_own(a: _Words, mine: list[int], b: _Words, theirs: list[int], generic: frozenset[str]) -> bool:
    for kind in (str.isdigit, lambda stem: not stem.isdigit() and stem not in generic):
        if any(kind(a.stems[k]) for k in mine) and any(kind(b.stems[k]) for k in theirs):
            return True
    return False


def _less_variants(a: _Words, mine: list[int], b: _Words, theirs: list[int]) -> tuple[list[int], list[int]]:
    """The words at `mine` in a and `theirs` in b less those that are acronyms or variants of one another."""
    mine, theirs = _less_acronyms(a, mine, b, theirs)
    theirs, mine = _less_acronyms(b, theirs, a, mine)
    kept = []
    for k in mine:
        partner = next((m for m in theirs if _variants(a, k, b, m)), None)
        if partner is None:
            kept.append(k)
        else:
            theirs.remove(partner)
    return kept, theirs


def _less_acronyms(a: _Words, mine: list[int], b: _Words, theirs: list[int]) -> tuple[list[int], list[int]]:
    """Drop each word of `mine` written in capitals that spells neighbouring words of `theirs`, and those words."""
    for k in [k for k in mine if a.folded[k] in a.capitals]:
        for start in range(len(theirs)):
            run = next(
                (theirs[start:end] for end in range(start + 2, len(theirs) + 1) if _spells(a, k, b, theirs[start:end])),
                None,
            )
            if run:
                mine, theirs = [m for m in mine if m != k], [m for m in theirs if m not in run]
                break
    return mine, theirs


def _spells(a: _Words, k: int, b: _Words, run: Sequence[int]) -> bool:
    """Whether the acronym at k in a is a start of each word of the run in b in turn (gore = go·bierno re·gional)."""
    if run[-1] - run[0] != len(run) - 1:  # neighbours in b
        return False
    return _starts(a.folded[k], [b.folded[m] for m in run])


def _starts(acronym: str, words: Sequence[str]) -> bool:
    if not words:
        return not acronym
    longest = min(len(words[0]), len(acronym) - len(words) + 1)
    return any(words[0][:n] == acronym[:n] and _starts(acronym[n:], words[1:]) for n in range(longest, 0, -1))


def _variants(a: _Words, k: int, b: _Words, m: int) -> bool:
    return _alike(a.folded[k], b.folded[m]) or _alike(a.stems[k], b.stems[m])


@functools.lru_cache(maxsize=1 << 16)  # formulaic titles ask about the same words again and again
def _alike(a: str, b: str) -> bool:
    """One spelling edit apart (cacao / cacau / cacoa), or one a 3-letter-or-longer start of the other (Prov.)."""
    if a.isdigit() or b.isdigit():
        return a == b
    short, long = sorted((a, b), key=len)
    if len(short) >= 3 and long.startswith(short):
        return True
    return len(short) >= 4 and _one_edit(a, b)


def _one_edit(a: str, b: str) -> bool:
    """At most one insertion, deletion, substitution or swap of neighbours."""
    if abs(len(a) - len(b)) > 1:
        return False
    start = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    a, b = a[start:], b[start:]
    return a[1:] == b[1:] or a[1:] == b or a == b[1:] or (a[:2] == b[1::-1] and a[2:] == b[2:])


# ---- records ----


def _title_stems(record: Mapping[str, Any]) -> frozenset[str]:
    """The stems of _words(title, 3), the quick way: this is read for every held proposal of the country."""
    return frozenset(_stem(w) for w in _WORD.findall(fold(_text(record, "title"))) if _kept(w, 3))


def _words(text: str, min_length: int) -> _Words:
    stems: dict[str, str] = {}
    for word in _WORD.findall(fold(text)):
        if _kept(word, min_length):
            stems.setdefault(_stem(word), word)
    capitals = frozenset(fold(w) for w in _WORD.findall(text) if len(w) >= 2 and w.isalpha() and w.isupper())
    return _Words(tuple(stems), tuple(stems.values()), capitals)


def _kept(word: str, min_length: int) -> bool:
    return word.isdigit() or word in _ROMAN or (len(word) >= min_length and word not in _STOP_WORDS)


@functools.lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """Plural dropped (no more: "comercio" is not "comerciales"); numbers plain ("01" = "1", "II" = "2")."""
    if word.isdigit():
        return str(int(word))
    if word in _ROMAN:
        return _ROMAN[word]
    for plural, singular in (("ais", "al"), ("eis", "el"), ("oes", "ao"), ("aes", "ao")):  # pt: rurais, acoes
        if len(word) >= 5 and word.endswith(plural):
            return word[: -len(plural)] + singular
    if len(word) >= 6 and word.endswith("es"):
        return word[:-2]
    if len(word) >= 4 and word.endswith("s"):
        return word[:-1]
    return word


_GENERIC = frozenset(_stem(word) for word in _GENERIC_WORDS.split())


def _text(record: Mapping[str, Any], key: str) -> str:
    value = record.get(key)
    return value if isinstance(value, str) else ""


def _country(record: Mapping[str, Any]) -> str:
    return _text(record, "country").strip().upper()


def _point(record: Mapping[str, Any]) -> tuple[float, float] | None:
    try:
        latitude, longitude = float(record["latitude"]), float(record["longitude"])
    except (KeyError, TypeError, ValueError):
        return None
    finite = math.isfinite(latitude) and math.isfinite(longitude)
    return (latitude, longitude) if finite and abs(latitude) <= 90 and abs(longitude) <= 180 else None


def _one_per_uuid(records: Iterable[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    """uuid -> record; of a uuid given twice, the same version whatever the order (the larger by its text)."""
    chosen: dict[str, Mapping[str, Any]] = {}
    for record in records:
        uuid = str(record["uuid"])
        if uuid not in chosen or _order_key(record) > _order_key(chosen[uuid]):
            chosen[uuid] = record
    return chosen


def _order_key(record: Mapping[str, Any]) -> str:
    return repr(sorted(record.items(), key=lambda item: str(item[0])))
