"""Reading one ingestion day from the store and writing its report page. No Dagster here."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import duckdb
import pandas as pd

from pipeline.report.html import render_report

EVIDENCE_PER_CLUSTER = 3


def reports_dir(database: str | Path) -> Path:
    """Where the day pages go: `reports/` beside the DuckDB file (data/reports/ for `make run`)."""
    return Path(database).resolve().parent / "reports"


def report_path(database: str | Path, day: str) -> Path:
    return reports_dir(database) / f"event_report_{day}.html"


def _tables(conn: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT table_name FROM information_schema.tables").fetchall()}


def read_day(conn: duckdb.DuckDBPyConnection, day: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The day's event mentions (with their article's site and url), the clusters they belong to, and up to
    EVIDENCE_PER_CLUSTER mentions of each of those clusters from any day (asserted ones first)."""
    present = _tables(conn)
    if not {"events", "event_clusters", "articles"} <= present:
        empty = pd.DataFrame(columns=["event_type", "event_date", "cluster_id", "article_id", "site"])
        return empty, pd.DataFrame(columns=["cluster_id", "n_mentions"]), pd.DataFrame(columns=["cluster_id"])
    events = conn.execute(
        """
        SELECT e.event_id, e.article_id, e.cluster_id, e.event_type, e.event_date, e.location, e.certainty,
               a.site, a.url
        FROM events e LEFT JOIN articles a USING (article_id)
        WHERE e.ingest_day = ?
        ORDER BY e.event_id
        """,
        [day],
    ).df()
    clusters = conn.execute(
        "SELECT * FROM event_clusters WHERE cluster_id IN (SELECT cluster_id FROM events WHERE ingest_day = ?)",
        [day],
    ).df()
    evidence = conn.execute(
        f"""
        SELECT * FROM (
            SELECT e.cluster_id, e.sentence, e.certainty, e.event_date, a.site, a.url, a.title,
                   row_number() OVER (
                       PARTITION BY e.cluster_id
                       ORDER BY e.certainty <> 'asserted', e.ingest_day <> ?, e.event_id
                   ) AS k
            FROM events e LEFT JOIN articles a USING (article_id)
            WHERE e.cluster_id IN (SELECT cluster_id FROM events WHERE ingest_day = ?)
        ) WHERE k <= {EVIDENCE_PER_CLUSTER}
        ORDER BY cluster_id, k
        """,
        [day, day],
    ).df()
    return events, clusters, evidence


def write_day_report(conn: duckdb.DuckDBPyConnection, database: str | Path, day: str) -> tuple[Path, dict]:
    """Write the day's page atomically (temporary name, then rename); return its path and a few counts."""
    events, clusters, evidence = read_day(conn, day)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    page = render_report(day, events, clusters, evidence, generated_at=stamp)
    path = report_path(database, day)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, path)
    return path, {"events": len(events), "clusters": len(clusters), "bytes": len(page.encode("utf-8"))}
