"""Benchmark: likely duplicates for an import of 2,000 proposals against a store of 20,000.

Run: .venv/bin/python bench/bench_duplicates.py [--incoming N] [--held M] [--repeat R]
Prints the median of R runs of likely_duplicates (records built once, outside the timing).

The records are made from the demo's regions, title and agency templates (es, pt, en), so titles are formulaic
the way a real portfolio's are: many share most of their words, which is the hard case for the candidate filter.
Nine titles in ten name a generated locality, the rest repeat a template's title exactly (other projects with the
same words: found, and counted among the pairs). A tenth of the incoming records retype a held one (words dropped,
a phase added, accents and case lost, a letter swapped) with the same agency and coordinates a few km away; the
rest are new proposals.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from red_desktop.core.demo import short_place  # noqa: E402
from red_desktop.core.demo_data import demo_content  # noqa: E402
from red_desktop.core.exchange.duplicates import likely_duplicates  # noqa: E402

SYLLABLES = "ba ca cha da ga hua ja la ma mo na pa pi qui ra ri sa so ta to ya yan co lo shi".split()
RETYPED_SHARE = 0.1
LOCALITY_SHARE = 0.9


def proposals(rng: random.Random, count: int, prefix: str) -> list[dict[str, Any]]:
    made = []
    content = demo_content()
    for i in range(count):
        region = rng.choice(content.regions)
        lang, place = region.language, short_place(region.region_name)
        title = rng.choice([t for by_language in content.texts["titles"].values() for t in by_language[lang]])
        title = title.format(region=place, sector=rng.choice(region.sectors))
        if rng.random() < LOCALITY_SHARE:
            title += " – " + "".join(rng.sample(SYLLABLES, rng.randint(2, 4))).capitalize()
        made.append(
            {
                "uuid": f"{prefix}{i:06d}",
                "code": f"RED-{region.country}-2026-{i:06d}",
                "title": title,
                "country": region.country,
                "executing_agency": rng.choice(content.agencies[lang]).format(region=place),
                "region_name": region.region_name,
                "latitude": round(region.latitude + rng.uniform(-0.15, 0.15), 4),
                "longitude": round(region.longitude + rng.uniform(-0.15, 0.15), 4),
            }
        )
    return made


def retyped(rng: random.Random, record: dict[str, Any], uuid: str) -> dict[str, Any]:
    words = record["title"].split()
    if len(words) > 5:
        del words[rng.randrange(1, len(words))]
    long = [i for i, w in enumerate(words) if len(w) > 5]
    if long:
        i = rng.choice(long)
        words[i] = words[i][:2] + words[i][3] + words[i][2] + words[i][4:]
    title = " ".join(words) + rng.choice(["", " (fase 1)", " - 2026"])
    if rng.random() < 0.5:
        title = "".join(c for c in unicodedata.normalize("NFKD", title) if not unicodedata.combining(c)).upper()
    return record | {"uuid": uuid, "title": title, "latitude": record["latitude"] + rng.uniform(-0.03, 0.03)}


def portfolio(incoming: int, held: int, seed: int = 1) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rng = random.Random(seed)
    store = proposals(rng, held, "h")
    retypes = int(incoming * RETYPED_SHARE)
    arriving = []
    for i in range(retypes):
        origin = rng.choice(store)
        arriving.append(retyped(rng, origin, f"r{i:06d}-{origin['uuid']}"))  # the uuid names what it retypes
    return arriving + proposals(rng, incoming - retypes, "i"), store


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incoming", type=int, default=2_000)
    parser.add_argument("--held", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    incoming, held = portfolio(args.incoming, args.held)
    samples, found = [], []
    for _ in range(args.repeat):
        start = time.perf_counter()
        found = likely_duplicates(incoming, held)
        samples.append(time.perf_counter() - start)
    retypes = [r["uuid"] for r in incoming if r["uuid"].startswith("r")]
    pairs = {(d.incoming, d.held) for d in found}
    retyped_found = sum(1 for uuid in retypes if (uuid, uuid.split("-")[1]) in pairs)
    print(f"{args.incoming:,} incoming vs {args.held:,} held, {args.repeat} repeats")
    print(
        f"  likely_duplicates  {statistics.median(samples):6.3f} s median "
        f"(min {min(samples):.3f}, max {max(samples):.3f})"
    )
    print(f"  pairs found        {len(found):,} (retyped ones with their original: {retyped_found}/{len(retypes)})")


if __name__ == "__main__":
    main()
