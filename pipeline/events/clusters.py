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

The steps are separate functions so that `incremental` can run them on part of the mentions with the same
result: `resolve_groups` (which group a key belongs to), `cluster_dated` (one group's dated mentions, run by
run of overlapping date ranges), `assign_undated` (one group's undated mentions against its clusters), and
`summarize` (a cluster's row from its members).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from pipeline.events.actors import gazetteer
from pipeline.geo.geocode import GEO_COLUMNS, article_context, as_columns, geocode

QUANTITY_FACTOR = 1.5
_ONE_DAY = dt.timedelta(days=1)
_PRECISION_RANK = {"day": 0, "weekend": 1, "week": 2, "month": 3, "quarter": 4, "season": 4, "half": 5, "year": 6}


def date_range(value: object) -> tuple[dt.date, dt.date, str] | None:
    """First and last day covered by a temporal value, and its precision; None when unknown."""
    if not isinstance(value, str) or not value:
        return None
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d, "day"
        if m := re.fullmatch(r"(\d{4})-W(\d{2})-WE", value):  # a weekend: its Saturday and Sunday
            saturday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 6)
            return saturday, saturday + _ONE_DAY, "weekend"
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6), "week"
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            first = dt.date(int(m[1]), int(m[2]), 1)
            nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1), "month"
        if m := re.fullmatch(r"(\d{4})", value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31), "year"
        if m := re.fullmatch(r"(\d{4})-([QH])([1-4])", value):  # quarter, half: 3 or 6 months
            months = 3 if m[2] == "Q" else 6
            first = dt.date(int(m[1]), months * int(m[3]) - months + 1, 1)
            return first, _month_end(first.year, first.month + months - 1), "quarter" if months == 3 else "half"
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):  # a season: 3 months, winter into the next year
            start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[m[2]]
            year = int(m[1])
            last = _month_end(year + 1, 2) if start == 12 else _month_end(year, start + 2)
            return dt.date(year, start, 1), last, "season"
        # decades, centuries, references and values without a year are too wide or have no place in the calendar
    except ValueError:
        return None
    return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


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


@dataclass(frozen=True, slots=True)
class ClusterInput:
    """What the rules look at in one mention; `ref` is the caller's handle (row number, event_id)."""

    ref: object
    event_id: str
    rng: tuple[dt.date, dt.date, str] | None
    country: str | None
    qty: tuple[float, float] | None

    @property
    def order(self) -> tuple:
        """Processing order of dated mentions: most precise first, then earliest, then event_id."""
        return (_PRECISION_RANK[self.rng[2]], self.rng[0], self.event_id)  # type: ignore[index]


def cluster_input(
    ref: object, event_id: str, event_date: object, location: object, quantity: object, quantity_max: object
) -> ClusterInput:
    return ClusterInput(
        ref, str(event_id), date_range(event_date), _country(location), _quantity_range(quantity, quantity_max)
    )


@dataclass
class Cluster:
    """A cluster being built: its members and what decides who else it accepts."""

    members: list = field(default_factory=list)  # refs, in the order they joined
    first: dt.date | None = None  # intersection of the members' date ranges
    last: dt.date | None = None
    country: str | None = None
    quantities: list[tuple[float, float]] = field(default_factory=list)
    key: str | None = None  # for a cluster read back from a store: its stored cluster_id

    def accepts(
        self, rng: tuple[dt.date, dt.date, str] | None, country: str | None, qty: tuple[float, float] | None
    ) -> bool:
        if rng is not None and self.first is not None and self.last is not None:
            if rng[1] < self.first or rng[0] > self.last:
                return False
        if country and self.country and country != self.country:
            return False
        return all(_quantities_compatible(qty, q) for q in self.quantities)

    def add(
        self,
        row: object,
        rng: tuple[dt.date, dt.date, str] | None,
        country: str | None,
        qty: tuple[float, float] | None,
    ) -> None:
        self.members.append(row)
        if rng is not None:
            self.first = rng[0] if self.first is None else max(self.first, rng[0])
            self.last = rng[1] if self.last is None else min(self.last, rng[1])
        self.country = self.country or country
        if qty is not None:
            self.quantities.append(qty)

    def admit(self, m: ClusterInput) -> bool:
        return self.accepts(m.rng, m.country, m.qty)

    def join(self, m: ClusterInput) -> None:
        self.add(m.ref, m.rng, m.country, m.qty)

    @property
    def universal(self) -> bool:
        """Accepts every undated mention: no country and no quantity yet."""
        return self.country is None and not self.quantities


SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def _canonical(key: tuple) -> tuple:
    t, src, tar = key
    if t in SYMMETRIC_TYPES and src is not None and tar is not None:
        a, b = sorted([src, tar])
        return (t, a, b)
    return key


def resolve_groups(keys: Iterable[tuple]) -> dict[tuple, tuple]:
    """The group of each (event_type, source_actor, target_actor) key: which mentions may describe the same
    event. Same type and actors, where
    - a symmetric event ("Chile and Peru agreed", "Peru and Chile agreed") has no direction, and
    - a mention that misses one actor ("Russia attacked" without a target) joins the only group with the
      same type and known actor, if there is exactly one; with several candidates it stays apart.
    A key's group depends on the set of keys with both actors, and on nothing else."""
    canon = {k: _canonical(k) for k in set(keys)}
    by_source: dict[tuple, set[tuple]] = {}
    by_target: dict[tuple, set[tuple]] = {}
    for f in {c for c in canon.values() if c[1] is not None and c[2] is not None}:
        by_source.setdefault((f[0], f[1]), set()).add(f)
        by_target.setdefault((f[0], f[2]), set()).add(f)
    out = {}
    for k, c in canon.items():
        t, src, tar = c
        if (src is None) == (tar is None):
            out[k] = c
            continue
        known = src if src is not None else tar
        same, other = (by_source, by_target) if src is not None else (by_target, by_source)
        candidates = same.get((t, known), set())
        if t in SYMMETRIC_TYPES:
            candidates = candidates | other.get((t, known), set())
        out[k] = next(iter(candidates)) if len(candidates) == 1 else c
    return out


def dated_components(inputs: Iterable[ClusterInput]) -> list[list[ClusterInput]]:
    """Dated mentions of one group split where no date range bridges: a mention only ever joins a cluster
    whose date span overlaps its own range (and a span lies inside every member's range), so the clusters
    of one component never depend on another component."""
    ordered = sorted(inputs, key=lambda m: (m.rng[0], m.rng[1], m.event_id))  # type: ignore[index]
    out: list[list[ClusterInput]] = []
    reach: dt.date | None = None
    for m in ordered:
        if reach is None or m.rng[0] > reach:  # type: ignore[index]
            out.append([])
            reach = m.rng[1]  # type: ignore[index]
        else:
            reach = max(reach, m.rng[1])  # type: ignore[index]
        out[-1].append(m)
    return out


def cluster_dated(inputs: Iterable[ClusterInput]) -> list[Cluster]:
    """Dated mentions of one group into clusters: most precise dates first, then by date and event_id, each
    joining the first earlier cluster that accepts it (so the result does not depend on input order)."""
    clusters: list[Cluster] = []
    for component in dated_components(inputs):
        clusters.extend(_cluster_component(component))
    return clusters


