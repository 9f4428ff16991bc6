"""Scale benchmark: `python -m bench.scale [--n 10000 100000]` (or `make bench-scale`).

Speed and memory figures, not quality figures. In one run, on this machine:

1. The 181 pages of the article-extraction benchmark: a bare single-process `trafilatura.extract` loop, then
   `python -m pipeline process` on the same pages (wall clock, start-up included, every core), then the text
   stage alone on one core (our `extract_articles`, and the articles stage's work with publication dates),
   each as pages/s and as a ratio to the bare loop.
2. For each N: a synthetic ingestion day of N distinct articles built from the bundled sample corpus
   (`sample/landing/`: its HTML and text pages, each copy given its own sentence so that no two bodies are
   equal and deduplication keeps them all), materialized through the Dagster assets (every asset, one run, a
   temporary DAGSTER_HOME and data folder) in a child process. Printed: pages/s, seconds per stage, and the
   peak memory of the run's process tree (sum of the proportional set sizes of the run process and its
   workers, sampled every half second), beside a bare trafilatura loop over the synthetic HTML pages (all of
   them up to 2,000, a fixed sample beyond).

Results in bench/results/scale.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SAMPLE = PROJECT / "sample" / "landing"
RESULTS = PROJECT / "bench" / "results"
DAY = "2024-11-07"
BARE_SAMPLE = 2000
SKIP = {"empty.txt", "noise.txt"}

PLACES = ["Odesa", "Kherson", "Tbilisi", "Port Sudan", "Manila", "Vilnius", "Chisinau", "Aden", "Caracas", "Osaka"]
GROUPS = ["the interior ministry", "local officials", "the regional governor", "police", "aid agencies"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# --- the synthetic day -----------------------------------------------------------------------------------------


def templates() -> list[tuple[str, str]]:
    """(file suffix, content) of every HTML and text page of the sample corpus."""
    found = []
    for path in sorted(SAMPLE.rglob("*")):
        name = path.name
        if not path.is_file() or name in SKIP:
            continue
        try:
            raw = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
        except (OSError, EOFError):  # the sample's deliberately broken files
            continue
        if b"\x00" in raw:  # a scan with NUL bytes: read (or rejected) like any input, not a page to copy
            continue
        stem = name[:-3] if name.endswith(".gz") else name
        if stem.endswith((".html", ".htm")):
            found.append((".html", raw.decode("utf-8", "replace")))
        elif stem.endswith(".txt"):
            found.append((".txt", raw.decode("utf-8", "replace")))
    return found


def _sentence(i: int) -> str:
    rng = random.Random(i)
    return (
        f"Observers counted {rng.randint(2, 9000):,} people near the {rng.choice(PLACES)} crossing on "
        f"{rng.choice(DAYS)}, {rng.choice(GROUPS)} said in statement number {i}."
    )


def vary(suffix: str, content: str, i: int) -> str:
    """The page with its own sentence after its first paragraph."""
    sentence = _sentence(i)
    if suffix == ".html":
        at = content.find("</p>")
        return content[: at + 4] + f"\n<p>{sentence}</p>" + content[at + 4 :] if at >= 0 else content
    at = content.find("\n\n")
    return content[:at] + f"\n\n{sentence}" + content[at:] if at >= 0 else f"{content}\n\n{sentence}"


def build_day(root: Path, n: int) -> Path:
    """A landing folder with one day of `n` pages; returns the day folder."""
    day = root / DAY
    day.mkdir(parents=True)
    pages = templates()
    for i in range(n):
        suffix, content = pages[i % len(pages)]
        (day / f"{i:06d}{suffix}").write_text(vary(suffix, content, i), encoding="utf-8")
    return day


# --- measuring ------------------------------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    out = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(f"/proc/{entry.name}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


def _tree_kb(pid: int, field: str) -> int:
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith(field + ":"):
                    total += int(line.split()[1])
        except OSError:
            continue
        todo.extend(_children(p))
    return total


class PeakMemory:
    """Peak proportional (Pss) and resident (Rss) set size of a process and its descendants, sampled."""

    def __init__(self, pid: int, every: float = 0.5) -> None:
        self.pid, self.every = pid, every
        self.pss_kb = self.rss_kb = 0
        self.samples: list[tuple[float, int]] = []  # (epoch seconds, Pss kB of the tree)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            pss = _tree_kb(self.pid, "Pss")
            self.samples.append((time.time(), pss))
            self.pss_kb = max(self.pss_kb, pss)
            self.rss_kb = max(self.rss_kb, _tree_kb(self.pid, "Rss"))
            self._stop.wait(self.every)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def bare_trafilatura(pages: list[str]) -> float:
    """Pages per second of `trafilatura.extract` alone, one process."""
    import trafilatura

    started = time.perf_counter()
    for page in pages:
        trafilatura.extract(page, include_comments=False)
    return len(pages) / (time.perf_counter() - started)


def run_assets(landing: Path, work: Path) -> dict:
    """Materialize every asset for the synthetic day in a child process; its report plus peak memory."""
    env = {**os.environ, "DAGSTER_HOME": str(work / "dagster_home")}
    (work / "dagster_home").mkdir(parents=True, exist_ok=True)
    report = work / "child.json"
    cmd = [sys.executable, "-m", "bench.scale", "--child", str(landing), str(work / "data"), str(report)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=PROJECT, env=env)
    memory = PeakMemory(proc.pid)
    code = proc.wait()
    memory.stop()
    wall = time.perf_counter() - started
    if code != 0:
        raise SystemExit(f"materialization failed ({code})")
    result = json.loads(report.read_text())
    result.update(
        wall_seconds=round(wall, 1),
        peak_pss_mb=round(memory.pss_kb / 1024),
        peak_rss_sum_mb=round(memory.rss_kb / 1024),
        peak_pss_mb_by_step=peak_by_step(memory.samples, result.pop("step_windows", {})),
    )
    return result


def peak_by_step(samples: list[tuple[float, int]], windows: dict[str, list[float]]) -> dict[str, int]:
    """Peak Pss (MB) of the process tree while each step ran, from the samples taken in its window."""
    peaks = {}
    for step, (start, end) in windows.items():
        inside = [kb for t, kb in samples if start <= t <= end]
        peaks[step] = round(max(inside) / 1024) if inside else None
    return peaks


def step_windows(instance, run_id: str) -> dict[str, list[float]]:
    """(start, end) epoch seconds of every step of a run, from its event log."""
    import dagster as dg

    windows: dict[str, list[float]] = {}
    for entry in instance.all_logs(run_id):
        event = entry.dagster_event
        if event is None or entry.step_key is None:
            continue
        if event.event_type == dg.DagsterEventType.STEP_START:
            windows[entry.step_key] = [entry.timestamp, entry.timestamp]
        elif event.event_type in (dg.DagsterEventType.STEP_SUCCESS, dg.DagsterEventType.STEP_FAILURE):
            windows.setdefault(entry.step_key, [entry.timestamp, entry.timestamp])[1] = entry.timestamp
    return windows


def child(landing: Path, data: Path, report: Path) -> None:
    """Inside the child: one run of every asset for DAY; per-stage seconds from the assets' metadata."""
    import resource

    import dagster as dg

    from pipeline.cli import QUIET
    from pipeline.definitions import ALL_ASSETS
    from pipeline.resources import Workers, embedded_resources

    resources = embedded_resources(str(landing), data)
    started = time.perf_counter()
    with dg.DagsterInstance.get() as instance:
        result = dg.materialize(ALL_ASSETS, partition_key=DAY, resources=resources, instance=instance, run_config=QUIET)
        windows = step_windows(instance, result.run_id)
    seconds = time.perf_counter() - started
    stages, rows = {}, {}
    for mat in result.get_asset_materialization_events():
        meta = mat.materialization.metadata
        key = mat.asset_key.to_user_string()
        if "seconds" in meta:
            stages[key] = round(float(meta["seconds"].value), 2)
        if "dagster/row_count" in meta:
            rows[key] = int(meta["dagster/row_count"].value)
    report.write_text(
        json.dumps(
            {
                "success": result.success,
                "run_seconds": round(seconds, 1),
                "stage_compute_seconds": stages,
                "rows": rows,
                "run_process_max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                "workers": Workers().count(),
                "step_windows": windows,
            }
        )
    )


