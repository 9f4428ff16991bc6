"""Several CLI runs on one instance at the same second: the duckdb pool serializes writers, none fails."""

import os
import subprocess
import sys
from pathlib import Path

import duckdb

from tests.conftest import PROJECT_ROOT


def test_three_partition_runs_started_together_all_succeed(landing: Path, dagster_home: Path, tmp_path: Path) -> None:
    (landing / "2024-03-06").mkdir()
    (landing / "2024-03-06" / "talks.txt").write_text(
        "Foreign ministers of Kenya and Ethiopia met in Nairobi on Tuesday to discuss a border road, "
        "their offices said.\n"
    )
    env = {
        **os.environ,
        "DAGSTER_HOME": str(dagster_home),
        "NEWS_LANDING_DIR": str(landing),
        "NEWS_DATA_DIR": str(tmp_path / "data"),
    }
    dagster = str(Path(sys.executable).parent / "dagster")
    # a new instance's SQLite storage is created once, before the concurrent runs (as `make run` does)
    subprocess.run([dagster, "instance", "migrate"], env=env, check=True, capture_output=True, timeout=120)
    runs = [
        subprocess.Popen(
            [dagster, "asset", "materialize", "-m", "pipeline.definitions", "--select", "*", "--partition", day],
            env=env,
            cwd=PROJECT_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for day in ("2024-03-04", "2024-03-05", "2024-03-06")
    ]
    outputs = [r.communicate(timeout=500)[0] for r in runs]
    assert [r.returncode for r in runs] == [0, 0, 0], "\n".join(o[-2000:] for o in outputs)
    assert not any("Could not set lock" in o for o in outputs)
    with duckdb.connect(str(tmp_path / "data" / "news.duckdb"), read_only=True) as conn:
        days = conn.execute("SELECT DISTINCT ingest_day FROM articles ORDER BY 1").fetchall()
    assert [d[0] for d in days] == ["2024-03-04", "2024-03-05", "2024-03-06"]
