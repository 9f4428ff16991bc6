"""Keep the clusters up to date when some mentions change, with the result of clustering everything again.

Why only part of the store has to be looked at (the rules are in `clusters`):
1. Groups. A mention only meets mentions of its group (type and actors). A key's group depends on the set of
   keys that name both actors, so when that set changes, the one-actor keys whose group changes move, with
   all their mentions, out of one group into another: both groups are recomputed where those mentions are.
2. Dated mentions. A mention joins a cluster only if its date range overlaps the cluster's span, and the span
   lies inside every member's range. So within a group the clusters of dated mentions never cross a gap
   between date ranges: they are computed per connected run of overlapping ranges (`dated_components`).
   A change at some dates re-clusters exactly the runs it touches: starting from the changed ranges, the
   window grows by the ranges of the stored mentions it overlaps until no stored mention of the group
   overlaps it (the closure below). The rules bound how far one step reaches: a range is at most a calendar
   year (366 days), and an ISO week reaches 3 days into the next year; so a change at date d re-clusters
   mentions dated in d's calendar year at most, unless ranges chain across a year end (a week that
   straddles it, overlapped by year-dated mentions on both sides), which the closure follows, exactly, to
   wherever the chain ends. A fixed +/- N days window would have to be a year wide and still be wrong on
   such chains; the closure is both exact and usually far narrower (most mentions are dated to a day).
3. Undated mentions. The rules compare an undated mention with every cluster of its group, whatever its
   date ("it joins the group's only cluster that accepts it"). So for each touched group the undated phase
   runs again over the group's undated mentions, against the clusters just recomputed and the stored state
   (country, quantities) of the group's other dated clusters: a narrow read, linear in the group's size,
   never a re-clustering of its dated mentions. Only how many dated clusters accept a mention counts, not
   their order, so the stored clusters can come in any order.

The plan names the clusters to (re)write with their members, the stored clusters to drop, and the mentions
whose rows change (new or changed ones, and those whose cluster_id changes); stored clusters with the same
members stay as they are, cluster_id included (an id is derived from the smallest member event_id).
No Dagster and no database here: the stored state is read through the `ClusterIndex` protocol.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from pipeline.events.clusters import (
    Cluster,
    ClusterInput,
    assign_undated,
    cluster_dated,
    cluster_id_for,
    resolve_groups,
)

Key = tuple  # (event_type, source_actor, target_actor) as the mention has them
Window = tuple[dt.date, dt.date]  # first and last day, inclusive
ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class IndexedMention:
    """A mention as the clustering index knows it: its key, what the rules read, and its stored cluster
    (None for a mention not clustered yet). `inp.ref` is the event_id."""

    key: Key
    inp: ClusterInput
    cluster_id: str | None = None


@dataclass(frozen=True, slots=True)
class StoredCluster:
    """What the undated phase needs of a stored dated cluster: its country and quantities (dated members
    only), and one member's key (all members share the group)."""

    cluster_id: str
    key: Key
    country: str | None
    quantities: tuple[tuple[float, float], ...]


class ClusterIndex(Protocol):
    """The stored clustering state (as of the last update) and the mentions as they are now.

    'Unchanged' mentions are stored and still present with the same content; `changes` defines them."""

    def changes(self) -> tuple[list[IndexedMention], list[IndexedMention]]:
        """(removed, added): stored mentions that are gone or changed (with their stored values and
        cluster), and present mentions that are new or changed (with their current values)."""

    def keys(self, *, with_removed: bool) -> set[Key]:
        """Keys of the stored mentions (all of them, or the unchanged ones only)."""

    def with_keys(self, keys: set[Key], *, undated_only: bool) -> list[IndexedMention]:
        """Unchanged mentions with one of `keys` (only those without a date range when undated_only)."""

    def overlapping(self, windows: dict[Key, list[Window]]) -> list[IndexedMention]:
        """Unchanged dated mentions whose range overlaps one of the windows listed for their key."""

    def dated_clusters(self, keys: set[Key], exclude: set[str]) -> list[StoredCluster]:
        """Stored clusters, other than `exclude`, with a dated unchanged mention of one of `keys`."""

    def members(self, cluster_ids: set[str]) -> dict[str, list[tuple[str, bool]]]:
        """Stored members (event_id, dated) of each cluster, removed mentions included."""


@dataclass
class ClusterPlan:
    clusters: dict[str, list[str]] = field(default_factory=dict)  # cluster_id -> member event_ids, to write
    assign: dict[str, str] = field(default_factory=dict)  # event_id -> cluster_id: mention rows to write
    drop_clusters: set[str] = field(default_factory=set)  # stored cluster_ids to delete first
    drop_events: set[str] = field(default_factory=set)  # event_ids whose stored rows go (rewritten or removed)
    stats: dict = field(default_factory=dict)


