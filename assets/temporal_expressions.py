"""Temporal expressions: every date expression of every article, resolved against its publication date."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.articles import articles
from assets.table_helpers import (
    connect,
    partition_days,
    publish_stored,
    schema_check_spec,
    spans_check_result,
    spans_check_spec,
    stream_table_spec,
)
from pipeline.parallel import batch_size_for
from pipeline.partitions import daily_partitions, single_run_backfill
from pipeline.quality import misplaced_spans
from pipeline.resources import ParquetStore, Workers
from pipeline.stages import StageTimer, temporal_batches
from pipeline.store.tables import count_days, iter_days, replacing_days
from schemas import contract_frame


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
    chars = unresolved = rows = 0
    misplaced: list[str] = []
    with connect(duckdb) as conn, StageTimer() as timer:
        # the bodies stream from DuckDB batch by batch and each batch's expressions are written as they come
        n_articles = count_days(conn, "articles", days)
        processes = workers.count(n_articles)
        size = batch_size_for(n_articles, processes, 4 * workers.batch_size)
        bodies = iter_days(conn, "articles", days, size, columns=ARTICLE_COLUMNS)
        spec = {"temporal_expressions": stream_table_spec("temporal_expressions")}
        with replacing_days(conn, days, spec) as out:
            for batch, frame in temporal_batches(bodies, processes=processes):
                out.add("temporal_expressions", contract_frame("temporal_expressions", frame))
                misplaced.extend(misplaced_spans(frame, batch, text_column="text"))
                chars += int(batch["body_chars"].sum())
                unresolved += int(frame["value"].isna().sum())
                rows += len(frame)
        result = publish_stored("temporal_expressions", conn, parquet, days)
    return dg.MaterializeResult(
        metadata={
            **result.metadata,
            "seconds": round(timer.seconds, 3),
            "body_chars": chars,
            "chars_per_second": round(chars / timer.seconds) if timer.seconds else 0,
            "unresolved": unresolved,
        },
        check_results=[*result.check_results, spans_check_result("temporal_expressions", misplaced, rows)],
    )


ARTICLE_COLUMNS = ["ingest_day", "article_id", "body", "published_date", "body_chars"]
