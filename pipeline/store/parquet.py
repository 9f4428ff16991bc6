"""Atomic, Hive-partitioned Parquet export with an explicit Arrow schema per table.

Layout: <root>/<table>/ingest_day=YYYY-MM-DD/part-0.parquet. Each day is one file, written under a temporary
name in the same folder and renamed over the old one, so a reader polling the folder sees either the previous
file or the new one, never a partial file or a mix of old and new rows for a day.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from schemas.contract import PARTITION_COLUMN, arrow_schema

PART_NAME = "part-0.parquet"
# Rows per row group of a day file written batch by batch: the file's bytes depend on its rows only, never on
# the batches they came in, and a day of fewer rows is one row group, the file `pq.write_table` writes.
ROW_GROUP_ROWS = 16_384


def to_arrow(table: str, frame: pd.DataFrame) -> pa.Table:
    """Cast a frame to the table's contract schema (columns in contract order, extra columns refused)."""
    schema = arrow_schema(table)
    missing = [f.name for f in schema if f.name not in frame.columns]
    extra = [c for c in frame.columns if c not in schema.names and c != PARTITION_COLUMN]
    if missing or extra:
        raise ValueError(f"table '{table}': missing columns {missing}, unexpected columns {extra}")
    arrays = []
    for field in schema:
        column = frame[field.name]
        if pa.types.is_date32(field.type):
            column = pd.to_datetime(column).dt.date
        column = column.astype(object).where(column.notna(), None)
        arrays.append(pa.array(column.tolist(), type=field.type, from_pandas=True))
    return pa.Table.from_arrays(arrays, schema=schema)


def day_file(root: Path, table: str, day: str) -> Path:
    return root / table / f"{PARTITION_COLUMN}={day}" / PART_NAME


def write_days(root: Path, table: str, frame: pd.DataFrame, days: Iterable[str]) -> list[Path]:
    """Write one file per day in `days` (an empty file for a day without rows); return the paths written."""
    written = []
    for day in sorted(set(days)):
        rows = frame[frame[PARTITION_COLUMN] == day] if len(frame) else frame
        arrow_table = to_arrow(table, rows.reset_index(drop=True) if len(rows) else _empty(table))
        written.append(_write_atomically(arrow_table, day_file(root, table, day)))
    return written


def write_arrow_days(root: Path, table: str, rows: pa.Table, days: Iterable[str]) -> list[Path]:
    """`write_days` for rows already in Arrow (as DuckDB returns them) and sorted by day: each day's rows are
    one slice, cast to the contract, no pandas."""
    schema = arrow_schema(table)
    slices: dict[str, tuple[int, int]] = {}
    for i, day in enumerate(rows.column(PARTITION_COLUMN).to_pylist()):
        first, _ = slices.get(day, (i, i))
        if day in slices and slices[day][1] != i:
            raise ValueError(f"table '{table}': rows of {day} are not contiguous")
        slices[day] = (first, i + 1)
    written = []
    for day in sorted(set(days)):
        first, end = slices.get(day, (0, 0))
        part = rows.slice(first, end - first).select(schema.names).cast(schema)
        written.append(_write_atomically(part, day_file(root, table, day)))
    return written


class DayFileWriter:
    """One day file of `table` written batch by batch (`write` Arrow tables of the contract schema), in row
    groups of `row_group_rows`: at most one row group is held. Written under a temporary name and renamed over
    the old file by `close`; `abort` leaves the old file."""

    def __init__(self, root: Path, table: str, day: str, row_group_rows: int = ROW_GROUP_ROWS) -> None:
        self.schema = arrow_schema(table)
        self.target = day_file(root, table, day)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.target.parent / f".{self.target.name}.{uuid.uuid4().hex}.tmp"
        self.row_group_rows = row_group_rows
        self.pending: list[pa.Table] = []
        self.pending_rows = 0
        self.writer: pq.ParquetWriter | None = None

    def write(self, rows: pa.Table) -> None:
        self.pending.append(rows)
        self.pending_rows += rows.num_rows
        while self.pending_rows >= self.row_group_rows:
            held = pa.concat_tables(self.pending)
            self._flush(held.slice(0, self.row_group_rows))
            rest = held.slice(self.row_group_rows)
            self.pending, self.pending_rows = [rest], rest.num_rows

    def _flush(self, rows: pa.Table) -> None:
        if self.writer is None:
            self.writer = pq.ParquetWriter(self.tmp, self.schema, compression="zstd")
        # one chunk per column, as a frame converted whole gives: page boundaries never depend on the batches
        self.writer.write_table(rows.combine_chunks(), row_group_size=self.row_group_rows)

    def close(self) -> Path:
        if self.pending_rows or self.writer is None:
            self._flush(pa.concat_tables(self.pending) if self.pending else self.schema.empty_table())
        self.writer.close()
        with open(self.tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(self.tmp, self.target)
        return self.target

    def abort(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.tmp.unlink(missing_ok=True)


def remove_other_days(root: Path, table: str, keep: Iterable[str]) -> None:
    """Delete day folders of `table` not in `keep` (used where one run owns the whole table)."""
    keep_names = {f"{PARTITION_COLUMN}={d}" for d in keep}
    table_dir = root / table
    if not table_dir.exists():
        return
    for child in table_dir.iterdir():
        if child.is_dir() and child.name.startswith(f"{PARTITION_COLUMN}=") and child.name not in keep_names:
            shutil.rmtree(child)


def _empty(table: str) -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series([], dtype=object) for name in arrow_schema(table).names})


def _write_atomically(arrow_table: pa.Table, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.{uuid.uuid4().hex}.tmp"
    try:
        pq.write_table(arrow_table, tmp, compression="zstd")
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
    return target
