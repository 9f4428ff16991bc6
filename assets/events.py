"""Events: mentions per article (daily), then every mention clustered into real-world events."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.articles import articles
from assets.publishing import (
    connect,
    partition_days,
    schema_check_spec,
    spans_check_result,
    spans_check_spec,
    store_table,
)
from assets.temporal_expressions import temporal_expressions
from pipeline.partitions import daily_partitions, single_run_backfill
from pipeline.resources import ParquetStore
from pipeline.stages import StageTimer, build_event_mentions, build_events_and_clusters
from pipeline.store.tables import all_days, read_days, replace_days


@dg.asset(
    deps=[articles, temporal_expressions],
    partitions_def=daily_partitions,
    backfill_policy=single_run_backfill,
    pool="duckdb",
    kinds={"duckdb"},
    group_name="events",
    check_specs=[spans_check_spec("event_mentions")],
)
def event_mentions(context: dg.AssetExecutionContext, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """Who did what to whom, where, when, how many, who says so and how sure: one row per mention."""
    days = partition_days(context)
    with connect(duckdb) as conn:
        bodies = read_days(conn, "articles", days)
        temporal = read_days(conn, "temporal_expressions", days)
    with StageTimer() as timer:
        frame = build_event_mentions(bodies, temporal)
    with connect(duckdb) as conn:
        replace_days(conn, "event_mentions", frame, days)
    n_articles = int(bodies["duplicate_of"].isna().sum()) if len(bodies) else 0
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": len(frame),
            "seconds": round(timer.seconds, 3),
            "articles": n_articles,
            "articles_per_second": round(n_articles / timer.seconds, 1) if timer.seconds else 0,
            "by_type": dg.MetadataValue.json(
                {str(k): int(v) for k, v in frame.groupby("event_type").size().items()} if len(frame) else {}
            ),
        },
        check_results=[spans_check_result("event_mentions", frame, bodies)],
    )


@dg.multi_asset(
    specs=[
        dg.AssetSpec("events", deps=[event_mentions], kinds={"duckdb", "parquet"}, group_name="events",
                     description="Every event mention with the real-world event (cluster) it belongs to."),
        dg.AssetSpec("event_clusters", deps=[event_mentions], kinds={"duckdb", "parquet"}, group_name="events",
                     description="One row per real-world event, merged across articles and sources."),
    ],
    check_specs=[schema_check_spec("events"), schema_check_spec("event_clusters")],
    backfill_policy=single_run_backfill,
    pool="duckdb",
)
def event_dataset(duckdb: DuckDBResource, parquet: ParquetStore):
    """Cluster all stored mentions (every day: one event is often reported over several days)."""
    with connect(duckdb) as conn:
        mentions = read_days(conn, "event_mentions")
        days = all_days(conn, "articles")
    with StageTimer() as timer:
        events, clusters = build_events_and_clusters(mentions)
    for table, frame in (("events", events), ("event_clusters", clusters)):
        result = store_table(
            table, frame, days=days, whole_table=True, duckdb=duckdb, parquet=parquet,
            extra_metadata={"seconds": round(timer.seconds, 3)},
        )
        yield dg.MaterializeResult(asset_key=table, metadata=result.metadata)
        yield from result.check_results
