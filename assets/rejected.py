"""Rejected inputs: every record that could not become an article, with the stage and the reason."""

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from assets.articles import articles
from assets.fetched_pages import fetched_pages
from assets.publishing import connect, partition_days, schema_check_spec, store_table
from assets.raw_articles import raw_articles
from pipeline.accounting import account, input_files
from pipeline.partitions import daily_partitions, single_run_backfill
from pipeline.resources import LandingFolder, ParquetStore
from pipeline.store.tables import read_days

NOTHING_LOST = "every_input_accounted_for"


@dg.asset(
    deps=[fetched_pages, raw_articles, articles],
    partitions_def=daily_partitions,
    backfill_policy=single_run_backfill,
    pool="duckdb",
    kinds={"duckdb", "parquet"},
    group_name="ingest",
    check_specs=[
        schema_check_spec("rejected"),
        dg.AssetCheckSpec(
            NOTHING_LOST, asset="rejected", blocking=True,
            description="Every input file and record of the day is in `articles` or in `rejected`.",
        ),
    ],
)
def rejected(
    context: dg.AssetExecutionContext, landing: LandingFolder, duckdb: DuckDBResource, parquet: ParquetStore
):
    """Load and extraction rejections of the day, one row per record (or whole file), with the reason."""
    days = partition_days(context)
    with connect(duckdb) as conn:
        frame = pd.concat(
            [read_days(conn, name, days) for name in ("fetch_rejections", "load_rejections", "extract_rejections")],
            ignore_index=True,
        )
        raw = read_days(conn, "raw_articles", days)
        stored_articles = read_days(conn, "articles", days)
    if frame.empty:
        frame = pd.DataFrame(columns=["ingest_day", "input_path", "record_id", "record_index", "stage", "reason"])
    frame = frame.sort_values(["ingest_day", "input_path", "record_index", "stage"]).drop_duplicates(
        ["ingest_day", "record_id", "stage"]
    )
    files = [
        name
        for d in days
        for name in input_files(landing.folder_for(d), landing.path_prefix(d), skip=_manifest(landing))
    ]
    tally = account(files, raw, stored_articles, frame)
    result = store_table(
        "rejected", frame, days=days, duckdb=duckdb, parquet=parquet,
        extra_metadata={
            "by_stage": dg.MetadataValue.json({str(k): int(v) for k, v in frame.groupby("stage").size().items()}),
            "by_reason": dg.MetadataValue.json({str(k): int(v) for k, v in frame.groupby("reason").size().items()}),
            "files_seen": tally.files_seen,
            "records_in": tally.records_in,
        },
    )
    yield dg.MaterializeResult(metadata=result.metadata)
    yield from result.check_results
    yield dg.AssetCheckResult(
        check_name=NOTHING_LOST,
        passed=tally.passed,
        metadata={
            "files_seen": tally.files_seen,
            "records_in": tally.records_in,
            "records_in_articles": tally.records_in_articles,
            "records_rejected": tally.records_rejected,
            "lost_files": dg.MetadataValue.json(tally.lost_files[:50]),
            "lost_records": dg.MetadataValue.json(tally.lost_records[:50]),
        },
    )


def _manifest(landing: LandingFolder) -> list[str]:
    path = landing.manifest_path()
    return [str(path)] if path else []
