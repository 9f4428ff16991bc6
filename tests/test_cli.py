"""`python -m pipeline process IN --out OUT`: the public ad-hoc interface, run as a subprocess."""

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.dataset as ds
import pytest

from schemas import TABLES

PUBLISHED = ["articles", "temporal_expressions", "events", "event_clusters", "rejected"]


def _process(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", "process", *args], capture_output=True, text=True, timeout=300, cwd=cwd
    )


@pytest.fixture(scope="module")
def processed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess]:
    from tests.conftest import write_landing

    root = tmp_path_factory.mktemp("cli")
    landing = write_landing(root / "landing")
    out = root / "out"
    result = _process(str(landing / "2024-03-05"), "--out", str(out), "--day", "2024-03-05")
    return out, result


def test_process_succeeds(processed) -> None:
    _, result = processed
    assert result.returncode == 0, result.stderr


def test_every_table_is_written_with_the_contract_columns(processed) -> None:
    out, _ = processed
    for table in PUBLISHED:
        schema = ds.dataset(out / table, partitioning="hive").schema
        assert schema.names == [c.name for c in TABLES[table]] + ["ingest_day"], table


def test_parquet_types_match_the_contract(processed) -> None:
    out, _ = processed
    for table in PUBLISHED:
        schema = ds.dataset(out / table, format="parquet").schema
        for column in TABLES[table]:
            assert schema.field(column.name).type == column.type, (table, column.name)


def test_every_input_is_in_articles_or_rejected(processed) -> None:
    out, _ = processed
    rows = duckdb.sql(
        f"""SELECT input_path FROM read_parquet('{out}/articles/**/*.parquet')
            UNION SELECT input_path FROM read_parquet('{out}/rejected/**/*.parquet')"""
    ).fetchall()
    assert sorted(r[0] for r in rows) == ["photo.bin.txt", "wire.jsonl.gz"]


def test_run_report_has_stage_timings(processed) -> None:
    out, _ = processed
    report = json.loads((out / "_run.json").read_text())
    assert set(report["stages"]) >= {"raw_articles", "articles", "temporal_expressions", "events"}
    assert report["stages"]["articles"]["row_count"] == 2


def test_rerun_into_the_same_folder_gives_identical_tables(processed, tmp_path: Path) -> None:
    out, _ = processed
    query = f"SELECT * FROM read_parquet('{out}/articles/**/*.parquet') ORDER BY article_id"
    before = duckdb.sql(query).fetchall()
    landing = out.parent / "landing" / "2024-03-05"
    assert _process(str(landing), "--out", str(out), "--day", "2024-03-05").returncode == 0
    assert duckdb.sql(query).fetchall() == before


def test_a_missing_input_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = _process(str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "input folder not found" in result.stderr


def test_a_bad_day_is_a_usage_error(tmp_path: Path) -> None:
    result = _process(str(tmp_path), "--out", str(tmp_path / "out"), "--day", "yesterday")
    assert result.returncode == 2
    assert "--day must be YYYY-MM-DD" in result.stderr


def test_polars_and_pandas_read_the_published_tables(processed) -> None:
    import pandas as pd
    import polars as pl

    out, _ = processed
    frame = pl.scan_parquet(out / "articles" / "**" / "*.parquet", hive_partitioning=True).collect()
    assert frame.height == 2 and "ingest_day" in frame.columns
    assert frame.schema["published_date"] == pl.Date
    assert len(pd.read_parquet(out / "rejected")) == 2
