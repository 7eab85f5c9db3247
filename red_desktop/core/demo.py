"""A deterministic demo portfolio: the same seed gives the same proposals, evaluators and scores.

Each proposal has a latent quality that drives its funding, its actor map and the levels its
evaluators see; each evaluator has a personal bias (some harsh, some lenient) and noise; a share
of proposals gets one strongly dissenting evaluator, so the committee view has contested cases.
"""

from __future__ import annotations

import random
import re
import uuid as uuid_module
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from red_desktop.core.countries import country_name
from red_desktop.core.demo_data import DemoContent, DemoRegion, demo_content
from red_desktop.core.domain import (
    NARRATIVE_FIELDS,
    Actor,
    ActorType,
    ContributionKind,
    Evaluation,
    EvaluationState,
    Evaluator,
    Evidence,
    PriorityArea,
    Proposal,
    ProposalStatus,
    RegionKind,
    RegionType,
    Score,
    Stamp,
)
from red_desktop.core.errors import RedDesktopError
from red_desktop.core.indicators import INDICATORS
from red_desktop.core.messages import msg
from red_desktop.core.progress import NoProgress, Progress, check_cancelled
from red_desktop.core.rubric import Rubric
from red_desktop.core.store import Store

DEFAULT_SIZE = {"proposals": 60, "evaluators": 5, "seed": 1}  # the window's --demo store and `red-desktop demo`
MAX_PROPOSALS = 100_000
MAX_EVALUATORS = 200
EPOCH = datetime(2026, 2, 2, 9, 0, tzinfo=UTC)
CONTESTED_SHARE = 0.12
DRAFT_SHARE = 0.15
MAX_BIAS = 0.3  # an evaluator's systematic leniency (+) or harshness (-), in levels
NOISE_SD = 0.22  # an evaluator's reading of one sub-criterion, in levels


@dataclass(frozen=True)
class DemoSummary:
    proposals: int
    evaluators: int
    evaluations: int
    final: int
    drafts: int


