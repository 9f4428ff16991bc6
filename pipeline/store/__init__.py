"""Where tables live: DuckDB tables replaced a window of days at a time (tables.py), Parquet day files written
atomically (parquet.py), the clustering index (cluster_index.py) and the update of `events` and
`event_clusters` from it (event_dataset.py). No Dagster here.
"""
