"""Cross-table quality rules that a single table's schema cannot express."""

from __future__ import annotations

import pandas as pd


def misplaced_spans(spans: pd.DataFrame, articles: pd.DataFrame, *, text_column: str | None = "text") -> list[str]:
    """Spans whose offsets fall outside their article's body, or whose text is not body[start:end].

    Returns a short description of each bad row (empty when all are in place). `text_column=None` checks only
    that the offsets lie inside the body (for events, whose offsets are a clause's).
    """
    if spans.empty:
        return []
    bodies = dict(zip(articles["article_id"], articles["body"], strict=True)) if len(articles) else {}
    bad = []
    for i, row in enumerate(spans.itertuples(index=False)):
        body = bodies.get(row.article_id)
        start, end = int(row.start), int(row.end)
        if body is None:
            bad.append(f"row {i}: article {row.article_id} not found")
        elif not 0 <= start < end <= len(body):
            bad.append(f"row {i}: offsets {start}:{end} outside a body of {len(body)} characters")
        elif text_column and body[start:end] != getattr(row, text_column):
            bad.append(f"row {i}: body[{start}:{end}] is {body[start:end]!r}, not {getattr(row, text_column)!r}")
    return bad
