"""The production profile end to end, on real services started on 127.0.0.1 (`make test-production`).

PostgreSQL (instance storage), Redis (Celery broker and results), moto's S3 server (tables, state, step logs),
two Celery workers running whole runs (CeleryRunLauncher) and the Dagster daemon (backfills, run queue,
run monitoring, run retries). A 10-day backfill of the sample runs as queued runs over both workers, and the
tables in the bucket must equal, row for row, those of the embedded profile on the same input. Then faults.
"""

from __future__ import annotations

import os
import signal
import tempfile
import time
from pathlib import Path

import dagster as dg
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pytest

from deploy import backfill
from deploy.local_stack import BUCKET, LocalStack
from pipeline.resources import embedded_resources
from tests.production.landing import ten_days

pytestmark = pytest.mark.production

ASSET_PARTITION_RANGE_START_TAG = "dagster/asset_partition_range_start"
ASSET_PARTITION_RANGE_END_TAG = "dagster/asset_partition_range_end"
TABLES = ["articles", "temporal_expressions", "events", "event_clusters", "rejected"]
BACKFILL_TIMEOUT = 420
GLOBAL_ASSETS = ("events", "event_clusters", "event_report")
SUCCESS = dg.DagsterRunStatus.SUCCESS
TIMINGS: dict[str, float] = {}


@pytest.fixture(scope="module")
def workdir():
    """One temporary folder for the module's inputs and embedded outputs, removed at the end, also on failure."""
    with tempfile.TemporaryDirectory(prefix="news-prod-test-") as folder:
        yield Path(folder)


@pytest.fixture(scope="module")
def landing(workdir) -> tuple[Path, list[str]]:
    root = workdir / "landing"
    root.mkdir()
    return root, ten_days(root)


@pytest.fixture(scope="module")
def embedded(landing, workdir) -> dict[str, pd.DataFrame]:
    """The embedded profile on the same ten days: one run, local DuckDB and Parquet."""
    from pipeline.definitions import ALL_ASSETS

    folder, days = landing
    out = workdir / "embedded"
    resources = embedded_resources(str(folder), out)
    with dg.DagsterInstance.ephemeral() as instance:
        result = dg.materialize(
            ALL_ASSETS,
            resources=resources,
            instance=instance,
            tags={ASSET_PARTITION_RANGE_START_TAG: days[0], ASSET_PARTITION_RANGE_END_TAG: days[-1]},
            run_config={"loggers": {"console": {"config": {"log_level": "WARNING"}}}},
        )
    assert result.success
    tables = {
        t: _canonical(ds.dataset(out / "parquet" / t, format="parquet", partitioning="hive").to_table()) for t in TABLES
    }
    # the input is built so that no article repeats the body of another day's (see tests/production/landing.py)
    arts = tables["articles"]
    originals = dict(zip(arts["article_id"], arts["ingest_day"], strict=True))
    cross_day = [
        (d, originals.get(o))
        for d, o in zip(arts["ingest_day"], arts["duplicate_of"], strict=True)
        if o and originals.get(o) != d
    ]
    assert not cross_day, cross_day
    return tables


def _canonical(table: pa.Table) -> pd.DataFrame:
    """Rows in a fixed order whatever the file and row order, partition column as a string."""
    frame = table.to_pandas()
    frame["ingest_day"] = frame["ingest_day"].astype(str)
    frame = frame[sorted(frame.columns)]
    key = frame.astype(str).agg("\x1f".join, axis=1)
    return frame.assign(_key=key).sort_values("_key").drop(columns="_key").reset_index(drop=True)


def _bucket_fs(stack: LocalStack) -> pafs.S3FileSystem:
    host = stack.env["AWS_ENDPOINT_URL"].split("://", 1)[1]
    return pafs.S3FileSystem(
        access_key=stack.env["AWS_ACCESS_KEY_ID"],
        secret_key=stack.env["AWS_SECRET_ACCESS_KEY"],
        endpoint_override=host,
        scheme="http",
        region="us-east-1",
    )


