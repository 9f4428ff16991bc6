"""Synthetic event mentions, one ingestion day at a time: the rows `event_mentions` holds, without articles.

Used by `python -m bench.clusters` (a year of realistic days) and by the incremental-clustering tests (small,
collision-heavy days that exercise every rule). Deterministic for a (day, seed, profile).

The realistic profile follows the bundled sample's shape: about 45% of mentions undated, the others dated
mostly to a day in the week before the report, some to a week, a month or a year (a few to earlier years);
actor pairs drawn from a skewed distribution, one actor missing in about a third of the mentions; a location
in about a third, a quantity in about a fifth.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass

import pandas as pd

from pipeline.stages import MENTION_COLUMNS, _frame
from schemas.tables import CERTAINTIES, EVENT_TYPES

ACTORS = [
    "USA",
    "RUS",
    "UKR",
    "CHN",
    "FRA",
    "DEU",
    "GBR",
    "IRN",
    "ISR",
    "TUR",
    "IND",
    "PAK",
    "KEN",
    "SOM",
    "ETH",
    "NGA",
    "BRA",
    "ARG",
    "CHL",
    "PER",
    "MEX",
    "JPN",
    "KOR",
    "PRK",
    "SYR",
    "IRQ",
    "SAU",
    "EGY",
    "POL",
    "NOR",
    "United Nations",
    "NATO",
    "European Union",
    "African Union",
    "Red Cross",
    "Hamas",
    "Hezbollah",
    "World Bank",
    "IMF",
    "Amnesty International",
]
PLACES = [
    "Kyiv (UKR)",
    "Mogadishu (SOM)",
    "Kismayo (SOM)",
    "Nairobi (KEN)",
    "Gaza (PSE)",
    "Paris (FRA)",
    "Moscow (RUS)",
    "Lima (PER)",
    "Kenya",
    "Somalia",
    "Ukraine",
    "France",
    "Peru",
]
SITES = [f"Outlet {i}" for i in range(30)]


@dataclass(frozen=True)
class Profile:
    """How a synthetic day looks."""

    actors: int = len(ACTORS)  # how many of ACTORS are used
    types: int = len(EVENT_TYPES)
    undated: float = 0.45
    week: float = 0.04
    month: float = 0.07
    year: float = 0.06
    past_years: float = 0.2  # share of year/month dates in an earlier year
    missing_source: float = 0.12
    missing_target: float = 0.3
    location: float = 0.3
    quantity: float = 0.2
    reversed_range: float = 0.0  # "between 12,000 and 11,000"
    day_spread: int = 7  # a day-dated mention is at most this many days before the report


REALISTIC = Profile()
# Few types and actors (many mentions per group, one-actor mentions whose group changes as new actor pairs
# appear), dates near year ends (ISO weeks across two years), reversed quantity ranges.
COLLIDING = Profile(
    actors=5,
    types=3,
    undated=0.3,
    week=0.12,
    month=0.12,
    year=0.12,
    past_years=0.3,
    missing_source=0.2,
    missing_target=0.35,
    location=0.4,
    quantity=0.35,
    reversed_range=0.1,
    day_spread=12,
)


def _skewed(rng: random.Random, n: int) -> int:
    """0..n-1, small numbers far more often (a Zipf-like law)."""
    return min(int(rng.paretovariate(1.1)) - 1, n - 1)


def _event_date(rng: random.Random, day: dt.date, p: Profile) -> str | None:
    r = rng.random()
    if r < p.undated:
        return None
    r -= p.undated
    year = day.year - (rng.randint(1, 3) if rng.random() < p.past_years else 0)
    if r < p.year:
        return str(year)
    r -= p.year
    if r < p.month:
        month = day.month if year == day.year else rng.randint(1, 12)
        return f"{year:04d}-{month:02d}"
    r -= p.month
    when = day - dt.timedelta(days=rng.randint(0, p.day_spread))
    if r < p.week:
        iso = when.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    return when.isoformat()


def _quantity(rng: random.Random, p: Profile) -> tuple[float | None, float | None]:
    if rng.random() >= p.quantity:
        return None, None
    lo = float(round(10 ** rng.uniform(1, 4.5)))
    r = rng.random()
    if r < p.reversed_range:
        return lo, float(round(lo * rng.uniform(0.6, 0.95)))
    if r < 0.35:
        return lo, float(round(lo * rng.uniform(1.0, 1.6)))
    return lo, None


def synthetic_day(day: str, n: int, seed: int = 0, profile: Profile = REALISTIC) -> pd.DataFrame:
    """`n` mention rows of ingestion day `day`, with the columns of the `event_mentions` table."""
    rng = random.Random(f"{seed}:{day}:{n}:{profile}")
    date = dt.date.fromisoformat(day)
    actors = ACTORS[: profile.actors]
    types = EVENT_TYPES[: profile.types]
    rows = []
    for i in range(n):
        article = hashlib.sha256(f"{seed}:{day}:{i // 4}".encode()).hexdigest()[:20]
        source = actors[_skewed(rng, len(actors))]
        target = actors[_skewed(rng, len(actors))]
        if rng.random() < profile.missing_source:
            source = None
        elif rng.random() < profile.missing_target:
            target = None
        quantity, quantity_max = _quantity(rng, profile)
        start = (i % 4) * 200
        rows.append(
            {
                "ingest_day": day,
                "article_id": article,
                "event_id": hashlib.sha256(f"{seed}:{day}:{i}:{n}".encode()).hexdigest()[:20],
                "event_type": types[_skewed(rng, len(types))],
                "event_date": _event_date(rng, date, profile),
                "source_actor": source,
                "target_actor": target,
                "speaker": None,
                "location": rng.choice(PLACES) if rng.random() < profile.location else None,
                "quantity": quantity,
                "quantity_max": quantity_max,
                "quantity_unit": "troops" if quantity is not None else None,
                "certainty": CERTAINTIES[_skewed(rng, len(CERTAINTIES))],
                "sentence": f"Synthetic sentence {i} of {day}.",
                "start": start,
                "end": start + 120,
                "confidence": 0.5,
                "site": SITES[_skewed(rng, len(SITES))] if rng.random() < 0.95 else None,
            }
        )
    return _frame(rows, MENTION_COLUMNS)
