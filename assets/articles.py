"""Articles: clean bodies, metadata and publication dates of every report in the raw records."""

from collections import Counter

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from assets.raw_articles import raw_articles
from assets.table_helpers import connect, partition_days, publish_stored, schema_check_spec, stream_table_spec
from pipeline.accounting import rejection_log_line
from pipeline.parallel import batch_size_for
from pipeline.partitions import daily_partitions, single_run_backfill
from pipeline.resources import ParquetStore, Workers
from pipeline.stages import SizeLimits, StageTimer, article_batches, article_batches_empty
from pipeline.store.tables import count_days, read_days_batches, replacing_days, table_exists
from schemas import contract_frame


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
    tally = ArticlesTally()
    with connect(duckdb) as conn, StageTimer() as timer:
        earlier = _earlier_body_hashes(conn, min(days))
        # the raw records stream through in batches (sorted as build_articles sorts them), and each batch's
        # articles are validated and written as they come: neither a day's HTML nor its bodies is held at once
        n_raw = count_days(conn, "raw_articles", days)
        processes = workers.count(n_raw)
        size = batch_size_for(n_raw, processes, workers.batch_size)
        batches = read_days_batches(conn, "raw_articles", days, size, key=("input_path", "record_index"))
        with replacing_days(conn, days, _written_tables()) as out:
            for frame, rejections in article_batches(batches, earlier, limits, processes=processes):
                tally.add(context, frame, rejections)
                out.add("articles", contract_frame("articles", frame))
                out.add("article_hashes", frame[HASH_COLUMNS])
                out.add("extract_rejections", rejections)
        result = publish_stored("articles", conn, parquet, days)
    return dg.MaterializeResult(
        metadata={
            **result.metadata,
            "seconds": round(timer.seconds, 3),
            "records_in": n_raw,
            "worker_processes": processes,
            **tally.metadata(),
        },
        check_results=result.check_results,
    )


HASH_COLUMNS = ["ingest_day", "article_id", "body_hash", "duplicate_of"]


def _written_tables() -> dict:
    """The tables the articles asset writes for its days, with their empty frames and SQL types."""
    return {
        "articles": stream_table_spec("articles"),
        "article_hashes": (article_batches_empty()[0][HASH_COLUMNS], None),
        "extract_rejections": (article_batches_empty()[1], None),
    }


class ArticlesTally:
    """What the articles asset reports of its batches (rejections, copies, date failures, date sources)."""

    def __init__(self) -> None:
        self.rejected = self.duplicates = self.date_failures = 0
        self.failure_examples: list[dict] = []
        self.sources: Counter = Counter()

    def add(self, context: dg.AssetExecutionContext, frame: pd.DataFrame, rejections: pd.DataFrame) -> None:
        for rej in rejections.itertuples(index=False):
            context.log.warning(
                rejection_log_line(rej.ingest_day, rej.input_path, rej.record_index, rej.stage, rej.reason)
            )
        failures = frame[frame["date_stage_error"].notna()]
        for art in failures.itertuples(index=False):
            context.log.warning(
                f"date stage failed on {art.input_path} (segment {art.segment}), dated unknown: {art.date_stage_error}"
            )
            if len(self.failure_examples) < 20:
                self.failure_examples.append(
                    {"input_path": art.input_path, "segment": int(art.segment), "reason": art.date_stage_error}
                )
        self.rejected += len(rejections)
        self.duplicates += int(frame["duplicate_of"].notna().sum())
        self.date_failures += len(failures)
        self.sources.update(frame["published_date_source"].astype(str).tolist())

    def metadata(self) -> dict:
        return {
            "records_rejected": self.rejected,
            "duplicates": self.duplicates,
            "date_stage_failures": self.date_failures,
            "date_stage_failure_examples": dg.MetadataValue.json(self.failure_examples),
            "dates_by_source": dg.MetadataValue.json({k: int(v) for k, v in sorted(self.sources.items())}),
        }


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
