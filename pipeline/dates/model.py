from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

DateSource = Literal["metadata", "manifest", "text", "inferred", "unknown"]
Granularity = Literal["day", "week", "month", "year", "unknown"]


@dataclass(frozen=True)
class PublicationDate:
    date: dt.date | None
    source: DateSource


@dataclass(frozen=True)
class TemporalExpression:
    text: str  # exactly body[start:end]
    start: int
    end: int
    value: str | None  # "YYYY-MM-DD", "YYYY-Www", "YYYY-MM" or "YYYY"; None when it cannot be resolved
    granularity: Granularity
