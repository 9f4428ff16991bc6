"""kill -9 in the middle of `python -m pipeline process` into an existing folder, then a re-run: same tables."""

import random
import subprocess
import sys
import time
from pathlib import Path

from pipeline.crashcheck import differing_tables


def _command(landing: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "pipeline", "process", str(landing), "--out", str(out), "--day", "2024-03-04"]


def test_killed_run_then_rerun_equals_a_clean_run(landing: Path, tmp_path: Path) -> None:
    day = landing / "2024-03-04"
    clean, crashed = tmp_path / "clean", tmp_path / "crashed"
    subprocess.run(_command(day, clean), check=True, capture_output=True, timeout=300)
    # the crashed folder already holds a previous run (of another day's inputs) that the re-run must replace
    subprocess.run(_command(landing / "2024-03-05", crashed), check=True, capture_output=True, timeout=300)
    victim = subprocess.Popen(_command(day, crashed), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(random.Random(7).uniform(1.0, 4.0))
    victim.kill()
    victim.wait()
    subprocess.run(_command(day, crashed), check=True, capture_output=True, timeout=300)
    assert differing_tables(clean, crashed) == []
