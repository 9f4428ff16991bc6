"""Articles: clean bodies, metadata and publication dates of every report in the raw records."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.raw_articles import raw_articles
from assets.table_helpers import connect, partition_days, schema_check_spec, store_table
from pipeline.accounting import rejection_log_line
from pipeline.parallel import batch_size_for
from pipeline.partitions import daily_partitions, single_run_backfill
from pipeline.resources import ParquetStore, Workers
from pipeline.stages import SizeLimits, StageTimer, build_articles_streamed
from pipeline.store.tables import count_days, read_days_batches, replace_days, table_exists


class ArticlesConfig(dg.Config):
    """Size caps: larger inputs are rejected with the reason rather than slowing every later stage."""

    max_text_chars: int = SizeLimits.max_text_chars
    max_html_chars: int = SizeLimits.max_html_chars
    max_body_chars: int = SizeLimits.max_body_chars


@dg.asset(
    deps=[raw_articles],
    partitions_def=daily_partitions,
    backfill_policy=single_run_backfill,
    pool="duckdb",
    kinds={"duckdb", "parquet"},
    group_name="text",
    check_specs=[schema_check_spec("articles")],
)
def articles(
    context: dg.AssetExecutionContext,
    config: ArticlesConfig,
    duckdb: DuckDBResource,
    parquet: ParquetStore,
    workers: Workers,
) -> dg.MaterializeResult:
    """One row per report: boilerplate stripped, round-up pages split, publication date and its source."""
    days = partition_days(context)
    limits = SizeLimits(config.max_text_chars, config.max_html_chars, config.max_body_chars)
    with connect(duckdb) as conn, StageTimer() as timer:
        earlier = _earlier_body_hashes(conn, min(days))
        # the raw records stream through in batches (sorted as build_articles sorts them): a day's HTML is
        # never held at once
        n_raw = count_days(conn, "raw_articles", days)
        processes = workers.count(n_raw)
        size = batch_size_for(n_raw, processes, workers.batch_size)
        batches = read_days_batches(conn, "raw_articles", days, size, key=("input_path", "record_index"))
        frame, rejections = build_articles_streamed(batches, earlier, limits, processes=processes)
    for rej in rejections.itertuples(index=False):
        context.log.warning(rejection_log_line(rej.ingest_day, rej.input_path, rej.record_index, rej.stage, rej.reason))
    date_failures = frame[frame["date_stage_error"].notna()]
    for art in date_failures.itertuples(index=False):
        context.log.warning(
            f"date stage failed on {art.input_path} (segment {art.segment}), dated unknown: {art.date_stage_error}"
        )
    with connect(duckdb) as conn:
        replace_days(conn, "extract_rejections", rejections, days)
        replace_days(conn, "article_hashes", frame[["ingest_day", "article_id", "body_hash", "duplicate_of"]], days)
    return store_table(
        "articles",
        frame,
        days=days,
        duckdb=duckdb,
        parquet=parquet,
        extra_metadata={
            "seconds": round(timer.seconds, 3),
            "records_in": n_raw,
            "worker_processes": processes,
            "records_rejected": len(rejections),
            "duplicates": int(frame["duplicate_of"].notna().sum()),
            "date_stage_failures": len(date_failures),
            "date_stage_failure_examples": dg.MetadataValue.json(
                [
                    {"input_path": a.input_path, "segment": int(a.segment), "reason": a.date_stage_error}
                    for a in date_failures.head(20).itertuples(index=False)
                ]
            ),
            "dates_by_source": dg.MetadataValue.json(
                {str(k): int(v) for k, v in frame.groupby("published_date_source").size().items()}
            ),
        },
    )


def _earlier_body_hashes(conn, first_day: str) -> dict[str, str]:
    """Body hash -> article_id of originals stored for days before this run's window."""
    if not table_exists(conn, "article_hashes"):
        return {}
    rows = conn.execute(
        "SELECT body_hash, min_by(article_id, ingest_day || article_id) FROM article_hashes "
        "WHERE ingest_day < ? AND duplicate_of IS NULL GROUP BY body_hash",
        [first_day],
    ).fetchall()
    return dict(rows)
