"""Which source column fills which proposal field, suggested by name in English, Spanish and Portuguese; saved as JSON.

Targets are "proposal.<field>" and "actor.<field>" (actor columns of the repeat group, or a flat form's columns as
"actor[<n>].<field>"); "proposal.location" takes a geopoint ("lat lon [alt accuracy]"). A mapping naming anything
else is refused (`ColumnMapping.from_json`), with the nearest valid names. The format, the rules of the suggestions and
what is refused are written down in docs/importing.md.

Suggestions need evidence: a header that is a synonym, holds every word of one, or is spelled like one; never a
lone generic word ("type", "name", "date", ...) inside a longer header, never a digit (question numbers such as
`q6_6` are not read), and a numbered actor column only next to an actor word (`ator2_tipo`, `actor_1/nombre`).
`mapping_for` is the one suggestion both the wizard and the command line use.
"""

from __future__ import annotations

import copy
import difflib
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path

import pycountry

from red_desktop.core import countries
from red_desktop.core.domain import (
    ActorType,
    ContributionKind,
    Evidence,
    PriorityArea,
    ProposalStatus,
    RegionKind,
    RegionType,
)
from red_desktop.core.enum_labels import enum_label, short_enum_label
from red_desktop.core.errors import Problem, ValidationError
from red_desktop.core.importing import conventions
from red_desktop.core.importing.readers import SourceTable
from red_desktop.core.messages import Meant, Message, languages, msg
from red_desktop.core.text import fold

MIN_SCORE = 0.8  # the least score a column suggestion needs
FUZZY_RATIO = 0.86  # the least difflib ratio for a header spelled like a synonym (a typo, an ending)
FUZZY_LENGTH = 200  # longer headers and values are never compared by spelling (see `_ratio`)
AMBIGUOUS_GAP = 0.03  # a non-exact guess is dropped when another target scores within this of it
VALUE_SHARE = 0.8  # a column whose distinct values are this share of one enumeration's values is that field
MATCH_SHARE = 0.9  # a saved mapping applies when this share of its source columns is in the file
# A mapping is objects within objects three deep at most (values → target → source value); past this depth the
# JSON is not a mapping, and its value is not listed back (a thousand levels would overflow the stack printing it).
MAX_NESTING = 20
_STOP_WORDS = frozenset(
    {"de", "del", "la", "el", "los", "las", "da", "do", "das", "dos", "the", "of", "en", "em", "o", "ou", "y", "e",
     "or", "and", "a", "para", "por", "for"}
)  # fmt: skip
# Words that say nothing about a field on their own: a synonym made of one of them matches only a header that is
# exactly it ("codigo", or "tipo" in the actors' group), never a longer header that contains it.
GENERIC_WORDS = frozenset(
    {"type", "tipo", "name", "nombre", "nome", "date", "fecha", "data", "number", "numero", "num", "nro", "other",
     "otro", "otra", "otros", "outro", "outra", "outros", "value", "valor", "id", "area", "total", "description",
     "descripcion", "descricao", "text", "texto", "comment", "comentario", "comentarios", "observaciones",
     "observacoes", "notes", "notas", "yes", "no", "si", "sim", "nao", "status", "estado", "project", "proyecto",
     "projeto", "code", "codigo", "cod", "specify", "especifique", "cual", "qual", "group", "grupo", "kind",
     "clase", "classe", "categoria", "category", "monto", "amount", "actor", "ator", "role", "rol", "papel"}
)  # fmt: skip
# Words that make a numbered flat column an actor's (`ator2_tipo`): without one, a number is not an actor number.
ACTOR_WORDS = frozenset(
    {"actor", "actores", "actors", "ator", "atores", "socio", "socios", "aliado", "aliados", "partner", "partners"}
)
_NEGATIONS = frozenset({"sin", "sem", "no", "nao", "not", "without", "ningun", "ninguna", "nenhum", "nenhuma"})