def _cluster_component(component: list[ClusterInput]) -> list[Cluster]:
    # Only a cluster whose span overlaps the mention's range can accept it, so the candidates are looked up
    # by day instead of trying every earlier cluster. One-day clusters are made by day-dated mentions only,
    # which come first and by date: so they were made before every wider cluster, and day by day. A span
    # only ever shrinks: a one-day cluster keeps its day; a wider one is checked against its current span.
    made: list[Cluster] = []
    by_day: dict[dt.date, list[Cluster]] = {}
    wide: list[Cluster] = []
    for m in sorted(component, key=lambda m: m.order):
        lo, hi = m.rng[0], m.rng[1]  # type: ignore[index]
        home = None
        day = lo
        while home is None and day <= hi:
            home = next((c for c in by_day.get(day, ()) if c.admit(m)), None)
            day += _ONE_DAY
        if home is None:
            home = next((c for c in wide if c.first <= hi and lo <= c.last and c.admit(m)), None)  # type: ignore[operator]
        if home is None:
            home = Cluster()
            (by_day.setdefault(lo, []) if lo == hi else wide).append(home)
            made.append(home)
        home.join(m)
    return made


def assign_undated(dated: list[Cluster], undated: Iterable[ClusterInput]) -> list[Cluster]:
    """Undated mentions of one group, by event_id: each joins the only cluster of the group that accepts it
    (dated or not, whatever its date); else the first cluster of undated mentions that accepts it, else a
    new one. `dated` is every dated cluster of the group, in any order (only how many accept counts); they
    may gain members. Returns the clusters of undated mentions, in the order they were made."""
    leftovers: list[Cluster] = []
    # Two clusters without country or quantity accept every undated mention, and then no undated mention
    # ever has a single candidate: no dated cluster can change, and need not be looked at.
    skip_dated = sum(1 for c in dated if c.universal) >= 2
    for m in sorted(undated, key=lambda m: m.event_id):
        fits = [None, None] if skip_dated else _first_two(dated, m)
        if len(fits) < 2:
            fits += _first_two(leftovers, m)
        if len(fits) == 1:
            fits[0].join(m)  # type: ignore[union-attr]
            continue
        leftover = next((c for c in leftovers if c.admit(m)), None)
        if leftover is None:
            leftover = Cluster()
            leftovers.append(leftover)
        leftover.join(m)
    return leftovers


def _first_two(clusters: list[Cluster], m: ClusterInput) -> list[Cluster | None]:
    """The first two clusters that accept `m` (fewer when fewer do)."""
    out: list[Cluster | None] = []
    for c in clusters:
        if c.admit(m):
            out.append(c)
            if len(out) == 2:
                break
    return out


def cluster_id_for(event_ids: Iterable[str]) -> str:
    """The id of a cluster: derived from its smallest member event_id only."""
    return "c" + hashlib.sha256(min(event_ids).encode()).hexdigest()[:19]


CLUSTER_COLUMNS = [
    "cluster_id",
    "event_type",
    "source_actor",
    "target_actor",
    "location",
    *GEO_COLUMNS,
    "date_first",
    "date_last",
    "n_mentions",
    "n_articles",
    "n_sources",
    "quantity_min",
    "quantity_max",
]


def _optional(value: object) -> object:
    return None if value is None or (not isinstance(value, str) and pd.isna(value)) else value  # type: ignore[arg-type]


