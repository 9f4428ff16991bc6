"""`dagster asset materialize --partition-range` from the CLI, on a real instance in a temporary DAGSTER_HOME."""

import os
import subprocess
import sys
from pathlib import Path

import duckdb

from tests.conftest import PROJECT_ROOT

TABLES = ["raw_articles", "articles", "temporal_expressions", "events", "event_clusters", "rejected"]


def _materialize(env: dict) -> subprocess.CompletedProcess:
    dagster = Path(sys.executable).parent / "dagster"
    return subprocess.run(
        [
            str(dagster),
            "asset",
            "materialize",
            "-m",
            "pipeline.definitions",
            "--select",
            "*",
            "--partition-range",
            "2024-03-04...2024-03-05",
        ],
        capture_output=True,
        text=True,
        timeout=400,
        env=env,
        cwd=PROJECT_ROOT,
    )


def _counts(database: Path) -> dict[str, int]:
    with duckdb.connect(str(database), read_only=True) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_backfill_of_two_days_then_rerun_keeps_row_counts(landing: Path, dagster_home: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {
        **os.environ,
        "DAGSTER_HOME": str(dagster_home),
        "NEWS_LANDING_DIR": str(landing),
        "NEWS_DATA_DIR": str(data),
    }
    first = _materialize(env)
    assert first.returncode == 0, first.stderr[-3000:]
    counts = _counts(data / "news.duckdb")
    assert counts["articles"] == 4 and counts["rejected"] == 3
    second = _materialize(env)
    assert second.returncode == 0, second.stderr[-3000:]
    assert _counts(data / "news.duckdb") == counts
    assert sorted(p.name for p in (data / "parquet" / "articles").iterdir()) == [
        "ingest_day=2024-03-04",
        "ingest_day=2024-03-05",
    ]