PROPOSAL_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("code", "codigo", "proposal code", "codigo proyecto", "codigo propuesta", "codigo projeto", "cod"),
    "title": ("title", "titulo", "nombre proyecto", "nome projeto", "project title", "titulo proyecto",
              "titulo projeto", "titulo propuesta", "titulo proposta", "project name", "proyecto"),
    "country": ("country", "pais", "pais proyecto"),
    "region_name": ("region", "region name", "nombre region", "nome regiao", "regiao", "territorio", "provincia",
                    "departamento", "municipio"),
    "region_kind": ("region kind", "tipo territorio", "tipo area", "clase region", "tipo de area", "ambito",
                    "clase territorio", "classe territorio", "categoria territorio", "tipo territorial",
                    "ambito territorial", "territory kind", "territory type", "area type", "tipo de ambito"),
    "region_type": ("region type", "tipo region", "tipo regiao", "tipologia region", "tipologia regiao"),
    "priority_area": ("priority area", "area prioritaria", "eje prioritario", "eixo prioritario",
                      "area estrategica", "linea prioritaria"),
    "sectors": ("sectors", "sectores", "setores", "sectores productivos", "setores produtivos", "productive sectors"),
    "executing_agency": ("executing agency", "entidad ejecutora", "organismo ejecutor", "orgao executor",
                         "agencia ejecutora", "entidade executora", "ejecutor", "executor"),
    "requested_amount": ("requested amount", "monto solicitado", "valor solicitado", "monto", "requested usd",
                         "monto solicitado usd", "valor solicitado usd"),
    "counterpart_public": ("public counterpart", "counterpart public", "contrapartida publica",
                           "contrapartida publica usd", "aporte publico"),
    "counterpart_private": ("private counterpart", "counterpart private", "contrapartida privada",
                            "contrapartida privada usd", "aporte privado"),
    "beneficiary_msmes": ("beneficiary msmes", "mipymes beneficiarias", "mpes beneficiadas", "msmes",
                          "pymes beneficiarias", "numero mipymes", "mipymes", "mpes"),
    "duration_months": ("duration months", "duracion meses", "duracao meses", "duracion", "duracao", "duration",
                        "plazo meses"),
    "regional_diagnosis": ("regional diagnosis", "diagnostico regional", "diagnostico"),
    "institutional_assessment": ("institutional assessment", "fortalezas debilidades", "forcas fraquezas",
                                 "diagnostico institucional", "fortalezas debilidades institucionales"),
    "market_opportunities": ("market opportunities", "oportunidades mercado", "oportunidades de mercado"),
    "growth_constraints": ("growth constraints", "restricciones crecimiento", "restricoes crescimento",
                           "limitaciones sector privado", "restricoes"),
    "scaling_pathway": ("scaling pathway", "escalamiento", "escalamento", "ruta escalamiento", "politica publica"),
    "results_plan": ("results plan", "plan resultados", "medicion resultados", "plano resultados",
                     "mensuracao resultados", "plan medicion resultados"),
    "location": ("location", "ubicacion", "localizacion", "localizacao", "geopoint", "gps", "coordenadas"),
    "latitude": ("latitude", "latitud"),
    "longitude": ("longitude", "longitud"),
    "status": ("proposal status", "estado propuesta", "estado proposta", "situacao"),
    "author": ("author", "autor", "evaluador", "avaliador", "responsable"),
}  # fmt: skip
ACTOR_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("name", "nombre", "nome", "actor", "nombre actor", "nome ator", "actor name", "organizacion",
             "organizacao", "entidad", "entidade"),
    "actor_type": ("type", "tipo", "actor type", "tipo actor", "tipo ator", "tipo organizacion"),
    "role": ("role", "rol", "papel", "funcion", "rol en proyecto", "papel no projeto"),
    "contribution": ("contribution", "aporte", "contribucion", "contribuicao", "monto aporte", "valor aporte",
                     "aporte comprometido", "contribuicao comprometida", "aporte usd"),
    "contribution_kind": ("contribution kind", "tipo aporte", "tipo contribuicao", "tipo de aporte"),
    "evidence": ("evidence", "evidencia", "compromiso", "compromisso", "evidencia compromiso",
                 "evidencia compromisso"),
}  # fmt: skip
ACTOR_GROUP_NAMES = ("actores", "atores", "actors", "actor", "ator", "actores locales", "atores locais")

ENUM_TARGETS: dict[str, type[StrEnum]] = {
    "proposal.region_kind": RegionKind,
    "proposal.region_type": RegionType,
    "proposal.priority_area": PriorityArea,
    "proposal.status": ProposalStatus,
    "actor.actor_type": ActorType,
    "actor.contribution_kind": ContributionKind,
    "actor.evidence": Evidence,
}
VALUE_SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "proposal.region_type": {
        "marginalized": ("marginada", "marginal", "zona marginada", "marginalizada", "region marginada", "rezagada"),
        "emerging": ("emergente", "region emergente", "regiao emergente", "en desarrollo"),
        "declining": ("en declive", "em declinio", "declive", "declinio", "en declinacion", "decadente"),
    },
    "proposal.region_kind": {
        "metropolitan_area": ("area metropolitana", "zona metropolitana", "metropolitana", "regiao metropolitana"),
        "city_group": ("ciudad", "ciudades", "grupo de ciudades", "cidade", "cidades", "grupo de cidades"),
        "valley": ("valle", "vale"),
        "rural_area": ("zona rural", "area rural", "rural"),
        "province": ("provincia", "departamento", "estado", "province or department", "provincia o departamento",
                     "provincia ou departamento"),
    },
    "proposal.priority_area": {
        "large_investments": ("grandes inversiones", "grandes investimentos", "industrias extractivas",
                              "infraestructura", "infraestrutura"),
        "innovation": ("innovacion", "inovacao", "centros de investigacion", "investigacion y tecnologia"),
        "urban_productive": ("desarrollo productivo urbano", "desenvolvimento produtivo urbano", "productivo urbano"),
        "value_chains": ("cadenas de valor", "cadeias de valor", "cadenas de valor locales y globales"),
    },
    "proposal.status": {
        "draft": ("borrador", "rascunho"),
        "submitted": ("enviada", "presentada", "enviado", "submetida", "recibida", "recebida"),
        "under_review": ("en revision", "em analise", "em revisao", "en evaluacion", "em avaliacao"),
        "decided": ("decidida", "decidido"),
    },
    "actor.actor_type": {
        "local_government": ("gobierno local", "municipio", "municipalidad", "alcaldia", "prefeitura",
                             "governo local", "gobierno regional", "gobernacion", "governo estadual"),
        "business": ("empresa", "empresas", "asociacion empresarial", "gremio", "camara de comercio", "mipyme",
                     "pyme", "associacao empresarial", "cooperativa"),
        "university": ("universidad", "universidade", "instituto universitario"),
        "technology_centre": ("centro tecnologico", "centro de tecnologia", "centro de investigacion",
                              "centro de pesquisa", "technology center"),
        "civil_society": ("sociedad civil", "ong", "osc", "organizacion de la sociedad civil",
                          "organizacao da sociedade civil", "fundacion", "fundacao"),
        "large_company": ("gran empresa", "grande empresa", "empresa ancla", "empresa ancora", "large company"),
        "national_government": ("gobierno nacional", "ministerio", "governo federal", "governo nacional",
                                "agencia nacional", "socio de escalamiento"),
    },
    "actor.contribution_kind": {
        "cash": ("efectivo", "dinero", "monetaria", "monetario", "dinheiro", "financeira", "financiera"),
        "in_kind": ("especie", "en especie", "em especie", "no monetaria", "nao monetaria"),
    },
    "actor.evidence": {
        "none": ("ninguna", "ninguno", "no", "nenhuma", "nenhum", "sin compromiso", "sem compromisso", "nao"),
        "letter_of_intent": ("carta de intencion", "carta de intencao", "carta intencion", "loi", "carta"),
        "signed_agreement": ("convenio firmado", "acuerdo firmado", "convenio", "acordo assinado",
                             "convenio assinado", "contrato firmado", "contrato assinado"),
    },
}  # fmt: skip