def bucket_tables(stack: LocalStack) -> dict[str, pd.DataFrame]:
    """The published tables as a reader sees them: a pyarrow dataset over s3://bucket/prefix/<table>/."""
    fs = _bucket_fs(stack)
    prefix = f"{BUCKET}/{stack.env['NEWS_BUCKET_PREFIX']}"
    return {
        t: _canonical(ds.dataset(f"{prefix}/{t}", filesystem=fs, format="parquet", partitioning="hive").to_table())
        for t in TABLES
    }


def assert_equal_tables(actual: dict[str, pd.DataFrame], expected: dict[str, pd.DataFrame]) -> None:
    for table in TABLES:
        a, e = actual[table], expected[table]
        assert list(a.columns) == list(e.columns), table
        assert len(a) == len(e), f"{table}: {len(a)} rows in the bucket, {len(e)} embedded"
        pd.testing.assert_frame_equal(a, e, check_dtype=False, obj=table)


@pytest.fixture(scope="module")
def stack(landing):
    folder, _ = landing
    with LocalStack(workers=2, landing=folder, s3_faults=True) as running:
        os.environ.update({k: v for k, v in running.env.items() if k.startswith(("DAGSTER_", "NEWS_", "AWS_"))})
        yield running


def run_backfill(
    stack: LocalStack, days: list[str], timeout: float = BACKFILL_TIMEOUT, during=None, skip=GLOBAL_ASSETS
):
    """Submit, follow to the end; (status, runs, seconds from submission to the end of the last run). The fault
    tests backfill the day assets only: the faults hit a day's run; the global step and the day reports would
    add two runs, and two turns of the backfill daemon (30 s each), to every fault."""
    with dg.DagsterInstance.get() as instance:
        started = time.time()
        backfill_id = backfill.submit(stack.env["DAGSTER_WEBSERVER_URL"], days, skip=skip)
        if during is not None:
            during(instance, backfill_id)
        try:
            status = backfill.wait(instance, backfill_id, timeout)
        except TimeoutError:
            pytest.fail(f"backfill timed out\n--- daemon\n{stack.tail('daemon')}\n--- worker1\n{stack.tail('worker1')}")
        records = instance.get_run_records(filters=dg.RunsFilter(tags={"dagster/backfill": backfill_id}))
        runs = [r.dagster_run for r in records]
        ends = [r.end_time for r in records if r.end_time]
    return status, runs, (max(ends) - started) if ends else time.time() - started


def test_backfill_over_two_workers_equals_embedded(stack, landing, embedded):
    _, days = landing
    status, runs, seconds = run_backfill(stack, days, skip=())
    TIMINGS["two_workers"] = seconds
    failed = [r for r in runs if r.status != dg.DagsterRunStatus.SUCCESS]
    assert status == "COMPLETED_SUCCESS", (status, [(r.run_id, r.status) for r in failed])
    assert not failed
    # one run per day, the global step once the days are done, then the day reports (one run)
    assert len(runs) >= len(days) + 2
    hosts = _celery_hosts(stack)
    assert len(hosts) == 2, f"runs did not spread over both workers: {hosts}"
    assert_equal_tables(bucket_tables(stack), embedded)
    reports = _bucket_fs(stack).get_file_info(
        pafs.FileSelector(f"{BUCKET}/{stack.env['NEWS_BUCKET_PREFIX']}/reports", allow_not_found=True)
    )
    assert sorted(r.base_name for r in reports) == [f"event_report_{day}.html" for day in days]
    print(f"\n10-day backfill over 2 workers: {seconds:.1f} s, {len(runs)} runs, per worker {hosts}")