# --- the 181 benchmark pages ---------------------------------------------------------------------------------------


def benchmark_pages(tmp: Path) -> dict:
    """End-to-end and one-core text-stage speed on the 181 pages, against the bare loop, same run."""
    import pandas as pd

    from bench.extract import interleaved_speed, load_benchmark, run_cli
    from pipeline.stages import RAW_COLUMNS, build_articles

    truths, urls, html, _ = load_benchmark()
    folder = tmp / "pages181"
    folder.mkdir()
    manifest = tmp / "pages181.csv"
    lines = ["path,url"]
    for key, page in html.items():
        (folder / f"{key}.html").write_text(page, encoding="utf-8")
        lines.append(f"{key}.html,{urls[key]}")
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    n = len(html)

    started = time.perf_counter()
    for key, page in html.items():
        import trafilatura

        trafilatura.extract(page, url=urls[key], include_comments=False)
    bare = n / (time.perf_counter() - started)
    _, run = run_cli(folder, tmp / "out181", manifest)
    process = n / run["wall_seconds"]
    bare_interleaved, ours_interleaved = interleaved_speed(html, urls)
    raw = pd.DataFrame(
        [
            {
                "ingest_day": DAY,
                "record_id": key,
                "input_path": f"{key}.html",
                "record_index": 0,
                "format": "html",
                "content": page,
                "encoding": "utf-8",
                "url": urls[key],
                "published_hint": None,
                "title_hint": None,
                "source_hint": None,
            }
            for key, page in html.items()
        ],
        columns=RAW_COLUMNS,
    )
    started = time.perf_counter()
    build_articles(raw, processes=1)
    stage_one_core = n / (time.perf_counter() - started)
    bare_after = bare_trafilatura(list(html.values()))
    return {
        "pages": n,
        "bare_trafilatura_pages_per_s": round(bare, 1),
        "bare_trafilatura_pages_per_s_after": round(bare_after, 1),
        "process_pages_per_s": round(process, 1),
        "process_ratio": round(process / bare, 3),
        "process_stage_seconds": {k: v.get("seconds") for k, v in run["stages"].items()},
        "extract_articles_one_core_pages_per_s": round(ours_interleaved, 1),
        "extract_articles_ratio_interleaved": round(ours_interleaved / bare_interleaved, 3),
        "articles_stage_one_core_pages_per_s": round(stage_one_core, 1),
        "articles_stage_one_core_ratio": round(stage_one_core / bare, 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[10_000, 100_000], help="articles per synthetic day")
    parser.add_argument("--skip-pages", action="store_true", help="skip the 181-page comparison")
    parser.add_argument("--child", nargs=3, metavar=("LANDING", "DATA", "REPORT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*(Path(p) for p in args.child))
        return 0

    results: dict = {"note": "speed and memory figures on a shared 2-core machine; not quality figures"}
    tmp = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    try:
        if not args.skip_pages:
            pages = benchmark_pages(tmp)
            results["benchmark_181_pages"] = pages
            print(
                f"181 benchmark pages: bare trafilatura {pages['bare_trafilatura_pages_per_s']} pages/s; "
                f"process {pages['process_pages_per_s']} pages/s ({pages['process_ratio']:.2f}x); "
                f"extract_articles on one core {pages['extract_articles_one_core_pages_per_s']} pages/s "
                f"({pages['extract_articles_ratio_interleaved']:.2f}x, interleaved); articles stage with dates on "
                f"one core {pages['articles_stage_one_core_pages_per_s']} pages/s "
                f"({pages['articles_stage_one_core_ratio']:.2f}x)",
                flush=True,
            )
        results["synthetic_days"] = []
        for n in args.n:
            work = tmp / f"n{n}"
            landing = work / "landing"
            t0 = time.perf_counter()
            day = build_day(landing, n)
            built = time.perf_counter() - t0
            html_pages = sorted(day.glob("*.html"))
            chosen = html_pages if len(html_pages) <= BARE_SAMPLE else random.Random(0).sample(html_pages, BARE_SAMPLE)
            bare = bare_trafilatura([p.read_text(encoding="utf-8") for p in chosen])
            run = run_assets(landing, work)
            run.update(
                n=n,
                build_seconds=round(built, 1),
                pages_per_s=round(n / run["run_seconds"], 1),
                bare_trafilatura_pages_per_s=round(bare, 1),
                bare_trafilatura_pages=len(chosen),
                ratio=round(n / run["run_seconds"] / bare, 3),
            )
            results["synthetic_days"].append(run)
            print(
                f"N={n:,}: {run['pages_per_s']} pages/s through the assets ({run['run_seconds']} s, "
                f"{run['workers']} workers; bare trafilatura {run['bare_trafilatura_pages_per_s']} pages/s, ratio "
                f"{run['ratio']:.2f}); peak memory {run['peak_pss_mb']} MB (Pss of the process tree; "
                f"run process alone {run['run_process_max_rss_mb']} MB; "
                f"by step {run['peak_pss_mb_by_step']}); stages {run['stage_compute_seconds']}; "
                f"rows {run['rows']}",
                flush=True,
            )
            shutil.rmtree(work, ignore_errors=True)
        days = results["synthetic_days"]
        if len(days) >= 2:
            results["peak_memory_ratio_largest_to_smallest"] = round(
                days[-1]["peak_pss_mb"] / days[0]["peak_pss_mb"], 2
            )
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / "scale.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
        print(f"wrote {RESULTS / 'scale.json'}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
