"""Operational chaos scenarios for `make chaos`: kill -9 and re-run, concurrent runs, a 30-day backfill,
a reader polling the Parquet folder while a run rewrites it.

Each function takes a fresh temporary folder and returns a bench.chaos.ScenarioResult.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import duckdb
import pyarrow.dataset as ds

from bench.chaos import PROJECT, ScenarioResult
from pipeline.crashcheck import PUBLISHED_TABLES, differing_tables

SAMPLE = PROJECT / "sample" / "landing"
DAGSTER = str(Path(sys.executable).parent / "dagster")
KILLS = 10


def _process(input_dir: Path, out: Path, day: str = "2024-11-05") -> list[str]:
    return [sys.executable, "-m", "pipeline", "process", str(input_dir), "--out", str(out), "--day", day]


def _counts(out: Path) -> tuple[int, int, int]:
    """(input records, articles' records, rejected records) of a published output folder."""
    with duckdb.connect() as conn:
        articles = conn.sql(
            f"SELECT count(DISTINCT record_id) FROM read_parquet('{out}/articles/**/*.parquet')"
        ).fetchall()[0][0]
        rejected = conn.sql(
            f"SELECT count(DISTINCT record_id) FROM read_parquet('{out}/rejected/**/*.parquet')"
        ).fetchall()[0][0]
    return articles + rejected, articles, rejected


def _files_lost(input_dir: Path, out: Path) -> int:
    from pipeline.accounting import input_files

    with duckdb.connect() as conn:
        seen = {
            r[0]
            for r in conn.sql(
                f"SELECT input_path FROM read_parquet('{out}/articles/**/*.parquet') UNION "
                f"SELECT input_path FROM read_parquet('{out}/rejected/**/*.parquet')"
            ).fetchall()
        }
    return len(set(input_files(input_dir)) - seen)


def scenario_kill_and_rerun(tmp: Path) -> ScenarioResult:
    """kill -9 at a random moment of a run writing into an existing folder, re-run: identical sorted tables."""
    day_dir = SAMPLE / "2024-11-05"
    clean = tmp / "clean"
    started = time.monotonic()
    subprocess.run(_process(day_dir, clean), check=True, capture_output=True, timeout=600)
    clean_seconds = time.monotonic() - started
    rng = random.Random(2024)
    identical = 0
    failures = []
    for attempt in range(KILLS):
        crashed = tmp / f"crashed-{attempt}"
        # a previous run (another day's inputs) already sits in the folder the killed run writes into
        subprocess.run(_process(SAMPLE / "2024-11-04", crashed), check=True, capture_output=True, timeout=600)
        victim = subprocess.Popen(_process(day_dir, crashed), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, clean_seconds))
        victim.kill()
        victim.wait()
        subprocess.run(_process(day_dir, crashed), check=True, capture_output=True, timeout=600)
        differing = differing_tables(clean, crashed)
        if differing:
            failures.append({"attempt": attempt, "differing": differing})
        else:
            identical += 1
        shutil.rmtree(crashed)
    records_in, out, rejected = _counts(clean)
    outcome = "ok" if identical == KILLS else f"FAIL: {KILLS - identical} of {KILLS} re-runs differ"
    return ScenarioResult(
        f"kill -9 then re-run ({identical}/{KILLS} identical)",
        outcome,
        records_in,
        out,
        rejected,
        _files_lost(day_dir, clean),
        round(time.monotonic() - started, 1),
        None,
        failures,
    )


def _instance(tmp: Path, landing: Path) -> dict:
    home = tmp / "dagster_home"
    home.mkdir()
    shutil.copy(PROJECT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "NEWS_LANDING_DIR": str(landing),
        "NEWS_DATA_DIR": str(tmp / "data"),
    }
    subprocess.run([DAGSTER, "instance", "migrate"], env=env, check=True, capture_output=True, timeout=300)
    return env


