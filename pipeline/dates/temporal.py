"""First cut (to be replaced by issue 4's work)."""

from __future__ import annotations

import datetime as dt

from pipeline.dates.model import TemporalExpression


def extract_temporal_expressions(body: str, anchor: dt.date | None) -> list[TemporalExpression]:
    """Date expressions in `body`, resolved against `anchor` (the publication date) when known."""
    return []
