"""First cut (to be replaced by issue 5's work)."""

from __future__ import annotations

import pandas as pd


def cluster_events(events: pd.DataFrame) -> tuple[pd.Series, pd.DataFrame]:
    """Assign every mention to a real-world event.

    `events` has one row per mention with at least the columns event_id, article_id, site, event_type,
    source_actor, target_actor, location, event_date, quantity, quantity_max.
    Returns the cluster_id of each row (aligned with `events.index`) and the clusters table with the
    columns cluster_id, event_type, source_actor, target_actor, location, date_first, date_last,
    n_mentions, n_articles, n_sources (plus quantity_min, quantity_max).
    """
    ids = events["event_id"].astype(str)
    clusters = pd.DataFrame(
        {
            "cluster_id": ids,
            "event_type": events["event_type"],
            "source_actor": events["source_actor"],
            "target_actor": events["target_actor"],
            "location": events["location"],
            "date_first": events["event_date"],
            "date_last": events["event_date"],
            "n_mentions": 1,
            "n_articles": 1,
            "n_sources": 1,
            "quantity_min": events["quantity"],
            "quantity_max": events["quantity_max"],
        }
    )
    return ids.rename("cluster_id"), clusters.reset_index(drop=True)