def _materialize(env: dict, partition_args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(
        [DAGSTER, "asset", "materialize", "-m", "pipeline.definitions", "--select", "*", *partition_args],
        env=env,
        cwd=PROJECT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _store_counts(tmp: Path, days: list[str]) -> tuple[int, int, int, int]:
    from pipeline.accounting import input_files

    with duckdb.connect(str(tmp / "data" / "news.duckdb"), read_only=True) as conn:
        records_in = conn.execute(
            "SELECT count(*) FROM (SELECT record_id FROM raw_articles UNION SELECT record_id FROM rejected)"
        ).fetchall()[0][0]
        lost_records = conn.execute(
            "SELECT count(*) FROM raw_articles WHERE record_id NOT IN (SELECT record_id FROM articles) "
            "AND record_id NOT IN (SELECT record_id FROM rejected)"
        ).fetchall()[0][0]
        in_articles = conn.execute("SELECT count(DISTINCT record_id) FROM articles").fetchall()[0][0]
        rejected = conn.execute("SELECT count(DISTINCT record_id) FROM rejected").fetchall()[0][0]
        seen = {
            r[0]
            for r in conn.execute(
                "SELECT input_path FROM raw_articles UNION SELECT input_path FROM rejected"
            ).fetchall()
        }
    files = {f for d in days for f in input_files(tmp / "landing" / d, f"{d}/")}
    return records_in, in_articles, rejected, lost_records + len(files - seen)


def _concurrent(tmp: Path, name: str, days: list[str], argument_sets: list[list[str]]) -> ScenarioResult:
    env = _instance(tmp, tmp / "landing")
    started = time.monotonic()
    runs = [_materialize(env, args) for args in argument_sets]
    outputs = [r.communicate(timeout=3000)[0] for r in runs]
    seconds = time.monotonic() - started
    failed = [i for i, r in enumerate(runs) if r.returncode != 0]
    lock_errors = sum("Could not set lock" in o for o in outputs)
    records_in, out, rejected, lost = _store_counts(tmp, days)
    problems = []
    if failed:
        problems.append(f"{len(failed)} of {len(runs)} runs failed")
    if lock_errors:
        problems.append(f"{lock_errors} lock errors")
    if lost:
        problems.append(f"{lost} files lost")
    details = [{"run": i, "tail": outputs[i][-1500:]} for i in failed]
    return ScenarioResult(
        name,
        "ok" if not problems else "FAIL: " + "; ".join(problems),
        records_in,
        out,
        rejected,
        lost,
        round(seconds, 1),
        None,
        details,
    )


def scenario_three_runs_same_second(tmp: Path) -> ScenarioResult:
    shutil.copytree(SAMPLE, tmp / "landing")
    days = sorted(p.name for p in (tmp / "landing").iterdir())
    return _concurrent(tmp, "3 CLI partition runs at once", days, [["--partition", d] for d in days])


def scenario_thirty_day_backfill(tmp: Path) -> ScenarioResult:
    """30 ingestion days (the sample's days repeated), backfilled by 4 concurrent single-run range runs."""
    sample_days = sorted(p for p in SAMPLE.iterdir() if p.is_dir())
    first = date(2024, 10, 1)
    days = [(first + timedelta(days=i)).isoformat() for i in range(30)]
    for i, day in enumerate(days):
        shutil.copytree(sample_days[i % len(sample_days)], tmp / "landing" / day)
    chunks = [days[0:8], days[8:16], days[16:23], days[23:30]]
    return _concurrent(
        tmp, "30-day backfill, 4 concurrent runs", days, [["--partition-range", f"{c[0]}...{c[-1]}"] for c in chunks]
    )


def scenario_reader_during_rewrite(tmp: Path) -> ScenarioResult:
    """A reader polls every table while a run replaces the folder's contents: it only ever sees whole states."""
    out = tmp / "out"
    subprocess.run(_process(SAMPLE / "2024-11-04", out), check=True, capture_output=True, timeout=600)
    before = {t: ds.dataset(out / t, partitioning="hive").count_rows() for t in PUBLISHED_TABLES}
    seen: dict[str, set[int]] = {t: set() for t in PUBLISHED_TABLES}
    errors: list[str] = []
    stop = threading.Event()

    def poll() -> None:
        while not stop.is_set():
            for table in PUBLISHED_TABLES:
                try:
                    seen[table].add(ds.dataset(out / table, partitioning="hive").count_rows())
                except Exception as exc:  # noqa: BLE001 - any read error is what this scenario looks for
                    errors.append(f"{table}: {type(exc).__name__}: {exc}"[:200])
            time.sleep(0.02)

    reader = threading.Thread(target=poll)
    started = time.monotonic()
    reader.start()
    subprocess.run(_process(SAMPLE / "2024-11-06", out), check=True, capture_output=True, timeout=600)
    stop.set()
    reader.join()
    after = {t: ds.dataset(out / t, partitioning="hive").count_rows() for t in PUBLISHED_TABLES}
    mixed = {t: sorted(seen[t] - {before[t], after[t]}) for t in PUBLISHED_TABLES if seen[t] - {before[t], after[t]}}
    problems = ([f"{len(errors)} read errors"] if errors else []) + ([f"partial states seen: {mixed}"] if mixed else [])
    records_in, n_out, rejected = _counts(out)
    return ScenarioResult(
        "reader polling during a re-run",
        "ok" if not problems else "FAIL: " + "; ".join(problems),
        records_in,
        n_out,
        rejected,
        _files_lost(SAMPLE / "2024-11-06", out),
        round(time.monotonic() - started, 1),
        None,
        [{"errors": errors[:5], "mixed": mixed}],
    )


def scenario_daemon_backfill(tmp: Path) -> ScenarioResult:
    """30 days backfilled as the UI does it: one queued run per day, the daemon launching up to 4 at a time."""
    sample_days = sorted(p for p in SAMPLE.iterdir() if p.is_dir())
    days = [(date(2024, 10, 1) + timedelta(days=i)).isoformat() for i in range(30)]
    for i, day in enumerate(days):
        shutil.copytree(sample_days[i % len(sample_days)], tmp / "landing" / day)
    env = _instance(tmp, tmp / "landing")
    daemon = subprocess.Popen(
        [str(Path(DAGSTER).parent / "dagster-daemon"), "run", "-w", "workspace.yaml"],
        env=env,
        cwd=PROJECT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    started = time.monotonic()
    try:
        subprocess.run(
            [
                DAGSTER,
                "job",
                "backfill",
                "-w",
                "workspace.yaml",
                "-j",
                "news_job",
                "--from",
                days[0],
                "--to",
                days[-1],
                "--noprompt",
            ],
            env=env,
            cwd=PROJECT,
            check=True,
            capture_output=True,
            timeout=600,
        )
        statuses = _wait_for_runs(env, expected=len(days), timeout=2400)
    finally:
        os.killpg(daemon.pid, 9)
        daemon.wait()
    seconds = time.monotonic() - started
    records_in, out, rejected, lost = _store_counts(tmp, days)
    failed = sum(1 for s in statuses if s != "SUCCESS")
    problems = ([f"{failed} of {len(statuses)} runs did not succeed"] if failed else []) + (
        [f"{lost} lost"] if lost else []
    )
    return ScenarioResult(
        "30-day backfill via the daemon (queued runs)",
        "ok" if not problems else "FAIL: " + "; ".join(problems),
        records_in,
        out,
        rejected,
        lost,
        round(seconds, 1),
        None,
        [{"statuses": sorted(set(statuses))}],
    )


def _wait_for_runs(env: dict, *, expected: int, timeout: float) -> list[str]:
    """Poll the instance until `expected` runs have finished (or the timeout passes); return their statuses."""
    script = (
        "import dagster as dg\ni = dg.DagsterInstance.get()\nprint(' '.join(r.status.value for r in i.get_runs()))\n"
    )
    deadline = time.monotonic() + timeout
    statuses: list[str] = []
    while time.monotonic() < deadline:
        result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
        statuses = result.stdout.split()
        done = [s for s in statuses if s in ("SUCCESS", "FAILURE", "CANCELED")]
        if len(done) >= expected:
            return statuses
        time.sleep(5)
    return statuses


OPERATIONS_SCENARIOS = [
    ("kill -9 then re-run", scenario_kill_and_rerun),
    ("3 CLI partition runs at once", scenario_three_runs_same_second),
    ("30-day backfill, 4 concurrent runs", scenario_thirty_day_backfill),
    ("reader polling during a re-run", scenario_reader_during_rewrite),
    ("30-day backfill via the daemon", scenario_daemon_backfill),
]
