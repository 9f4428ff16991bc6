"""Composition root: every asset, check, resource, job, schedule and sensor of the project."""

import dagster as dg

from assets import (
    articles,
    event_dataset,
    event_mentions,
    event_report,
    fetched_pages,
    raw_articles,
    rejected,
    temporal_expressions,
)
from pipeline.automation import landing_sensor, news_job, news_schedule
from pipeline.resources import default_resources

ALL_ASSETS = [
    fetched_pages,
    raw_articles,
    articles,
    temporal_expressions,
    event_mentions,
    event_dataset,
    rejected,
    event_report,
]

defs = dg.Definitions(
    assets=ALL_ASSETS,
    jobs=[news_job],
    schedules=[news_schedule],
    sensors=[landing_sensor],
    resources=default_resources(),
    # Steps of one run follow each other (each reads the previous table from DuckDB), so one process per run
    # is enough and saves a Python start-up per step; the "duckdb" pool still serializes writers across runs.
    executor=dg.in_process_executor,
)
