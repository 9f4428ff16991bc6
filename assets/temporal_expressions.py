"""Temporal expressions: every date expression of every article, resolved against its publication date."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.articles import articles
from assets.table_helpers import (
    partition_days,
    schema_check_spec,
    spans_check_result,
    spans_check_spec,
    store_table,
    stored_rows,
)
from pipeline.partitions import daily_partitions, single_run_backfill
from pipeline.resources import ParquetStore, Workers
from pipeline.stages import StageTimer, build_temporal_expressions


@dg.asset(
    deps=[articles],
    partitions_def=daily_partitions,
    backfill_policy=single_run_backfill,
    pool="duckdb",
    kinds={"duckdb", "parquet"},
    group_name="dates",
    check_specs=[schema_check_spec("temporal_expressions"), spans_check_spec("temporal_expressions")],
)
def temporal_expressions(
    context: dg.AssetExecutionContext, duckdb: DuckDBResource, parquet: ParquetStore, workers: Workers
) -> dg.MaterializeResult:
    """Date expressions with character offsets into the body, normalized value and granularity."""
    days = partition_days(context)
    bodies = stored_rows(duckdb, "articles", days)
    with StageTimer() as timer:
        frame = build_temporal_expressions(
            bodies, processes=workers.count(len(bodies)), batch_size=4 * workers.batch_size
        )
    chars = int(bodies["body_chars"].sum()) if len(bodies) else 0
    return store_table(
        "temporal_expressions",
        frame,
        days=days,
        duckdb=duckdb,
        parquet=parquet,
        extra_metadata={
            "seconds": round(timer.seconds, 3),
            "body_chars": chars,
            "chars_per_second": round(chars / timer.seconds) if timer.seconds else 0,
            "unresolved": int(frame["value"].isna().sum()),
        },
        extra_checks=[spans_check_result("temporal_expressions", frame, bodies)],
    )
