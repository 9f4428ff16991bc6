"""Events: mentions per article (daily), then the mentions clustered into real-world events."""

import dagster as dg
import pydantic
from dagster_duckdb import DuckDBResource

from assets.articles import articles
from assets.table_helpers import (
    connect,
    describe_counts,
    partition_days,
    schema_check_result,
    schema_check_spec,
    spans_check_result,
    spans_check_spec,
)
from assets.temporal_expressions import temporal_expressions
from pipeline.partitions import daily_partitions, single_run_backfill
from pipeline.resources import ParquetStore, Workers
from pipeline.stages import StageTimer, build_event_mentions, skipped_for_language
from pipeline.store.event_dataset import EventDatasetUpdate, update_event_dataset
from pipeline.store.tables import read_days, replace_days


@dg.asset(
    deps=[articles, temporal_expressions],
    partitions_def=daily_partitions,
    backfill_policy=single_run_backfill,
    pool="duckdb",
    kinds={"duckdb"},
    group_name="events",
    check_specs=[spans_check_spec("event_mentions")],
)
def event_mentions(context: dg.AssetExecutionContext, duckdb: DuckDBResource, workers: Workers) -> dg.MaterializeResult:
    """Who did what to whom, where, when, how many, who says so and how sure: one row per mention."""
    days = partition_days(context)
    with connect(duckdb) as conn:
        bodies = read_days(conn, "articles", days)
        temporal = read_days(conn, "temporal_expressions", days)
    with StageTimer() as timer:
        frame = build_event_mentions(
            bodies, temporal, processes=workers.count(len(bodies)), batch_size=4 * workers.batch_size
        )
    with connect(duckdb) as conn:
        replace_days(conn, "event_mentions", frame, days)
    n_articles = int(bodies["duplicate_of"].isna().sum()) if len(bodies) else 0
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": len(frame),
            "seconds": round(timer.seconds, 3),
            "articles": n_articles,
            "articles_per_second": round(n_articles / timer.seconds, 1) if timer.seconds else 0,
            "articles_skipped_for_language": dg.MetadataValue.json(skipped_for_language(bodies)),
            "by_type": dg.MetadataValue.json(
                {str(k): int(v) for k, v in frame.groupby("event_type").size().items()} if len(frame) else {}
            ),
        },
        check_results=[spans_check_result("event_mentions", frame, bodies)],
    )


class EventDatasetConfig(dg.Config):
    """Run config of `events` / `event_clusters` (launchpad: ops.event_dataset.config)."""

    full_rebuild: bool = pydantic.Field(
        default=False,
        description="Cluster every stored mention from scratch instead of updating the clusters the changed "
        "mentions can reach. Same result; reads every day. Done anyway on the first run, when the clustering "
        "code changed, or when the clustering index and the events table disagree.",
    )


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            "events",
            deps=[event_mentions],
            kinds={"duckdb", "parquet"},
            group_name="events",
            description="Every event mention with the real-world event (cluster) it belongs to.",
        ),
        dg.AssetSpec(
            "event_clusters",
            deps=[event_mentions],
            kinds={"duckdb", "parquet"},
            group_name="events",
            description="One row per real-world event, merged across articles and sources.",
        ),
    ],
    check_specs=[schema_check_spec("events"), schema_check_spec("event_clusters")],
    backfill_policy=single_run_backfill,
    pool="duckdb",
)
def event_dataset(config: EventDatasetConfig, duckdb: DuckDBResource, parquet: ParquetStore):
    """Cluster the stored mentions (one event is often reported over several days): only the clusters that
    the mentions changed since the last run can reach are recomputed; the result is that of clustering
    every day from scratch."""
    results = publish_event_dataset(duckdb, parquet, full_rebuild=config.full_rebuild)
    for table, result in results.items():
        yield dg.MaterializeResult(asset_key=table, metadata=result.metadata)
        yield from result.check_results


def publish_event_dataset(
    duckdb: DuckDBResource, parquet: ParquetStore, *, full_rebuild: bool = False
) -> dict[str, dg.MaterializeResult]:
    """Update events and event_clusters (pipeline.store.event_dataset) and describe each for Dagster."""
    update = update_event_dataset(lambda: connect(duckdb), parquet, full_rebuild=full_rebuild)
    return {table: _materialization(table, update, parquet) for table in update.tables}


def _materialization(table: str, update: EventDatasetUpdate, parquet: ParquetStore) -> dg.MaterializeResult:
    done = update.tables[table]
    metadata = describe_counts(table, done.per_day, done.written, parquet)
    if update.mode == "incremental":
        metadata |= {
            "rows_written": len(done.written),
            "days_rewritten": dg.MetadataValue.json(done.days_rewritten),
            "mode": update.mode,
            "clustering": dg.MetadataValue.json(update.stats),
            "seconds": update.seconds,
        }
    else:
        metadata |= {**update.stats, "seconds": update.seconds}
    # the blocking check re-reads from DuckDB the rows this run wrote (the others were checked when written)
    return dg.MaterializeResult(metadata=metadata, check_results=[schema_check_result(table, done.stored)])
