"""Helpers of the table assets: what each does after computing its frame (validate, store in DuckDB, export
Parquet, describe in asset metadata) and the checks it yields (schema, spans).

Kept here so the asset bodies stay thin and the steps cannot drift apart between tables. Keeping `events` and
`event_clusters` up to date (incremental clustering) is not here: see pipeline/store/event_dataset.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from pipeline.quality import misplaced_spans
from pipeline.resources import ParquetStore
from pipeline.store.tables import read_days, replace_all, replace_days
from schemas import SCHEMA_VERSION, TableValidationError, contract_frame, sql_types, validate_table

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
