"""Date expressions in an article body, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

from pipeline.dates.detect import find_mentions
from pipeline.dates.model import TemporalExpression
from pipeline.dates.resolve import resolve_mentions


def extract_temporal_expressions(body: str, anchor: dt.date | None) -> list[TemporalExpression]:
    """Date expressions in `body`, resolved against `anchor` (the publication date) when known.

    Each expression's `text` is exactly `body[start:end]`. Values that depend on an unknown anchor are None.
    """
    if not body:
        return []
    return resolve_mentions(body, find_mentions(body), anchor)
