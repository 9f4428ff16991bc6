"""Rejected inputs: every record that could not become an article, with the stage and the reason."""

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from assets.articles import articles
from assets.fetched_pages import fetched_pages
from assets.raw_articles import raw_articles
from assets.table_helpers import connect, partition_days, schema_check_spec, store_table
from pipeline.accounting import account, input_files, rejected_share_jumps
from pipeline.partitions import daily_partitions, single_run_backfill
from pipeline.resources import LandingFolder, ParquetStore
from pipeline.store.tables import read_days, table_exists

NOTHING_LOST = "every_input_accounted_for"
SHARE_STABLE = "rejected_share_stable"
HISTORY_DAYS = 14


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
            NOTHING_LOST,
            asset="rejected",
            blocking=True,
            description="Every input file and record of the day is in `articles` or in `rejected`.",
        ),
        dg.AssetCheckSpec(
            SHARE_STABLE,
            asset="rejected",
            description="Warns when a day rejects more than 20% of its inputs and over twice the share of the "
            f"previous {HISTORY_DAYS} days.",
        ),
    ],
)
def rejected(context: dg.AssetExecutionContext, landing: LandingFolder, duckdb: DuckDBResource, parquet: ParquetStore):
    """Load and extraction rejections of the day, one row per record (or whole file), with the reason."""
    days = partition_days(context)
    with connect(duckdb) as conn:
        frame = pd.concat(
            [read_days(conn, name, days) for name in ("fetch_rejections", "load_rejections", "extract_rejections")],
            ignore_index=True,
        )
        # the accounting needs ids and paths only, not the stored page contents and bodies
        raw = read_days(conn, "raw_articles", days, columns=["ingest_day", "record_id", "input_path"])
        stored_articles = read_days(conn, "articles", days, columns=["record_id"])
        history = _history_shares(conn, min(days))
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
        "rejected",
        frame,
        days=days,
        duckdb=duckdb,
        parquet=parquet,
        extra_metadata={
            "by_stage": dg.MetadataValue.json({str(k): int(v) for k, v in frame.groupby("stage").size().items()}),
            "by_reason": dg.MetadataValue.json({str(k): int(v) for k, v in frame.groupby("reason").size().items()}),
            "files_seen": tally.files_seen,
            "records_in": tally.records_in,
        },
    )
    yield dg.MaterializeResult(metadata=result.metadata)
    yield from result.check_results
    shares = rejected_share_jumps(_shares(days, raw, frame), history)
    jumps = [s for s in shares if s.jumped]
    yield dg.AssetCheckResult(
        check_name=SHARE_STABLE,
        passed=not jumps,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={
            "shares": dg.MetadataValue.json(
                {
                    s.day: {
                        "share": round(s.share, 3),
                        "baseline": None if s.baseline is None else round(s.baseline, 3),
                    }
                    for s in shares
                }
            )
        },
    )
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


def _shares(days: list[str], raw: pd.DataFrame, rejected_rows: pd.DataFrame) -> dict[str, float]:
    """Rejected records / records in, per day (records in = records read + whole-file rejections)."""
    out = {}
    for day in days:
        n_rejected = int((rejected_rows["ingest_day"] == day).sum()) if len(rejected_rows) else 0
        n_read = int((raw["ingest_day"] == day).sum()) if len(raw) else 0
        whole_files = (
            int(((rejected_rows["ingest_day"] == day) & (rejected_rows["record_index"] < 0)).sum())
            if len(rejected_rows)
            else 0
        )
        total = n_read + whole_files
        if total:
            out[day] = n_rejected / total
    return out


def _history_shares(conn, first_day: str) -> dict[str, float]:
    if not table_exists(conn, "rejected") or not table_exists(conn, "raw_articles"):
        return {}
    rows = conn.execute(
        """WITH r AS (SELECT ingest_day, count(*) AS n, count(*) FILTER (WHERE record_index < 0) AS whole
                      FROM rejected WHERE ingest_day < ? GROUP BY 1),
                a AS (SELECT ingest_day, count(*) AS n FROM raw_articles WHERE ingest_day < ? GROUP BY 1)
           SELECT ingest_day, coalesce(r.n, 0), coalesce(r.whole, 0), coalesce(a.n, 0)
           FROM r FULL OUTER JOIN a USING (ingest_day)
           ORDER BY 1 DESC LIMIT ?""",
        [first_day, first_day, HISTORY_DAYS],
    ).fetchall()
    return {day: n / (read + whole) for day, n, whole, read in rows if read + whole}


def _manifest(landing: LandingFolder) -> list[str]:
    path = landing.manifest_path()
    return [str(path)] if path else []
