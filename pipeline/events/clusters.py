"""Mentions of the same real-world event, across articles and sources, merged into one cluster.

Two mentions can share a cluster when they have the same event type, source and target actor, and their
location, date and quantity are compatible:
- dates at their own precision: a day falls inside a week, month or year; two different days never match;
  a cluster keeps the intersection of its members' date ranges, so it cannot drift across days;
- locations: unknown matches anything; otherwise the same country code;
- quantities: unknown matches anything; otherwise the ranges are within a factor of 1.5 of each other
  (10,000 vs 11,000 troops is one event reported twice; 100 vs 10,000 is not).
Mentions without a date join their group's only dated cluster, else form their own.
The cluster's first and last dates are those of its most precise mentions.
Cluster ids are derived from content (a hash of the smallest member event_id), never from order or time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field

import pandas as pd

from pipeline.events.actors import gazetteer

QUANTITY_FACTOR = 1.5
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def date_range(value: object) -> tuple[dt.date, dt.date, str] | None:
    """First and last day covered by a temporal value, and its precision; None when unknown."""
    if not isinstance(value, str) or not value:
        return None
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d, "day"
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6), "week"
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            first = dt.date(int(m[1]), int(m[2]), 1)
            nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1), "month"
        if m := re.fullmatch(r"(\d{4})", value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31), "year"
    except ValueError:
        return None
    return None


def _country(location: object) -> str | None:
    if not isinstance(location, str) or not location:
        return None
    m = re.search(r"\(([^)]+)\)\s*$", location)
    return m.group(1) if m else location


def _is_country(location: str) -> bool:
    hit = gazetteer().entries.get(location.split(" (")[0])
    return hit is not None and hit[1] == "state"


def _quantity_range(q: object, q_max: object) -> tuple[float, float] | None:
    lo = None if pd.isna(q) else float(q)  # type: ignore[arg-type]
    hi = None if pd.isna(q_max) else float(q_max)  # type: ignore[arg-type]
    if lo is None and hi is None:
        return None
    lo = lo if lo is not None else hi
    hi = hi if hi is not None else lo
    return lo, hi  # type: ignore[return-value]


def _quantities_compatible(a: tuple[float, float] | None, b: tuple[float, float] | None) -> bool:
    if a is None or b is None:
        return True
    if a[0] <= b[1] and b[0] <= a[1]:
        return True
    low, high = (a, b) if a[1] < b[0] else (b, a)
    return low[1] > 0 and high[0] / low[1] <= QUANTITY_FACTOR


@dataclass
class _Cluster:
    members: list[int] = field(default_factory=list)
    first: dt.date | None = None  # intersection of the members' date ranges
    last: dt.date | None = None
    country: str | None = None
    quantities: list[tuple[float, float]] = field(default_factory=list)

    def accepts(self, rng: tuple[dt.date, dt.date, str] | None, country: str | None, qty: tuple[float, float] | None) -> bool:
        if rng is not None and self.first is not None and self.last is not None:
            if rng[1] < self.first or rng[0] > self.last:
                return False
        if country and self.country and country != self.country:
            return False
        return all(_quantities_compatible(qty, q) for q in self.quantities)

    def add(self, row: int, rng: tuple[dt.date, dt.date, str] | None, country: str | None, qty: tuple[float, float] | None) -> None:
        self.members.append(row)
        if rng is not None:
            self.first = rng[0] if self.first is None else max(self.first, rng[0])
            self.last = rng[1] if self.last is None else min(self.last, rng[1])
        self.country = self.country or country
        if qty is not None:
            self.quantities.append(qty)


SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def _group_keys(keys: list[tuple]) -> list[tuple]:
    """Which mentions may describe the same event: same type and actors, where
    - a symmetric event ("Chile and Peru agreed", "Peru and Chile agreed") has no direction, and
    - a mention that misses one actor ("Russia attacked" without a target) joins the only group with the
      same type and known actor, if there is exactly one; with several candidates it stays apart."""
    def canon(k: tuple) -> tuple:
        t, src, tar = k
        if t in SYMMETRIC_TYPES and src is not None and tar is not None:
            a, b = sorted([src, tar])
            return (t, a, b)
        return k

    canon_keys = [canon(k) for k in keys]
    full = {k for k in canon_keys if k[1] is not None and k[2] is not None}
    out = []
    for k in canon_keys:
        t, src, tar = k
        if (src is None) == (tar is None):
            out.append(k)
            continue
        known = src if src is not None else tar
        candidates = sorted(
            f for f in full
            if f[0] == t and ((src is not None and (f[1] == known or (t in SYMMETRIC_TYPES and f[2] == known)))
                              or (tar is not None and (f[2] == known or (t in SYMMETRIC_TYPES and f[1] == known))))
        )
        out.append(candidates[0] if len(candidates) == 1 else k)
    return out


def cluster_id_for(event_ids: list[str]) -> str:
    """The id of a cluster: derived from its smallest member event_id only."""
    return "c" + hashlib.sha256(min(event_ids).encode()).hexdigest()[:19]


def cluster_events(events: pd.DataFrame) -> tuple[pd.Series, pd.DataFrame]:
    """Assign every mention to a real-world event.

    `events` has one row per mention with at least the columns event_id, article_id, site, event_type,
    source_actor, target_actor, location, event_date, quantity, quantity_max.
    Returns the cluster_id of each row (aligned with `events.index`) and the clusters table with the
    columns cluster_id, event_type, source_actor, target_actor, location, date_first, date_last,
    n_mentions, n_articles, n_sources (plus quantity_min, quantity_max).
    """
    frame = events.reset_index(drop=True)
    assignment: dict[int, str] = {}
    all_clusters: list[_Cluster] = []
    keys = frame[["event_type", "source_actor", "target_actor"]].astype(object).where(
        frame[["event_type", "source_actor", "target_actor"]].notna(), None
    )
    groups: dict[tuple, list[int]] = {}
    for i, key in enumerate(_group_keys(list(keys.itertuples(index=False, name=None)))):
        groups.setdefault(key, []).append(i)
    for rows in groups.values():
        info = {
            i: (
                date_range(frame.at[i, "event_date"]),
                _country(frame.at[i, "location"]),
                _quantity_range(frame.at[i, "quantity"], frame.at[i, "quantity_max"]),
            )
            for i in rows
        }
        # Most precise dates first, then by event_id: the result does not depend on input order.
        dated = sorted(
            (i for i in rows if info[i][0] is not None),
            key=lambda i: (_PRECISION_RANK[info[i][0][2]], info[i][0][0], str(frame.at[i, "event_id"])),  # type: ignore[index]
        )
        undated = sorted((i for i in rows if info[i][0] is None), key=lambda i: str(frame.at[i, "event_id"]))
        clusters: list[_Cluster] = []
        for i in dated:
            home = next((c for c in clusters if c.accepts(*info[i])), None)
            if home is None:
                home = _Cluster()
                clusters.append(home)
            home.add(i, *info[i])
        for i in undated:
            fits = [c for c in clusters if c.accepts(*info[i])]
            if len(fits) == 1:
                fits[0].add(i, *info[i])
                continue
            leftover = next((c for c in clusters if c.first is None and c.accepts(*info[i])), None)
            if leftover is None:
                leftover = _Cluster()
                clusters.append(leftover)
            leftover.add(i, *info[i])
        all_clusters.extend(clusters)

    records = []
    for c in all_clusters:
        members = frame.loc[c.members]
        cid = cluster_id_for([str(x) for x in members["event_id"]])
        for i in c.members:
            assignment[i] = cid
        records.append(_summary(cid, members))
    ids = pd.Series([assignment[i] for i in range(len(frame))], index=events.index, name="cluster_id")
    columns = [
        "cluster_id", "event_type", "source_actor", "target_actor", "location", "date_first", "date_last",
        "n_mentions", "n_articles", "n_sources", "quantity_min", "quantity_max",
    ]
    clusters_frame = pd.DataFrame(records, columns=columns).sort_values("cluster_id").reset_index(drop=True)
    return ids, clusters_frame


def _summary(cid: str, members: pd.DataFrame) -> dict:
    first = members.iloc[0]
    # First and last date among the most precise mentions: coarser ones contain them by construction.
    dated = [(date_range(v), v) for v in members["event_date"] if date_range(v) is not None]
    finest = min((_PRECISION_RANK[r[2]] for r, _ in dated), default=None)  # type: ignore[index]
    dated = [(r, v) for r, v in dated if _PRECISION_RANK[r[2]] == finest]  # type: ignore[index]
    date_first = min(dated, key=lambda x: x[0][0])[1] if dated else None  # type: ignore[index]
    date_last = max(dated, key=lambda x: x[0][1])[1] if dated else None  # type: ignore[index]
    locations = [v for v in members["location"] if isinstance(v, str) and v]
    # Most specific: a named place beats a country; then the most frequent; then alphabetical.
    location = None
    if locations:
        location = sorted(
            set(locations),
            key=lambda v: (_is_country(v), -locations.count(v), v),
        )[0]
    lows = [float(v) for v in members["quantity"] if pd.notna(v)]
    highs = [float(v) for v in members["quantity_max"] if pd.notna(v)] + lows
    sites = {
        (str(s).lower() if isinstance(s, str) and s else f"article:{a}")
        for s, a in zip(members["site"], members["article_id"])
    }
    source = _most_common(members["source_actor"])
    target = _most_common(members["target_actor"], exclude=source)
    if target is None and first["event_type"] in SYMMETRIC_TYPES:
        target = _most_common(members["source_actor"], exclude=source)  # "Peru and Chile" written both ways
    return {
        "cluster_id": cid,
        "event_type": first["event_type"],
        "source_actor": source,
        "target_actor": target,
        "location": location,
        "date_first": date_first,
        "date_last": date_last,
        "n_mentions": int(len(members)),
        "n_articles": int(members["article_id"].nunique()),
        "n_sources": len(sites),
        "quantity_min": min(lows) if lows else None,
        "quantity_max": max(highs) if highs else None,
    }


def _most_common(values: pd.Series, exclude: str | None = None) -> str | None:
    """The actor most members name (ties: alphabetical); None when none does."""
    known = [str(v) for v in values if isinstance(v, str) and v and v != exclude]
    if not known:
        return None
    return sorted(set(known), key=lambda v: (-known.count(v), v))[0]

