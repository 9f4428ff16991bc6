"""A picture of one ingestion day: one self-contained HTML page (map, timeline, top clusters). No Dagster here.

The page loads nothing: outlines, styles and script are inline, and a Content-Security-Policy forbids any
request outside the file. The map and the timeline are drawn here as SVG (readable without the script); the
small inline script only adds filtering by event type and hover links between the map and the list.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from pipeline.events.clusters import date_range

DATA = Path(__file__).resolve().parent / "data"
GEO_DATA = Path(__file__).resolve().parent.parent / "geo" / "data"
TYPE_COLOURS = {
    "AGREE": "#1b9e77",
    "CONSULT": "#66a61e",
    "SUPPORT": "#2ca25f",
    "CONCEDE": "#a6d854",
    "COOPERATE": "#3182bd",
    "AID": "#6baed6",
    "RETREAT": "#9e9ac8",
    "REQUEST": "#756bb1",
    "ACCUSE": "#e6ab02",
    "REJECT": "#d95f02",
    "THREATEN": "#fd8d3c",
    "PROTEST": "#e7298a",
    "SANCTION": "#a6761d",
    "MOBILIZE": "#7f2704",
    "COERCE": "#cb181d",
    "ASSAULT": "#67000d",
}
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
_CODE = re.compile(r"\(([A-Z]{3})\)\s*$")


@dataclass(frozen=True)
class World:
    width: float
    height: float
    paths: dict[str, str]
    centroids: dict[str, tuple[float, float]]  # iso3 -> (latitude, longitude)
    names: dict[str, str]

    def project(self, lat: float, lon: float) -> tuple[float, float]:
        """The projection the outlines were built with (pipeline/report/build_world.py)."""
        return (lon + 180.0) * self.width / 360.0, (90.0 - lat) * self.height / 180.0


@lru_cache(maxsize=1)
def world() -> World:
    shapes = json.loads((DATA / "world_110m.json").read_text(encoding="utf-8"))
    centroids: dict[str, tuple[float, float]] = {}
    names: dict[str, str] = {}
    with (GEO_DATA / "country_centroids.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            centroids[row["iso3"]] = (float(row["latitude"]), float(row["longitude"]))
            names[row["iso3"]] = row["name"]
    return World(float(shapes["width"]), float(shapes["height"]), shapes["paths"], centroids, names)


def place_of(row: pd.Series) -> tuple[float, float] | None:
    """Coordinates of a cluster: its own when geocoded, else the centroid of the country its location names."""
    lat, lon = row.get("latitude"), row.get("longitude")
    if lat is not None and lon is not None and pd.notna(lat) and pd.notna(lon):
        return float(lat), float(lon)
    location = row.get("location")
    if isinstance(location, str):
        m = _CODE.search(location)
        code = m.group(1) if m else location if location in world().centroids else None
        if code is not None and code in world().centroids:
            return world().centroids[code]
    return None


def _e(value: object) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return html.escape(str(value), quote=True)


def _colour(event_type: str) -> str:
    return TYPE_COLOURS.get(event_type, "#555")


# --- map ---------------------------------------------------------------------------------------------------------


def map_svg(clusters: pd.DataFrame, limit: int = 400) -> tuple[str, int, int]:
    """Country outlines and one circle per placed cluster (area by mentions); clusters sharing a point are
    spread on a small sunflower spiral. Returns the SVG, the clusters placed and those without a place."""
    w = world()
    top, bottom = w.project(84.0, 0.0)[1], w.project(-58.0, 0.0)[1]  # the inhabited latitudes
    parts = [
        f'<svg id="map" viewBox="0 {top:g} {w.width:g} {bottom - top:g}" role="img" '
        'aria-label="Map of the day\'s event clusters" xmlns="http://www.w3.org/2000/svg">',
        f'<rect width="{w.width:g}" height="{w.height:g}" class="sea"/>',
        '<g class="land">',
    ]
    for code, d in w.paths.items():
        parts.append(f'<path d="{d}"><title>{_e(w.names.get(code, code))}</title></path>')
    parts.append('</g><g class="clusters">')
    placed = unplaced = 0
    seen: dict[tuple[float, float], int] = {}
    ordered = clusters.sort_values(["n_mentions", "cluster_id"], ascending=[False, True]) if len(clusters) else clusters
    circles = []
    for _, row in ordered.iterrows():
        where = place_of(row)
        if where is None:
            unplaced += 1
            continue
        if placed >= limit:
            continue
        placed += 1
        x, y = w.project(*where)
        k = seen.get(where, 0)
        seen[where] = k + 1
        if k:
            angle = k * 2.39996  # golden angle
            x, y = x + 4.0 * math.sqrt(k) * math.cos(angle), y + 4.0 * math.sqrt(k) * math.sin(angle)
        r = 2.5 + 2.2 * math.sqrt(float(row["n_mentions"]))
        where_text = row.get("location") or "no place"
        label = f"{row['event_type']}: {_actors(row)} — {where_text} ({int(row['n_mentions'])} mentions)"
        circles.append(
            (
                r,
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{_colour(row["event_type"])}" '
                f'data-type="{_e(row["event_type"])}" data-cluster="{_e(row["cluster_id"])}">'
                f"<title>{_e(label)}</title></circle>",
            )
        )
    parts += [c for _, c in sorted(circles, key=lambda t: -t[0])]  # small circles on top of large ones
    parts.append("</g></svg>")
    return "".join(parts), placed, unplaced


def _actors(row: pd.Series) -> str:
    source, target = row.get("source_actor"), row.get("target_actor")
    s = source if isinstance(source, str) and source else "?"
    t = target if isinstance(target, str) and target else None
    return f"{s} → {t}" if t else s


# --- timeline ----------------------------------------------------------------------------------------------------


def timeline_svg(events: pd.DataFrame, day: dt.date, before_days: int = 60, after_days: int = 14) -> str:
    """One lane per event type; a dot per event date (area by mentions), a bar for a week, month or wider
    value. Dates outside [day - before_days, day + after_days] and undated mentions are counted at the lane's end."""
    lo, hi = day - dt.timedelta(days=before_days), day + dt.timedelta(days=after_days)
    types = [t for t in TYPE_COLOURS if t in set(events["event_type"])] if len(events) else []
    left, right, lane, top = 110.0, 200.0, 26.0, 28.0
    width = 960.0
    plot = width - left - right
    height = top + lane * max(1, len(types)) + 10

    def x_of(d: dt.date) -> float:
        return left + plot * (d - lo).days / max(1, (hi - lo).days)

    parts = [
        f'<svg id="timeline" viewBox="0 0 {width:g} {height:g}" role="img" aria-label="Timeline of the day\'s '
        'events by type" xmlns="http://www.w3.org/2000/svg">'
    ]
    # axis: a tick on each Monday, labelled every other week, and the ingestion day marked
    d = lo + dt.timedelta(days=(7 - lo.weekday()) % 7)
    k = 0
    while d <= hi:
        x = x_of(d)
        parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top - 6:g}" y2="{height - 8:g}" class="tick"/>')
        if k % 2 == 0:
            parts.append(f'<text x="{x:.1f}" y="{top - 10:g}" class="axis">{d:%d %b}</text>')
        d += dt.timedelta(days=7)
        k += 1
    xd = x_of(day)
    parts.append(f'<line x1="{xd:.1f}" x2="{xd:.1f}" y1="{top - 6:g}" y2="{height - 8:g}" class="today"/>')
    parts.append(f'<text x="{xd + 3:.1f}" y="{height - 10:g}" class="axis">ingested</text>')
    for i, event_type in enumerate(types):
        y = top + lane * i + lane / 2
        colour = _colour(event_type)
        rows = events[events["event_type"] == event_type]
        parts.append(f'<g data-type="{event_type}">')
        parts.append(f'<text x="{left - 8:g}" y="{y + 4:.1f}" class="lane">{event_type}</text>')
        parts.append(f'<line x1="{left:g}" x2="{left + plot:g}" y1="{y:.1f}" y2="{y:.1f}" class="lane-line"/>')
        outside = {"earlier": 0, "later": 0, "undated": 0}
        for value, n in rows["event_date"].fillna("").value_counts().sort_index().items():
            rng = date_range(value) if value else None
            if rng is None:
                outside["undated"] += int(n)
                continue
            first, last, precision = rng
            if last < lo:
                outside["earlier"] += int(n)
                continue
            if first > hi:
                outside["later"] += int(n)
                continue
            tip = f"{event_type} {value}: {int(n)} mention{'s' if n != 1 else ''}"
            if precision == "day":
                r = 2.5 + 1.8 * math.sqrt(int(n))
                parts.append(
                    f'<circle cx="{x_of(first):.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}">'
                    f"<title>{_e(tip)}</title></circle>"
                )
            else:
                x0, x1 = x_of(max(first, lo)), x_of(min(last, hi) + dt.timedelta(days=1))
                h = min(lane - 6, 4 + 2 * math.sqrt(int(n)))
                parts.append(
                    f'<rect x="{x0:.1f}" y="{y - h / 2:.1f}" width="{max(2.0, x1 - x0):.1f}" height="{h:.1f}" '
                    f'fill="{colour}" fill-opacity="0.35" stroke="{colour}"><title>{_e(tip)}</title></rect>'
                )
        counts = ", ".join(f"{v} {k}" for k, v in outside.items() if v)
        total = len(rows)
        parts.append(
            f'<text x="{left + plot + 8:g}" y="{y + 4:.1f}" class="count">'
            f"{total}{' (' + counts + ')' if counts else ''}</text>"
        )
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)


