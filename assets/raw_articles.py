"""Raw articles: every input record of the day's landing folder, decoded, or a load rejection."""

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from assets.fetched_pages import fetched_pages
from assets.table_helpers import connect, partition_days
from pipeline.accounting import rejection_log_line
from pipeline.partitions import daily_partitions, single_run_backfill
from pipeline.resources import LandingFolder
from pipeline.stages import StageTimer, load_day
from pipeline.store.tables import replace_days


@dg.asset(
    deps=[fetched_pages],
    partitions_def=daily_partitions,
    backfill_policy=single_run_backfill,
    pool="duckdb",
    kinds={"duckdb"},
    group_name="ingest",
)
def raw_articles(
    context: dg.AssetExecutionContext, landing: LandingFolder, duckdb: DuckDBResource
) -> dg.MaterializeResult:
    """Input records decoded from the landing folder (HTML, text, JSON lines, WARC, gzip), one row each.

    Records that cannot be decoded go to the `load_rejections` staging table, later part of `rejected`.
    """
    days = partition_days(context)
    with StageTimer() as timer:
        loaded = [
            load_day(landing.folder_for(d), d, path_prefix=landing.path_prefix(d), manifest=landing.manifest_path())
            for d in days
        ]
    records = pd.concat([r for r, _ in loaded], ignore_index=True)
    rejections = pd.concat([j for _, j in loaded], ignore_index=True)
    with connect(duckdb) as conn:
        replace_days(conn, "raw_articles", records, days)
        replace_days(conn, "load_rejections", rejections, days)
    for rej in rejections.itertuples(index=False):
        context.log.warning(rejection_log_line(rej.ingest_day, rej.input_path, rej.record_index, rej.stage, rej.reason))
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": len(records),
            "records_read": len(records),
            "records_rejected": len(rejections),
            # stray NUL bytes dropped from HTML and text records (binary files are rejected instead)
            "nul_bytes_dropped": int(records["nul_bytes_dropped"].sum()) if len(records) else 0,
            "records_with_nul_bytes_dropped": int((records["nul_bytes_dropped"] > 0).sum()) if len(records) else 0,
            "rejected_by_reason": dg.MetadataValue.json(_reasons(rejections)),
            "seconds": round(timer.seconds, 3),
            "days": dg.MetadataValue.json(days),
        }
    )


def _reasons(rejections: pd.DataFrame) -> dict[str, int]:
    if rejections.empty:
        return {}
    return {str(k): int(v) for k, v in rejections.groupby("reason").size().items()}
