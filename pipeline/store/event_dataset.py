"""Keep `events` and `event_clusters` equal to a clustering of every stored mention, in DuckDB and Parquet.

Incrementally when a usable clustering index exists (only the clusters the changed mentions can reach are
computed again, see pipeline.events.incremental), else, or when asked, from scratch. No Dagster here: the
`event_dataset` asset (assets/events.py) calls `update_event_dataset` and turns its result into asset
materializations and checks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass

import duckdb
import pandas as pd
import pyarrow as pa

from pipeline.events.incremental import plan_update
from pipeline.stages import StageTimer, build_cluster_update, build_events_and_clusters
from pipeline.store.cluster_index import (
    DuckDBClusterIndex,
    apply_update,
    drop_index,
    exported,
    index_rows,
    pending_exports,
    rebuild_index,
)
from pipeline.store.tables import all_days, read_days, replace_all
from schemas import contract_frame, sql_types

EVENT_TABLES = ("events", "event_clusters")
EXPORT_ORDER = {"events": "ingest_day, article_id, start, event_id", "event_clusters": "ingest_day, cluster_id"}

Connect = Callable[[], AbstractContextManager[duckdb.DuckDBPyConnection]]


@dataclass
class TableUpdate:
    """What one update did to one table."""

    written: pd.DataFrame  # the rows this update wrote, validated against the contract
    stored: pd.DataFrame  # what DuckDB holds now for those rows (the whole table after a full rebuild)
    per_day: dict[str, int]  # rows per ingestion day of the table after the update
    days_rewritten: list[str] | None  # Parquet day files rewritten; None after a full rebuild (all of them)


@dataclass
class EventDatasetUpdate:
    mode: str  # "incremental" or "full"
    stats: dict  # incremental: the plan's counts and window (JSON-ready); full: why it was a full rebuild
    seconds: float  # clustering and DuckDB, Parquet export excluded
    tables: dict[str, TableUpdate]


def update_event_dataset(connect: Connect, parquet, *, full_rebuild: bool = False) -> EventDatasetUpdate:
    """Bring events and event_clusters up to date with event_mentions. `connect()` opens the DuckDB
    connection; `parquet` is the Parquet store (pipeline.resources.ParquetStore). Either way the tables equal
    a clustering of every stored mention."""
    with connect() as conn:
        index = DuckDBClusterIndex(conn)
        reason = "full_rebuild requested" if full_rebuild else index.usable()
        if reason is None:
            with StageTimer() as timer:
                plan = plan_update(index)
                members = [e for ms in plan.clusters.values() for e in ms]
                events, clusters = build_cluster_update(plan.clusters, plan.assign, index.mention_rows(members))
                events, clusters = contract_frame("events", events), contract_frame("event_clusters", clusters)
                apply_update(
                    conn,
                    events=events,
                    clusters=clusters,
                    index=index_rows(events, list(events["cluster_id"])),
                    drop_events=plan.drop_events,
                    drop_clusters=plan.drop_clusters,
                )
            seconds = round(timer.seconds, 3)
            stats = {"mode": "incremental", "seconds": seconds, **_jsonable(plan.stats)}
            tables = export_pending(conn, parquet, {"events": events, "event_clusters": clusters})
            return EventDatasetUpdate("incremental", stats, seconds, tables)
    return rebuild_event_dataset(connect, parquet, reason)


def rebuild_event_dataset(connect: Connect, parquet, reason: str) -> EventDatasetUpdate:
    """Cluster every stored mention from scratch, replace both tables and every Parquet day file, and build
    the clustering index again."""
    with connect() as conn:
        drop_index(conn)  # until it is rebuilt below, the next run rebuilds too
        mentions = read_days(conn, "event_mentions")
        days = all_days(conn, "articles")
    with StageTimer() as timer:
        events, clusters = build_events_and_clusters(mentions)
    tables = {}
    for table, frame in (("events", events), ("event_clusters", clusters)):
        validated = contract_frame(table, frame)
        with connect() as conn:
            replace_all(conn, table, validated, sql_types(table))
            stored = read_days(conn, table)
        parquet.write(table, validated, days, only_these_days=True)
        per_day = validated.groupby("ingest_day").size().to_dict() if len(validated) else {}
        tables[table] = TableUpdate(validated, stored, per_day, None)
    with connect() as conn:
        rebuild_index(conn, events, list(events["cluster_id"]))
    seconds = round(timer.seconds, 3)
    return EventDatasetUpdate("full", {"mode": "full", "full_rebuild_reason": reason}, seconds, tables)


def export_pending(
    conn: duckdb.DuckDBPyConnection, parquet, written: dict[str, pd.DataFrame]
) -> dict[str, TableUpdate]:
    """Rewrite the Parquet day files of every committed but not yet exported day, plus a file for each
    ingestion day that has none; say what each table holds now for the rows written."""
    tables = {}
    pending = pending_exports(conn)
    keep = all_days(conn, "articles")
    for table in EVENT_TABLES:
        days = sorted(set(pending.get(table, [])) | set(parquet.missing_days(table, keep)))
        parquet.write_arrow(table, _rows_of_days(conn, table, days), days, keep=keep)
        exported(conn, table, days)
        per_day = dict(conn.execute(f"SELECT ingest_day, count(*) FROM {table} GROUP BY 1 ORDER BY 1").fetchall())
        tables[table] = TableUpdate(written[table], _stored(conn, table, written[table]), per_day, days)
    return tables


def _rows_of_days(conn: duckdb.DuckDBPyConnection, table: str, days: Sequence[str]) -> pa.Table:
    """Rows of `days` as Arrow, in the order the Parquet files keep them."""
    return conn.sql(
        f"SELECT * FROM {table} WHERE ingest_day IN (SELECT unnest(?::VARCHAR[])) ORDER BY {EXPORT_ORDER[table]}",
        params=[list(days)],
    ).to_arrow_table()


def _stored(conn: duckdb.DuckDBPyConnection, table: str, written: pd.DataFrame) -> pd.DataFrame:
    """What DuckDB holds now for the rows in `written` (by event_id or cluster_id)."""
    key = "event_id" if table == "events" else "cluster_id"
    return conn.execute(
        f"SELECT * FROM {table} WHERE {key} IN (SELECT unnest(?::VARCHAR[]))", [list(written[key])]
    ).df()


def _jsonable(stats: dict) -> dict:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in stats.items()}