# --- the page ----------------------------------------------------------------------------------------------------


def clusters_html(clusters: pd.DataFrame, evidence: pd.DataFrame, top: int) -> str:
    if not len(clusters):
        return "<p>No event clusters were reported on this day.</p>"
    ordered = clusters.sort_values(["n_mentions", "n_sources", "cluster_id"], ascending=[False, False, True]).head(top)
    by_cluster = {k: g for k, g in evidence.groupby("cluster_id")} if len(evidence) else {}
    items = []
    for rank, (_, row) in enumerate(ordered.iterrows(), start=1):
        ev = by_cluster.get(row["cluster_id"])
        certainty = ""
        sentences = []
        if ev is not None:
            mix = ev["certainty"].value_counts()
            certainty = ", ".join(f"{int(n)} {c}" for c, n in mix.items())
            for _, e in ev.head(3).iterrows():
                source = _e(e.get("site")) or "unknown outlet"
                link = e.get("url")
                if isinstance(link, str) and link.startswith(("http://", "https://")):
                    source = f'<a href="{_e(link)}" rel="noreferrer">{source}</a>'
                sentences.append(
                    f'<li><span class="quote">{_e(e["sentence"])}</span> <span class="src">{source}'
                    f"{' · ' + _e(e['event_date']) if isinstance(e.get('event_date'), str) else ''}"
                    f' · <span class="cert cert-{_e(e["certainty"])}">{_e(e["certainty"])}</span></span></li>'
                )
        dates = row.get("date_first")
        if (
            isinstance(dates, str)
            and row.get("date_last") not in (None, dates)
            and isinstance(row.get("date_last"), str)
        ):
            dates = f"{dates} – {row['date_last']}"
        items.append(
            f'<li class="cluster" data-type="{_e(row["event_type"])}" data-cluster="{_e(row["cluster_id"])}">'
            f'<div class="head"><span class="rank">{rank}</span>'
            f'<span class="badge" style="background:{_colour(row["event_type"])}">{_e(row["event_type"])}</span> '
            f'<b>{_e(_actors(row))}</b> <span class="where">{_e(row.get("location")) or "no place given"}</span>'
            f'<span class="when">{_e(dates) or "undated"}</span></div>'
            f'<div class="facts">{int(row["n_mentions"])} mentions · {int(row["n_articles"])} articles · '
            f"{int(row['n_sources'])} sources{' · certainty: ' + certainty if certainty else ''}</div>"
            f'<ul class="evidence">{"".join(sentences)}</ul></li>'
        )
    return f'<ol class="clusters">{"".join(items)}</ol>'