@dataclass
class ColumnMapping:
    name: str
    columns: dict[str, str] = field(default_factory=dict)  # main-table source column -> target
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # target -> source value -> enum value
    actor_group: str = ""  # the repeat group holding the actors ("" when actors are flat columns or absent)
    actor_columns: dict[str, str] = field(default_factory=dict)  # repeat-group source column -> "actor.<field>"
    fixed: dict[str, str] = field(default_factory=dict)  # "proposal.<field>" -> the cell every row gets without one

    def to_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: object) -> ColumnMapping:
        """A mapping read from JSON, refused (ValidationError, every problem listed) when a target is not one this
        program fills, a value is not one the field accepts or a part has the wrong type."""
        problems: list[Problem] = []
        if not isinstance(data, dict):
            raise ValidationError(MAPPING, [Problem("mapping", NOT_AN_OBJECT, type(data).__name__)])
        if _too_deep(data):
            raise ValidationError(MAPPING, [Problem("mapping", too_deep())])
        name = data.get("name", "")
        if not isinstance(name, str):
            problems.append(Problem("name", NOT_TEXT, name))
        known = {"name", "columns", "values", "actor_group", "actor_columns", "fixed"}
        unknown = msg("not_a_part", "is not a part of a mapping (one of: {parts})", parts=", ".join(sorted(known)))
        problems += [Problem(str(k), unknown) for k in data if k not in known]
        actor_group = data.get("actor_group", "")
        if not isinstance(actor_group, str):
            problems.append(Problem("actor_group", NOT_TEXT, actor_group))
        columns = _strings(data, "columns", problems)
        actor_columns = _strings(data, "actor_columns", problems)
        fixed = _strings(data, "fixed", problems)
        values: dict[str, dict[str, str]] = {}
        raw_values = data.get("values", {})
        if not isinstance(raw_values, dict):
            not_values = msg("not_values", "is not an object of target → {{source value: value}}")
            problems.append(Problem("values", not_values, raw_values))
        else:
            for target in raw_values:
                values[str(target)] = _strings(raw_values, target, problems, where=f"values.{target}")
        for column, target in columns.items():
            if not is_target(target, flat_actor=True):
                problems.append(Problem(f"columns.{column}", _unknown(target, columns=True), target))
        for column, target in actor_columns.items():
            if not is_target(target) or not target.startswith("actor."):
                problems.append(Problem(f"actor_columns.{column}", _unknown(target, actor=True), target))
        for target, chosen in values.items():
            allowed = allowed_values(target)
            if not allowed:
                problems.append(Problem(f"values.{target}", _unknown(target, values=True), target))
                continue
            for source, value in chosen.items():
                if value not in allowed:
                    problems.append(Problem(f"values.{target}.{source}", _not_allowed(target, value), value))
        for target, cell in fixed.items():
            if not is_target(target) or not target.startswith("proposal."):
                problems.append(Problem(f"fixed.{target}", _unknown(target, proposal=True), target))
            elif allowed_values(target) and cell not in values.get(target, {}):
                if (suggest_value(target, cell) if cell not in allowed_values(target) else cell) is None:
                    problems.append(Problem(f"fixed.{target}", _not_allowed(target, cell), cell))
        if problems:
            raise ValidationError(named(name) if isinstance(name, str) and name else MAPPING, problems)
        return cls(str(name), columns, values, str(actor_group), actor_columns, fixed)

    def source_columns(self) -> list[str]:
        return list(self.columns) + [f"{self.actor_group}:{c}" for c in self.actor_columns]


