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

from pipeline.resources import ParquetStore
from pipeline.store.parquet import to_arrow
from pipeline.store.tables import iter_days, read_days, replace_all, replace_days, table_exists
from schemas import SCHEMA_VERSION, SCHEMAS, TableValidationError, contract_frame, sql_types, validate_table

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


# Rows read back at a time when a streamed table is checked and exported.
CHECK_BATCH_ROWS = 4096


def stream_table_spec(table: str) -> tuple[pd.DataFrame, dict[str, str]]:
    """(empty frame of the stored columns, sql_types) of a published table, for `replacing_days`."""
    return contract_frame(table, pd.DataFrame(columns=["ingest_day", *sql_types(table)])), sql_types(table)


def publish_stored(
    table: str, conn, parquet: ParquetStore, days: Sequence[str], batch_rows: int | None = None
) -> dg.MaterializeResult:
    """What `store_table` does after the DuckDB write, for a table written batch by batch: read each day back
    `batch_rows` rows at a time, validate every batch (the blocking check; unique columns are checked over the
    whole window in SQL), write the day's Parquet file from the validated batches. A day is never held."""
    per_day: dict[str, int] = {}
    errors: list[str] = []
    preview = None
    batch_rows = batch_rows or CHECK_BATCH_ROWS
    for day in sorted(set(days)):
        writer = parquet.day_writer(table, day)
        try:
            for batch in iter_days(conn, table, [day], batch_rows):
                batch.index = pd.RangeIndex(per_day.get(day, 0), per_day.get(day, 0) + len(batch))
                try:
                    batch = validate_table(table, batch)
                except TableValidationError as exc:
                    errors.append(f"{day}: {exc}")
                writer.write(to_arrow(table, batch.reset_index(drop=True)))
                per_day[day] = per_day.get(day, 0) + len(batch)
                preview = batch if preview is None else preview
        except BaseException:
            writer.abort()
            raise
        writer.close()
    parquet.prune(table, list(days))
    errors.extend(_duplicates(conn, table, days))
    check = dg.AssetCheckResult(
        check_name=f"{table}_matches_schema",
        asset_key=table,
        passed=not errors,
        metadata={"error": dg.MetadataValue.text("\n".join(errors)[:20_000])}
        if errors
        else {"rows_checked": sum(per_day.values())},
    )
    empty = stream_table_spec(table)[0]
    metadata = describe_counts(table, {d: n for d, n in per_day.items() if n}, _or(preview, empty), parquet)
    return dg.MaterializeResult(metadata=metadata, check_results=[check])


def _or(frame: pd.DataFrame | None, empty: pd.DataFrame) -> pd.DataFrame:
    return empty if frame is None else frame


def _duplicates(conn, table: str, days: Sequence[str]) -> list[str]:
    """The model's unique columns, checked over every stored row of `days` (batches are validated alone)."""
    unique = [name for name, column in SCHEMAS[table].to_schema().columns.items() if column.unique]
    if not table_exists(conn, table):
        return []
    found = []
    for column in unique:
        rows = conn.execute(
            f'SELECT "{column}", count(*) FROM "{table}" WHERE ingest_day IN (SELECT unnest(?::VARCHAR[])) '
            "GROUP BY 1 HAVING count(*) > 1 LIMIT 10",
            [list(days)],
        ).fetchall()
        if rows:
            found.append(f"column {column}: values stored more than once: {[r[0] for r in rows]}")
    return found


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


def spans_check_spec(table: str) -> dg.AssetCheckSpec:
    return dg.AssetCheckSpec(
        name=f"{table}_offsets_point_into_body",
        asset=table,
        blocking=True,
        description=f"Every start/end of '{table}' lies inside its article's body"
        + (" and body[start:end] is the expression's text." if table == "temporal_expressions" else "."),
    )


def spans_check_result(table: str, bad: list[str], rows_checked: int) -> dg.AssetCheckResult:
    """The spans check of `table` from the misplaced spans found (`pipeline.quality.misplaced_spans` of each
    batch)."""
    return dg.AssetCheckResult(
        check_name=f"{table}_offsets_point_into_body",
        asset_key=table,
        passed=not bad,
        metadata={"rows_checked": rows_checked, "misplaced": len(bad), "examples": dg.MetadataValue.json(bad[:10])},
    )
