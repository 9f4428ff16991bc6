"""Benchmark of event locations: where our events are placed against where they happened, by our own labels.

  python -m bench.geo

Runs `pipeline process` on each day of the sample corpus (sample/landing/) and compares every located event
mention with `bench/data/locations/sample.csv`: the true country (empty for a sea or a region across borders),
place, coordinates, admin1 and precision of each (sentence, location) pair, labelled by us (see
bench/data/README.md). Scored: right country; right place, that is within 25 km of the truth or in the true
admin1 (a country-level truth is right when we give that country at country precision); and the geocoder's
own share of the events stage.
"""

from __future__ import annotations

import csv
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.dates import read_table

PROJECT = Path(__file__).resolve().parent.parent
LABELS = PROJECT / "bench" / "data" / "locations" / "sample.csv"
RESULTS = PROJECT / "bench" / "results"


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def _opt(v: object) -> object:
    return None if v is None or (isinstance(v, float) and math.isnan(v)) or v == "" else v


def place_right(truth: dict, got: dict) -> bool:
    if truth["true_precision"] == "country":
        return got.get("geo_precision") == "country" and got.get("location_country") == (truth["true_country"] or None)
    if _opt(got.get("latitude")) is None:
        return False
    d = km((float(truth["true_latitude"]), float(truth["true_longitude"])), (got["latitude"], got["longitude"]))
    same_admin1 = bool(truth["true_admin1"]) and got.get("location_admin1") == truth["true_admin1"]
    return d <= 25 or same_admin1


def main(argv: list[str] | None = None) -> int:
    labels = list(csv.DictReader(LABELS.open(encoding="utf-8")))
    events: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="bench_geo_") as tmp:
        for day_dir in sorted((PROJECT / "sample" / "landing").iterdir()):
            out = Path(tmp) / day_dir.name
            cmd = [sys.executable, "-m", "pipeline", "process", str(day_dir), "--out", str(out), "--day", day_dir.name]
            subprocess.run(cmd, cwd=PROJECT, check=True, capture_output=True)
            events += read_table(out, "events")
    rows = []
    for t in labels:
        hits = [
            e
            for e in events
            if e["location"] == t["location"] and " ".join(e["sentence"].split()).startswith(t["sentence_start"])
        ]
        if not hits:
            rows.append({"label": t, "found": False})
            continue
        got = hits[0]
        country_ok = _opt(got.get("location_country")) == (t["true_country"] or None)
        rows.append({"label": t, "found": True, "country_ok": country_ok, "place_ok": place_right(t, got), "got": got})
    found = [r for r in rows if r["found"]]
    n = len(found)
    country = sum(r["country_ok"] for r in found)
    place = sum(r["place_ok"] for r in found)
    print(
        f"\nEvent locations of the sample corpus against our labels, tuned on ({len(labels)} labelled, {n} found; "
        "the geocoder's rules were written reading these rows)"
    )
    print(f"{'right country':<16}{country}/{n} = {country / n:.3f}" if n else "none found")
    print(f"{'right place':<16}{place}/{n} = {place / n:.3f}  (within 25 km, or the right admin1)" if n else "")
    for r in found:
        if not (r["country_ok"] and r["place_ok"]):
            g, t = r["got"], r["label"]
            print(
                f"  {t['location']:<20} got {g.get('location_country')} {g.get('geo_precision')} "
                f"({g.get('latitude')}, {g.get('longitude')}) wanted {t['true_country'] or '-'} {t['true_place']}"
            )
    for r in rows:
        if not r["found"]:
            print(f"  not produced any more: {r['label']['location']} | {r['label']['sentence_start']}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    summary = {
        "label": "tuned on",
        "labelled": len(labels),
        "found": n,
        "right_country": country,
        "right_place": place,
    }
    (RESULTS / "geo.json").write_text(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