_STYLE = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2329;background:#f6f7f9}
header{padding:18px 28px;background:#17324d;color:#fff}header h1{margin:0 0 4px;font-size:22px}
header p{margin:0;opacity:.85}main{padding:8px 28px 40px;max-width:1280px}
section{background:#fff;border:1px solid #dde2e7;border-radius:6px;margin:16px 0;padding:12px 16px}
h2{font-size:16px;margin:4px 0 10px}svg{width:100%;height:auto;display:block}
.sea{fill:#e8f0f7}.land path{fill:#cfd6dd;stroke:#fff;stroke-width:.4}
.clusters circle{fill-opacity:.75;stroke:#fff;stroke-width:.6;cursor:pointer}
.clusters circle.hl{stroke:#000;stroke-width:2;fill-opacity:1}
.tick{stroke:#e3e7eb}.today{stroke:#17324d;stroke-dasharray:3 3}.axis{font-size:10px;fill:#66717c}
.lane{font-size:11px;text-anchor:end;fill:#333}.lane-line{stroke:#eef0f2}.count{font-size:10px;fill:#555}
.legend{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 8px;padding:0;list-style:none}
.legend li{cursor:pointer;padding:2px 8px;border-radius:10px;color:#fff;font-size:12px;user-select:none}
.legend li.off{opacity:.3}.note{color:#66717c;font-size:12px}
ol.clusters{padding-left:0;list-style:none;margin:0}.cluster{border-top:1px solid #eef0f2;padding:8px 0}
.cluster.hl{background:#fff8dc}.head{display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}
.rank{color:#66717c;width:1.6em}.badge{color:#fff;border-radius:3px;padding:0 6px;font-size:12px}
.where{color:#3b4a57}.when{margin-left:auto;color:#66717c}.facts{color:#66717c;font-size:12px;margin:2px 0 4px 2.2em}
.evidence{margin:0 0 0 2.2em;padding-left:1em}.evidence li{margin:2px 0}.src{color:#66717c;font-size:12px}
.cert-asserted{color:#1b7837}.cert-reported{color:#2166ac}.cert-hedged{color:#b35806}.cert-denied{color:#b2182b}
[hidden]{display:none!important}
"""

_SCRIPT = """
(function () {
  "use strict";
  var off = {};
  function apply() {
    document.querySelectorAll("[data-type]").forEach(function (el) {
      if (el.tagName === "LI" && el.parentNode.classList.contains("legend")) { return; }
      var hide = !!off[el.getAttribute("data-type")];
      if (el.tagName === "LI") { el.hidden = hide; } else { el.style.display = hide ? "none" : ""; }
    });
  }
  document.querySelectorAll(".legend li").forEach(function (li) {
    li.addEventListener("click", function () {
      var t = li.getAttribute("data-type");
      off[t] = !off[t];
      li.classList.toggle("off", off[t]);
      apply();
    });
  });
  function mark(id, on) {
    document.querySelectorAll('[data-cluster="' + id + '"]').forEach(function (el) { el.classList.toggle("hl", on); });
  }
  document.querySelectorAll("[data-cluster]").forEach(function (el) {
    var id = el.getAttribute("data-cluster");
    el.addEventListener("mouseenter", function () { mark(id, true); });
    el.addEventListener("mouseleave", function () { mark(id, false); });
  });
  document.body.setAttribute("data-ready", "1");
})();
"""


def render_report(
    day: str,
    events: pd.DataFrame,
    clusters: pd.DataFrame,
    evidence: pd.DataFrame,
    *,
    top: int = 20,
    generated_at: str | None = None,
) -> str:
    """The page for ingestion day `day`.

    events: that day's event mentions (event_type, event_date, cluster_id, article_id); clusters: the clusters
    they belong to (event_clusters rows, with latitude/longitude when geocoded); evidence: mentions of those
    clusters with sentence, certainty, event_date and the article's site and url.
    """
    the_day = dt.date.fromisoformat(day)
    svg_map, placed, unplaced = map_svg(clusters)
    types = [t for t in TYPE_COLOURS if len(events) and t in set(events["event_type"])]
    legend = "".join(
        f'<li data-type="{t}" style="background:{_colour(t)}">{t} {int((events["event_type"] == t).sum())}</li>'
        for t in types
    )
    n_articles = events["article_id"].nunique() if len(events) else 0
    n_sources = events["site"].dropna().nunique() if len(events) and "site" in events else 0
    stamp = f" · generated {_e(generated_at)}" if generated_at else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Events reported on {_e(day)}</title>
<style>{_STYLE}</style></head>
<body>
<header><h1>Events reported on {_e(day)}</h1>
<p>{len(events)} event mentions in {n_articles} articles from {n_sources} outlets,
{len(clusters)} real-world events (clusters){stamp}</p></header>
<main>
<ul class="legend" id="legend">{legend}</ul>
<section id="map-section"><h2>Where</h2>{svg_map}
<p class="note">{placed} clusters on the map (circle area by mentions; a country's centroid where only the country
is known){f", {unplaced} without a place" if unplaced else ""}.
Outlines: Natural Earth (public domain) via world-atlas (ISC).</p></section>
<section id="timeline-section"><h2>When</h2>{timeline_svg(events, the_day)}
<p class="note">Each lane is an event type: a dot per day named (area by mentions), a bar for a week, month,
quarter or season; the count at the end says how many mentions lie outside the window or have no date.</p></section>
<section id="top-section"><h2>Top events</h2>{clusters_html(clusters, evidence, top)}</section>
</main>
<script>{_SCRIPT}</script>
</body></html>
"""
