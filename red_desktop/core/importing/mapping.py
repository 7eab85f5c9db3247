"""Which source column fills which proposal field, suggested by name in English, Spanish and Portuguese; saved as JSON.

Targets are "proposal.<field>" and "actor.<field>" (actor columns of the repeat group, or a flat form's columns as
"actor[<n>].<field>"); "proposal.location" takes a geopoint ("lat lon [alt accuracy]").
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from pathlib import Path

import pycountry

from red_desktop.core.domain import (
    ActorType,
    ContributionKind,
    Evidence,
    PriorityArea,
    ProposalStatus,
    RegionKind,
    RegionType,
)
from red_desktop.core.importing import conventions
from red_desktop.core.importing.readers import SourceTable
from red_desktop.core.text import fold

MIN_SCORE = 0.8
MATCH_SHARE = 0.9  # a saved mapping applies when this share of its source columns is in the file
_STOP_WORDS = frozenset({"de", "del", "la", "el", "los", "las", "da", "do", "das", "dos", "the", "of", "en", "em"})

PROPOSAL_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("code", "codigo", "proposal code", "codigo proyecto", "codigo propuesta", "codigo projeto", "cod"),
    "title": ("title", "titulo", "nombre proyecto", "nome projeto", "project title", "titulo proyecto",
              "titulo projeto", "titulo propuesta", "titulo proposta", "project name", "proyecto"),
    "country": ("country", "pais", "pais proyecto"),
    "region_name": ("region", "region name", "nombre region", "nome regiao", "regiao", "territorio", "provincia",
                    "departamento", "municipio", "estado"),
    "region_kind": ("region kind", "tipo territorio", "tipo area", "clase region", "tipo de area", "ambito"),
    "region_type": ("region type", "tipo region", "tipo regiao", "tipologia region", "tipologia regiao"),
    "priority_area": ("priority area", "area prioritaria", "eje prioritario", "eixo prioritario", "area"),
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
        "province": ("provincia", "departamento", "estado", "province or department"),
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
# Spanish and Portuguese names of Latin American and Caribbean countries that pycountry (English) does not know.
COUNTRY_NAMES: dict[str, str] = {
    "mexico": "MX", "peru": "PE", "brasil": "BR", "colombia": "CO", "colombia ": "CO", "chile": "CL",
    "argentina": "AR", "bolivia": "BO", "ecuador": "EC", "equador": "EC", "paraguay": "PY", "paraguai": "PY",
    "uruguay": "UY", "uruguai": "UY", "venezuela": "VE", "panama": "PA", "costa rica": "CR", "nicaragua": "NI",
    "honduras": "HN", "el salvador": "SV", "guatemala": "GT", "belice": "BZ", "belize": "BZ",
    "republica dominicana": "DO", "haiti": "HT", "jamaica": "JM", "cuba": "CU", "trinidad y tobago": "TT",
    "trinidad e tobago": "TT", "barbados": "BB", "bahamas": "BS", "guyana": "GY", "guiana": "GY",
    "surinam": "SR", "suriname": "SR", "mexique": "MX", "estados unidos": "US", "espana": "ES", "espanha": "ES",
}  # fmt: skip


@dataclass
class Mapping:
    name: str
    columns: dict[str, str] = field(default_factory=dict)  # main-table source column -> target
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # target -> source value -> enum value
    actor_group: str = ""  # the repeat group holding the actors ("" when actors are flat columns or absent)
    actor_columns: dict[str, str] = field(default_factory=dict)  # repeat-group source column -> "actor.<field>"

    def to_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Mapping:
        def strings(value: object) -> dict[str, str]:
            return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

        values = data.get("values", {})
        return cls(
            name=str(data.get("name", "")),
            columns=strings(data.get("columns")),
            values={str(k): strings(v) for k, v in values.items()} if isinstance(values, dict) else {},
            actor_group=str(data.get("actor_group", "")),
            actor_columns=strings(data.get("actor_columns")),
        )

    def source_columns(self) -> list[str]:
        return list(self.columns) + [f"{self.actor_group}:{c}" for c in self.actor_columns]


# --- column names ------------------------------------------------------------------------------------------------


def _tokens(text: str) -> list[str]:
    return [t for t in re.sub(r"[^a-z0-9 ]+", " ", fold(text).replace("_", " ")).split() if t not in _STOP_WORDS]


def name_score(header: str, synonym: str) -> float:
    """How alike a header and a synonym are: difflib's ratio on folded, prefix-stripped, stop-word-free names,
    raised when every word of the synonym is in the header (shorter headers score higher)."""
    name, wanted = _tokens(conventions.field_name(header)), _tokens(synonym)
    if not name or not wanted:
        return 0.0
    score = difflib.SequenceMatcher(None, " ".join(name), " ".join(wanted)).ratio()
    if set(wanted) <= set(name):
        score = max(score, 0.75 + 0.25 * len(wanted) / len(name))
    return score


def _assign(
    headers: list[str], synonyms: dict[str, tuple[str, ...]], prefix: str, numbered: bool = False
) -> dict[str, str]:
    """Greedy best-first: each target and each column used once, nothing below MIN_SCORE."""
    scored = []
    for header in headers:
        number = re.search(r"(\d+)", conventions.field_name(header)) if numbered else None
        for target, words in synonyms.items():
            best = max(name_score(re.sub(r"\d+", " ", header) if number else header, w) for w in words)
            label = f"{prefix}[{number.group(1)}].{target}" if number else f"{prefix}.{target}"
            scored.append((best, header, label))
    chosen: dict[str, str] = {}
    for score, header, label in sorted(scored, key=lambda s: -s[0]):
        if score >= MIN_SCORE and header not in chosen and label not in chosen.values():
            chosen[header] = label
    return chosen


def suggest_mapping(table: SourceTable, name: str = "") -> Mapping:
    data = table.data_columns
    columns = _assign(data, PROPOSAL_SYNONYMS, "proposal")
    flat_actor = [h for h in data if h not in columns and re.search(r"\d", conventions.field_name(h))]
    columns.update(_assign(flat_actor, ACTOR_SYNONYMS, "actor", numbered=True))
    mapping = Mapping(name or table.path.stem, columns)
    group = _actor_group(table)
    if group:
        mapping.actor_group = group
        child = [str(c) for c in table.repeats[group].columns if not conventions.is_meta(str(c))]
        mapping.actor_columns = _assign(child, ACTOR_SYNONYMS, "actor")
    mapping.values = suggest_values(table, mapping)
    return mapping


def _actor_group(table: SourceTable) -> str:
    if not table.repeats:
        return ""
    names = list(table.repeats)
    best = max(names, key=lambda n: max(name_score(n.split("-")[-1], w) for w in ACTOR_GROUP_NAMES))
    return best if max(name_score(best.split("-")[-1], w) for w in ACTOR_GROUP_NAMES) >= MIN_SCORE else names[0]


# --- values ------------------------------------------------------------------------------------------------------


def suggest_value(target: str, value: str) -> str | None:
    """The enumeration value (or country code) a source value most likely means, None when nothing is close."""
    if target == "proposal.country":
        return country_code(value)
    enum = ENUM_TARGETS.get(_generic(target))
    if enum is None:
        return None
    key = " ".join(_tokens(value.replace("_", " ")))
    candidates = {" ".join(_tokens(m.value.replace("_", " "))): m.value for m in enum}
    for member, words in VALUE_SYNONYMS.get(_generic(target), {}).items():
        candidates.update({" ".join(_tokens(w)): member for w in words})
    if key in candidates:
        return candidates[key]
    close = difflib.get_close_matches(key, list(candidates), n=1, cutoff=MIN_SCORE)
    return candidates[close[0]] if close else None


def _generic(target: str) -> str:
    return re.sub(r"^actor\[\d+\]", "actor", target)


def _target_cells(table: SourceTable, mapping: Mapping) -> list[tuple[str, list[str]]]:
    """Each mapped target with the cells it takes: main-table columns, then the actors' repeat group's."""
    sources: list[tuple[str, list[str]]] = [(t, table.frame[c].tolist()) for c, t in mapping.columns.items()]
    if mapping.actor_group in table.repeats:
        repeat = table.repeats[mapping.actor_group]
        sources += [(t, repeat[c].tolist()) for c, t in mapping.actor_columns.items() if c in repeat.columns]
    return sources


def suggest_values(table: SourceTable, mapping: Mapping) -> dict[str, dict[str, str]]:
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


def value_choices(table: SourceTable, mapping: Mapping) -> dict[str, list[str]]:
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


def country_code(text: str) -> str | None:
    """ISO 3166-1 alpha-2 for a code (alpha-2 or alpha-3) or a name in English, Spanish or Portuguese."""
    value = text.strip()
    if not value:
        return None
    if value.isalpha() and len(value) in (2, 3):
        if len(value) == 2:
            found = pycountry.countries.get(alpha_2=value.upper())
        else:
            found = pycountry.countries.get(alpha_3=value.upper())
        if found is not None:
            return str(found.alpha_2)
    key = " ".join(fold(value).split())
    if key in COUNTRY_NAMES:
        return COUNTRY_NAMES[key]
    try:
        return str(pycountry.countries.lookup(value).alpha_2)
    except LookupError:
        close = difflib.get_close_matches(key, list(COUNTRY_NAMES), n=1, cutoff=0.85)
        return COUNTRY_NAMES[close[0]] if close else None


# --- saved mappings ----------------------------------------------------------------------------------------------


def _file_name(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")
    return f"{slug or 'mapping'}.json"


def save_mapping(mapping: Mapping, folder: str | Path) -> Path:
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    path = target / _file_name(mapping.name)
    temporary = path.with_suffix(".json.tmp")
    temporary.write_text(json.dumps(mapping.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
    temporary.replace(path)
    return path


def load_mapping(folder: str | Path, name: str) -> Mapping:
    path = Path(folder) / _file_name(name)
    return Mapping.from_json(json.loads(path.read_text(encoding="utf-8")))


def saved_mappings(folder: str | Path) -> list[Mapping]:
    """Every readable mapping in `folder`, by name; unreadable files are skipped (they are the user's files)."""
    mappings = []
    for path in sorted(Path(folder).glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict):
            mappings.append(Mapping.from_json(data))
    return sorted(mappings, key=lambda m: fold(m.name))


def matching_mapping(table: SourceTable, saved: Iterable[Mapping]) -> Mapping | None:
    """The saved mapping whose source columns are best present in the table, when at least MATCH_SHARE are."""
    present = set(table.columns) | {f"{g}:{c}" for g, frame in table.repeats.items() for c in frame.columns}
    best: tuple[float, Mapping] | None = None
    for mapping in saved:
        sources = mapping.source_columns()
        if not sources:
            continue
        share = sum(1 for s in sources if s in present) / len(sources)
        if share >= MATCH_SHARE and (best is None or share > best[0]):
            best = (share, mapping)
    return best[1] if best else None
