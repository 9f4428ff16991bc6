"""DuckDB tables keyed by ingestion day: idempotent replace of a window of days, and reads back.

Every write replaces whole days inside one transaction (delete, then insert by column name), so a re-run or a
backfill gives the same rows, and a crash mid-write leaves the previous state.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

import duckdb
import pandas as pd

PARTITION_COLUMN = "ingest_day"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _bucket(conn, table: str):
    """The bucket that holds `table` when the connection is a session of the production profile
    (`pipeline.store.object_store.BucketTables`), else None: the table is in this DuckDB database."""
    tables = getattr(conn, "bucket_tables", None)
    return tables if tables is not None and tables.owns(table) else None


def table_exists(conn: duckdb.DuckDBPyConnection, table: str) -> bool:
    if (bucket := _bucket(conn, table)) is not None:
        return bucket.exists(table)
    # fetchall, not fetchone: a result left unfinished would block the connection's next register()
    rows = conn.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]).fetchall()
    return bool(rows and rows[0][0])


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Object columns as strings, so an all-null column is still created as VARCHAR, never as NULL."""
    frame = frame.reset_index(drop=True)
    objects = [c for c in frame.columns if frame[c].dtype == object]
    return frame.astype({c: "string" for c in objects}) if objects else frame


def _select(sql_types: dict[str, str] | None) -> str:
    if not sql_types:
        return "SELECT * FROM _incoming"
    casts = ", ".join(f"CAST({_quote(c)} AS {t}) AS {_quote(c)}" for c, t in sql_types.items())
    return f"SELECT * REPLACE ({casts}) FROM _incoming"


def replace_days(
    conn: duckdb.DuckDBPyConnection,
    table: str,
    frame: pd.DataFrame,
    days: Sequence[str],
    sql_types: dict[str, str] | None = None,
) -> None:
    """Make `table` hold exactly `frame`'s rows for `days` (other days untouched).

    sql_types: column -> DuckDB type for columns whose type cannot be told from the frame (e.g. DATE).
    """
    if (bucket := _bucket(conn, table)) is not None:
        return bucket.replace_days(table, frame, days, sql_types)
    with _incoming(conn, frame):
        if not table_exists(conn, table):
            conn.execute(f"CREATE TABLE {_quote(table)} AS {_select(sql_types)} LIMIT 0")
        else:
            _add_missing_columns(conn, table)
        conn.execute(
            f"DELETE FROM {_quote(table)} WHERE {PARTITION_COLUMN} IN (SELECT unnest(?::VARCHAR[]))",
            [list(days)],
        )
        conn.execute(f"INSERT INTO {_quote(table)} BY NAME SELECT * FROM _incoming")


def replace_all(
    conn: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame, sql_types: dict[str, str] | None = None
) -> None:
    """Make `table` hold exactly `frame` (for tables computed over every day at once)."""
    if (bucket := _bucket(conn, table)) is not None:
        return bucket.replace_all(table, frame, sql_types)
    with _incoming(conn, frame):
        conn.execute(f"CREATE OR REPLACE TABLE {_quote(table)} AS {_select(sql_types)}")


@contextmanager
def _incoming(conn: duckdb.DuckDBPyConnection, frame: pd.DataFrame) -> Iterator[None]:
    """One transaction with `frame` visible as the view `_incoming`; rolled back on any error."""
    conn.begin()
    try:
        conn.register("_incoming", _typed(frame))
        yield
        conn.unregister("_incoming")
        conn.commit()
    except BaseException:
        conn.rollback()
        raise


def _add_missing_columns(conn: duckdb.DuckDBPyConnection, table: str, source: str = "_incoming") -> None:
    existing = {row[0] for row in conn.execute(f"DESCRIBE {_quote(table)}").fetchall()}
    incoming = [row[0] for row in conn.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()]
    for column in incoming:
        if column not in existing:
            sql_type = conn.execute(
                f"SELECT column_type FROM (DESCRIBE SELECT {_quote(column)} FROM {source})"
            ).fetchall()[0][0]
            conn.execute(f"ALTER TABLE {_quote(table)} ADD COLUMN {_quote(column)} {sql_type}")


