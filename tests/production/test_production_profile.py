"""The production profile end to end, on real services started on 127.0.0.1 (`make test-production`).

PostgreSQL (instance storage), Redis (Celery broker and results), moto's S3 server (tables, state, step logs),
two Celery workers running whole runs (CeleryRunLauncher) and the Dagster daemon (backfills, run queue,
run monitoring, run retries). A 10-day backfill of the sample runs as queued runs over both workers, and the
tables in the bucket must equal, row for row, those of the embedded profile on the same input. Then faults.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import dagster as dg
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pytest
from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG
from dagster_duckdb import DuckDBResource

from deploy import backfill
from deploy.local_stack import BUCKET, LocalStack
from pipeline.resources import HttpSources, LandingFolder, ParquetStore
from tests.production.landing import ten_days

pytestmark = pytest.mark.production

TABLES = ["articles", "temporal_expressions", "events", "event_clusters", "rejected"]
BACKFILL_TIMEOUT = 420
TIMINGS: dict[str, float] = {}


@pytest.fixture(scope="module")
def landing(tmp_path_factory) -> tuple[Path, list[str]]:
    root = tmp_path_factory.mktemp("landing")
    return root, ten_days(root)


@pytest.fixture(scope="module")
def embedded(landing, tmp_path_factory) -> dict[str, pd.DataFrame]:
    """The embedded profile on the same ten days: one run, local DuckDB and Parquet."""
    from pipeline.definitions import ALL_ASSETS

    folder, days = landing
    out = tmp_path_factory.mktemp("embedded")
    resources = {
        "landing": LandingFolder(path=str(folder)),
        "duckdb": DuckDBResource(database=str(out / "news.duckdb")),
        "parquet": ParquetStore(root=str(out / "parquet")),
        "http_sources": HttpSources(),
    }
    with dg.DagsterInstance.ephemeral() as instance:
        result = dg.materialize(
            ALL_ASSETS,
            resources=resources,
            instance=instance,
            tags={ASSET_PARTITION_RANGE_START_TAG: days[0], ASSET_PARTITION_RANGE_END_TAG: days[-1]},
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
    with LocalStack(workers=2, landing=folder) as running:
        os.environ.update({k: v for k, v in running.env.items() if k.startswith(("DAGSTER_", "NEWS_", "AWS_"))})
        yield running


def run_backfill(stack: LocalStack, days: list[str], timeout: float = BACKFILL_TIMEOUT, during=None):
    with dg.DagsterInstance.get() as instance:
        started = time.monotonic()
        backfill_id = backfill.submit(instance, days)
        if during is not None:
            during(instance, backfill_id)
        try:
            status = backfill.wait(instance, backfill_id, timeout)
        except TimeoutError:
            pytest.fail(f"backfill timed out\n--- daemon\n{stack.tail('daemon')}\n--- worker1\n{stack.tail('worker1')}")
        seconds = time.monotonic() - started
        runs = backfill.backfill_runs(instance, backfill_id)
    return status, runs, seconds


def test_backfill_over_two_workers_equals_embedded(stack, landing, embedded):
    _, days = landing
    status, runs, seconds = run_backfill(stack, days)
    TIMINGS["two_workers"] = seconds
    failed = [r for r in runs if r.status != dg.DagsterRunStatus.SUCCESS]
    assert status == "COMPLETED_SUCCESS", (status, [(r.run_id, r.status) for r in failed])
    assert not failed
    # one run per day, plus the global step once the days are done
    assert len(runs) >= len(days) + 1
    hosts = _celery_hosts(stack)
    assert len(hosts) == 2, f"runs did not spread over both workers: {hosts}"
    assert_equal_tables(bucket_tables(stack), embedded)
    print(f"\n10-day backfill over 2 workers: {seconds:.1f} s, {len(runs)} runs, per worker {hosts}")


def _celery_hosts(stack: LocalStack) -> dict[str, int]:
    """How many runs each worker took, from the workers' own logs."""
    counts = {}
    for name in ("worker1", "worker2"):
        lines = stack.tail(name, 100000).splitlines()
        done = sum(1 for line in lines if "execute_job[" in line and "succeeded" in line)
        if done:
            counts[name] = done
    return counts
