"""Resources of the production profile: tables in an S3-compatible bucket instead of a local DuckDB file.

The assets are the same as in the embedded profile. Two resources change:

- `parquet` (`BucketParquetStore`): the published tables go to
  `s3://<bucket>/<prefix>/<table>/ingest_day=YYYY-MM-DD/part-0.parquet`, one object per day, each written whole;
  the day reports of `event_report` to `s3://<bucket>/<prefix>/reports/event_report_<day>.html`.
- `duckdb` (`BucketDuckDB`): a step's connection is an in-memory DuckDB whose day tables (`raw_articles`,
  `articles`, `event_mentions`, the staging tables ...) are objects in the bucket under `_tables/`, read and
  written through `pipeline.store.tables` as before, and visible to plain SQL as views. A step therefore runs
  on any worker. The global step (`events`, `event_clusters`: incremental clustering) keeps its clustering
  index and both tables in a DuckDB file stored in the bucket (`_state/events.duckdb`); it holds a Postgres
  advisory lock from its first connection to the end of its run, so it runs once at a time wherever it lands,
  and stays incremental.

Settings come from the environment: NEWS_BUCKET, NEWS_BUCKET_PREFIX, AWS_ENDPOINT_URL (absent on AWS),
AWS_REGION, AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, NEWS_SCRATCH_DIR, and the instance's Postgres
(DAGSTER_PG_HOST, DAGSTER_PG_PORT, DAGSTER_PG_USER, DAGSTER_PG_PASSWORD, DAGSTER_PG_DB) for the lock.
"""

from __future__ import annotations

import os
import tempfile
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import dagster as dg
import duckdb
import pyarrow as pa
from dagster_duckdb import DuckDBResource
from pydantic import PrivateAttr

from pipeline.resources import HttpSources, LandingFolder, ParquetStore, Workers
from pipeline.store import parquet
from pipeline.store.object_store import Bucket, BucketSession, BucketTables, ObjectStoreError
from schemas.contract import PARTITION_COLUMN, arrow_schema

PROJECT_ROOT = Path(__file__).resolve().parents[1]
STATE_TABLES = ["events", "event_clusters"]
# assets whose steps work on the clustering state: the global step, and the day reports that read its tables
STATE_ASSETS = [*STATE_TABLES, "event_report"]
STATE_OBJECT = "_state/events.duckdb"
REPORTS_PREFIX = "reports"
LOCK_KEY = 0x6E657773  # "news": the advisory lock of the global clustering step


class BucketAccess(dg.ConfigurableResource):
    """Where the bucket is and how hard to try: the settings both bucket resources share, and the client."""

    bucket: str
    prefix: str = ""
    endpoint_url: str | None = None
    region: str = "us-east-1"
    max_attempts: int = 4
    request_timeout_seconds: float = 20.0

    def _bucket(self) -> Bucket:
        return Bucket(
            bucket=self.bucket,
            prefix=self.prefix,
            endpoint_url=self.endpoint_url,
            region=self.region,
            max_attempts=self.max_attempts,
            request_timeout=self.request_timeout_seconds,
        )


class BucketDayWriter:
    """`ParquetStore.day_writer` for the bucket: a day object is sent whole, so its batches are gathered."""

    def __init__(self, bucket: Bucket, table: str, day: str) -> None:
        self.bucket, self.table, self.day = bucket, table, day
        self.parts: list[pa.Table] = []

    def write(self, rows: pa.Table) -> None:
        self.parts.append(rows)

    def close(self) -> str:
        rows = pa.concat_tables(self.parts) if self.parts else arrow_schema(self.table).empty_table()
        return self.bucket.write_day(self.table, self.day, rows.combine_chunks())

    def abort(self) -> None:
        self.parts = []


class BucketParquetStore(ParquetStore, BucketAccess):
    """The published Parquet tables, one object per table and ingestion day in the bucket; the day reports
    beside them (`reports/event_report_<day>.html`)."""

    def publish_report(self, path: Path) -> str:
        """Upload the report written at `path` (one request: readers see the old page or the new one) and
        remove the local file; the object's URI."""
        bucket = self._bucket()
        target = bucket.path(REPORTS_PREFIX, path.name)
        bucket.put(target, path.read_bytes())
        path.unlink(missing_ok=True)
        return f"s3://{target}"

    def table_uri(self, table: str) -> str:
        return self._bucket().uri(table)

    def write(self, table: str, frame, days, only_these_days: bool = False, keep=None) -> list[str]:
        bucket = self._bucket()
        written = []
        for day in sorted(set(days)):
            rows = frame[frame[PARTITION_COLUMN] == day] if len(frame) else frame
            table_rows = parquet.to_arrow(table, rows.reset_index(drop=True) if len(rows) else parquet._empty(table))
            written.append(bucket.write_day(table, day, table_rows))
        if keep is not None:
            bucket.remove_days_except(table, keep)
        elif self.single_day_output or only_these_days:
            bucket.remove_days_except(table, days)
        return written

    def day_writer(self, table: str, day: str) -> BucketDayWriter:
        return BucketDayWriter(self._bucket(), table, day)

    def prune(self, table: str, days: list[str], only_these_days: bool = False) -> None:
        if self.single_day_output or only_these_days:
            self._bucket().remove_days_except(table, days)

    def write_arrow(self, table: str, rows: pa.Table, days, keep) -> list[str]:
        bucket = self._bucket()
        schema = arrow_schema(table)
        slices: dict[str, tuple[int, int]] = {}
        for i, day in enumerate(rows.column(PARTITION_COLUMN).to_pylist()):
            first, _ = slices.get(day, (i, i))
            slices[day] = (first, i + 1)
        written = []
        for day in sorted(set(days)):
            first, end = slices.get(day, (0, 0))
            part = rows.slice(first, end - first).select(schema.names).cast(schema)
            written.append(bucket.write_day(table, day, part))
        bucket.remove_days_except(table, keep)
        return written

    def missing_days(self, table: str, days: list[str]) -> list[str]:
        present = set(self._bucket().days(table))
        return [d for d in days if d not in present]


