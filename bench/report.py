"""Benchmark of the day report: how long a day of 5,000 event mentions takes to open in headless Chromium.

  python -m bench.report [--events 5000] [--clusters 1500] [--screenshot REPORT.html PNG]

Builds a synthetic day (5,000 mentions in 1,500 real-world events spread over places the geocoder knows, with
evidence sentences, several date forms and every event type), writes it to a DuckDB file, writes its page with
the pipeline's own `write_day_report`, and opens it `--loads` times in a new tab of one headless Chromium:
seconds from navigation to the load event (the inline script has run by then), median and slowest, beside a
day of 60 mentions opened in the same run. The target is under 2 seconds. `--screenshot` instead saves a PNG
of an existing report page (the README's picture).
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import json
import statistics
import tempfile
import time
from pathlib import Path

import duckdb
import pandas as pd

from bench.chromium import open_page, problems, running_chromium
from pipeline.geo.geocode import GEO_COLUMNS, as_columns, geocode
from pipeline.report.day import write_day_report
from schemas.tables import EVENT_TYPES

PROJECT = Path(__file__).resolve().parent.parent
RESULTS = PROJECT / "bench" / "results"
DAY = "2024-11-05"


PLACES = ["Kyiv (UKR)", "Darfur (SDN)", "Red Sea (YEM)", "Warsaw (POL)", None, "Baltic", "Manila (PHL)"]


def synthetic_store(
    n_events: int, n_clusters: int, day: str = DAY, places: list[str | None] = PLACES, geocoded: bool = False
) -> tuple[pd.DataFrame, ...]:
    """articles, events and event_clusters shaped like the published tables (the columns the report reads);
    cluster i is at places[i % len(places)], with the geocoder's columns when `geocoded`."""
    anchor = dt.date.fromisoformat(day)
    articles = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(max(1, n_events // 4))],
            "site": [f"Outlet {i % 12}" for i in range(max(1, n_events // 4))],
            "url": [f"https://outlet{i % 12}.example/story/{i}" for i in range(max(1, n_events // 4))],
            "title": [f"Story {i}" for i in range(max(1, n_events // 4))],
        }
    )
    values = [(anchor - dt.timedelta(days=k % 40)).isoformat() for k in range(7)] + ["2024-W44", "2024-10", None]
    events = pd.DataFrame(
        {
            "event_id": [f"e{i:06d}" for i in range(n_events)],
            "article_id": [f"a{i // 4}" for i in range(n_events)],
            "cluster_id": [f"c{i % n_clusters:05d}" for i in range(n_events)],
            "event_type": [EVENT_TYPES[(i % n_clusters) % len(EVENT_TYPES)] for i in range(n_events)],
            "event_date": [values[i % len(values)] for i in range(n_events)],
            "location": [places[(i % n_clusters) % len(places)] for i in range(n_events)],
            "certainty": [["asserted", "reported", "hedged", "denied"][i % 4] for i in range(n_events)],
            "sentence": [f"Forces <b>shelled</b> the port on Tuesday, officials said ({i})." for i in range(n_events)],
            "ingest_day": day,
        }
    )
    grouped = events.groupby("cluster_id")
    clusters = pd.DataFrame(
        {
            "cluster_id": list(grouped.groups),
            "event_type": grouped["event_type"].first().tolist(),
            "source_actor": "RUS",
            "target_actor": "UKR",
            "location": grouped["location"].first().tolist(),
            "date_first": grouped["event_date"].agg(lambda v: v.dropna().min() if v.notna().any() else None).tolist(),
            "date_last": grouped["event_date"].agg(lambda v: v.dropna().max() if v.notna().any() else None).tolist(),
            "n_mentions": grouped.size().astype("int32").tolist(),
            "n_articles": grouped["article_id"].nunique().astype("int32").tolist(),
            "n_sources": 1,
            "ingest_day": day,
        }
    )
    if geocoded:
        geo = pd.DataFrame([as_columns(geocode(loc)) for loc in clusters["location"]], columns=GEO_COLUMNS)
        clusters = pd.concat([clusters, geo], axis=1)
    return articles, events, clusters


# places the geocoder knows (cities, admin1 regions, seas, regions, a country, none): the map of a busy day
BENCH_PLACES: list[str | None] = [
    "Kyiv (UKR)",
    "Kharkiv (UKR)",
    "Odesa (UKR)",
    "Kursk (RUS)",
    "Moscow (RUS)",
    "Darfur (SDN)",
    "Khartoum (SDN)",
    "Red Sea",
    "Black Sea",
    "Gaza Strip",
    "Beirut (LBN)",
    "Damascus (SYR)",
    "Tehran (IRN)",
    "Baghdad (IRQ)",
    "Warsaw (POL)",
    "Berlin (DEU)",
    "Paris (FRA)",
    "London (GBR)",
    "Washington (USA)",
    "Caracas (VEN)",
    "Manila (PHL)",
    "Beijing (CHN)",
    "Taipei (TWN)",
    "Seoul (KOR)",
    "Tokyo (JPN)",
    "Nairobi (KEN)",
    "Addis Ababa (ETH)",
    "Tbilisi (GEO)",
    "Baltic",
    "Sudan (SDN)",
    None,
]


def write_day(database: Path, n_events: int, n_clusters: int) -> None:
    articles, events, clusters = synthetic_store(n_events, n_clusters, places=BENCH_PLACES, geocoded=True)
    with duckdb.connect(str(database)) as conn:
        for name, frame in (("articles", articles), ("events", events), ("event_clusters", clusters)):
            conn.register("frame", frame)
            conn.execute(f"CREATE TABLE {name} AS SELECT * FROM frame")
            conn.unregister("frame")


def build_page(folder: Path, n_events: int, n_clusters: int) -> tuple[Path, float]:
    """The day's page written by the pipeline's own code from a DuckDB file; its path and seconds to write."""
    database = folder / "news.duckdb"
    write_day(database, n_events, n_clusters)
    started = time.perf_counter()
    with duckdb.connect(str(database)) as conn:
        path, _ = write_day_report(conn, database, DAY)
    return path, time.perf_counter() - started


def load_seconds(endpoint: str, path: Path, loads: int) -> list[float]:
    seconds = []
    for _ in range(loads):
        tools, s = open_page(endpoint, path)
        found = problems(tools)
        if found or tools.evaluate("document.body.getAttribute('data-ready')") != "1":
            raise SystemExit(f"the page did not render cleanly: {found[:5]}")
        seconds.append(s)
        tools.send("Page.close")
    return seconds


def screenshot(endpoint: str, page: Path, png: Path) -> None:
    tools, _ = open_page(endpoint, page)
    height = tools.evaluate("document.documentElement.scrollHeight")
    tools.send(
        "Emulation.setDeviceMetricsOverride",
        width=1400,
        height=min(int(height), 1500),
        deviceScaleFactor=1,
        mobile=False,
    )
    shot = tools.send("Page.captureScreenshot", format="png", captureBeyondViewport=False)
    png.write_bytes(base64.b64decode(shot["data"]))
    print(f"screenshot of {page} written to {png}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.report")
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--clusters", type=int, default=1500)
    parser.add_argument("--loads", type=int, default=7)
    parser.add_argument("--screenshot", nargs=2, type=Path, metavar=("REPORT_HTML", "PNG"))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench_report_") as tmp:
        with running_chromium(Path(tmp) / "profile") as endpoint:
            if args.screenshot:
                screenshot(endpoint, *args.screenshot)
                return 0
            (Path(tmp) / "big").mkdir()
            (Path(tmp) / "small").mkdir()
            big, write_big = build_page(Path(tmp) / "big", args.events, args.clusters)
            small, _ = build_page(Path(tmp) / "small", 60, 20)
            load_seconds(endpoint, small, 1)  # warm-up: the browser's first tab
            small_s = load_seconds(endpoint, small, args.loads)
            big_s = load_seconds(endpoint, big, args.loads)
            size = big.stat().st_size
    result = {
        "events": args.events,
        "clusters": args.clusters,
        "page_bytes": size,
        "write_seconds": round(write_big, 3),
        "load_seconds_median": round(statistics.median(big_s), 3),
        "load_seconds_slowest": round(max(big_s), 3),
        "small_day_load_seconds_median": round(statistics.median(small_s), 3),
    }
    print(
        f"\nDay report of {args.events} events in {args.clusters} clusters ({size / 1e6:.1f} MB), written in "
        f"{write_big:.2f} s; opened {args.loads} times in headless Chromium: load "
        f"{result['load_seconds_median']:.2f} s median, {result['load_seconds_slowest']:.2f} s slowest "
        f"(target: under 2 s); a day of 60 events in the same run: {result['small_day_load_seconds_median']:.2f} s"
    )
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "report.json").write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