MAPPING = msg("mapping_subject", "Mapping")
NOT_AN_OBJECT = msg("not_an_object", "is not a JSON object")
NOT_TEXT = msg("not_text", "is not text")


def named(name: str) -> Message:
    """The subject of a mapping's problems: "Mapping 'Kobo 2026'"."""
    return msg("named_mapping_subject", "Mapping {name!r}", name=name)


def too_deep() -> Message:
    return msg(
        "too_deep",
        "is nested more than {levels} levels deep; a mapping is objects within objects, three deep at most",
        levels=MAX_NESTING,
    )


def _too_deep(data: object) -> bool:
    """Whether lists and objects nest more than MAX_NESTING levels; walked without recursion."""
    stack: list[tuple[object, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else None
        if children is None:
            continue
        if depth > MAX_NESTING:
            return True
        stack += [(child, depth + 1) for child in children if isinstance(child, dict | list)]
    return False


def read_mapping_json(path: Path, subject: Message | str) -> object:
    """The JSON of a mapping file, or a ValidationError of `subject` naming the file and what is wrong with it: it
    cannot be read, is not UTF-8 JSON, or nests so deeply that Python's JSON parser gives up (RecursionError)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except RecursionError:
        raise ValidationError(subject, [Problem(path.name, too_deep())]) from None
    except (OSError, ValueError) as exc:  # ValueError: UnicodeDecodeError and json.JSONDecodeError
        raise ValidationError(
            subject, [Problem(path.name, msg("unreadable", "cannot be read: {why}", why=str(exc)))]
        ) from None
    if _too_deep(data):  # parsed, but deeper than any mapping: refused here so the file is named
        raise ValidationError(subject, [Problem(path.name, too_deep())])
    return data


def _strings(data: dict[str, object], key: str, problems: list[Problem], where: str = "") -> dict[str, str]:
    value = data.get(key, {})
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        problems.append(Problem(where or key, msg("not_strings", "is not an object of text → text"), value))
        return {}
    return dict(value)


# --- targets -----------------------------------------------------------------------------------------------------

_NUMBERED_ACTOR = re.compile(r"^actor\[([1-9]\d*)\]\.(\w+)$")


def valid_targets(numbered: int | None = None) -> list[str]:
    """Every target a mapping may name: proposal fields, actor fields, and actor fields of flat actor `numbered`."""
    targets = [f"proposal.{f}" for f in PROPOSAL_SYNONYMS] + [f"actor.{f}" for f in ACTOR_SYNONYMS]
    if numbered is not None:
        targets += [f"actor[{numbered}].{f}" for f in ACTOR_SYNONYMS]
    return targets


def is_target(target: str, flat_actor: bool = False) -> bool:
    """Whether `target` is a field this program fills; `flat_actor` admits the main table's "actor[<n>].<field>"."""
    if flat_actor and (match := _NUMBERED_ACTOR.match(target)):
        return match.group(2) in ACTOR_SYNONYMS
    return target in valid_targets()


def _unknown(target: str, columns: bool = False, actor: bool = False, values: bool = False,
             proposal: bool = False) -> Message:  # fmt: skip
    number = re.match(r"^actor\[(\d+)\]", target)
    if values:
        names = [*ENUM_TARGETS, "proposal.country"]
        what = msg("not_a_values_field", "is not a field with a list of values")
    elif actor:
        names = [f"actor.{f}" for f in ACTOR_SYNONYMS]
        what = msg("not_an_actor_field", "is not an actor field")
    elif proposal:
        names = [f"proposal.{f}" for f in PROPOSAL_SYNONYMS]
        what = msg("not_a_proposal_field", "is not a proposal field")
    else:
        names = valid_targets(int(number.group(1)) if number and columns else None)
        what = msg("not_a_target", "is not a target")
    prefix, _, name = target.rpartition(".")
    same = {n.rpartition(".")[2]: n for n in names if n.rpartition(".")[0] == prefix}  # compare the field alone
    close = [same[c] for c in _nearest(name, list(same))] if same else _nearest(target, names)
    if close:
        return msg("unknown_target", "{what}; did you mean {names}?", what=what, names=_either(close))
    return msg(
        "unknown_target", "{what} (valid: {names})", what=what, names=", ".join(same.values() if same else names)
    )


def _either(names: list[str]) -> Message | str:
    """ "a or b or c", the "or" in the language of the moment."""
    said: Message | str = names[0]
    for name in names[1:]:
        said = msg("either", "{first} or {second}", first=said, second=name)
    return said


def _ratio(text: str, known: str, least: float) -> float:
    """difflib's ratio of `text` and `known`; 0, without asking difflib, when the lengths alone say it is below
    `least` (the ratio is at most twice the shorter length over the two: a 10,000-character header is no typo of a
    12-letter synonym) or when either is over FUZZY_LENGTH characters (no header or value written by hand is).
    difflib's work grows with the product of the lengths, so a pasted paragraph as a header took seconds per
    column; with the bounds every suggestion for ordinary headers and values is the one unbounded difflib makes."""
    shorter, both = min(len(text), len(known)), len(text) + len(known)
    if max(len(text), len(known)) > FUZZY_LENGTH or 2 * shorter < (least - 1e-9) * both:  # float rounding
        return 0.0
    return difflib.SequenceMatcher(None, text, known).ratio()


def _nearest(word: str, names: list[str]) -> list[str]:
    """The names spelled most like `word` (difflib ratio ≥ 0.6, and within 0.1 of the best), best first."""
    ratios = sorted(((_ratio(word, n, 0.6), n) for n in names), key=lambda r: -r[0])
    return [n for r, n in ratios[:3] if r >= 0.6 and r >= ratios[0][0] - 0.1]


def _not_allowed(target: str, value: str) -> Message:
    allowed = allowed_values(target)
    code = country_code(value) if _generic(target) == "proposal.country" else None
    close = [code] if code else _nearest(value, allowed)
    if close:
        return msg(
            "not_allowed", "is not a value of {target}; did you mean {names}?", target=target, names=_either(close)
        )
    if len(allowed) > 12:
        return msg("not_allowed", "is not a value of {target} (one of: an ISO 3166-1 alpha-2 code)", target=target)
    return msg("not_allowed", "is not a value of {target} (one of: {names})", target=target, names=", ".join(allowed))


# --- column names ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Guess(Meant):
    """One suggested target for a column, with its score and the evidence for it (`reason`: in words, in the
    language of the moment it is shown)."""

    target: str
    score: float
    meaning: Message


def _words(text: str) -> list[str]:
    """Folded words without stop words; `_`, `-`, `.` and punctuation separate words."""
    return [t for t in re.sub(r"[^a-z0-9 ]+", " ", fold(text).replace("_", " ")).split() if t not in _STOP_WORDS]


def _tokens(text: str) -> list[str]:
    """The words of a header that can be evidence: no question numbers (`q6`, `6`, `s2a`) and no stop words."""
    return [t for t in _words(text) if not re.search(r"\d", t)]


_IS, _HAS_EVERY_WORD, _SPELLED_LIKE = "is", "has every word of", "is spelled like"


def _evidence(name: list[str], wanted: list[str], exact_generic: bool = True) -> tuple[float, str, float]:
    """How strongly header words `name` say synonym words `wanted`, and why: (score, one of _IS, _HAS_EVERY_WORD,
    _SPELLED_LIKE, the spelling's ratio); (0, "", 0) when they do not."""
    none = (0.0, "", 0.0)
    if not name or not wanted:
        return none
    lone_generic = len(wanted) == 1 and wanted[0] in GENERIC_WORDS
    if name == wanted or (len(name) == len(wanted) and set(name) == set(wanted)):
        return (1.0, _IS, 1.0) if exact_generic or not lone_generic else none
    if lone_generic:
        return none
    if set(wanted) <= set(name):
        return 0.75 + 0.25 * len(wanted) / len(name), _HAS_EVERY_WORD, 0.0
    if len(wanted) == 1 and len(wanted[0]) < 6:
        return none
    ratio = _ratio(" ".join(name), " ".join(wanted), FUZZY_RATIO)
    return (0.95 * ratio, _SPELLED_LIKE, ratio) if ratio >= FUZZY_RATIO else none


def _said(header: str, why: str, synonym: str, ratio: float) -> Message:
    """The evidence in words: '"tipo_regiao" is "tipo regiao"'."""
    if why == _IS:
        return msg("guess_is", '"{header}" is "{synonym}"', header=header, synonym=synonym)
    if why == _HAS_EVERY_WORD:
        return msg("guess_has_every_word", '"{header}" has every word of "{synonym}"', header=header, synonym=synonym)
    return msg(
        "guess_spelled_like", '"{header}" is spelled like ({ratio:.0%}) "{synonym}"', header=header, ratio=ratio,
        synonym=synonym,
    )  # fmt: skip


def name_score(header: str, synonym: str) -> float:
    """How alike a header and a synonym are (0-1): 1 when the header is the synonym, 0.75-1 when it holds every word
    of it (shorter headers higher), a difflib ratio ≥ FUZZY_RATIO when it is spelled like it; 0 otherwise, and 0 for
    a lone generic word inside a longer header."""
    return _evidence(_tokens(conventions.field_name(header)), _tokens(synonym))[0]


def _best(name: list[str], synonyms: dict[str, tuple[str, ...]], prefix: str, shown: str,
          drop: frozenset[str] = frozenset()) -> list[Guess]:  # fmt: skip
    """Each target's best evidence for header words `name`, best first; only scores ≥ MIN_SCORE."""
    guesses = []
    for target, words in synonyms.items():
        best = (0.0, "", "", 0.0)
        for synonym in words:
            wanted = [w for w in _tokens(synonym) if w not in drop] or _tokens(synonym)
            score, why, ratio = _evidence(name, wanted)
            if score > best[0]:
                best = (score, why, synonym, ratio)
        if best[0] >= MIN_SCORE:
            score, why, synonym, ratio = best
            guesses.append(Guess(f"{prefix}.{target}", round(score, 3), _said(shown, why, synonym, ratio)))
    return sorted(guesses, key=lambda g: -g.score)


_ACTOR_NUMBER = re.compile(
    rf"(?<![a-z0-9])(?:(?P<word>{'|'.join(sorted(ACTOR_WORDS))})[ _.-]*(?P<number>\d+)(?![0-9])"
    rf"|(?P<before>\d+)[ _.-]*(?P<word2>{'|'.join(sorted(ACTOR_WORDS))})(?![a-z]))"
)


def _numbered_actor(header: str) -> tuple[int, list[str], str] | None:
    """(actor number, the other words, the actor word and number as written) of a flat actor column such as
    `ator2_tipo`, `actor_1/nombre` or `1_actor_nombre`; None unless a number is joined to an actor word (a question
    number such as `q2_actor_type` is not an actor number)."""
    parts = conventions.segments(header)
    for index in range(len(parts) - 1, -1, -1):
        text = fold(parts[index])
        match = _ACTOR_NUMBER.search(text)
        if match is None or int(match.group("number") or match.group("before")) == 0:
            continue
        rest = _tokens(text[: match.start()] + " " + text[match.end() :] + " " + " ".join(parts[index + 1 :]))
        word = match.group("word") or match.group("word2")
        return int(match.group("number") or match.group("before")), rest or [word], match.group(0)
    return None


def guesses(header: str, actors: bool = False) -> list[Guess]:
    """Every target the header's name is evidence for, best first (scores ≥ MIN_SCORE): proposal fields, or actor
    fields when the column is in the actors' group (`actors`) or is a numbered actor column of a flat form."""
    shown = conventions.field_name(header)
    if actors:
        return _best(_tokens(shown), ACTOR_SYNONYMS, "actor", shown)
    numbered = _numbered_actor(header)
    if numbered is not None:
        number, rest, word = numbered
        found = _best([w for w in rest if w not in ACTOR_WORDS] or rest, ACTOR_SYNONYMS, f"actor[{number}]",
                      f"{shown}", drop=ACTOR_WORDS)  # fmt: skip
        return [Guess(g.target, g.score, _numbered(g.meaning, number, word)) for g in found]
    return _best(_tokens(shown), PROPOSAL_SYNONYMS, "proposal", shown)


def _numbered(evidence: Message, number: int, word: str) -> Message:
    """The evidence of a numbered actor column, with its number: '..., actor 2 by "ator2"'."""
    return msg("guess_numbered_actor", '{evidence}, actor {number} by "{word}"', evidence=evidence, number=number,
               word=word)  # fmt: skip


def guess_target(header: str, actors: bool = False) -> Guess | None:
    """The header's best target when its evidence reaches MIN_SCORE and no other target is as likely."""
    found = guesses(header, actors)
    if not found:
        return None
    if len(found) > 1 and found[0].score < 1.0 and found[0].score - found[1].score < AMBIGUOUS_GAP:
        return None
    return found[0]


def _assign(headers: list[str], actors: bool = False) -> dict[str, str]:
    """Greedy best-first: each target and each column used once, ambiguous headers left out."""
    scored = []
    for header in headers:
        found = guesses(header, actors)
        if len(found) > 1 and found[0].score < 1.0 and found[0].score - found[1].score < AMBIGUOUS_GAP:
            continue
        scored += [(g.score, header, g.target) for g in found]
    chosen: dict[str, str] = {}
    for _, header, target in sorted(scored, key=lambda s: -s[0]):
        if header not in chosen and target not in chosen.values():
            chosen[header] = target
    return chosen


def _by_values(table: SourceTable, columns: dict[str, str]) -> dict[str, str]:
    """Unassigned columns whose distinct values are (VALUE_SHARE of) the values of exactly one free enumeration
    field: a `clase_territorio` of `valle`, `zona_rural`, ... is the region kind whatever its name."""
    free = [t for t in ("proposal.region_kind", "proposal.region_type", "proposal.priority_area")
            if t not in columns.values()]  # fmt: skip
    found: dict[str, str] = {}
    for column in table.data_columns:
        if column in columns or not free:
            continue
        distinct = [v for v in dict.fromkeys(str(c).strip() for c in table.frame[column].head(2000)) if v][:31]
        if not distinct or len(distinct) > 30:
            continue
        fits = []
        for target in free:
            matched = sum(1 for v in distinct if _exact_value(target, v) is not None)
            if matched >= min(2, len(distinct)) and matched >= VALUE_SHARE * len(distinct):
                fits.append(target)
        if len(fits) == 1:
            found[column] = fits[0]
            free.remove(fits[0])
    return found


def _geopoint(table: SourceTable, columns: dict[str, str]) -> dict[str, str]:
    """The form's one geopoint (the reader joined its latitude and longitude parts) is the proposal's location,
    whatever its name ("territorio-ponto"), when no column is mapped there yet."""
    points = [c for c in table.geopoints if c in table.data_columns and c not in columns]
    if len(points) != 1 or "proposal.location" in columns.values():
        return {}
    return {points[0]: "proposal.location"}


def suggest_mapping(table: SourceTable, name: str = "") -> ColumnMapping:
    """Columns matched by name (see `guesses`), then enumeration columns by their values, and the values of every
    enumeration and country column where a suggestion is unambiguous."""
    data = table.data_columns
    columns = _assign(data)
    columns.update(_by_values(table, columns))
    columns.update(_geopoint(table, columns))
    mapping = ColumnMapping(name or table.path.stem, {c: columns[c] for c in data if c in columns})
    group = _actor_group(table)
    if group:
        mapping.actor_group = group
        child = [str(c) for c in table.repeats[group].columns if not conventions.is_meta(str(c))]
        mapping.actor_columns = _assign(child, actors=True)
    mapping.values = suggest_values(table, mapping)
    return mapping


def mapping_for(table: SourceTable, saved: Iterable[ColumnMapping] = (), name: str = "") -> ColumnMapping:
    """THE mapping for a file, the same for the wizard and the command line: the saved mapping whose source columns
    the file has (`matching_mapping`), else the suggestion; either way with the unambiguous suggestions for values
    it does not yet map filled in `values` (a saved choice is never replaced). The caller's `saved` is not changed."""
    matched = matching_mapping(table, saved)
    if matched is None:
        return suggest_mapping(table, name)
    mapping = copy.deepcopy(matched)
    for target, suggested in suggest_values(table, mapping).items():
        chosen = mapping.values.setdefault(target, {})
        for source, value in suggested.items():
            chosen.setdefault(source, value)
    return mapping


def _actor_group(table: SourceTable) -> str:
    if not table.repeats:
        return ""
    names = list(table.repeats)

    def score(group: str) -> float:
        return max(name_score(group.split("-")[-1], w) for w in ACTOR_GROUP_NAMES)

    best = max(names, key=score)
    return best if score(best) >= MIN_SCORE else names[0]


# --- values ------------------------------------------------------------------------------------------------------


@cache
def _value_candidates(target: str) -> dict[tuple[str, ...], frozenset[str]]:
    """Words of each way of writing a value (the value, its synonyms, its labels with and without their examples in
    every language of the catalogues, core/enum_labels.py) → the values meant."""
    enum = ENUM_TARGETS[target]
    phrases: list[tuple[str, str]] = [(m.value.replace("_", " "), m.value) for m in enum]
    for member, words in VALUE_SYNONYMS.get(target, {}).items():
        phrases += [(w, member) for w in words]
    for language in languages():
        phrases += [(label(m, language), m.value) for m in enum for label in (enum_label, short_enum_label)]
    candidates: dict[tuple[str, ...], set[str]] = {}
    for phrase, member in phrases:
        words = tuple(_words(re.sub(r"[()]", " ", phrase)))
        if words:
            candidates.setdefault(words, set()).add(member)
    return {words: frozenset(members) for words, members in candidates.items()}


def _exact_value(target: str, value: str) -> str | None:
    key = tuple(_words(value))
    members = _value_candidates(_generic(target)).get(key, frozenset()) if _generic(target) in ENUM_TARGETS else ()
    return next(iter(members)) if len(members) == 1 else None


@lru_cache(maxsize=4096)  # rows ask once per cell; a file has few distinct values
def suggest_value(target: str, value: str) -> str | None:
    """The enumeration value (or country code) a source value most likely means; None when nothing is close or the
    value could mean more than one. In order: a value, synonym or label written alike (case, accents, `_`, stop words
    ignored); one spelled alike (difflib ≥ MIN_SCORE, the runner-up meaning something else well behind); one whose
    label holds every word of the value (`desarrollo_urbano` → "Desarrollo productivo urbano") or whose words are
    all in the value (`provincia_o_departamento`), when only one value fits."""
    if target == "proposal.country":
        return country_code(value)
    generic = _generic(target)
    if generic not in ENUM_TARGETS:
        return None
    candidates = _value_candidates(generic)
    key = tuple(_words(value))
    if not key:
        return None
    if key in candidates:
        members = candidates[key]
        return next(iter(members)) if len(members) == 1 else None
    joined = {" ".join(words): members for words, members in candidates.items()}
    ratios = sorted(
        ((_ratio(" ".join(key), text, MIN_SCORE - 0.05), members) for text, members in joined.items()),
        key=lambda r: -r[0],
    )
    if ratios and ratios[0][0] >= MIN_SCORE and len(ratios[0][1]) == 1:
        rivals = [r for r in ratios[1:] if r[1] != ratios[0][1] and r[0] > ratios[0][0] - 0.05]
        if not rivals:
            return next(iter(ratios[0][1]))
    words = set(key)
    negated = bool(words & _NEGATIONS)
    fits: set[str] = set()
    for phrase, members in candidates.items():
        if words <= set(phrase) or (not negated and set(phrase) <= words):
            fits |= members
    return next(iter(fits)) if len(fits) == 1 else None


def _generic(target: str) -> str:
    return re.sub(r"^actor\[\d+\]", "actor", target)


def _target_cells(table: SourceTable, mapping: ColumnMapping) -> list[tuple[str, list[str]]]:
    """Each mapped target with the cells it takes: main-table columns, then the actors' repeat group's."""
    sources: list[tuple[str, list[str]]] = [
        (t, table.frame[c].tolist()) for c, t in mapping.columns.items() if c in table.frame.columns
    ]
    if mapping.actor_group in table.repeats:
        repeat = table.repeats[mapping.actor_group]
        sources += [(t, repeat[c].tolist()) for c, t in mapping.actor_columns.items() if c in repeat.columns]
    return sources


def suggest_values(table: SourceTable, mapping: ColumnMapping) -> dict[str, dict[str, str]]:
    """For every enumeration (and country) column: its distinct values that are not already exact, suggested."""
    values: dict[str, dict[str, str]] = {}
    for target, cells in _target_cells(table, mapping):
        generic = _generic(target)
        if generic not in ENUM_TARGETS and generic != "proposal.country":
            continue
        exact = {m.value for m in ENUM_TARGETS[generic]} if generic in ENUM_TARGETS else set()
        for cell in dict.fromkeys(str(v).strip() for v in cells):
            suggestion = suggest_value(generic, cell) if cell and cell not in exact else None
            if suggestion is not None and suggestion != cell:
                values.setdefault(generic, {})[cell] = suggestion
    return values


def value_choices(table: SourceTable, mapping: ColumnMapping) -> dict[str, list[str]]:
    """For every enumeration (and country) target the mapping uses: its distinct source values that are not already
    one of the allowed values, in order of appearance (what a person must map, suggested or not)."""
    choices: dict[str, list[str]] = {}
    for target, cells in _target_cells(table, mapping):
        generic = _generic(target)
        if generic not in ENUM_TARGETS and generic != "proposal.country":
            continue
        exact = allowed_values(generic)
        found = choices.setdefault(generic, [])
        for cell in dict.fromkeys(str(v).strip() for v in cells):
            if cell and cell not in exact and cell not in found:
                found.append(cell)
    return {target: values for target, values in choices.items() if values}


def allowed_values(target: str) -> list[str]:
    """What an enumeration target (or the country) accepts: enum values, or ISO 3166-1 alpha-2 codes."""
    generic = _generic(target)
    if generic == "proposal.country":
        return sorted(c.alpha_2 for c in pycountry.countries)
    return [m.value for m in ENUM_TARGETS[generic]] if generic in ENUM_TARGETS else []


# --- countries ---------------------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def country_code(text: str) -> str | None:
    """ISO 3166-1 alpha-2 for a code or a name core.countries knows ("Perú", "Korea, Rep.", "Gambia, The"), or for one
    spelled alike ("Bolvia", "Argentinaa") when no other country is spelled nearly as alike. None when no country (or
    more than one) answers to it."""
    found = countries.country_code(text)
    key = countries.name_key(text)
    if found or not key:
        return found
    ratios = sorted(((_ratio(key, k, 0.8), c) for k, c in countries.known_names().items()), reverse=True)
    if ratios and ratios[0][0] >= 0.85 and not [r for r in ratios[1:4] if r[1] != ratios[0][1] and r[0] > 0.8]:
        return ratios[0][1]
    return None


# --- saved mappings ----------------------------------------------------------------------------------------------


def _file_name(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
    return f"{slug or 'mapping'}.json"


def save_mapping(mapping: ColumnMapping, folder: str | Path) -> Path:
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    path = target / _file_name(mapping.name)
    temporary = path.with_suffix(".json.tmp")
    temporary.write_text(json.dumps(mapping.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
    temporary.replace(path)
    return path


def load_mapping(folder: str | Path, name: str) -> ColumnMapping:
    """The mapping saved under `name`; ValidationError naming it and the saved names when there is none, and naming
    the problem when its file cannot be read or is not a valid mapping."""
    path = Path(folder) / _file_name(name)
    if not path.is_file():
        saved = [m.name for m in saved_mappings(folder)] if Path(folder).is_dir() else []
        if saved:
            missing = msg("no_saved_mapping", "no saved mapping has this name (saved mappings: {names})",
                          names=", ".join(saved))  # fmt: skip
        else:
            missing = msg("no_saved_mapping", "no saved mapping has this name (there are no saved mappings)")
        raise ValidationError(named(name), [Problem("name", missing)])
    return ColumnMapping.from_json(read_mapping_json(path, named(name)))


def saved_mappings(folder: str | Path) -> list[ColumnMapping]:
    """Every valid mapping in `folder`, by name; unreadable or invalid files are skipped (they are the user's files;
    `load_mapping` by name says what is wrong with one)."""
    mappings = []
    for path in sorted(Path(folder).glob("*.json")):
        try:
            mappings.append(ColumnMapping.from_json(read_mapping_json(path, MAPPING)))
        except (OSError, ValueError, ValidationError):
            continue
    return sorted(mappings, key=lambda m: fold(m.name))


def matching_mapping(table: SourceTable, saved: Iterable[ColumnMapping]) -> ColumnMapping | None:
    """The saved mapping whose source columns are best present in the table, when at least MATCH_SHARE are."""
    present = set(table.columns) | {f"{g}:{c}" for g, frame in table.repeats.items() for c in frame.columns}
    best: tuple[float, ColumnMapping] | None = None
    for mapping in saved:
        sources = mapping.source_columns()
        if not sources:
            continue
        share = sum(1 for s in sources if s in present) / len(sources)
        if share >= MATCH_SHARE and (best is None or share > best[0]):
            best = (share, mapping)
    return best[1] if best else None
