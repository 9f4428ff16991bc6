"""Tables in an S3-compatible bucket: one Parquet object per table and ingestion day, each written whole.

Layout (the same contract as the local Parquet store):

    s3://<bucket>/<prefix>/<table>/ingest_day=YYYY-MM-DD/part-0.parquet     published tables
    s3://<bucket>/<prefix>/_tables/<table>/ingest_day=YYYY-MM-DD/part-0.parquet   working tables of the steps

A day object is serialized in memory and sent in one request, so a reader sees the previous object or the new
one, never part of a file. Every request goes through pyarrow's S3 filesystem (C++, no Python per byte) with
bounded retries; a request that still fails raises `ObjectStoreError` naming the object.

The working tables replace the local DuckDB file of the embedded profile: `BucketTables` holds the tables the
steps write with `replace_days` (one object per day) and exposes every stored table to DuckDB as a view over
a pyarrow dataset, so the steps' SQL runs unchanged wherever the step runs.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.fs as pafs
import pyarrow.parquet as pq

PARTITION_COLUMN = "ingest_day"
PART_NAME = "part-0.parquet"
WORK_PREFIX = "_tables"
HIVE = ds.partitioning(pa.schema([(PARTITION_COLUMN, pa.string())]), flavor="hive")


class ObjectStoreError(OSError):
    """A bucket request that failed after its retries; the message names the object."""


@contextmanager
def failing_as(action: str, path: str, *, missing_ok: bool = False) -> Iterator[None]:
    """The one place a request's final failure becomes `ObjectStoreError: <action> s3://<path> failed: ...`
    (pyarrow's S3 filesystem has already retried it). FileNotFoundError passes through unless `missing_ok`,
    which swallows it."""
    try:
        yield
    except FileNotFoundError:
        if not missing_ok:
            raise
    except OSError as exc:
        raise ObjectStoreError(f"{action} s3://{path} failed: {exc}") from exc


@dataclass(frozen=True)
class Bucket:
    """Where the tables live and how to reach the S3 API (endpoint and credentials from the environment)."""

    bucket: str
    prefix: str = ""
    endpoint_url: str | None = None
    region: str = "us-east-1"
    max_attempts: int = 4
    connect_timeout: float = 5.0
    request_timeout: float = 20.0
    _fs: list = field(default_factory=list, compare=False, repr=False)

    def filesystem(self) -> pafs.S3FileSystem:
        if not self._fs:
            scheme, _, host = (self.endpoint_url or "").partition("://")
            self._fs.append(
                pafs.S3FileSystem(
                    access_key=os.environ.get("AWS_ACCESS_KEY_ID"),
                    secret_key=os.environ.get("AWS_SECRET_ACCESS_KEY"),
                    region=self.region,
                    endpoint_override=host or None,
                    scheme=scheme or "https",
                    connect_timeout=self.connect_timeout,
                    request_timeout=self.request_timeout,
                    retry_strategy=pafs.AwsStandardS3RetryStrategy(max_attempts=self.max_attempts),
                    allow_bucket_creation=False,
                )
            )
        return self._fs[0]

    def path(self, *parts: str) -> str:
        """`bucket/prefix/parts...` (pyarrow's form of an S3 path, without the scheme)."""
        return "/".join(p.strip("/") for p in (self.bucket, self.prefix, *parts) if p and p.strip("/"))

    def uri(self, *parts: str) -> str:
        return "s3://" + self.path(*parts)

    def day_path(self, table: str, day: str, *, work: bool = False) -> str:
        return self.path(*([WORK_PREFIX] if work else []), table, f"{PARTITION_COLUMN}={day}", PART_NAME)

    # --- objects -------------------------------------------------------------------------------------------

    def put(self, path: str, data: bytes) -> None:
        with failing_as("writing", path), self.filesystem().open_output_stream(path) as out:
            out.write(data)

    def get(self, path: str) -> bytes:
        with failing_as("reading", path), self.filesystem().open_input_stream(path) as stream:
            return stream.read()

    def exists(self, path: str) -> bool:
        with failing_as("looking up", path):
            return self.filesystem().get_file_info(path).type == pafs.FileType.File

    def delete(self, path: str) -> None:
        with failing_as("deleting", path, missing_ok=True):
            self.filesystem().delete_file(path)

    def _listing(self, base: str, recursive: bool) -> list[pafs.FileInfo]:
        with failing_as("listing", f"{base}/"):
            return self.filesystem().get_file_info(pafs.FileSelector(base, allow_not_found=True, recursive=recursive))

    def days(self, table: str, *, work: bool = False) -> list[str]:
        """Ingestion days that have an object for `table`, sorted."""
        days = set()
        for info in self._listing(self.path(*([WORK_PREFIX] if work else []), table), recursive=True):
            if info.type == pafs.FileType.File and info.base_name == PART_NAME:
                folder = info.path.rsplit("/", 2)[-2]
                if folder.startswith(f"{PARTITION_COLUMN}="):
                    days.add(folder.split("=", 1)[1])
        return sorted(days)

    def tables(self, *, work: bool = False) -> list[str]:
        infos = self._listing(self.path(*([WORK_PREFIX] if work else [])), recursive=False)
        return sorted(i.base_name for i in infos if i.type == pafs.FileType.Directory and i.base_name != WORK_PREFIX)

    # --- Parquet day objects -------------------------------------------------------------------------------

    def write_day(self, table: str, day: str, rows: pa.Table, *, work: bool = False) -> str:
        """Serialize `rows` (without the partition column) and send them as the day's object in one request."""
        if PARTITION_COLUMN in rows.column_names:
            rows = rows.drop_columns([PARTITION_COLUMN])
        buffer = io.BytesIO()
        pq.write_table(rows, buffer, compression="zstd")
        path = self.day_path(table, day, work=work)
        self.put(path, buffer.getvalue())
        return path

    def read_day(self, table: str, day: str, *, work: bool = False) -> pa.Table | None:
        """The day's rows with the partition column, or None when the day has no object."""
        path = self.day_path(table, day, work=work)
        try:
            data = self.get(path)
        except FileNotFoundError:
            return None
        rows = pq.read_table(io.BytesIO(data))
        return rows.append_column(PARTITION_COLUMN, pa.array([day] * rows.num_rows, pa.string()))

    def remove_days_except(self, table: str, keep: Iterable[str], *, work: bool = False) -> None:
        keep = set(keep)
        for day in self.days(table, work=work):
            if day not in keep:
                self.delete(self.day_path(table, day, work=work))

    def dataset(self, table: str, *, work: bool = False) -> ds.Dataset | None:
        """Every day object of `table` as one pyarrow dataset (types unified across days), None if none."""
        days = self.days(table, work=work)
        if not days:
            return None
        paths = [self.day_path(table, d, work=work) for d in days]
        base = self.path(*([WORK_PREFIX] if work else []), table)
        fs = self.filesystem()
        with failing_as("reading", f"{base}/"):
            found = ds.dataset(paths, filesystem=fs, format="parquet", partitioning=HIVE, partition_base_dir=base)
            fragments = [(f.physical_schema, f.metadata.num_rows) for f in found.get_fragments()]
        schema = _unified([s for s, n in fragments if n] or [s for s, _ in fragments][:1])
        # columns only empty days have (typed from an empty frame) join as nullable columns of their own type
        for extra, _ in fragments:
            for f in extra:
                if f.name not in schema.names:
                    schema = schema.append(f)
        schema = schema.append(pa.field(PARTITION_COLUMN, pa.string()))
        return ds.dataset(
            paths, schema=schema, filesystem=fs, format="parquet", partitioning=HIVE, partition_base_dir=base
        )


class BucketSession:
    """A DuckDB connection whose day tables live in the bucket (see `BucketTables`); everything else is
    the connection's own."""

    def __init__(self, conn: duckdb.DuckDBPyConnection, tables: BucketTables) -> None:
        self._conn = conn
        self.bucket_tables = tables

    def __getattr__(self, name: str):
        return getattr(self._conn, name)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class BucketTables:
    """The `replace_days` / `read_days` tables of one DuckDB session, kept as day objects in the bucket.

    `pipeline.store.tables` hands a table to this object when the connection carries one (`bucket_tables`)
    and the table is not local (`local` lists the tables the session keeps in its own DuckDB file).
    """

    def __init__(self, bucket: Bucket, conn: duckdb.DuckDBPyConnection, local: Sequence[str] = ()) -> None:
        self.bucket = bucket
        self.conn = conn
        self.local = set(local)
        self.views: set[str] = set()
        self.own_tables: set[str] = set()
        if self.local:
            rows = conn.execute("SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'")
            self.own_tables = {r[0] for r in rows.fetchall()}

    def owns(self, table: str) -> bool:
        """Whether `table` is a bucket table; with a database of its own (`local`), the session keeps the
        tables listed there and every table that database already has (such as the clustering index)."""
        if table in self.local or table.startswith("_"):
            return False
        return table not in self.own_tables

    def register_views(self) -> None:
        """Every working table in the bucket as a DuckDB view, so plain SQL over them runs unchanged."""
        for table in self.bucket.tables(work=True):
            if self.owns(table):
                self._register(table)

    def _register(self, table: str) -> None:
        dataset = self.bucket.dataset(table, work=True)
        if dataset is None:
            return
        self.conn.register(table, dataset)
        self.views.add(table)

    def exists(self, table: str) -> bool:
        """Whether the bucket holds `table`; if so it is (now) a view, for the SQL that usually follows."""
        if table not in self.views:
            self._register(table)
        return table in self.views

    def replace_days(
        self, table: str, frame: pd.DataFrame, days: Sequence[str], sql_types: dict[str, str] | None
    ) -> None:
        rows = self._typed_rows(frame, sql_types)
        by_day = _slices(rows)
        for day in sorted(set(days)):
            first, end = by_day.get(day, (0, 0))
            self.bucket.write_day(table, day, rows.slice(first, end - first), work=True)
        self._register(table)

    def replace_all(self, table: str, frame: pd.DataFrame, sql_types: dict[str, str] | None) -> None:
        rows = self._typed_rows(frame, sql_types)
        by_day = _slices(rows)
        for day, (first, end) in sorted(by_day.items()):
            self.bucket.write_day(table, day, rows.slice(first, end - first), work=True)
        self.bucket.remove_days_except(table, by_day, work=True)
        self._register(table)

    def read_days(self, table: str, days: Sequence[str] | None, columns: Sequence[str] | None) -> pd.DataFrame:
        wanted = self.bucket.days(table, work=True) if days is None else sorted(set(days))
        parts = [t for t in (self.bucket.read_day(table, d, work=True) for d in wanted) if t is not None]
        if not parts:
            return pd.DataFrame(columns=list(columns or []))
        # an empty day's object carries the types of an empty frame: it adds no rows, only a schema
        rows = pa.concat_tables([t for t in parts if t.num_rows] or parts[:1], promote_options="permissive")
        if columns:
            rows = rows.select(list(columns))
        return self.conn.sql("SELECT * FROM rows").df()

    def all_days(self, table: str) -> list[str]:
        return self.bucket.days(table, work=True)

    def _typed_rows(self, frame: pd.DataFrame, sql_types: dict[str, str] | None) -> pa.Table:
        """The frame with the column types DuckDB would store (same conversion as the embedded profile),
        sorted by day so each day is one slice."""
        from pipeline.store.tables import _select, _typed

        self.conn.register("_incoming", _typed(frame))
        try:
            order = f" ORDER BY {_quote(PARTITION_COLUMN)}" if PARTITION_COLUMN in frame.columns else ""
            rows = self.conn.sql(f"SELECT * FROM ({_select(sql_types)}){order}").to_arrow_table()
        finally:
            self.conn.unregister("_incoming")
        return rows


def _unified(schemas: list[pa.Schema]) -> pa.Schema:
    return pa.unify_schemas(schemas, promote_options="permissive")


def _slices(rows: pa.Table) -> dict[str, tuple[int, int]]:
    if PARTITION_COLUMN not in rows.column_names:
        return {}
    slices: dict[str, tuple[int, int]] = {}
    for i, day in enumerate(rows.column(PARTITION_COLUMN).to_pylist()):
        first, _ = slices.get(day, (i, i))
        slices[day] = (first, i + 1)
    return slices
