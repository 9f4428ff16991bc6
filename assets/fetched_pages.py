"""Fetched pages: configured URL lists, feeds and sitemaps landed as files in the day's landing folder."""

import datetime as dt

import dagster as dg
from dagster_duckdb import DuckDBResource

from assets.table_helpers import connect, partition_days
from pipeline.accounting import rejection_log_line
from pipeline.partitions import daily_partitions, single_run_backfill
from pipeline.resources import HttpSources, LandingFolder
from pipeline.sources.http import fetch_sources, write_landing_day
from pipeline.stages import StageTimer, rejected_frame
from pipeline.store.tables import replace_days


@dg.asset(
    partitions_def=daily_partitions,
    backfill_policy=single_run_backfill,
    pool="duckdb",
    kinds={"python"},
    group_name="ingest",
)
def fetched_pages(
    context: dg.AssetExecutionContext, http_sources: HttpSources, landing: LandingFolder, duckdb: DuckDBResource
) -> dg.MaterializeResult:
    """Pages fetched politely (robots.txt, per-host delay, timeouts, retries, size cap, SSRF guard).

    They land as files plus manifest.jsonl in the ingestion day's folder, where `raw_articles` reads them like
    any other input. Only the current ingestion day fetches (a backfill of past days must not file today's
    pages under old days) unless `fetch_past_days` is set. Every failed URL is a `fetch` row in `rejected`.
    """
    days = partition_days(context)
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    targets = [d for d in days if http_sources.fetch_past_days or d == today] if http_sources.configured() else []
    with StageTimer() as timer:
        fetched = {
            day: fetch_sources(
                urls=http_sources.page_urls(),
                feeds=http_sources.feed_urls(),
                sitemaps=http_sources.sitemap_urls(),
                settings=http_sources.settings(),
            )
            for day in targets
        }
        written = {day: write_landing_day(pages, landing.folder_for(day)) for day, (pages, _) in fetched.items()}
    with connect(duckdb) as conn:
        for day in days:
            _, failures = fetched.get(day, ([], []))
            replace_days(conn, "fetch_rejections", rejected_frame(failures, day), [day])
            for failure in failures:
                context.log.warning(
                    rejection_log_line(day, failure.input_path, failure.record_index, failure.stage, failure.reason)
                )
    return dg.MaterializeResult(
        metadata={
            "configured": http_sources.configured(),
            "days_fetched": dg.MetadataValue.json(targets),
            "pages_fetched": sum(len(w) for w in written.values()),
            "urls_rejected": sum(len(r) for _, r in fetched.values()),
            "seconds": round(timer.seconds, 3),
        }
    )
