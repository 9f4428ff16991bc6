"""The storage layer: idempotent day replacement in DuckDB, atomic Hive-partitioned Parquet."""

from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from pipeline.store.parquet import day_file, write_days
from pipeline.store.tables import read_days, replace_days
from schemas import SCHEMA_VERSION


def _rejected(day: str, paths: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "ingest_day": day,
            "input_path": paths,
            "record_id": [f"id-{p}" for p in paths],
            "record_index": 0,
            "stage": "load",
            "reason": "empty file",
        }
    )


def test_replacing_a_day_twice_leaves_one_copy(tmp_path: Path) -> None:
    conn = duckdb.connect(str(tmp_path / "t.duckdb"))
    replace_days(conn, "rejected", _rejected("2024-03-04", ["a", "b"]), ["2024-03-04"])
    replace_days(conn, "rejected", _rejected("2024-03-04", ["a", "b"]), ["2024-03-04"])
    assert len(read_days(conn, "rejected", ["2024-03-04"])) == 2


def test_replacing_one_day_keeps_the_others(tmp_path: Path) -> None:
    conn = duckdb.connect(str(tmp_path / "t.duckdb"))
    replace_days(conn, "rejected", _rejected("2024-03-04", ["a"]), ["2024-03-04"])
    replace_days(conn, "rejected", _rejected("2024-03-05", ["b", "c"]), ["2024-03-05"])
    replace_days(conn, "rejected", _rejected("2024-03-05", ["d"]), ["2024-03-05"])
    rows = read_days(conn, "rejected").sort_values("input_path")
    assert rows["input_path"].tolist() == ["a", "d"]


def test_a_failed_replace_leaves_the_previous_rows(tmp_path: Path) -> None:
    conn = duckdb.connect(str(tmp_path / "t.duckdb"))
    replace_days(conn, "rejected", _rejected("2024-03-04", ["a"]), ["2024-03-04"])
    bad = _rejected("2024-03-04", ["b"]).assign(record_index="not a number")
    with pytest.raises(duckdb.Error):
        replace_days(conn, "rejected", bad, ["2024-03-04"])
    assert read_days(conn, "rejected")["input_path"].tolist() == ["a"]


def test_parquet_day_files_carry_the_contract_schema_and_version(tmp_path: Path) -> None:
    write_days(tmp_path, "rejected", _rejected("2024-03-04", ["a"]), ["2024-03-04"])
    schema = pq.read_schema(day_file(tmp_path, "rejected", "2024-03-04"))
    assert schema.names == ["input_path", "record_id", "record_index", "stage", "reason"]
    assert str(schema.field("record_index").type) == "int32"
    assert schema.metadata[b"news_events.schema_version"].decode() == SCHEMA_VERSION


def test_a_day_without_rows_gets_an_empty_file_readers_can_open(tmp_path: Path) -> None:
    write_days(tmp_path, "rejected", _rejected("2024-03-04", ["a"]).iloc[0:0], ["2024-03-04"])
    table = ds.dataset(tmp_path / "rejected", partitioning="hive").to_table()
    assert table.num_rows == 0
    assert "reason" in table.schema.names


def test_rewriting_a_day_leaves_no_temporary_files(tmp_path: Path) -> None:
    write_days(tmp_path, "rejected", _rejected("2024-03-04", ["a"]), ["2024-03-04"])
    write_days(tmp_path, "rejected", _rejected("2024-03-04", ["b"]), ["2024-03-04"])
    files = sorted(p.name for p in (tmp_path / "rejected").rglob("*") if p.is_file())
    assert files == ["part-0.parquet"]
    rows = duckdb.sql(
        f"SELECT input_path, ingest_day FROM read_parquet('{tmp_path}/rejected/**/*.parquet', hive_partitioning=true)"
    ).fetchall()
    assert [(r[0], str(r[1])) for r in rows] == [("b", "2024-03-04")]


def test_reading_selected_columns_returns_only_those(tmp_path: Path) -> None:
    conn = duckdb.connect(str(tmp_path / "t.duckdb"))
    replace_days(conn, "rejected", _rejected("2024-03-04", ["a"]), ["2024-03-04"])
    frame = read_days(conn, "rejected", ["2024-03-04"], columns=["record_id", "input_path"])
    assert frame.to_dict("records") == [{"record_id": "id-a", "input_path": "a"}]
    assert read_days(conn, "missing", columns=["record_id"]).columns.tolist() == ["record_id"]
