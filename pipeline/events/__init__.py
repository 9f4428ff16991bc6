"""Event mentions and their clustering. No Dagster here.

Public entry points: `extract_event_mentions`, `cluster_events`.
"""

from pipeline.events.model import EventMention
from pipeline.events.extract import extract_event_mentions
from pipeline.events.clusters import cluster_events

__all__ = ["EventMention", "extract_event_mentions", "cluster_events"]
