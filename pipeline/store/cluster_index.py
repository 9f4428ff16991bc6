"""The clustering index: what incremental clustering keeps in DuckDB besides the published tables.

`event_cluster_index` has one row per clustered mention: its event_id, ingestion day and cluster, a hash of
its `event_mentions` row as it was clustered (a different hash, or a missing row, is a change), its key
(type and actors) and what the rules read (date range and precision, country, quantity range). It is never
exported; `event_cluster_state` holds the fingerprint of the code the index was built with (a different
one means a full rebuild), and `event_cluster_exports` the days whose Parquet files still have to be
rewritten after a committed update (so a crash between the commit and the export is repaired next run).

`DuckDBClusterIndex` is the `ClusterIndex` the planner (`pipeline.events.incremental`) reads; `apply_update`
writes a plan's rows in one transaction.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pandas as pd

from pipeline.events import clusters as rules
from pipeline.events.clusters import ClusterInput, cluster_input
from pipeline.events.incremental import IndexedMention, Key, StoredCluster, Window
from pipeline.store.tables import _typed, table_exists

INDEX = "event_cluster_index"
STATE = "event_cluster_state"
EXPORTS = "event_cluster_exports"
MENTIONS = "event_mentions"
INDEX_COLUMNS = [
    "event_id",
    "ingest_day",
    "cluster_id",
    "raw_key",
    "date_lo",
    "date_hi",
    "date_precision",
    "country",
    "qty_lo",
    "qty_hi",
]
_INDEX_DDL = (
    f"CREATE OR REPLACE TABLE {INDEX} (event_id VARCHAR, ingest_day VARCHAR, cluster_id VARCHAR, raw_key VARCHAR, "
    "date_lo DATE, date_hi DATE, date_precision VARCHAR, country VARCHAR, qty_lo DOUBLE, qty_hi DOUBLE, "
    "row_hash UBIGINT)"
)
# Rows of `_new_index` (dates arrive as ISO strings) with the hash of their present mention row.
_INSERT_INDEX = (
    f"INSERT INTO {INDEX} BY NAME SELECT x.* REPLACE (CAST(x.date_lo AS DATE) AS date_lo, "
    "CAST(x.date_hi AS DATE) AS date_hi), n.row_hash FROM _new_index x JOIN _cluster_now n USING (event_id)"
)
_NULL = "\x00"
_SEP = "\x1f"


def rules_fingerprint() -> str:
    """Hash of the code that decides clusters and their rows: when it changes, the index is rebuilt."""
    from pipeline.events import actors, incremental, rules_data

    digest = hashlib.sha256()
    for module in (rules, incremental, actors, rules_data):
        digest.update(Path(module.__file__).read_bytes())  # type: ignore[arg-type]
    for data_file in rules_data.data_files():
        digest.update(data_file.read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:20]


def encode_key(key: Key) -> str:
    return _SEP.join(_NULL if v is None else str(v) for v in key)


@functools.lru_cache(maxsize=65536)
def decode_key(text: str) -> Key:
    return tuple(None if v == _NULL else v for v in text.split(_SEP))


def raw_key(event_type: object, source_actor: object, target_actor: object) -> Key:
    return tuple(v if isinstance(v, str) else None for v in (event_type, source_actor, target_actor))


def index_rows(mentions: pd.DataFrame, cluster_ids: Sequence[str]) -> pd.DataFrame:
    """Index rows (without the row hash) of mention rows with their cluster_id."""
    rows = []
    columns = [
        "event_id",
        "ingest_day",
        "event_type",
        "source_actor",
        "target_actor",
        "event_date",
        "location",
        "quantity",
        "quantity_max",
    ]
    for values, cid in zip(mentions[columns].itertuples(index=False, name=None), cluster_ids, strict=True):
        event_id, day, t, src, tar, date, location, q, q_max = values
        inp = cluster_input(event_id, event_id, date, location, q, q_max)
        rows.append(
            {
                "event_id": event_id,
                "ingest_day": day,
                "cluster_id": cid,
                "raw_key": encode_key(raw_key(t, src, tar)),
                "date_lo": inp.rng[0].isoformat() if inp.rng else None,
                "date_hi": inp.rng[1].isoformat() if inp.rng else None,
                "date_precision": inp.rng[2] if inp.rng else None,
                "country": inp.country,
                "qty_lo": inp.qty[0] if inp.qty else None,
                "qty_hi": inp.qty[1] if inp.qty else None,
            }
        )
    # Dates stay ISO strings until DuckDB casts them: pandas timestamps end in 1677, news mentions 1648.
    return pd.DataFrame(rows, columns=INDEX_COLUMNS).astype({"qty_lo": "float64", "qty_hi": "float64"})


def _indexed(row: tuple) -> IndexedMention:
    event_id, cid, key, lo, hi, precision, country, q_lo, q_hi = row
    rng = (lo, hi, precision) if lo is not None else None
    qty = (q_lo, q_hi) if q_lo is not None else None
    return IndexedMention(decode_key(key), ClusterInput(event_id, event_id, rng, country, qty), cid)


_SELECT = "i.event_id, i.cluster_id, i.raw_key, i.date_lo, i.date_hi, i.date_precision, i.country, i.qty_lo, i.qty_hi"
_UNCHANGED = "NOT EXISTS (SELECT 1 FROM _cluster_removed r WHERE r.event_id = i.event_id)"


class DuckDBClusterIndex:
    """The stored clustering state and the present mentions, read for the planner (see ClusterIndex)."""

    def __init__(self, conn: duckdb.DuckDBPyConnection) -> None:
        self.conn = conn

    def usable(self) -> str | None:
        """Why the index cannot be used for an incremental update (None when it can)."""
        if not table_exists(self.conn, INDEX) or not table_exists(self.conn, STATE):
            return "no clustering index yet"
        for table in ("events", "event_clusters"):
            if not table_exists(self.conn, table):
                return f"table {table} missing"
        row = self.conn.execute(f"SELECT fingerprint FROM {STATE}").fetchone()
        if row is None or row[0] != rules_fingerprint():
            return "clustering code changed since the index was built"
        indexed, published = self.conn.execute(
            f"SELECT (SELECT count(*) FROM {INDEX}), (SELECT count(*) FROM events)"
        ).fetchone()  # type: ignore[misc]
        if indexed != published:
            return "index and events table disagree"
        if table_exists(self.conn, MENTIONS):
            rows, ids = self.conn.execute(f"SELECT count(*), count(DISTINCT event_id) FROM {MENTIONS}").fetchone()  # type: ignore[misc]
            if rows != ids:
                return "an event_id occurs twice in event_mentions"
        return None

    def snapshot_mentions(self) -> None:
        """Hash every present mention row (`_cluster_now`): what changes are measured against."""
        if table_exists(self.conn, MENTIONS):
            self.conn.execute(
                f"CREATE OR REPLACE TEMP TABLE _cluster_now AS SELECT event_id, hash(m) AS row_hash FROM {MENTIONS} m"
            )
        else:
            self.conn.execute("CREATE OR REPLACE TEMP TABLE _cluster_now (event_id VARCHAR, row_hash UBIGINT)")

    def changes(self) -> tuple[list[IndexedMention], list[IndexedMention]]:
        self.snapshot_mentions()
        self.conn.execute(
            f"CREATE OR REPLACE TEMP TABLE _cluster_removed AS SELECT i.event_id FROM {INDEX} i "
            "LEFT JOIN _cluster_now n USING (event_id) WHERE n.row_hash IS DISTINCT FROM i.row_hash"
        )
        self.conn.execute(
            f"CREATE OR REPLACE TEMP TABLE _cluster_added AS SELECT n.event_id FROM _cluster_now n "
            f"LEFT JOIN {INDEX} i USING (event_id) WHERE i.row_hash IS DISTINCT FROM n.row_hash"
        )
        removed = [
            _indexed(r)
            for r in self.conn.execute(
                f"SELECT {_SELECT} FROM {INDEX} i SEMI JOIN _cluster_removed USING (event_id)"
            ).fetchall()
        ]
        added_rows = (
            self.conn.execute(
                "SELECT m.event_id, m.event_type, m.source_actor, m.target_actor, m.event_date, m.location, "
                f"m.quantity, m.quantity_max FROM {MENTIONS} m SEMI JOIN _cluster_added USING (event_id)"
            ).fetchall()
            if table_exists(self.conn, MENTIONS)
            else []
        )
        added = [
            IndexedMention(raw_key(t, s, r), cluster_input(e, e, d, loc, q, qm))
            for e, t, s, r, d, loc, q, qm in added_rows
        ]
        return removed, added

    def keys(self, *, with_removed: bool) -> set[Key]:
        where = "" if with_removed else f"WHERE {_UNCHANGED}"
        rows = self.conn.execute(f"SELECT DISTINCT raw_key FROM {INDEX} i {where}").fetchall()
        return {decode_key(r[0]) for r in rows}

    def with_keys(self, keys: set[Key], *, undated_only: bool) -> list[IndexedMention]:
        with self._values("_cluster_keys", {"raw_key": [encode_key(k) for k in keys]}):
            undated = "AND i.date_lo IS NULL" if undated_only else ""
            rows = self.conn.execute(
                f"SELECT {_SELECT} FROM {INDEX} i SEMI JOIN _cluster_keys USING (raw_key) WHERE {_UNCHANGED} {undated}"
            ).fetchall()
        return [_indexed(r) for r in rows]

    def overlapping(self, windows: dict[Key, list[Window]]) -> list[IndexedMention]:
        flat = [(encode_key(k), lo.isoformat(), hi.isoformat()) for k, ws in windows.items() for lo, hi in ws]
        columns = {"raw_key": [f[0] for f in flat], "lo": [f[1] for f in flat], "hi": [f[2] for f in flat]}
        with self._values("_cluster_windows", columns):
            rows = self.conn.execute(
                f"SELECT {_SELECT} FROM {INDEX} i WHERE i.date_lo IS NOT NULL AND EXISTS ("
                "SELECT 1 FROM _cluster_windows w WHERE w.raw_key = i.raw_key "
                "AND i.date_lo <= CAST(w.hi AS DATE) AND i.date_hi >= CAST(w.lo AS DATE)"
                f") AND {_UNCHANGED}"
            ).fetchall()
        return [_indexed(r) for r in rows]

    def dated_clusters(self, keys: set[Key], exclude: set[str]) -> list[StoredCluster]:
        with (
            self._values("_cluster_keys", {"raw_key": [encode_key(k) for k in keys]}),
            self._values("_cluster_exclude", {"cluster_id": sorted(exclude)}),
        ):
            rows = self.conn.execute(
                "SELECT i.cluster_id, min(i.raw_key), max(i.country), "
                "list([i.qty_lo, i.qty_hi]) FILTER (WHERE i.qty_lo IS NOT NULL) "
                f"FROM {INDEX} i SEMI JOIN _cluster_keys USING (raw_key) "
                f"WHERE i.date_lo IS NOT NULL AND {_UNCHANGED} "
                "AND NOT EXISTS (SELECT 1 FROM _cluster_exclude x WHERE x.cluster_id = i.cluster_id) "
                "GROUP BY i.cluster_id"
            ).fetchall()
        # A cluster's members all share its country (a mention of another country is never admitted).
        return [
            StoredCluster(cid, decode_key(key), country, tuple((q[0], q[1]) for q in (quantities or [])))
            for cid, key, country, quantities in rows
        ]

    def members(self, cluster_ids: set[str]) -> dict[str, list[tuple[str, bool]]]:
        out: dict[str, list[tuple[str, bool]]] = {}
        with self._values("_cluster_ids", {"cluster_id": sorted(cluster_ids)}):
            for cid, event_id, dated in self.conn.execute(
                f"SELECT cluster_id, event_id, date_lo IS NOT NULL FROM {INDEX} "
                "SEMI JOIN _cluster_ids USING (cluster_id)"
            ).fetchall():
                out.setdefault(cid, []).append((event_id, dated))
        return out

    def mention_rows(self, event_ids: Iterable[str]) -> pd.DataFrame:
        """Present `event_mentions` rows of these mentions."""
        with self._values("_cluster_ids", {"event_id": sorted(set(event_ids))}):
            return self.conn.execute(f"SELECT m.* FROM {MENTIONS} m SEMI JOIN _cluster_ids USING (event_id)").df()

    @contextmanager
    def _values(self, name: str, columns: dict[str, list]) -> Iterator[None]:
        frame = pd.DataFrame(columns)
        self.conn.register(name, _typed(frame) if len(frame) else frame.astype("string"))
        try:
            yield
        finally:
            self.conn.unregister(name)


@contextmanager
def transaction(conn: duckdb.DuckDBPyConnection) -> Iterator[None]:
    conn.begin()
    try:
        yield
        conn.commit()
    except BaseException:
        conn.rollback()
        raise


def _register(conn: duckdb.DuckDBPyConnection, name: str, frame: pd.DataFrame) -> None:
    conn.register(name, _typed(frame))


def apply_update(
    conn: duckdb.DuckDBPyConnection,
    *,
    events: pd.DataFrame,
    clusters: pd.DataFrame,
    index: pd.DataFrame,
    drop_events: Iterable[str],
    drop_clusters: Iterable[str],
) -> dict[str, list[str]]:
    """Replace rows of events, event_clusters and the index in one transaction; return, per table, the
    ingestion days whose Parquet files must be rewritten (also recorded in event_cluster_exports)."""
    drop_e = pd.DataFrame({"event_id": sorted(set(drop_events))}, dtype="string")
    drop_c = pd.DataFrame({"cluster_id": sorted(set(drop_clusters))}, dtype="string")
    with transaction(conn):
        _ensure_exports(conn)
        for name, frame in (
            ("_drop_events", drop_e),
            ("_drop_clusters", drop_c),
            ("_new_events", events),
            ("_new_clusters", clusters),
            ("_new_index", index),
        ):
            _register(conn, name, frame)
        days = {
            "events": _days(conn, "SELECT ingest_day FROM events SEMI JOIN _drop_events USING (event_id)", events),
            "event_clusters": _days(
                conn, "SELECT ingest_day FROM event_clusters SEMI JOIN _drop_clusters USING (cluster_id)", clusters
            ),
        }
        conn.execute("DELETE FROM events WHERE event_id IN (SELECT event_id FROM _drop_events)")
        conn.execute("DELETE FROM event_clusters WHERE cluster_id IN (SELECT cluster_id FROM _drop_clusters)")
        conn.execute(f"DELETE FROM {INDEX} WHERE event_id IN (SELECT event_id FROM _drop_events)")
        if len(events):
            conn.execute("INSERT INTO events BY NAME SELECT * FROM _new_events")
        if len(clusters):
            conn.execute("INSERT INTO event_clusters BY NAME SELECT * FROM _new_clusters")
        if len(index):
            conn.execute(_INSERT_INDEX)
        record_exports(conn, days)
        for name in ("_drop_events", "_drop_clusters", "_new_events", "_new_clusters", "_new_index"):
            conn.unregister(name)
    return days


def _days(conn: duckdb.DuckDBPyConnection, sql: str, frame: pd.DataFrame) -> list[str]:
    old = {r[0] for r in conn.execute(sql).fetchall()}
    return sorted(old | (set(frame["ingest_day"]) if len(frame) else set()))


def rebuild_index(conn: duckdb.DuckDBPyConnection, mentions: pd.DataFrame, cluster_ids: Sequence[str]) -> None:
    """Index every mention with its cluster (after a full rebuild wrote events and event_clusters)."""
    rows = index_rows(mentions, cluster_ids)
    DuckDBClusterIndex(conn).snapshot_mentions()
    with transaction(conn):
        _register(conn, "_new_index", rows)
        conn.execute(_INDEX_DDL)
        if len(rows):
            conn.execute(_INSERT_INDEX)
        conn.unregister("_new_index")
        conn.execute(
            f"CREATE OR REPLACE TABLE {STATE} AS SELECT ? AS fingerprint, now() AS built_at", [rules_fingerprint()]
        )
        conn.execute(f"DROP TABLE IF EXISTS {EXPORTS}")


def drop_index(conn: duckdb.DuckDBPyConnection) -> None:
    """Forget the index (first step of a full rebuild: a crash before it is rebuilt means another one)."""
    conn.execute(f"DROP TABLE IF EXISTS {STATE}")
    conn.execute(f"DROP TABLE IF EXISTS {INDEX}")


def _ensure_exports(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute(f"CREATE TABLE IF NOT EXISTS {EXPORTS} (table_name VARCHAR, ingest_day VARCHAR)")


def record_exports(conn: duckdb.DuckDBPyConnection, days: dict[str, list[str]]) -> None:
    _ensure_exports(conn)
    for table, table_days in days.items():
        if table_days:
            conn.execute(
                f"INSERT INTO {EXPORTS} SELECT ?, d FROM unnest(?::VARCHAR[]) t(d) "
                f"WHERE d NOT IN (SELECT ingest_day FROM {EXPORTS} WHERE table_name = ?)",
                [table, table_days, table],
            )


def pending_exports(conn: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """Days per table whose Parquet files are not yet rewritten after a committed update."""
    if not table_exists(conn, EXPORTS):
        return {}
    out: dict[str, list[str]] = {}
    for table, day in conn.execute(f"SELECT table_name, ingest_day FROM {EXPORTS} ORDER BY 1, 2").fetchall():
        out.setdefault(table, []).append(day)
    return out


def exported(conn: duckdb.DuckDBPyConnection, table: str, days: Sequence[str]) -> None:
    if table_exists(conn, EXPORTS):
        conn.execute(
            f"DELETE FROM {EXPORTS} WHERE table_name = ? AND ingest_day IN (SELECT unnest(?::VARCHAR[]))",
            [table, list(days)],
        )
