from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

DateSource = Literal["metadata", "manifest", "text", "inferred", "unknown"]
# What a temporal value names (TimeML DATE values). `day` is always a full calendar day (or null): a day
# without a known year is `underspecified` ("XXXX-12-25"), so filters on granularity = 'day' keep working. A weekend
# is `weekend` ("2024-W45-WE"); a part of a day ("Tuesday night") is its day.
Granularity = Literal[
    "day",
    "week",
    "weekend",
    "month",
    "quarter",
    "half",
    "season",
    "year",
    "decade",
    "century",
    "reference",
    "underspecified",
    "unknown",
]
GRANULARITIES: tuple[str, ...] = Granularity.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class PublicationDate:
    date: dt.date | None
    source: DateSource


@dataclass(frozen=True)
class TemporalExpression:
    text: str  # exactly body[start:end]
    start: int
    end: int
    # TimeML DATE value: "YYYY-MM-DD", "YYYY-Www", "YYYY-Www-WE" (weekend), "YYYY-MM", "YYYY-Qn", "YYYY-Hn",
    # "YYYY-SP|SU|FA|WI", "YYYY",
    # "YYY" (decade), "YY" (century), "PRESENT_REF" | "PAST_REF" | "FUTURE_REF", or with an unknown year
    # "XXXX-MM-DD", "XXXX-MM", "XXXX-WXX-d", "XXXX-Qn", "XXXX-SU"...; None when it cannot be resolved
    value: str | None
    granularity: Granularity