def cluster_events(events: pd.DataFrame) -> tuple[pd.Series, pd.DataFrame]:
    """Assign every mention to a real-world event.

    `events` has one row per mention with at least the columns event_id, article_id, site, event_type,
    source_actor, target_actor, location, event_date, quantity, quantity_max.
    Returns the cluster_id of each row (aligned with `events.index`) and the clusters table with the
    columns cluster_id, event_type, source_actor, target_actor, location, date_first, date_last,
    n_mentions, n_articles, n_sources (plus quantity_min, quantity_max).
    """
    frame = events.reset_index(drop=True)
    raw = [
        tuple(_optional(v) for v in k)
        for k in frame[["event_type", "source_actor", "target_actor"]].itertuples(index=False, name=None)
    ]
    group_of = resolve_groups(raw)
    groups: dict[tuple, list[ClusterInput]] = {}
    columns = ["event_id", "event_date", "location", "quantity", "quantity_max"]
    for i, (key, values) in enumerate(zip(raw, frame[columns].itertuples(index=False, name=None), strict=True)):
        groups.setdefault(group_of[key], []).append(cluster_input(i, *values))
    all_clusters: list[Cluster] = []
    for inputs in groups.values():
        dated = cluster_dated(m for m in inputs if m.rng is not None)
        leftovers = assign_undated(dated, [m for m in inputs if m.rng is None])
        all_clusters.extend(dated + leftovers)

    assignment: dict[int, str] = {}
    records = []
    values = {c: frame[c].tolist() for c in [*SUMMARY_COLUMNS, "event_id"]}
    for c in all_clusters:
        cid = cluster_id_for(str(values["event_id"][i]) for i in c.members)
        for i in c.members:
            assignment[i] = cid
        records.append(summarize(cid, {k: [v[i] for i in c.members] for k, v in values.items()}))
    ids = pd.Series([assignment[i] for i in range(len(frame))], index=events.index, name="cluster_id")
    clusters_frame = pd.DataFrame(records, columns=CLUSTER_COLUMNS).sort_values("cluster_id").reset_index(drop=True)
    return ids, clusters_frame


SUMMARY_COLUMNS = [
    "event_type",
    "source_actor",
    "target_actor",
    "location",
    "event_date",
    "quantity",
    "quantity_max",
    "site",
    "article_id",
]


def summarize(cid: str, members: pd.DataFrame | Mapping[str, Sequence]) -> dict:
    """The clusters row of one cluster from its members' rows (any order): a frame, or a mapping from each
    of SUMMARY_COLUMNS to the members' values."""
    col = {c: list(members[c]) for c in SUMMARY_COLUMNS}
    # First and last date among the most precise mentions: coarser ones contain them by construction.
    dated = [(r, v) for v in col["event_date"] if (r := date_range(v)) is not None]
    finest = min((_PRECISION_RANK[r[2]] for r, _ in dated), default=None)
    dated = [(r, v) for r, v in dated if _PRECISION_RANK[r[2]] == finest]
    date_first = min(dated, key=lambda x: x[0][0])[1] if dated else None
    date_last = max(dated, key=lambda x: x[0][1])[1] if dated else None
    locations = Counter(v for v in col["location"] if isinstance(v, str) and v)
    # Most specific: a named place beats a country; then the most frequent; then alphabetical.
    location = min(locations, key=lambda v: (_is_country(v), -locations[v], v)) if locations else None
    lows = [float(v) for v in col["quantity"] if pd.notna(v)]
    highs = [float(v) for v in col["quantity_max"] if pd.notna(v)] + lows
    sites = {
        (str(s).lower() if isinstance(s, str) and s else f"article:{a}")
        for s, a in zip(col["site"], col["article_id"], strict=True)
    }
    event_type = col["event_type"][0]  # the group's, shared by every member
    source = _most_common(col["source_actor"])
    target = _most_common(col["target_actor"], exclude=source)
    if target is None and event_type in SYMMETRIC_TYPES:
        target = _most_common(col["source_actor"], exclude=source)  # "Peru and Chile" written both ways
    return {
        "cluster_id": cid,
        "event_type": event_type,
        "source_actor": source,
        "target_actor": target,
        "location": location,
        # where the chosen location is, read with the cluster's own actors as the context
        **as_columns(geocode(location, article_context([source, target]))),
        "date_first": date_first,
        "date_last": date_last,
        "n_mentions": len(col["event_type"]),
        "n_articles": len({a for a in col["article_id"] if pd.notna(a)}),
        "n_sources": len(sites),
        "quantity_min": min(lows) if lows else None,
        "quantity_max": max(highs) if highs else None,
    }


def _most_common(values: Iterable[object], exclude: str | None = None) -> str | None:
    """The actor most members name (ties: alphabetical); None when none does."""
    known = Counter(str(v) for v in values if isinstance(v, str) and v and v != exclude)
    if not known:
        return None
    return min(known, key=lambda v: (-known[v], v))
