"""First cut (to be replaced by issue 5's work)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pipeline.dates.model import TemporalExpression
from pipeline.events.model import EventMention


def extract_event_mentions(
    body: str, anchor: dt.date | None, temporal: Sequence[TemporalExpression]
) -> list[EventMention]:
    """Event mentions in one article body."""
    return []