class _Maker:
    """Holds the seeded random source so every value it makes follows from the seed."""

    def __init__(self, seed: int, rubric: Rubric, content: DemoContent):
        self.rng = random.Random(seed)
        self.rubric = rubric
        self.content = content
        self.codes: Counter[str] = Counter()

    def uuid(self) -> str:
        return str(uuid_module.UUID(int=self.rng.getrandbits(128), version=4))

    def when(self, after: datetime, max_days: float) -> datetime:
        return after + timedelta(minutes=self.rng.randint(30, int(max_days * 24 * 60)))

    def pick(self, items):  # type: ignore[no-untyped-def]
        return items[self.rng.randrange(len(items))]

    # ---- proposals ----

    def proposal(self, index: int, region: DemoRegion, quality: float) -> Proposal:
        lang = region.language
        area = list(PriorityArea)[index % len(PriorityArea)]
        sectors = tuple(self.rng.sample(region.sectors, k=min(len(region.sectors), self.rng.randint(2, 3))))
        place = short_place(region.region_name)
        agency = self.pick(self.content.agencies[lang]).format(region=place)
        requested = round(self.rng.uniform(250_000, 3_000_000), -4)
        leverage = max(0.0, quality * 1.25 * self.rng.uniform(0.6, 1.25))
        public_share = self.rng.uniform(0.3, 0.7)
        msmes = self.rng.randrange(40, 1500, 10)
        fields = {
            "region": place,
            "country_name": country_name(region.country, lang),
            "sector": sectors[0],
            "sector2": sectors[-1],
            "agency": agency,
            "msmes": f"{msmes:,}",
        }
        created = self.when(EPOCH, 90)
        return Proposal(
            code=self.code(region.country),
            title=self.pick(self.content.templates("titles", area.value, lang)).format(region=place, sector=sectors[0]),
            country=region.country,
            region_name=region.region_name,
            region_kind=RegionKind(region.region_kind),
            region_type=None if self.rng.random() < 0.02 else RegionType(region.region_type),
            priority_area=area,
            sectors=sectors,
            executing_agency=agency,
            requested_amount=requested,
            counterpart_public=round(requested * leverage * public_share, -3),
            counterpart_private=round(requested * leverage * (1 - public_share), -3),
            beneficiary_msmes=msmes,
            duration_months=self.rng.choice((18, 24, 30, 36, 42, 48)),
            latitude=round(region.latitude + self.rng.uniform(-0.15, 0.15), 4),
            longitude=round(region.longitude + self.rng.uniform(-0.15, 0.15), 4),
            status=self.rng.choice(
                (ProposalStatus.SUBMITTED, ProposalStatus.UNDER_REVIEW, ProposalStatus.UNDER_REVIEW)
            ),
            author=agency,
            actors=self.actors(lang, place, sectors, quality, requested * leverage),
            uuid=self.uuid(),
            stamp=Stamp(created_at=_iso(created)),
            **{
                name: self.pick(self.content.templates("narratives", name, lang)).format(**fields)
                for name in NARRATIVE_FIELDS
            },
        )

    def code(self, country: str) -> str:
        self.codes[country] += 1
        return f"RED-{country}-2026-{self.codes[country]:03d}"

    def actors(
        self, lang: str, place: str, sectors: tuple[str, ...], quality: float, funds: float
    ) -> tuple[Actor, ...]:
        """Better proposals map more kinds of actor and hold firmer commitments."""
        kinds = [ActorType.LOCAL_GOVERNMENT, ActorType.BUSINESS]
        optional = [t for t in ActorType if t not in kinds]
        self.rng.shuffle(optional)
        kinds += optional[: max(0, round(quality * len(optional) + self.rng.uniform(-1.5, 1.0)))]
        if self.rng.random() < 0.5:
            kinds.append(ActorType.BUSINESS)
        weak_gate = self.rng.random() < 0.07
        actors = [
            self.actor(lang, kind, place, sectors, quality, weak_gate and kind is ActorType.BUSINESS) for kind in kinds
        ]
        return tuple(self.with_contributions(actors, funds))

    def actor(
        self, lang: str, kind: ActorType, place: str, sectors: tuple[str, ...], quality: float, uncommitted: bool
    ) -> Actor:
        firm = self.rng.random() < quality
        evidence = Evidence.NONE if uncommitted else (Evidence.SIGNED_AGREEMENT if firm else Evidence.LETTER_OF_INTENT)
        sector = self.pick(sectors)
        return Actor(
            name=self.pick(self.content.templates("actor_names", kind.value, lang)).format(region=place, sector=sector),
            actor_type=kind,
            role=self.pick(self.content.templates("actor_roles", kind.value, lang)).format(sector=sector),
            contribution_kind=ContributionKind.CASH if self.rng.random() < 0.6 else ContributionKind.IN_KIND,
            evidence=evidence,
            uuid=self.uuid(),
        )

    def with_contributions(self, actors: list[Actor], funds: float) -> list[Actor]:
        weights = [self.rng.uniform(0.5, 2.0) for _ in actors]
        total = sum(weights)
        return [replace(a, contribution=round(funds * w / total, -3)) for a, w in zip(actors, weights)]

    # ---- evaluations ----

    def levels(self, proposal: Proposal, quality: float) -> dict[str, float]:
        """The 'true' level of each sub-criterion, anchored on the derived indicators where the rubric has them."""
        truth = {}
        for sub in self.rubric.subcriteria:
            rule = self.rubric.indicator_for(sub.id)
            suggested = rule.suggest(INDICATORS[rule.id](proposal)) if rule else None
            base = suggested if suggested is not None else quality * 4.4 - 0.2
            truth[sub.id] = base + self.rng.gauss(0, 0.5)
        return truth

    def evaluation(
        self,
        proposal: Proposal,
        evaluator: Evaluator,
        bias: float,
        truth: dict[str, float],
        final: bool,
        dissent: bool,
        lang: str,
    ) -> Evaluation:
        scores = []
        dissent_subs = set(self.rng.sample(list(truth), k=2)) if dissent else set()
        shift = self.rng.choice((-2.2, 2.2))
        for sub_id, true_level in truth.items():
            if not final and self.rng.random() < 0.2:
                continue  # a draft still being written
            raw = true_level + bias + self.rng.gauss(0, NOISE_SD) + (shift if sub_id in dissent_subs else 0)
            level = int(min(self.rubric.scale_max, max(self.rubric.scale_min, round(raw))))
            scores.append(Score(sub_id, level, self.justification(lang, sub_id, level, proposal), uuid=self.uuid()))
        created = self.when(_parse(proposal.stamp.created_at), 60)
        return Evaluation(
            proposal.uuid,
            evaluator.uuid,
            self.rubric.id,
            self.rubric.version,
            state=EvaluationState.FINAL if final else EvaluationState.DRAFT,
            scores=tuple(scores),
            uuid=self.uuid(),
            stamp=Stamp(created_at=_iso(created)),
        )

    def justification(self, lang: str, sub_id: str, level: int, proposal: Proposal) -> str:
        name = self.rubric.subcriterion(sub_id).name.get_text(lang)
        return self.pick(self.content.templates("justifications", level, lang)).format(
            subcriterion=name, region=short_place(proposal.region_name)
        )


