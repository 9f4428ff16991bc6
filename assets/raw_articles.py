"""Raw articles: every input record of the day's landing folder, decoded, or a load rejection."""

import dagster as dg
import pandas as pd
from dagster_duckdb import DuckDBResource

from assets.fetched_pages import fetched_pages
from assets.table_helpers import connect, partition_days
from pipeline.accounting import rejection_log_line
from pipeline.partitions import daily_partitions, single_run_backfill
from pipeline.resources import LandingFolder
from pipeline.stages import StageTimer, load_day_batches, load_day_empty, rejected_frame
from pipeline.store.tables import replace_days, replace_days_batches


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
    found: dict[str, list] = {d: [] for d in days}
    nul = {"bytes": 0, "records": 0}
    batches = (
        _count_nul(batch, nul)
        for d in days
        for batch in load_day_batches(
            landing.folder_for(d),
            d,
            path_prefix=landing.path_prefix(d),
            rejections=found[d],
            manifest=landing.manifest_path(),
        )
    )
    # records are written as they are read, in one transaction: a day of any size is never held at once
    with StageTimer() as timer, connect(duckdb) as conn:
        n_records = replace_days_batches(conn, "raw_articles", batches, days, empty=load_day_empty())
    rejections = pd.concat([rejected_frame(found[d], d) for d in days], ignore_index=True)
    with connect(duckdb) as conn:
        replace_days(conn, "load_rejections", rejections, days)
    for rej in rejections.itertuples(index=False):
        context.log.warning(rejection_log_line(rej.ingest_day, rej.input_path, rej.record_index, rej.stage, rej.reason))
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": n_records,
            "records_read": n_records,
            "records_rejected": len(rejections),
            # stray NUL bytes dropped from HTML and text records (binary files are rejected instead)
            "nul_bytes_dropped": nul["bytes"],
            "records_with_nul_bytes_dropped": nul["records"],
            "rejected_by_reason": dg.MetadataValue.json(_reasons(rejections)),
            "seconds": round(timer.seconds, 3),
            "days": dg.MetadataValue.json(days),
        }
    )


def _count_nul(batch: pd.DataFrame, counts: dict[str, int]) -> pd.DataFrame:
    counts["bytes"] += int(batch["nul_bytes_dropped"].sum())
    counts["records"] += int((batch["nul_bytes_dropped"] > 0).sum())
    return batch


def _reasons(rejections: pd.DataFrame) -> dict[str, int]:
    if rejections.empty:
        return {}
    return {str(k): int(v) for k, v in rejections.groupby("reason").size().items()}
