"""The news-event pipeline: everything but the Dagster asset definitions (those are in `assets/`).

- definitions.py: the composition root (assets, checks, resources, job, schedule, sensor); cli.py: `python -m
  pipeline process | sample | summary`; resources.py, partitions.py, automation.py: the Dagster plumbing.
- stages.py: one table to the next, as plain functions over DataFrames (the assets call these).
- sources/, text/, dates/, events/: reading inputs, clean bodies, dates, events. They never import Dagster.
- store/: DuckDB tables, atomic Parquet export, the clustering index and the update of the event tables.
- accounting.py, quality.py, summary.py, crashcheck.py: nothing-lost proof, cross-table rules, printed
  summaries, table comparison for crash checks.
"""
