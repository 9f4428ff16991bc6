"""Command line: `python -m pipeline process IN --out OUT`, `python -m pipeline sample`, `... summary`.

`process` runs the same assets as the Dagster job, in process, on one flat folder of inputs, and writes one
Parquet dataset per table under OUT (plus OUT/news.duckdb and OUT/_run.json with per-stage timings).
`sample` materializes every day of the landing folder on the project's Dagster instance (so the runs show in
the UI) and prints a summary.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

import dagster as dg

from pipeline.parallel import start_forkserver
from pipeline.resources import (
    PROJECT_ROOT,
    HttpSources,
    LandingFolder,
    ParquetStore,
    Workers,
    default_resources,
    duckdb_resource,
    resolved,
)
from pipeline.summary import print_summary

STAGES = ["fetched_pages", "raw_articles", "articles", "temporal_expressions", "event_mentions", "events", "rejected"]


class UsageError(Exception):
    pass


def _assets():
    from pipeline.definitions import ALL_ASSETS

    return ALL_ASSETS


QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}


def process(input_dir: Path, out_dir: Path, manifest: Path | None, day: str) -> dict:
    """Run every stage on `input_dir` and publish into `out_dir`; return the run report written to _run.json."""
    if not input_dir.is_dir():
        raise UsageError(f"input folder not found or not a folder: {input_dir}")
    if manifest is not None and not manifest.is_file():
        raise UsageError(f"manifest not found: {manifest}")
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"--out exists and is not a folder: {out_dir}")
    try:
        dt.date.fromisoformat(day)
    except ValueError:
        raise UsageError(f"--day must be YYYY-MM-DD, got {day!r}") from None
    out_dir.mkdir(parents=True, exist_ok=True)
    workers = Workers()
    resources = {
        "landing": LandingFolder(
            path=str(input_dir.resolve()), layout="flat", manifest=str(manifest.resolve()) if manifest else None
        ),
        "duckdb": duckdb_resource(out_dir.resolve() / "news.duckdb"),
        "parquet": ParquetStore(root=str(out_dir.resolve()), single_day_output=True),
        "http_sources": HttpSources(),
        "workers": workers,
    }
    report: dict = {"input": str(input_dir), "out": str(out_dir), "ingest_day": day, "stages": {}}
    started = time.perf_counter()
    if workers.count(sum(1 for _ in input_dir.iterdir())) > 1:
        start_forkserver()  # a pool will be used: its server warms up while Dagster starts and inputs are read
    print(f"running {', '.join(STAGES)} in one Dagster run ...", file=sys.stderr, flush=True)
    with dg.DagsterInstance.ephemeral() as instance:
        # one run of the whole selection (events and event_clusters are not partitioned: the day's key does not
        # apply to them): one job to build, one set of resources, one executor, instead of a run per stage
        result = dg.materialize(
            _assets(),
            selection=[*STAGES, "event_clusters"],
            partition_key=day,
            resources=resources,
            instance=instance,
            raise_on_error=False,
            run_config=QUIET,
        )
        if not result.success:
            raise RuntimeError(f"process failed:\n{_failure_text(result)}")
        for mat in result.get_asset_materialization_events():
            key = mat.asset_key.to_user_string()
            report["stages"][key] = _stage_metadata(mat.materialization.metadata)
        for step, seconds in _step_seconds(instance, result.run_id):
            print(f"      {step} done in {seconds:.1f}s", file=sys.stderr, flush=True)
    report["seconds"] = round(time.perf_counter() - started, 3)
    (out_dir / "_run.json").write_text(json.dumps(report, indent=2, sort_keys=True))
    return report


def _step_seconds(instance: dg.DagsterInstance, run_id: str) -> list[tuple[str, float]]:
    """(step, seconds from its start to its success) of every step of the run, in the order they ran."""
    starts: dict[str, float] = {}
    done: list[tuple[str, float]] = []
    for entry in instance.all_logs(run_id, of_type={dg.DagsterEventType.STEP_START, dg.DagsterEventType.STEP_SUCCESS}):
        step = entry.step_key or "?"
        if entry.dagster_event_type == dg.DagsterEventType.STEP_START:
            starts[step] = entry.timestamp
        elif step in starts:
            done.append((step, entry.timestamp - starts[step]))
    return done


def _stage_metadata(metadata: dict) -> dict:
    out = {}
    for key, value in metadata.items():
        raw = getattr(value, "value", value)
        if isinstance(raw, (int, float, str, dict, list)) and key not in ("preview",):
            out[key.replace("dagster/", "")] = raw
    return out


def _failure_text(result) -> str:
    lines = []
    for event in result.all_events:
        if event.is_failure and event.step_failure_data is not None:
            lines.append(f"{event.step_key}: {event.step_failure_data.error.message.strip()}")
    return "\n".join(lines) or "unknown failure"


def materialize_landing(landing_path: Path | None = None) -> None:
    """Materialize every day found in the landing folder, as one run, on the persistent instance."""
    resources = default_resources()
    if landing_path is not None:
        resources["landing"] = LandingFolder(path=str(landing_path))
    landing_dir = Path(resolved(resources["landing"].path))  # type: ignore[attr-defined]
    days = sorted(p.name for p in landing_dir.iterdir() if p.is_dir() and _is_day(p.name))
    if not days:
        raise UsageError(f"no YYYY-MM-DD folders in {landing_dir}")
    print(f"materializing {len(days)} day(s) {days[0]}...{days[-1]} from {landing_dir}", file=sys.stderr)
    # the project's instance by default, so these runs show up in `make ui`
    os.environ.setdefault("DAGSTER_HOME", str(PROJECT_ROOT / "dagster_home"))
    with dg.DagsterInstance.get() as instance:
        result = dg.materialize(
            _assets(),
            resources=resources,
            instance=instance,
            raise_on_error=False,
            run_config=QUIET,
            tags=partition_range_tags(days[0], days[-1]),
        )
        if not result.success:
            raise RuntimeError(f"run {result.run_id} failed:\n{_failure_text(result)}")
        print(f"run {result.run_id} succeeded", file=sys.stderr)


def partition_range_tags(first: str, last: str) -> dict[str, str]:
    """Run tags that make one run cover the partitions first...last (every selected asset needs
    BackfillPolicy.single_run()).

    `dg.materialize` takes a single partition_key only (dagster-io/dagster#14905); a range is asked for with
    these two run tags, the documented, user-facing way (the launchpad's "Edit tags" takes the same two;
    dagster-io/dagster#10441). They are written out rather than imported from `dagster._core.storage.tags`, a
    private module; tests/test_cli.py proves a range run still materializes every day.
    """
    return {"dagster/asset_partition_range_start": first, "dagster/asset_partition_range_end": last}


def _is_day(name: str) -> bool:
    try:
        dt.date.fromisoformat(name)
    except ValueError:
        return False
    return len(name) == 10


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("process", help="process one folder of inputs into Parquet tables")
    p.add_argument("input_dir", type=Path, help="folder of inputs (html, txt, json/jsonl, warc, any .gz)")
    p.add_argument("--out", type=Path, required=True, help="output folder: one Parquet dataset per table")
    p.add_argument("--manifest", type=Path, help="CSV or JSONL with path,url,published,source,title hints")
    p.add_argument(
        "--day",
        default=dt.datetime.now(dt.timezone.utc).date().isoformat(),
        help="ingestion day recorded in the tables (default: today, UTC)",
    )
    s = sub.add_parser("sample", help="materialize every landing day on the project's Dagster instance")
    s.add_argument("--landing", type=Path, help="landing folder (default: the bundled sample)")
    s.add_argument("--data", type=Path, help="data folder to summarize (default: data/)")
    m = sub.add_parser("summary", help="print rows per table and day, and rejected inputs, of a data folder")
    m.add_argument("--data", type=Path, default=PROJECT_ROOT / "data")
    args = parser.parse_args(argv)
    try:
        if args.command == "process":
            process(args.input_dir, args.out, args.manifest, args.day)
            print_summary(args.out / "news.duckdb")
            print(f"\nParquet tables in {args.out.resolve()}/<table>/", file=sys.stderr)
        elif args.command == "sample":
            materialize_landing(args.landing)
            print_summary(Path(default_resources()["duckdb"].database))
            print("\nOpen the UI on the same instance: make ui  (then http://127.0.0.1:3000)")
        elif args.command == "summary":
            print_summary(args.data / "news.duckdb")
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except RuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0
