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


def _add_missing_columns(conn: duckdb.DuckDBPyConnection, table: str) -> None:
    existing = {row[0] for row in conn.execute(f"DESCRIBE {_quote(table)}").fetchall()}
    incoming = [row[0] for row in conn.execute("DESCRIBE SELECT * FROM _incoming").fetchall()]
    for column in incoming:
        if column not in existing:
            sql_type = conn.execute(
                f"SELECT column_type FROM (DESCRIBE SELECT {_quote(column)} FROM _incoming)"
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
    """Several tables' rows for a window of days, written batch by batch inside one transaction (see
    `replacing_days`): the first batch of a table deletes the window's days, every batch is inserted as it
    comes. A table of the production bucket is one object per day: its batches are gathered and sent at the
    end."""

    def __init__(self, conn, days: Sequence[str], tables: dict[str, tuple[pd.DataFrame, dict[str, str] | None]]):
        self.conn, self.days, self.tables = conn, list(days), tables
        self.started: set[str] = set()
        self.gathered: dict[str, list[pd.DataFrame]] = {t: [] for t in tables if _bucket(conn, t) is not None}

    def add(self, table: str, frame: pd.DataFrame) -> None:
        if table in self.gathered:
            self.gathered[table].append(frame)
            return
        sql_types = self.tables[table][1]
        if table not in self.started:
            _start_replace(self.conn, table, frame, self.days, sql_types)
            self.started.add(table)
        if len(frame):
            self.conn.register("_incoming", _typed(frame))
            self.conn.execute(f"INSERT INTO {_quote(table)} BY NAME SELECT * FROM _incoming")
            self.conn.unregister("_incoming")

    def finish(self) -> None:
        """Tables that got no batch hold no rows for the days; bucket tables are sent."""
        for table, (empty, sql_types) in self.tables.items():
            if table in self.gathered:
                frames = self.gathered[table]
                frame = pd.concat(frames, ignore_index=True) if frames else empty
                _bucket(self.conn, table).replace_days(table, frame, self.days, sql_types)
            elif table not in self.started:
                _start_replace(self.conn, table, empty, self.days, sql_types)


@contextmanager
def replacing_days(
    conn: duckdb.DuckDBPyConnection,
    days: Sequence[str],
    tables: dict[str, tuple[pd.DataFrame, dict[str, str] | None]],
) -> Iterator[DaysReplacement]:
    """Replace `days` of every table of `tables` (name -> (empty frame of its columns, sql_types)) with the
    batches given to `add`, in one transaction: a crash or an error leaves every table as it was."""
    out = DaysReplacement(conn, days, tables)
    conn.begin()
    try:
        yield out
        out.finish()
        conn.commit()
    except BaseException:
        conn.rollback()
        raise


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


def _start_replace(conn, table: str, first: pd.DataFrame, days: Sequence[str], sql_types) -> None:
    conn.register("_incoming", _typed(first))
    if not table_exists(conn, table):
        conn.execute(f"CREATE TABLE {_quote(table)} AS {_select(sql_types)} LIMIT 0")
    else:
        _add_missing_columns(conn, table)
    conn.unregister("_incoming")
    conn.execute(f"DELETE FROM {_quote(table)} WHERE {PARTITION_COLUMN} IN (SELECT unnest(?::VARCHAR[]))", [list(days)])
