"""A picture of each ingestion day: one self-contained HTML page with a map, a timeline and the top events."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.table_helpers import connect, partition_days
from pipeline.partitions import daily_partitions, single_run_backfill
from pipeline.report.day import write_day_report
from pipeline.resources import ParquetStore


@dg.asset(
    deps=[dg.AssetKey("events"), dg.AssetKey("event_clusters")],
    partitions_def=daily_partitions,
    backfill_policy=single_run_backfill,
    pool="duckdb",
    kinds={"html"},
    group_name="events",
)
def event_report(
    context: dg.AssetExecutionContext, duckdb: DuckDBResource, parquet: ParquetStore
) -> dg.MaterializeResult:
    """Per ingestion day, one HTML file (`reports/event_report_<day>.html` beside the DuckDB file, or in the
    bucket in the production profile) that opens offline: a map of the day's event clusters sized by mentions,
    a timeline of its events by type, and the top clusters with evidence sentences, sources and certainty."""
    days = partition_days(context)
    written = {}
    with connect(duckdb) as conn:
        for day in days:
            path, counts = write_day_report(conn, duckdb.database, day)
            written[day] = {"path": parquet.publish_report(path), **counts}
    last = written[days[-1]]
    url = last["path"] if "://" in last["path"] else f"file://{last['path']}"
    return dg.MaterializeResult(
        metadata={
            "report": dg.MetadataValue.path(last["path"]),
            "report_url": dg.MetadataValue.url(url),
            "reports": dg.MetadataValue.json(written),
            "events": sum(w["events"] for w in written.values()),
            "clusters": sum(w["clusters"] for w in written.values()),
        }
    )
