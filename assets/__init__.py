"""Thin asset definitions, one module per stage."""

import warnings

import dagster as dg

# BackfillPolicy.single_run() is beta in dagster 1.13; we rely on it knowingly (see README, "Backfills").
warnings.filterwarnings("ignore", category=dg.BetaWarning, message=".*backfill_policy.*")

from assets.articles import articles
from assets.events import event_dataset, event_mentions
from assets.fetched_pages import fetched_pages
from assets.raw_articles import raw_articles
from assets.rejected import rejected
from assets.temporal_expressions import temporal_expressions

__all__ = [
    "articles",
    "event_dataset",
    "event_mentions",
    "fetched_pages",
    "raw_articles",
    "rejected",
    "temporal_expressions",
]