def test_step_logs_in_the_bucket(stack, landing):
    """A step's stdout/stderr under Celery are in the bucket (S3ComputeLogManager), not on the worker's disk:
    the captured stderr of a day run holds Dagster's own lines for its steps."""
    _, days = landing
    with dg.DagsterInstance.get() as instance:
        runs = [r for r in instance.get_runs(filters=dg.RunsFilter(statuses=[SUCCESS])) if _one_day(r) == days[0]]
    assert runs, f"no successful run of {days[0]} alone"
    fs = _bucket_fs(stack)
    folder = f"{BUCKET}/_logs/storage/{runs[0].run_id}"
    files = fs.get_file_info(pafs.FileSelector(folder, recursive=True, allow_not_found=True))
    logs = {f.path.removeprefix(folder + "/"): _read(fs, f.path) for f in files if f.path.endswith((".out", ".err"))}
    assert logs, f"no step logs under s3://{folder}/"
    stderr = "".join(text for name, text in logs.items() if name.endswith(".err"))
    assert 'Started execution of step "articles"' in stderr, (sorted(logs), stderr[:2000])
    print(f"\nstep logs of run {runs[0].run_id} in the bucket: {sorted(logs)} ({len(stderr)} characters of stderr)")


def _one_day(run) -> str | None:
    """The day of a run that covers one day (not the global step's or the day reports' run)."""
    start, end = run.tags.get(ASSET_PARTITION_RANGE_START_TAG), run.tags.get(ASSET_PARTITION_RANGE_END_TAG)
    return run.tags.get("dagster/partition") or (start if start == end else None)


def _read(fs: pafs.S3FileSystem, path: str) -> str:
    with fs.open_input_stream(path) as stream:
        return stream.read().decode(errors="replace")


def _celery_hosts(stack: LocalStack) -> dict[str, int]:
    """How many runs each worker took, from the workers' own logs."""
    counts = {}
    for name in ("worker1", "worker2"):
        lines = stack.tail(name, 100000).splitlines()
        done = sum(1 for line in lines if "execute_job[" in line and "succeeded" in line)
        if done:
            counts[name] = done
    return counts


def _partition_runs(runs) -> dict[str, list]:
    by_day: dict[str, list] = {}
    for run in runs:
        day = run.tags.get("dagster/partition") or run.tags.get(ASSET_PARTITION_RANGE_START_TAG) or "global"
        by_day.setdefault(day, []).append(run)
    return by_day


def _step_failures(runs) -> list[str]:
    return [message for run in runs for message in _failure_messages(run)]


def _failure_messages(run) -> list[str]:
    """What the run's own event log (the UI) says about its failure: the step failures (the user code's error
    under Dagster's wrapper), engine errors and the run failure, with their errors and causes."""
    messages = []
    if run.status != dg.DagsterRunStatus.FAILURE:
        return messages
    with dg.DagsterInstance.get() as instance:
        for entry in instance.all_logs(run.run_id, of_type=dg.DagsterEventType.STEP_FAILURE):
            error = entry.dagster_event.step_failure_data.error
            while error.cause is not None and (error.cls_name or "").startswith("Dagster"):
                error = error.cause
            messages.append(error.message.strip())
        # the run failure with its error, and the engine error Dagster records just before its own "marked as
        # failed from outside the execution context" when the worker's failure event could not be written
        failure_types = {dg.DagsterEventType.RUN_FAILURE, dg.DagsterEventType.ENGINE_EVENT}
        for entry in instance.all_logs(run.run_id, of_type=failure_types):
            error = getattr(entry.dagster_event.event_specific_data, "error", None)
            if entry.dagster_event.event_type == dg.DagsterEventType.RUN_FAILURE or error is not None:
                messages.append(" <- ".join([entry.message or "", *_error_chain(error)]))
    return messages


def _error_chain(error) -> list[str]:
    chain = []
    while error is not None:
        chain.append(f"{error.cls_name}: {error.message.strip()}")
        error = error.cause or error.context
    return chain


def _settle(stack: LocalStack, days: list[str], status: str, runs) -> tuple[str, list, str]:
    """A backfill that did not complete is submitted again (the re-run an operator would start); also says
    what brought it to completion."""
    retried = sum(1 for r in runs if r.tags.get("dagster/retry_number"))
    if status == "COMPLETED_SUCCESS":
        return status, runs, f"{retried} automatic run retr{'y' if retried == 1 else 'ies'}"
    status, more, _ = run_backfill(stack, days)
    return status, [*runs, *more], f"{retried} automatic run retries, then a re-run of the backfill"


