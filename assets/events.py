"""Events: mentions per article (daily), then the mentions clustered into real-world events."""

from collections import Counter

import dagster as dg
import pandas as pd
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
from pipeline.parallel import batch_size_for
from pipeline.partitions import daily_partitions, single_run_backfill
from pipeline.quality import misplaced_spans
from pipeline.resources import ParquetStore, Workers
from pipeline.stages import StageTimer, event_mention_batches, mention_batches_empty, skipped_for_language
from pipeline.store.event_dataset import EventDatasetUpdate, update_event_dataset
from pipeline.store.tables import count_days, iter_days, replacing_days, table_exists


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
    tally = MentionsTally()
    with connect(duckdb) as conn, StageTimer() as timer:
        # the bodies stream from DuckDB batch by batch, each with its date expressions; mentions are written
        # as they come
        n_articles = count_days(conn, "articles", days)
        processes = workers.count(n_articles)
        size = batch_size_for(n_articles, processes, 4 * workers.batch_size)
        bodies = iter_days(conn, "articles", days, size, columns=ARTICLE_COLUMNS)
        batches = ((batch, _expressions_of(conn, days, batch)) for batch in bodies)
        with replacing_days(conn, days, {"event_mentions": (mention_batches_empty(), None)}) as out:
            for batch, frame in event_mention_batches(batches, processes=processes):
                out.add("event_mentions", frame)
                tally.add(batch, frame)
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": tally.rows,
            "seconds": round(timer.seconds, 3),
            "articles": tally.articles,
            "articles_per_second": round(tally.articles / timer.seconds, 1) if timer.seconds else 0,
            "articles_skipped_for_language": dg.MetadataValue.json(dict(sorted(tally.skipped.items()))),
            "by_type": dg.MetadataValue.json(dict(sorted(tally.by_type.items()))),
        },
        check_results=[spans_check_result("event_mentions", tally.misplaced, tally.rows)],
    )


ARTICLE_COLUMNS = ["ingest_day", "article_id", "body", "published_date", "site", "duplicate_of", "language"]


def _expressions_of(conn, days: list[str], articles: pd.DataFrame) -> pd.DataFrame:
    """The stored date expressions of `articles` (a batch of the days' articles), in stored order."""
    if not table_exists(conn, "temporal_expressions"):
        return pd.DataFrame(columns=["article_id", "text", "start", "end", "value", "granularity"])
    return conn.execute(
        'SELECT article_id, text, start, "end", value, granularity FROM temporal_expressions '
        "WHERE ingest_day IN (SELECT unnest(?::VARCHAR[])) AND article_id IN (SELECT unnest(?::VARCHAR[]))",
        [days, articles["article_id"].tolist()],
    ).df()


class MentionsTally:
    """What the event_mentions asset reports of its batches."""

    def __init__(self) -> None:
        self.rows = self.articles = 0
        self.skipped: Counter = Counter()
        self.by_type: Counter = Counter()
        self.misplaced: list[str] = []

    def add(self, articles: pd.DataFrame, mentions: pd.DataFrame) -> None:
        self.rows += len(mentions)
        self.articles += int(articles["duplicate_of"].isna().sum())
        self.skipped.update(skipped_for_language(articles))
        if len(mentions):
            self.by_type.update(mentions["event_type"].astype(str).tolist())
        self.misplaced.extend(misplaced_spans(mentions, articles, text_column=None))


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
