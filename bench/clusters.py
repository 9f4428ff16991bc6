"""Clustering benchmark: `python -m bench.clusters` (or `make bench-clusters`).

Stores a year of synthetic event mentions (bench/cluster_data.py, realistic profile; default 365 days of
300 mentions), clusters them once from scratch, then times, on top of that store:
- incremental: the `events` / `event_clusters` update after a new day's mentions arrive, after a past day
  is re-run with different mentions, and when nothing changed;
- full: the same tables rebuilt from every stored mention (the `full_rebuild` option, and what every run
  did before the update became incremental);
and checks that the incremental tables equal the full rebuild, row for row. Seconds are wall clock,
DuckDB and Parquet writes included (they go to a temporary folder). Writes bench/results/clusters.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
import time
from pathlib import Path

import pandas as pd
from dagster_duckdb import DuckDBResource

from assets.events import publish_event_dataset
from assets.table_helpers import connect
from bench.cluster_data import synthetic_day
from pipeline.resources import ParquetStore
from pipeline.store.tables import replace_days

RESULTS = Path(__file__).resolve().parents[1] / "bench" / "results"


def _store_day(duckdb: DuckDBResource, frames: list[pd.DataFrame], days: list[str]) -> None:
    mentions = pd.concat(frames, ignore_index=True)
    articles = mentions[["ingest_day", "article_id"]].drop_duplicates()
    with connect(duckdb) as conn:
        replace_days(conn, "event_mentions", mentions, days)
        replace_days(conn, "articles", articles, days)


def _table(duckdb: DuckDBResource, table: str, order: str) -> pd.DataFrame:
    with connect(duckdb) as conn:
        return conn.execute(f"SELECT * FROM {table} ORDER BY {order}").df()


def _timed(duckdb: DuckDBResource, parquet: ParquetStore, full: bool = False) -> tuple[float, dict]:
    """Wall seconds of one update of events and event_clusters (clustering, DuckDB, Parquet), and what the
    update reported ('seconds' there is clustering and DuckDB only)."""
    started = time.perf_counter()
    results = publish_event_dataset(duckdb, parquet, full_rebuild=full)
    seconds = time.perf_counter() - started
    metadata = results["events"].metadata
    info = (
        metadata["clustering"].value if "clustering" in metadata else {"mode": "full", "seconds": metadata["seconds"]}
    )
    days = metadata["days_rewritten"].value if "days_rewritten" in metadata else None
    return seconds, {
        "wall_seconds": round(seconds, 3),
        **info,
        "parquet_days_rewritten": len(days) if days is not None else "all",
    }


def run(days: int, per_day: int, seed: int) -> dict:
    first = dt.date(2024, 1, 1)
    all_days = [(first + dt.timedelta(days=i)).isoformat() for i in range(days + 1)]
    stored, new_day = all_days[:-1], all_days[-1]
    with tempfile.TemporaryDirectory(prefix="bench-clusters-") as tmp:
        duckdb = DuckDBResource(database=str(Path(tmp) / "news.duckdb"))
        parquet = ParquetStore(root=str(Path(tmp) / "parquet"))
        t0 = time.perf_counter()
        _store_day(duckdb, [synthetic_day(d, per_day, seed) for d in stored], stored)
        print(f"stored {days} days x {per_day} mentions in {time.perf_counter() - t0:.1f}s", flush=True)
        initial, _ = _timed(duckdb, parquet, full=True)
        print(f"initial full clustering of {days * per_day:,} mentions: {initial:.1f}s", flush=True)

        _store_day(duckdb, [synthetic_day(new_day, per_day, seed)], [new_day])
        new_seconds, new_info = _timed(duckdb, parquet)
        print(f"incremental, one new day ({new_day}): {new_seconds:.2f}s  {new_info}", flush=True)
        past = stored[len(stored) // 2]
        _store_day(duckdb, [synthetic_day(past, per_day, seed + 1)], [past])
        rerun_seconds, rerun_info = _timed(duckdb, parquet)
        print(
            f"incremental, past day re-run with other mentions ({past}): {rerun_seconds:.2f}s  {rerun_info}", flush=True
        )
        idle_seconds, idle_info = _timed(duckdb, parquet)
        print(f"incremental, nothing changed: {idle_seconds:.2f}s", flush=True)

        incremental = {t: _table(duckdb, t, o) for t, o in (("events", "event_id"), ("event_clusters", "cluster_id"))}
        full_seconds, full_info = _timed(duckdb, parquet, full=True)
        print(f"full rebuild of the same store: {full_seconds:.1f}s  {full_info}", flush=True)
        rebuilt = {t: _table(duckdb, t, o) for t, o in (("events", "event_id"), ("event_clusters", "cluster_id"))}
        identical = all(incremental[t].equals(rebuilt[t]) for t in incremental)
        print(f"incremental tables identical to the full rebuild: {identical}", flush=True)
        n_clusters = len(rebuilt["event_clusters"])
    return {
        "stored_days": days,
        "mentions_per_day": per_day,
        "stored_mentions": days * per_day,
        "seed": seed,
        "clusters": n_clusters,
        "initial_full_seconds": round(initial, 2),
        "incremental_new_day": new_info,
        "incremental_rerun_past_day": rerun_info,
        "incremental_no_change_seconds": round(idle_seconds, 3),
        "full_rebuild_seconds": round(full_seconds, 2),
        "full_rebuild": full_info,
        "speedup_new_day": round(full_seconds / new_seconds, 1),
        "identical_to_full": identical,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.clusters", description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=365, help="stored days of mentions (default 365)")
    parser.add_argument("--per-day", type=int, default=300, help="mentions per day (default 300)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    result = run(args.days, args.per_day, args.seed)
    print(
        f"\none day on top of {result['stored_days']} stored days ({result['stored_mentions']:,} mentions, "
        f"{result['clusters']:,} clusters): incremental {result['incremental_new_day']['wall_seconds']:.2f}s, "
        f"full {result['full_rebuild_seconds']:.1f}s (x{result['speedup_new_day']}, wall clock, writes included); "
        f"identical: {result['identical_to_full']}"
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "clusters.json").write_text(json.dumps(result, indent=2, default=str))
    return 0 if result["identical_to_full"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