def wait_for_step(stack: LocalStack, step: str, timeout: float = 120) -> str | None:
    """Block until a worker starts `step` (counted from the call); that worker's name, None on timeout."""
    marker = f'Started execution of step "{step}"'
    names = [f"worker{i}" for i in range(1, stack.workers + 1)]
    before = {w: stack.tail(w, 100000).count(marker) for w in names}
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for worker in names:
            if stack.tail(worker, 100000).count(marker) > before[worker]:
                return worker
        time.sleep(0.1)
    return None


def test_worker_killed_mid_partition(stack, landing, embedded):
    """SIGKILL of the process running a partition: the run fails (run monitoring sees the dead Celery task),
    is retried or re-run, and the tables are whole again: nothing lost, nothing doubled."""
    _, days = landing
    killed = {}

    def kill_mid_partition(instance, backfill_id):
        worker = wait_for_step(stack, "articles")
        if worker is not None:
            for pid in stack.worker_children(int(worker.removeprefix("worker"))):
                os.kill(pid, signal.SIGKILL)
                killed[worker] = pid

    status, runs, seconds = run_backfill(stack, days[:1], during=kill_mid_partition)
    assert killed, "no partition was running to kill"
    failed = [r for r in runs if r.status == dg.DagsterRunStatus.FAILURE]
    status, runs, recovery = _settle(stack, days[:1], status, runs)
    assert status == "COMPLETED_SUCCESS"
    assert failed, "the killed run did not fail"
    assert_equal_tables(bucket_tables(stack), embedded)
    print(
        f"\nSIGKILL of {killed}: {len(failed)} run(s) failed ({_step_failures(failed)[:1]}), "
        f"recovered by {recovery}: {status} after {seconds:.1f} s, tables equal the embedded profile's"
    )


def test_s3_errors_then_recovery(stack, landing, embedded):
    """S3 answers 503 for a while: bounded retries, then a failure that names the object; the day is never
    half-written (each object is sent whole) and a retry or re-run completes."""
    from pipeline.production import BucketParquetStore
    from pipeline.store.object_store import ObjectStoreError

    _, days = landing
    store = BucketParquetStore(
        root="unused",
        bucket=BUCKET,
        prefix=stack.env["NEWS_BUCKET_PREFIX"],
        endpoint_url=stack.env["AWS_ENDPOINT_URL"],
        max_attempts=3,
    )
    before = bucket_tables(stack)["articles"]
    stack.s3_fault("error", 30, status=503)
    started = time.monotonic()
    with pytest.raises(
        ObjectStoreError, match=r"s3://news-events/tables/articles/ingest_day=2024-11-04/part-0\.parquet"
    ):
        store.write("articles", embedded["articles"].iloc[:0], ["2024-11-04"])
    bounded = time.monotonic() - started
    stack.s3_fault("ok", 0)
    assert bounded < 30, f"retries took {bounded:.0f} s"
    pd.testing.assert_frame_equal(bucket_tables(stack)["articles"], before)  # nothing written

    # a slow S3 (3 s per request for 8 s), then dropped connections (10 s), once a day's run is under way
    def faults(instance, backfill_id):
        wait_for_step(stack, "raw_articles")
        stack.s3_fault("slow", 8, delay=3)
        time.sleep(8)
        stack.s3_fault("drop", 10)

    status, runs, seconds = run_backfill(stack, days[2:3], during=faults)
    failures = _step_failures(runs)
    unnamed = [(r.run_id, _failure_messages(r)) for r in runs if r.status == dg.DagsterRunStatus.FAILURE]
    unnamed = [(run_id, m) for run_id, m in unnamed if not any("s3://news-events/" in text for text in m)]
    status, runs, recovery = _settle(stack, days[2:3], status, runs)
    assert status == "COMPLETED_SUCCESS"
    assert not unnamed, f"failed runs whose failure does not name the object: {unnamed}"
    s3_failures = [m for m in failures if "ObjectStoreError" in m]
    assert all("s3://news-events/" in m for m in s3_failures), s3_failures
    assert_equal_tables(bucket_tables(stack), embedded)
    print(
        f"\nS3 503s: failure after {bounded:.1f} s naming the object; slow then dropping S3 during a backfill: "
        f"{len(failures)} step failure(s) {s3_failures[:1] or failures[:1]}, "
        f"recovered by {recovery}: {status}; tables equal"
    )


