"""What every table asset does after computing its frame: validate, store in DuckDB, export Parquet, describe.

Kept here so the asset bodies stay thin and the three steps cannot drift apart between tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import pandas as pd
import pyarrow as pa
from dagster_duckdb import DuckDBResource

from pipeline.events.incremental import plan_update
from pipeline.quality import misplaced_spans
from pipeline.resources import ParquetStore
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
from pipeline.store.tables import all_days, read_days, replace_all, replace_days
from schemas import SCHEMA_VERSION, TableValidationError, column_names, sql_types, validate_table

PREVIEW_ROWS = 5
PREVIEW_COLUMNS = {
    "articles": ["input_path", "segment", "title", "published_date", "published_date_source"],
    "temporal_expressions": ["article_id", "text", "value", "granularity"],
    "events": ["event_type", "source_actor", "target_actor", "event_date", "certainty", "quantity"],
    "event_clusters": ["event_type", "source_actor", "target_actor", "date_first", "n_mentions", "n_sources"],
    "rejected": ["input_path", "stage", "reason"],
}


def partition_days(context: dg.AssetExecutionContext) -> list[str]:
    """Every ingestion day of this run (one, or a range under a single-run backfill)."""
    return list(context.partition_keys)


@contextmanager
def connect(duckdb: DuckDBResource):
    Path(duckdb.database).parent.mkdir(parents=True, exist_ok=True)
    with duckdb.get_connection() as conn:
        yield conn


def contract_frame(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The contract's columns (plus ingest_day) of `frame`, validated and coerced."""
    return validate_table(table, frame[["ingest_day", *column_names(table)]].reset_index(drop=True))


def store_table(
    table: str,
    frame: pd.DataFrame,
    *,
    days: Sequence[str],
    duckdb: DuckDBResource,
    parquet: ParquetStore,
    whole_table: bool = False,
    extra_metadata: dict | None = None,
    extra_checks: Sequence[dg.AssetCheckResult] = (),
) -> dg.MaterializeResult:
    """Validate `frame`, store it for `days` in DuckDB and Parquet, and check what was stored.

    whole_table: `frame` is the entire table (computed over every day), not just `days`' rows; `days` must
    then list every ingestion day, so each gets a Parquet file even when it has no rows.
    """
    validated = contract_frame(table, frame)
    types = sql_types(table)
    with connect(duckdb) as conn:
        if whole_table:
            replace_all(conn, table, validated, types)
            stored = read_days(conn, table)
        else:
            replace_days(conn, table, validated, days, types)
            stored = read_days(conn, table, days)
    parquet.write(table, validated, days, only_these_days=whole_table)
    return dg.MaterializeResult(
        metadata={**describe(table, validated, parquet), **(extra_metadata or {})},
        # the blocking check re-reads what DuckDB now holds, not the frame we just validated
        check_results=[schema_check_result(table, stored), *extra_checks],
    )


def describe(table: str, frame: pd.DataFrame, parquet: ParquetStore) -> dict:
    per_day = frame.groupby("ingest_day").size().to_dict() if len(frame) else {}
    return describe_counts(table, per_day, frame, parquet)


def describe_counts(table: str, per_day: dict, preview_of: pd.DataFrame, parquet: ParquetStore) -> dict:
    """Asset metadata of a stored table: rows in all and per ingestion day, where it is, a preview."""
    preview = preview_of[PREVIEW_COLUMNS[table]].head(PREVIEW_ROWS).astype(str)
    return {
        "dagster/row_count": dg.MetadataValue.int(sum(per_day.values())),
        "dagster/uri": dg.MetadataValue.path(parquet.table_uri(table)),
        "rows_per_day": dg.MetadataValue.json({str(k): int(v) for k, v in per_day.items()}),
        "schema_version": SCHEMA_VERSION,
        "preview": dg.MetadataValue.md(preview.to_markdown(index=False) if len(preview) else "(no rows)"),
    }


def schema_check_spec(table: str, asset: str | None = None) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(
        name=f"{table}_matches_schema",
        asset=asset or table,
        blocking=True,
        description=f"Every stored row of '{table}' satisfies the pandera model schemas.{table}.",
    )


def schema_check_result(table: str, frame: pd.DataFrame, asset: str | None = None) -> dg.AssetCheckResult:
    """Re-validate what was stored; a failure names the table, columns and rows."""
    try:
        validate_table(table, frame)
    except TableValidationError as exc:
        return dg.AssetCheckResult(
            check_name=f"{table}_matches_schema",
            asset_key=asset or table,
            passed=False,
            metadata={"error": dg.MetadataValue.text(str(exc))},
        )
    return dg.AssetCheckResult(
        check_name=f"{table}_matches_schema",
        asset_key=asset or table,
        passed=True,
        metadata={"rows_checked": len(frame)},
    )


def stored_rows(duckdb: DuckDBResource, table: str, days: Sequence[str] | None) -> pd.DataFrame:
    with connect(duckdb) as conn:
        return read_days(conn, table, days)