def build_demo(
    store: Store,
    rubric: Rubric,
    proposals: int = 60,
    evaluators: int = 5,
    seed: int = 1,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty store with a demo portfolio, in one transaction: all of it or nothing."""
    check_demo_size(proposals, evaluators)
    if store.proposals.count():
        raise RedDesktopError(
            msg(
                "store_not_empty",
                "The store {path} already holds proposals; demo data goes into an empty store",
                path=str(store.path),
            )
        )
    progress = progress or NoProgress()
    maker = _Maker(seed, rubric, demo_content())
    with store.transaction():
        roster = _add_evaluators(store, maker, evaluators)
        biases = {e.uuid: maker.rng.uniform(-MAX_BIAS, MAX_BIAS) for e, _ in roster}
        regions = _region_cycle(maker, proposals)
        stats = Counter[str]()
        for index, region in enumerate(regions):
            check_cancelled(progress)
            quality = maker.rng.betavariate(2.4, 1.8)
            proposal = store.proposals.add(maker.proposal(index, region, quality))
            _evaluate(store, maker, proposal, quality, roster, biases, stats)
            progress.update(index + 1, proposals)
        store.summaries.refresh(rubric)  # once for the whole portfolio, not once per evaluation
    return DemoSummary(proposals, len(roster), stats["final"] + stats["draft"], stats["final"], stats["draft"])


def check_demo_size(proposals: int, evaluators: int) -> None:
    if not 1 <= proposals <= MAX_PROPOSALS:
        raise RedDesktopError(
            msg(
                "demo_size",
                "The number of demo proposals must be from 1 to {limit:,} (got {count})",
                limit=MAX_PROPOSALS,
                count=proposals,
            )
        )
    if not 1 <= evaluators <= MAX_EVALUATORS:
        raise RedDesktopError(
            msg(
                "demo_size",
                "The number of demo evaluators must be from 1 to {limit} (got {count})",
                limit=MAX_EVALUATORS,
                count=evaluators,
            )
        )


def _add_evaluators(store: Store, maker: _Maker, count: int) -> list[tuple[Evaluator, str]]:
    pool = list(maker.content.evaluators)
    maker.rng.shuffle(pool)
    roster = []
    for i in range(count):
        name, lang = pool[i % len(pool)]
        if i >= len(pool):
            name = f"{name} ({i // len(pool) + 1})"
        roster.append((store.evaluators.add(Evaluator(name, uuid=maker.uuid())), lang))
    return roster


def _region_cycle(maker: _Maker, count: int) -> list[DemoRegion]:
    """Regions in a shuffled cycle, so every region (and so every region type and kind) appears before any repeats."""
    regions: list[DemoRegion] = []
    while len(regions) < count:
        batch = list(maker.content.regions)
        maker.rng.shuffle(batch)
        regions.extend(batch)
    return regions[:count]


def _evaluate(
    store: Store,
    maker: _Maker,
    proposal: Proposal,
    quality: float,
    roster: list[tuple[Evaluator, str]],
    biases: dict[str, float],
    stats: Counter[str],
) -> None:
    panel = maker.rng.sample(roster, k=min(len(roster), maker.rng.choice((2, 3, 3, 4))))
    truth = maker.levels(proposal, quality)
    dissenter = maker.rng.randrange(len(panel)) if maker.rng.random() < CONTESTED_SHARE else -1
    for seat, (evaluator, lang) in enumerate(panel):
        final = seat == 0 or maker.rng.random() > DRAFT_SHARE
        evaluation = maker.evaluation(
            proposal, evaluator, biases[evaluator.uuid], truth, final, seat == dissenter, lang
        )
        store.evaluations.record(evaluation, maker.rubric, refresh_summary=False)
        stats["final" if final else "draft"] += 1


def short_place(region_name: str) -> str:
    """'Altiplano Occidental (Quetzaltenango, ...)' -> 'Altiplano Occidental', for titles and sentences."""
    return re.sub(r"\s*\(.*\)$", "", region_name) or region_name


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))