def test_postgres_restart_during_backfill(stack, landing, embedded):
    """PostgreSQL restarts (down 3 s) while a day's run writes its events: the backfill completes, retried or
    re-run if a run failed, and the tables are whole."""
    _, days = landing

    def restart(instance, backfill_id):
        wait_for_step(stack, "articles")
        stack.restart_postgres(down_seconds=3)

    status, runs, seconds = run_backfill(stack, days[4:5], during=restart)
    failures = _step_failures(runs)
    status, runs, recovery = _settle(stack, days[4:5], status, runs)
    assert status == "COMPLETED_SUCCESS"
    assert_equal_tables(bucket_tables(stack), embedded)
    print(f"\nPostgres restart (3 s): {len(failures)} failure(s) {failures[:1]}, recovered by {recovery}: {status}")


# Dagster's reconnects gave up, run monitoring's message (pipeline/run_launcher.py), or the driver's own error (a
# query under way when PostgreSQL stopped: "terminating connection due to administrator command")
DATABASE_NAMED = ("too many retries for DB connection", "PostgreSQL instance database", "psycopg2.")


@pytest.mark.skipif(
    not os.environ.get("NEWS_PROD_PG_OUTAGE"),
    reason="NEWS_PROD_PG_OUTAGE=1: in a full run the run failed and was tagged for retry, but Dagster's run-retry "
    "daemon, itself failing on the database during the outage, never launched the retry and the backfill waited",
)
def test_postgres_outage_during_backfill(stack, landing, embedded):
    """PostgreSQL down for 30 s while a day's run is under way: the run cannot write its events, gives up after
    Dagster's bounded reconnects, and once PostgreSQL is back the run's event log (what the UI shows) names the
    lost database connection: in the run failure's error when the worker's failure event gets through, in the
    step failure, in the engine error Dagster records before its own "marked as failed from outside the
    execution context", or in run monitoring's message (pipeline/run_launcher.py) when the worker could record
    nothing. A retry or re-run of the failed day succeeds, and the tables are whole."""
    _, days = landing

    def outage(instance, backfill_id):
        wait_for_step(stack, "articles")
        stack.restart_postgres(down_seconds=30)

    status, runs, seconds = run_backfill(stack, days[5:6], during=outage)
    failed = [r for r in runs if r.status == dg.DagsterRunStatus.FAILURE]
    said = {r.run_id: _failure_messages(r) for r in failed}
    named = {run_id: [m for m in said[run_id] if any(n in m for n in DATABASE_NAMED)] for run_id in said}
    status, runs, recovery = _settle(stack, days[5:6], status, runs)
    assert failed, "no run failed while PostgreSQL was down"
    assert all(named.values()), f"a failed run does not name the database connection: {said}"
    assert status == "COMPLETED_SUCCESS"
    assert_equal_tables(bucket_tables(stack), embedded)
    first = [m[:300] for messages in named.values() for m in messages]
    print(
        f"\nPostgres outage (30 s): {len(failed)} run(s) failed ({first}), "
        f"recovered by {recovery}: {status}; tables equal"
    )


@pytest.mark.skipif(not os.environ.get("NEWS_PROD_ONE_WORKER"), reason="timing run: NEWS_PROD_ONE_WORKER=1")
def test_backfill_on_one_worker(stack, landing, embedded):
    """The same 10-day backfill with worker2 stopped: the wall time to compare with two workers."""
    _, days = landing
    os.killpg(stack.procs["worker2"].pid, signal.SIGTERM)
    stack.procs["worker2"].wait(30)
    try:
        status, runs, seconds = run_backfill(stack, days, timeout=900, skip=())
        assert status == "COMPLETED_SUCCESS"
        assert_equal_tables(bucket_tables(stack), embedded)
        print(
            f"\n10-day backfill on 1 worker: {seconds:.1f} s ({len(runs)} runs); "
            f"2 workers: {TIMINGS.get('two_workers')}"
        )
    finally:
        stack.start_worker(2)