@dataclass
class _Scope:
    """What a change touches: the groups (by their seed windows), their keys, and the mentions that moved."""

    removed: list[IndexedMention]
    added: list[IndexedMention]
    new_group: dict[Key, Key]
    moved: set[Key]
    moved_rows: list[IndexedMention]
    seeds: dict[Key, list[Window]]  # group -> ranges where something changed (none for undated changes only)
    keys_of: dict[Key, set[Key]]  # touched group -> its present keys

    @property
    def touched_keys(self) -> set[Key]:
        return set().union(*self.keys_of.values()) if self.keys_of else set()


@dataclass
class _Recomputed:
    """The touched groups clustered again: dated runs from scratch, undated mentions assigned again."""

    dated_inputs: dict[Key, list[ClusterInput]]
    undated_inputs: dict[Key, list[IndexedMention]]
    recomputed: dict[Key, list[Cluster]]  # new dated clusters of the touched runs
    stored: dict[Key, list[Cluster]]  # the groups' other dated clusters, as stored (plus undated joiners)
    leftovers: dict[Key, list[Cluster]]  # clusters of undated mentions no dated cluster took
    involved: set[str]  # stored clusters any of this touches


def plan_update(index: ClusterIndex) -> ClusterPlan:
    """What to rewrite so the stored clusters equal a clustering of every present mention."""
    removed, added = index.changes()
    if not removed and not added:
        return ClusterPlan(stats={"removed": 0, "added": 0})
    scope = _scope(index, removed, added)
    windows = {g: _merge(w) for g, w in scope.seeds.items()}
    found = _closure(index, windows, scope.keys_of, scope.new_group)  # grows `windows` to the runs' extent
    again = _recompute(index, scope, found)
    old_members = index.members(again.involved)
    plan = _diff(scope, again, old_members)
    plan.stats = _stats(scope, again, plan, windows)
    return plan


def _scope(index: ClusterIndex, removed: list[IndexedMention], added: list[IndexedMention]) -> _Scope:
    """Groups before and after the change, the keys that moved group, and the seed windows of each group."""
    old_keys = index.keys(with_removed=True)
    new_keys = index.keys(with_removed=False) | {a.key for a in added}
    old_group, new_group = resolve_groups(old_keys), resolve_groups(new_keys)
    moved = {k for k in old_keys & new_keys if old_group[k] != new_group[k]}
    moved_rows = index.with_keys(moved, undated_only=False) if moved else []

    seeds: dict[Key, list[Window]] = {}

    def touch(group: Key, m: IndexedMention) -> None:
        ranges = seeds.setdefault(group, [])
        if m.inp.rng is not None:
            ranges.append((m.inp.rng[0], m.inp.rng[1]))

    for r in removed:
        touch(old_group[r.key], r)
    for a in added:
        touch(new_group[a.key], a)
    for m in moved_rows:  # gone from the old group, new in the new one
        touch(old_group[m.key], m)
        touch(new_group[m.key], m)
    keys_of: dict[Key, set[Key]] = {}
    for k in new_keys:
        if new_group[k] in seeds:
            keys_of.setdefault(new_group[k], set()).add(k)
    return _Scope(removed, added, new_group, moved, moved_rows, seeds, keys_of)


def _recompute(index: ClusterIndex, scope: _Scope, found: dict[str, IndexedMention]) -> _Recomputed:
    """Dated clusters of the touched runs from scratch, then the undated phase of every touched group against
    them and the group's other dated clusters as stored."""
    new_group, added = scope.new_group, scope.added
    dated_inputs: dict[Key, list[ClusterInput]] = {}
    undated_inputs: dict[Key, list[IndexedMention]] = {}
    for m in [*found.values(), *(a for a in added if a.inp.rng is not None)]:
        dated_inputs.setdefault(new_group[m.key], []).append(m.inp)
    recomputed = {g: cluster_dated(inputs) for g, inputs in dated_inputs.items()}
    rebuilt = {m.cluster_id for m in found.values()} | {
        m.cluster_id for m in [*scope.removed, *scope.moved_rows] if m.inp.rng is not None
    }
    touched_keys = scope.touched_keys
    stored: dict[Key, list[Cluster]] = {}
    for s in index.dated_clusters(touched_keys, rebuilt - {None}):  # type: ignore[arg-type]
        stored.setdefault(new_group[s.key], []).append(
            Cluster(country=s.country, quantities=list(s.quantities), key=s.cluster_id)
        )
    unchanged_undated = index.with_keys(touched_keys, undated_only=True) if touched_keys else []
    for m in [*unchanged_undated, *(a for a in added if a.inp.rng is None)]:
        undated_inputs.setdefault(new_group[m.key], []).append(m)
    leftovers: dict[Key, list[Cluster]] = {}
    for g in scope.keys_of:
        leftovers[g] = assign_undated(
            recomputed.get(g, []) + stored.get(g, []), [m.inp for m in undated_inputs.get(g, [])]
        )
    involved = rebuilt | {m.cluster_id for m in [*scope.removed, *scope.moved_rows, *unchanged_undated]}
    involved |= {c.key for cs in stored.values() for c in cs if c.members}
    involved.discard(None)
    return _Recomputed(dated_inputs, undated_inputs, recomputed, stored, leftovers, involved)  # type: ignore[arg-type]


