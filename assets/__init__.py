"""Thin asset definitions, one module per stage."""

from assets.articles import articles
from assets.event_report import event_report
from assets.events import event_dataset, event_mentions
from assets.fetched_pages import fetched_pages
from assets.raw_articles import raw_articles
from assets.rejected import rejected
from assets.temporal_expressions import temporal_expressions

__all__ = [
    "articles",
    "event_dataset",
    "event_report",
    "event_mentions",
    "fetched_pages",
    "raw_articles",
    "rejected",
    "temporal_expressions",
]