class BucketDuckDB(DuckDBResource, BucketAccess):
    """DuckDB sessions over the bucket: day tables as objects, the global step's state as a stored file.

    `database` is a local scratch folder for the state file of the global step (nothing else is kept there).
    """

    lock_dsn: str | None = None
    state_assets: list[str] = STATE_ASSETS

    _lock: Any = PrivateAttr(default=None)
    _state_file: str | None = PrivateAttr(default=None)

    @contextmanager
    def get_connection(self):
        bucket = self._bucket()
        if not self._in_global_step():
            conn = duckdb.connect()
            try:
                yield BucketSession(conn, BucketTables(bucket, conn, local=()))
            finally:
                conn.close()
            return
        state = self._acquire_state(bucket)
        conn = duckdb.connect(state)
        try:
            tables = BucketTables(bucket, conn, local=STATE_TABLES)
            tables.register_views()
            yield BucketSession(conn, tables)
            conn.execute("CHECKPOINT")
        finally:
            conn.close()
        # committed work of this connection is stored before the step goes on (the lock is still held)
        bucket.put(bucket.path(STATE_OBJECT), Path(state).read_bytes())

    def _in_global_step(self) -> bool:
        try:
            context = dg.AssetExecutionContext.get()
        except dg.DagsterInvariantViolationError:
            return False
        return any(key.to_user_string() in self.state_assets for key in context.selected_asset_keys)

    def _acquire_state(self, bucket: Bucket) -> str:
        """Lock (once per run) and fetch the state file; later connections of the run reuse the local copy."""
        if self._state_file is not None:
            return self._state_file
        if self.lock_dsn:
            import psycopg2

            self._lock = psycopg2.connect(self.lock_dsn, connect_timeout=10)
            self._lock.autocommit = True
            with self._lock.cursor() as cur:
                cur.execute("SET statement_timeout = 0")
                cur.execute("SELECT pg_advisory_lock(%s)", (LOCK_KEY,))
        scratch = Path(self.database)
        scratch.mkdir(parents=True, exist_ok=True)
        state = scratch / f"events-{uuid.uuid4().hex}.duckdb"
        try:
            state.write_bytes(bucket.get(bucket.path(STATE_OBJECT)))
        except FileNotFoundError:
            pass
        self._state_file = str(state)
        return self._state_file

    def teardown_after_execution(self, context: dg.InitResourceContext) -> None:
        if self._state_file is not None:
            for leftover in (self._state_file, self._state_file + ".wal"):
                Path(leftover).unlink(missing_ok=True)
            self._state_file = None
        if self._lock is not None:
            self._lock.close()  # closing the session releases the advisory lock
            self._lock = None


def _lock_dsn() -> str | None:
    host = os.environ.get("DAGSTER_PG_HOST")
    if not host:
        return None
    parts = {
        "host": host,
        "port": os.environ.get("DAGSTER_PG_PORT", "5432"),
        "user": os.environ.get("DAGSTER_PG_USER", "postgres"),
        "dbname": os.environ.get("DAGSTER_PG_DB", "postgres"),
        "password": os.environ.get("DAGSTER_PG_PASSWORD", ""),
    }
    return " ".join(f"{k}={v}" for k, v in parts.items() if v)


def _split(name: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


def production_resources() -> dict[str, object]:
    """The resources of the production code location, from the environment of the process that runs a step."""
    settings = {
        "bucket": os.environ.get("NEWS_BUCKET", "news-events"),
        "prefix": os.environ.get("NEWS_BUCKET_PREFIX", ""),
        "endpoint_url": os.environ.get("AWS_ENDPOINT_URL") or None,
        "region": os.environ.get("AWS_REGION", "us-east-1"),
        "max_attempts": int(os.environ.get("NEWS_S3_MAX_ATTEMPTS", "4")),
        "request_timeout_seconds": float(os.environ.get("NEWS_S3_REQUEST_TIMEOUT", "20")),
    }
    scratch = os.environ.get("NEWS_SCRATCH_DIR") or str(Path(tempfile.gettempdir()) / "news-events-scratch")
    return {
        "landing": LandingFolder(path=os.environ.get("NEWS_LANDING_DIR", str(PROJECT_ROOT / "sample" / "landing"))),
        "duckdb": BucketDuckDB(database=scratch, lock_dsn=_lock_dsn(), **settings),
        "parquet": BucketParquetStore(root=f"s3://{settings['bucket']}/{settings['prefix']}", **settings),
        "http_sources": HttpSources(
            urls=_split("NEWS_URLS"), feeds=_split("NEWS_FEEDS"), sitemaps=_split("NEWS_SITEMAPS")
        ),
        "workers": Workers(),
    }


__all__ = ["BucketAccess", "BucketDuckDB", "BucketParquetStore", "ObjectStoreError", "production_resources"]
