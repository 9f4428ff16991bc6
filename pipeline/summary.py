"""Printed summary of a store: rows per table and ingestion day, and every rejected input with its reason."""

from __future__ import annotations

from pathlib import Path

import duckdb

TABLES = ["raw_articles", "articles", "temporal_expressions", "event_mentions", "events", "event_clusters", "rejected"]


def print_summary(database: Path) -> None:
    if not database.exists():
        print(f"no store at {database}")
        return
    with duckdb.connect(str(database), read_only=True) as conn:
        present = {r[0] for r in conn.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        print(f"\n{'table':<22} {'ingest_day':<12} {'rows':>7}")
        for table in TABLES:
            if table not in present:
                print(f"{table:<22} {'-':<12} {'(none)':>7}")
                continue
            rows = conn.execute(f"SELECT ingest_day, count(*) FROM {table} GROUP BY 1 ORDER BY 1").fetchall()
            total = sum(n for _, n in rows)
            for day, n in rows:
                print(f"{table:<22} {day:<12} {n:>7}")
            print(f"{table:<22} {'total':<12} {total:>7}")
        if "rejected" in present:
            rejected = conn.execute(
                "SELECT input_path, stage, reason FROM rejected ORDER BY ingest_day, input_path"
            ).fetchall()
            print(f"\nrejected inputs ({len(rejected)}):")
            for path, stage, reason in rejected:
                print(f"  {path}  [{stage}]  {reason}")
    reports = sorted((database.resolve().parent / "reports").glob("event_report_*.html"))
    if reports:
        print(f"\nday reports ({len(reports)}, open in a browser; they load nothing from outside the file):")
        for report in reports:
            print(f"  {report.resolve().as_uri()}")