def spans_check_spec(table: str) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(
        name=f"{table}_offsets_point_into_body",
        asset=table,
        blocking=True,
        description=f"Every start/end of '{table}' lies inside its article's body"
        + (" and body[start:end] is the expression's text." if table == "temporal_expressions" else "."),
    )


def spans_check_result(table: str, spans: pd.DataFrame, articles: pd.DataFrame) -> dg.AssetCheckResult:
    bad = misplaced_spans(spans, articles, text_column="text" if table == "temporal_expressions" else None)
    return dg.AssetCheckResult(
        check_name=f"{table}_offsets_point_into_body",
        asset_key=table,
        passed=not bad,
        metadata={"rows_checked": len(spans), "misplaced": len(bad), "examples": dg.MetadataValue.json(bad[:10])},
    )


# --- events and event_clusters: incremental clustering --------------------------------------------------------

EVENT_TABLES = ("events", "event_clusters")
EXPORT_ORDER = {"events": "ingest_day, article_id, start, event_id", "event_clusters": "ingest_day, cluster_id"}


def publish_event_dataset(
    duckdb: DuckDBResource, parquet: ParquetStore, *, full_rebuild: bool = False
) -> dict[str, dg.MaterializeResult]:
    """Bring events and event_clusters up to date with event_mentions: incrementally (only the clusters the
    changed mentions can reach, see pipeline.events.incremental) or, when asked or when there is no usable
    clustering index, from scratch. Either way the tables equal a clustering of every stored mention."""
    with connect(duckdb) as conn:
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
            stats = {"mode": "incremental", "seconds": round(timer.seconds, 3), **_jsonable(plan.stats)}
            return _export_pending(conn, parquet, {"events": events, "event_clusters": clusters}, stats)
    return _rebuild_event_dataset(duckdb, parquet, reason)


def _rebuild_event_dataset(
    duckdb: DuckDBResource, parquet: ParquetStore, reason: str
) -> dict[str, dg.MaterializeResult]:
    with connect(duckdb) as conn:
        drop_index(conn)  # until it is rebuilt below, the next run rebuilds too
        mentions = read_days(conn, "event_mentions")
        days = all_days(conn, "articles")
    with StageTimer() as timer:
        events, clusters = build_events_and_clusters(mentions)
    extra = {"mode": "full", "full_rebuild_reason": reason, "seconds": round(timer.seconds, 3)}
    results = {
        table: store_table(
            table, frame, days=days, whole_table=True, duckdb=duckdb, parquet=parquet, extra_metadata=extra
        )
        for table, frame in (("events", events), ("event_clusters", clusters))
    }
    with connect(duckdb) as conn:
        rebuild_index(conn, events, list(events["cluster_id"]))
    return results


def _export_pending(
    conn, parquet: ParquetStore, written: dict[str, pd.DataFrame], stats: dict
) -> dict[str, dg.MaterializeResult]:
    """Rewrite the Parquet day files of every committed but not yet exported day, plus a file for each
    ingestion day that has none, then describe and check the days rewritten."""
    results = {}
    pending = pending_exports(conn)
    keep = all_days(conn, "articles")
    for table in EVENT_TABLES:
        days = sorted(set(pending.get(table, [])) | set(parquet.missing_days(table, keep)))
        parquet.write_arrow(table, _rows_of_days(conn, table, days), days, keep=keep)
        exported(conn, table, days)
        per_day = dict(conn.execute(f"SELECT ingest_day, count(*) FROM {table} GROUP BY 1 ORDER BY 1").fetchall())
        results[table] = dg.MaterializeResult(
            metadata={
                **describe_counts(table, per_day, written[table], parquet),
                "rows_written": len(written[table]),
                "days_rewritten": dg.MetadataValue.json(days),
                "mode": stats["mode"],
                "clustering": dg.MetadataValue.json(stats),
                "seconds": stats["seconds"],
            },
            # the blocking check re-reads from DuckDB the rows this run wrote (the others were checked when written)
            check_results=[schema_check_result(table, _stored(conn, table, written[table]))],
        )
    return results


def _rows_of_days(conn, table: str, days: Sequence[str]) -> pa.Table:
    """Rows of `days` as Arrow, in the order the Parquet files keep them."""
    return conn.sql(
        f"SELECT * FROM {table} WHERE ingest_day IN (SELECT unnest(?::VARCHAR[])) ORDER BY {EXPORT_ORDER[table]}",
        params=[list(days)],
    ).to_arrow_table()


def _stored(conn, table: str, written: pd.DataFrame) -> pd.DataFrame:
    """What DuckDB holds now for the rows in `written` (by event_id or cluster_id)."""
    key = "event_id" if table == "events" else "cluster_id"
    return conn.execute(
        f"SELECT * FROM {table} WHERE {key} IN (SELECT unnest(?::VARCHAR[]))", [list(written[key])]
    ).df()


def _jsonable(stats: dict) -> dict:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in stats.items()}