def _diff(scope: _Scope, again: _Recomputed, old_members: dict[str, list[tuple[str, bool]]]) -> ClusterPlan:
    """Compare the new member sets with the stored clusters: keep those with the same members, write the rest."""
    new_sets: list[list[str]] = []
    for g in scope.keys_of:
        for c in again.recomputed.get(g, []) + again.leftovers[g]:
            new_sets.append([str(e) for e in c.members])
        for c in again.stored.get(g, []):
            if c.key in old_members:
                dated_members = [e for e, dated in old_members[c.key] if dated]
                new_sets.append(dated_members + [str(e) for e in c.members])
    old_by_members = {frozenset(e for e, _ in members): cid for cid, members in old_members.items()}
    added_ids = {a.inp.event_id for a in scope.added}
    plan = ClusterPlan()
    kept: set[str] = set()
    for members in new_sets:
        as_set = frozenset(members)
        same = old_by_members.get(as_set)
        if same is not None and not (as_set & added_ids):
            kept.add(same)  # same members, same contents: the stored rows are right
            continue
        plan.clusters[cluster_id_for(as_set)] = sorted(as_set)
    plan.drop_clusters = (set(old_members) - kept) | set(plan.clusters)
    # A mention's row changes when it is new or changed, or when its cluster_id does.
    old_cluster_of = {e: cid for cid, members in old_members.items() for e, _ in members}
    plan.assign = {
        e: cid
        for cid, members in plan.clusters.items()
        for e in members
        if e in added_ids or old_cluster_of.get(e) != cid
    }
    plan.drop_events = {r.inp.event_id for r in scope.removed} | set(plan.assign)
    return plan


def _stats(scope: _Scope, again: _Recomputed, plan: ClusterPlan, windows: dict[Key, list[Window]]) -> dict:
    spans = [w for ws in windows.values() for w in ws]
    return {
        "removed": len(scope.removed),
        "added": len(scope.added),
        "moved_keys": len(scope.moved),
        "groups": len(scope.seeds),
        "dated_reclustered": sum(len(v) for v in again.dated_inputs.values()),
        "undated_reassigned": sum(len(v) for v in again.undated_inputs.values()),
        "clusters_written": len(plan.clusters),
        "clusters_dropped": len(plan.drop_clusters),
        "events_written": len(plan.assign),
        "window_first": min((w[0] for w in spans), default=None),
        "window_last": max((w[1] for w in spans), default=None),
        "widest_window_days": max(((w[1] - w[0]).days + 1 for w in spans), default=0),
    }


def _closure(
    index: ClusterIndex, windows: dict[Key, list[Window]], keys_of: dict[Key, set[Key]], group_of: dict[Key, Key]
) -> dict[str, IndexedMention]:
    """Unchanged dated mentions connected to the seed windows through overlapping ranges, per group.
    `windows` grows to cover them."""
    found: dict[str, IndexedMention] = {}
    pending = {g: w for g, w in windows.items() if w}
    while pending:
        query = {k: pending[g] for g in pending for k in keys_of.get(g, ())}
        grown: dict[Key, list[Window]] = {}
        for m in index.overlapping(query) if query else []:
            if m.inp.event_id in found:
                continue
            found[m.inp.event_id] = m
            grown.setdefault(group_of[m.key], []).append((m.inp.rng[0], m.inp.rng[1]))  # type: ignore[index]
        pending = {}
        for g, ranges in grown.items():
            before = windows[g]
            windows[g] = _merge(before + ranges)
            fresh = _subtract(windows[g], before)
            if fresh:
                pending[g] = fresh
    return found


def _merge(windows: Iterable[Window]) -> list[Window]:
    """Overlapping windows as one; sorted, disjoint (touching days stay apart: they share no day)."""
    out: list[Window] = []
    for lo, hi in sorted(windows):
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _subtract(windows: list[Window], covered: list[Window]) -> list[Window]:
    """Days of the merged `windows` outside the merged `covered` windows."""
    out: list[Window] = []
    for lo, hi in windows:
        start = lo
        for c_lo, c_hi in covered:
            if c_hi < start or c_lo > hi:
                continue
            if c_lo > start:
                out.append((start, c_lo - ONE_DAY))
            start = max(start, c_hi + ONE_DAY)
            if start > hi:
                break
        if start <= hi:
            out.append((start, hi))
    return out
