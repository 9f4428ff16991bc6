"""Benchmark of event locations: where our events are placed against where they happened, by our own labels.

  python -m bench.geo [--errors]

Runs `pipeline process` on the sample corpus (sample/landing/, day by day), the five seed articles
(../shared/seeds/, read at run time) and the real-text pages that hold a labelled location (../shared/data/,
read at run time), and compares the located event mentions with two label files of ours:

- `bench/data/locations/sample.csv`: the sample's 64 located mentions, keyed by the sentence's first 70
  characters and the pipeline's `location`. The geocoder's rules were written reading them: **tuned on**.
- `bench/data/locations/labels.csv`: seeds and labelled real-text sentences, keyed by the sentence's hash
  (`bench.realtext.sentence_key`) and the place's name; no text stored. Split by a hash of the key: one half
  **tuned on** (its errors are listed with --errors), the other **held out** (scored, never listed).

A label is where the place the sentence names is, at the precision the sentence gives (`country` when it
names only a country); `name` marks a place word inside a person's or organisation's name ("Georgetown
University"), which must never be located. Scored over the located labels: right country; right place (within
25 km of the truth or in the true admin1; a country-level truth wants that country at country precision; a
truth with no point, such as "Indo-Pacific", wants no point). Also printed: how many labelled places the
events stage locates at all, and the geocoder's share of the events stage (same run, with and without).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.dates import read_table
from bench.realtext import candidate_pages, run_pages, sentence_key
from pipeline.geo.geocode import _CODED, fold

PROJECT = Path(__file__).resolve().parent.parent
SAMPLE_LABELS = PROJECT / "bench" / "data" / "locations" / "sample.csv"
LABELS = PROJECT / "bench" / "data" / "locations" / "labels.csv"
SEEDS = PROJECT.parent / "shared" / "seeds"
RESULTS = PROJECT / "bench" / "results"
PARTS = ("tuned on", "held out")


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def _opt(v: object) -> object:
    return None if v is None or (isinstance(v, float) and math.isnan(v)) or v == "" else v


def part_of(key: str) -> str:
    """'tuned on' or 'held out', by a hash of the sentence key (stable, blind to the label)."""
    return "held out" if int(hashlib.sha256(f"geo-split:{key}".encode()).hexdigest(), 16) % 2 else "tuned on"


def place_right(truth: dict, got: dict) -> bool:
    if truth["true_precision"] == "country":
        return got.get("geo_precision") == "country" and got.get("location_country") == (truth["true_country"] or None)
    if not truth["true_latitude"]:
        return _opt(got.get("latitude")) is None or got.get("geo_precision") in ("region", "sea")
    if _opt(got.get("latitude")) is None:
        return False
    d = km((float(truth["true_latitude"]), float(truth["true_longitude"])), (got["latitude"], got["longitude"]))
    same_admin1 = bool(truth["true_admin1"]) and got.get("location_admin1") == truth["true_admin1"]
    return d <= 25 or same_admin1


def name_of(location: object) -> str:
    """The folded place name of a `location` ("Kursk (RUS)" -> "kursk")."""
    if not isinstance(location, str):
        return ""
    m = _CODED.match(location)
    return fold(m["name"] if m else location)


def same_place_name(label_name: str, location: object) -> bool:
    """The label's name and the pipeline's location name one inside the other ("South Belfast", "Belfast")."""
    a, b = fold(label_name), name_of(location)
    return bool(b) and (a == b or f" {b} " in f" {a} " or f" {a} " in f" {b} ")


# --- running the pipeline ----------------------------------------------------------------------------------------


def _process(folder: Path, out: Path, day: str | None = None) -> Path:
    cmd = [sys.executable, "-m", "pipeline", "process", str(folder), "--out", str(out)]
    subprocess.run(cmd + (["--day", day] if day else []), cwd=PROJECT, check=True, capture_output=True)
    return out


def run_corpora(tmp: Path) -> dict[str, list[Path]]:
    """Output folders of `pipeline process` per corpus: sample (one per day), seeds, realtext."""
    outs: dict[str, list[Path]] = {"sample": [], "seeds": [], "realtext": []}
    for day_dir in sorted((PROJECT / "sample" / "landing").iterdir()):
        outs["sample"].append(_process(day_dir, tmp / "sample" / day_dir.name, day_dir.name))
    seeds = tmp / "seeds_in"
    seeds.mkdir()
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copyfile(path, seeds / path.name)
    outs["seeds"].append(_process(seeds, tmp / "seeds"))
    wanted = {row["doc"] for row in _read(LABELS) if row["corpus"] == "realtext"}
    pages = [p for p in candidate_pages() if p.page_id in wanted]
    run_pages(pages, tmp / "realtext")
    outs["realtext"].append(tmp / "realtext" / "tables")
    return outs


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# --- scoring -----------------------------------------------------------------------------------------------------


def match_sample(labels: list[dict], events: list[dict]) -> list[dict]:
    rows = []
    for t in labels:
        hits = [
            e
            for e in events
            if e["location"] == t["location"] and " ".join(e["sentence"].split()).startswith(t["sentence_start"])
        ]
        rows.append({"label": t, "part": "tuned on", "got": hits[0] if hits else None, "name": t["location"]})
    return rows


def match_keyed(labels: list[dict], events: dict[str, list[dict]]) -> list[dict]:
    """Each keyed label with the first event of its sentence located at a place of that name (or None)."""
    rows = []
    for t in labels:
        hits = [e for e in events.get(t["key"], []) if same_place_name(t["name"], e["location"])]
        rows.append({"label": t, "part": part_of(t["key"]), "got": hits[0] if hits else None, "name": t["name"]})
    return rows


def tally(rows: list[dict]) -> dict:
    places = [r for r in rows if r["label"]["true_precision"] != "name"]
    located = [r for r in places if r["got"] is not None]
    country = sum(_opt(r["got"].get("location_country")) == (r["label"]["true_country"] or None) for r in located)
    place = sum(place_right(r["label"], r["got"]) for r in located)
    names = [r for r in rows if r["label"]["true_precision"] == "name"]
    share = lambda a, b: round(a / b, 3) if b else None  # noqa: E731
    return {
        "labelled": len(places),
        "located": len(located),
        "right_country": country,
        "right_country_share": share(country, len(located)),
        "right_place": place,
        "right_place_share": share(place, len(located)),
        "names_inside_names": len(names),
        "names_inside_names_geocoded": sum(r["got"] is not None for r in names),
    }


def print_errors(rows: list[dict]) -> None:
    for r in rows:
        t, g = r["label"], r["got"]
        if g is None or t["true_precision"] == "name":
            if g is not None:
                print(f"  name inside a name located: {r['name']} -> {g['location']}")
            continue
        country_ok = _opt(g.get("location_country")) == (t["true_country"] or None)
        if not (country_ok and place_right(t, g)):
            print(
                f"  {r['name']:<20} got {g.get('location')} {g.get('location_country')} {g.get('geo_precision')} "
                f"({g.get('latitude')}, {g.get('longitude')}) wanted {t['true_country'] or '-'} {t['true_place']}"
            )


def score(outs: dict[str, list[Path]]) -> dict[str, list[dict]]:
    sample_events = [e for out in outs["sample"] for e in read_table(out, "events")]
    rows = match_sample(_read(SAMPLE_LABELS), sample_events)
    keyed: dict[str, list[dict]] = {}
    for out in outs["seeds"] + outs["realtext"]:
        for e in read_table(out, "events"):
            if isinstance(e["location"], str):
                keyed.setdefault(sentence_key(e["sentence"]), []).append(e)
    rows += match_keyed(_read(LABELS), keyed)
    return {part: [r for r in rows if r["part"] == part] for part in PARTS}


# --- speed: the geocoder's share of the events stage ----------------------------------------------------------------


def _stage_inputs(outs: dict[str, list[Path]]):
    import duckdb
    import pandas as pd

    articles, temporal = [], []
    for out in [p for paths in outs.values() for p in paths]:
        with duckdb.connect(str(out / "news.duckdb"), read_only=True) as conn:
            articles.append(conn.execute("SELECT * FROM articles").df())
            temporal.append(conn.execute("SELECT * FROM temporal_expressions").df())
    return pd.concat(articles, ignore_index=True), pd.concat(temporal, ignore_index=True)


def _timed(function, spent: list[float]):
    def timed(*args):
        started = time.process_time()
        try:
            return function(*args)
        finally:
            spent.append(time.process_time() - started)

    return timed


def events_stage_seconds(articles, temporal, geocoding: bool) -> tuple[float, float]:
    """One events stage (mentions, then clusters) in this process: its CPU seconds (this process's, so other
    work on the machine counts little) and the geocoder's own. Without
    geocoding both geocoder calls are replaced by ones that place nothing. Caches are cleared first, so each run
    loads the gazetteer as a new run does."""
    from unittest import mock

    import pipeline.events.clusters as clusters_module
    import pipeline.stages as stages
    from pipeline.geo import geocode as geo

    geo.gazetteer.cache_clear()
    geo.sounds.cache_clear()
    geo.fold.cache_clear()
    geo._inside.cache_clear()
    spent: list[float] = []
    nothing = lambda frame: frame.assign(**{c: None for c in geo.GEO_COLUMNS})  # noqa: E731
    with (
        mock.patch.object(stages, "geocode_mentions", _timed(geo.geocode_mentions if geocoding else nothing, spent)),
        mock.patch.object(
            clusters_module, "geocode", _timed(geo.geocode if geocoding else lambda *a: geo.NOWHERE, spent)
        ),
    ):
        started = time.process_time()
        mentions = stages.build_event_mentions(articles, temporal)
        stages.build_events_and_clusters(mentions)
        return time.process_time() - started, sum(spent)


def copies(articles, temporal, k: int):
    """`k` copies of the articles (and their temporal expressions) under new ids: a day k times as large."""
    import pandas as pd

    def renamed(frame, i: int):
        return frame.assign(article_id=frame["article_id"].astype(str) + f"~{i}")

    return (
        pd.concat([renamed(articles, i) for i in range(k)], ignore_index=True),
        pd.concat([renamed(temporal, i) for i in range(k)], ignore_index=True),
    )


def speed_of(articles, temporal, repeats: int) -> dict:
    """The events stage with and without geocoding, alternated in this run (medians), and the geocoder's own
    seconds inside the runs with it over the rest of those runs (less sensitive to a busy machine)."""
    events_stage_seconds(articles, temporal, True)  # warm-up: imports and the coder's own caches
    with_geo, without, own = [], [], []
    for _ in range(repeats):
        without.append(events_stage_seconds(articles, temporal, False)[0])
        total, geo_seconds = events_stage_seconds(articles, temporal, True)
        with_geo.append(total)
        own.append(geo_seconds / (total - geo_seconds))
    a, b = statistics.median(with_geo), statistics.median(without)
    return {
        "articles": len(articles),
        "repeats": repeats,
        "events_stage_seconds_with_geocoding": round(a, 3),
        "events_stage_seconds_without": round(b, 3),
        "geocoding_adds": round(a / b - 1, 3),
        "geocoder_own_share": round(statistics.median(own), 3),
    }


def speed(outs: dict[str, list[Path]]) -> list[dict]:
    """On the corpora's articles as they are, and on five copies of them (a larger day)."""
    articles, temporal = _stage_inputs(outs)
    return [speed_of(articles, temporal, 7), speed_of(*copies(articles, temporal, 5), 3)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.geo")
    parser.add_argument("--errors", action="store_true", help="list the errors of the tuned-on part")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench_geo_") as tmp:
        outs = run_corpora(Path(tmp))
        parts = score(outs)
        timing = speed(outs)
    summary = {part: tally(rows) for part, rows in parts.items()}
    print("\nEvent locations against our labels (sample, seeds, labelled real-text sentences)")
    print(f"{'':<10}{'labelled':>9}{'located':>9}{'right country':>18}{'right place':>18}{'names located':>15}")
    for part, t in summary.items():
        country = f"{t['right_country']}/{t['located']} = {t['right_country_share']:.3f}"
        place = f"{t['right_place']}/{t['located']} = {t['right_place_share']:.3f}"
        names = f"{t['names_inside_names_geocoded']}/{t['names_inside_names']}"
        print(f"{part:<10}{t['labelled']:>9}{t['located']:>9}{country:>18}{place:>18}{names:>15}")
    print("(right place: within 25 km or the right admin1; shares over the located labels)")
    print("\nSpeed (regression check, same run): the events stage with and without geocoding, alternated, CPU seconds")
    for t in timing:
        print(
            f"  {t['articles']} articles: {t['events_stage_seconds_with_geocoding']} s with, "
            f"{t['events_stage_seconds_without']} s without (medians of {t['repeats']}): geocoding adds "
            f"{t['geocoding_adds']:.1%}; the geocoder's own time is {t['geocoder_own_share']:.1%} of the rest"
        )
    if args.errors:
        print("\nErrors of the tuned-on part (the held-out part's are never listed):")
        print_errors(parts["tuned on"])
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "geo.json").write_text(json.dumps({**summary, "speed": timing}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