def read_days(
    conn: duckdb.DuckDBPyConnection,
    table: str,
    days: Sequence[str] | None = None,
    columns: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Rows of `table` for `days` (every day when None), only `columns` when given (all otherwise).

    An empty frame when the table does not exist.
    """
    if (bucket := _bucket(conn, table)) is not None:
        return bucket.read_days(table, days, columns)
    if not table_exists(conn, table):
        return pd.DataFrame(columns=list(columns or []))
    selected = ", ".join(_quote(c) for c in columns) if columns else "*"
    if days is None:
        return conn.execute(f"SELECT {selected} FROM {_quote(table)}").df()
    return conn.execute(
        f"SELECT {selected} FROM {_quote(table)} WHERE {PARTITION_COLUMN} IN (SELECT unnest(?::VARCHAR[]))",
        [list(days)],
    ).df()


def all_days(conn: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    """Every ingestion day present in `table`, sorted."""
    if (bucket := _bucket(conn, table)) is not None:
        return bucket.all_days(table)
    if not table_exists(conn, table):
        return []
    rows = conn.execute(f"SELECT DISTINCT {PARTITION_COLUMN} FROM {_quote(table)} ORDER BY 1").fetchall()
    return [r[0] for r in rows]


def count_days(conn: duckdb.DuckDBPyConnection, table: str, days: Sequence[str]) -> int:
    if (bucket := _bucket(conn, table)) is not None:
        return len(bucket.read_days(table, days, [PARTITION_COLUMN]))
    if not table_exists(conn, table):
        return 0
    return conn.execute(
        f"SELECT count(*) FROM {_quote(table)} WHERE {PARTITION_COLUMN} IN (SELECT unnest(?::VARCHAR[]))",
        [list(days)],
    ).fetchall()[0][0]


def read_days_batches(
    conn: duckdb.DuckDBPyConnection, table: str, days: Sequence[str], batch_rows: int, key: tuple[str, str]
) -> Iterator[pd.DataFrame]:
    """Rows of `table` for `days`, `batch_rows` at a time, in the order of (ingest_day, *key), which must be
    unique: a day of any size is read without holding it all. Each batch is one range of keys within a day,
    read with a range filter (the keys alone are sorted, not the rows)."""
    if (bucket := _bucket(conn, table)) is not None:
        yield from _batches(bucket.read_days(table, days, None), batch_rows, key)
        return
    if not table_exists(conn, table):
        return
    first, second = (_quote(c) for c in key)
    keys = conn.execute(
        f"SELECT {PARTITION_COLUMN}, {first}, {second} FROM {_quote(table)} "
        f"WHERE {PARTITION_COLUMN} IN (SELECT unnest(?::VARCHAR[])) ORDER BY 1, 2, 3",
        [list(days)],
    ).fetchall()
    start = 0
    while start < len(keys):
        end = min(start + batch_rows, len(keys))
        day = keys[start][0]
        while keys[end - 1][0] != day:  # a batch never spans two days
            end -= 1
        (_, lo_a, lo_b), (_, hi_a, hi_b) = keys[start], keys[end - 1]
        frame = conn.execute(
            f"SELECT * FROM {_quote(table)} WHERE {PARTITION_COLUMN} = ? AND {first} BETWEEN ? AND ? "
            f"AND ({first} > ? OR {second} >= ?) AND ({first} < ? OR {second} <= ?)",
            [day, lo_a, hi_a, lo_a, lo_b, hi_a, hi_b],
        ).df()
        yield frame.sort_values([PARTITION_COLUMN, *key]).reset_index(drop=True)
        start = end


def _batches(frame: pd.DataFrame, batch_rows: int, key: tuple[str, str]) -> Iterator[pd.DataFrame]:
    """`frame` in the order of (ingest_day, *key), `batch_rows` rows at a time, a batch never spanning two days."""
    if frame.empty:
        return
    frame = frame.sort_values([PARTITION_COLUMN, *key]).reset_index(drop=True)
    for _, day in frame.groupby(PARTITION_COLUMN, sort=True):
        for start in range(0, len(day), batch_rows):
            yield day.iloc[start : start + batch_rows].reset_index(drop=True)


def replace_days_batches(
    conn: duckdb.DuckDBPyConnection,
    table: str,
    frames: Iterable[pd.DataFrame],
    days: Sequence[str],
    empty: pd.DataFrame,
    sql_types: dict[str, str] | None = None,
) -> int:
    """`replace_days` with the rows arriving in batches: one transaction (delete the days, insert each batch
    as it comes), so a day of any size is written without holding it all. `empty` is a frame of the table's
    columns, used when no batch comes. Returns the number of rows written."""
    written = 0
    with replacing_days(conn, days, {table: (empty, sql_types)}) as out:
        for frame in frames:
            out.add(table, frame)
            written += len(frame)
    return written


class DaysReplacement:
    """Several tables' rows for a window of days, written batch by batch (see `replacing_days`).

    Each batch is committed to a staging table of its own (`_staging_<table>`, the target's columns) as it
    comes, so DuckDB never holds a day of uncommitted rows in memory (a transaction keeps what it appends in
    memory until it commits); `finish` then replaces the days of every target from its staging table in one
    transaction and drops the staging tables. A table of the production bucket is one object per day: its
    batches are gathered and sent at the end."""

    def __init__(self, conn, days: Sequence[str], tables: dict[str, tuple[pd.DataFrame, dict[str, str] | None]]):
        self.conn, self.days, self.tables = conn, list(days), tables
        self.gathered: dict[str, list[pd.DataFrame]] = {t: [] for t in tables if _bucket(conn, t) is not None}
        for table, (empty, sql_types) in tables.items():
            if table not in self.gathered:
                self._create_staging(table, empty, sql_types)

    def _create_staging(self, table: str, empty: pd.DataFrame, sql_types: dict[str, str] | None) -> None:
        staging = _quote(_staging(table))
        if table_exists(self.conn, table):
            self.conn.execute(f"CREATE OR REPLACE TABLE {staging} AS SELECT * FROM {_quote(table)} LIMIT 0")
        else:
            with _registered(self.conn, empty):
                self.conn.execute(f"CREATE OR REPLACE TABLE {staging} AS {_select(sql_types)} LIMIT 0")

    def add(self, table: str, frame: pd.DataFrame) -> None:
        if table in self.gathered:
            self.gathered[table].append(frame)
            return
        if len(frame):
            with _registered(self.conn, frame):
                _add_missing_columns(self.conn, _staging(table))
                self.conn.execute(f"INSERT INTO {_quote(_staging(table))} BY NAME SELECT * FROM _incoming")

    def finish(self) -> None:
        """Every target holds its staged rows for the days (none when it got no batch), in one transaction;
        bucket tables are sent."""
        self.conn.begin()
        try:
            for table in self.tables:
                if table not in self.gathered:
                    self._replace_from_staging(table)
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise
        for table, (empty, sql_types) in self.tables.items():
            if table in self.gathered:
                frames = self.gathered[table]
                frame = pd.concat(frames, ignore_index=True) if frames else empty
                _bucket(self.conn, table).replace_days(table, frame, self.days, sql_types)

    def _replace_from_staging(self, table: str) -> None:
        staging = _quote(_staging(table))
        if not table_exists(self.conn, table):
            self.conn.execute(f"CREATE TABLE {_quote(table)} AS SELECT * FROM {staging} LIMIT 0")
        else:
            _add_missing_columns(self.conn, table, source=staging)
        self.conn.execute(
            f"DELETE FROM {_quote(table)} WHERE {PARTITION_COLUMN} IN (SELECT unnest(?::VARCHAR[]))", [self.days]
        )
        self.conn.execute(f"INSERT INTO {_quote(table)} BY NAME SELECT * FROM {staging}")

    def drop_staging(self) -> None:
        for table in self.tables:
            if table not in self.gathered:
                self.conn.execute(f"DROP TABLE IF EXISTS {_quote(_staging(table))}")


def _staging(table: str) -> str:
    return f"_staging_{table}"


@contextmanager
def _registered(conn, frame: pd.DataFrame) -> Iterator[None]:
    conn.register("_incoming", _typed(frame))
    try:
        yield
    finally:
        conn.unregister("_incoming")


@contextmanager
def replacing_days(
    conn: duckdb.DuckDBPyConnection,
    days: Sequence[str],
    tables: dict[str, tuple[pd.DataFrame, dict[str, str] | None]],
) -> Iterator[DaysReplacement]:
    """Replace `days` of every table of `tables` (name -> (empty frame of its columns, sql_types)) with the
    batches given to `add`. The targets change in one transaction at the end: an error or a crash before it
    leaves every table as it was (only a staging table, replaced by the next run)."""
    out = DaysReplacement(conn, days, tables)
    try:
        yield out
        out.finish()
    finally:
        out.drop_staging()


def iter_days(
    conn: duckdb.DuckDBPyConnection,
    table: str,
    days: Sequence[str],
    batch_rows: int,
    columns: Sequence[str] | None = None,
) -> Iterator[pd.DataFrame]:
    """`read_days` in stored order, at most `batch_rows` rows at a time, read as they are needed (a cursor of
    its own streams the rows, so the connection can write meanwhile): a day of any size is never held."""
    selected = ", ".join(_quote(c) for c in columns) if columns else "*"
    if _bucket(conn, table) is not None:
        whole = read_days(conn, table, days, columns)
        for start in range(0, len(whole), batch_rows):
            yield whole.iloc[start : start + batch_rows].reset_index(drop=True)
        return
    if not table_exists(conn, table):
        return
    cursor = conn.cursor()
    try:
        cursor.execute(
            f"SELECT {selected} FROM {_quote(table)} WHERE {PARTITION_COLUMN} IN (SELECT unnest(?::VARCHAR[]))",
            [list(days)],
        )
        vectors = max(1, -(-batch_rows // 2048))  # DuckDB hands rows over in vectors of 2,048
        while len(chunk := cursor.fetch_df_chunk(vectors)):
            for start in range(0, len(chunk), batch_rows):
                yield chunk.iloc[start : start + batch_rows].reset_index(drop=True)
    finally:
        cursor.close()
