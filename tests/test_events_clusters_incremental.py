"""Incremental clustering: updating events and event_clusters as days of mentions arrive (in order, out of
order, re-run, edited, deleted) gives exactly the tables of a clustering of every stored mention."""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

import dagster as dg
import pandas as pd
import pytest
from dagster_duckdb import DuckDBResource

from assets import event_dataset
from assets.events import publish_event_dataset
from assets.table_helpers import connect
from bench.cluster_data import COLLIDING, synthetic_day
from pipeline.crashcheck import sorted_rows
from pipeline.events.incremental import _merge, _subtract
from pipeline.resources import ParquetStore
from pipeline.stages import MENTION_COLUMNS, build_events_and_clusters
from pipeline.stages import _frame as typed_frame
from pipeline.store import cluster_index
from pipeline.store.parquet import day_file
from pipeline.store.tables import all_days, read_days, replace_days
from schemas import column_names

# Three weeks across a year end: ISO weeks straddle two years, and year-dated mentions of both years chain.
DAYS = [(dt.date(2024, 12, 24) + dt.timedelta(days=i)).isoformat() for i in range(16)]
PER_DAY = 18
KEYS = {"events": "event_id", "event_clusters": "cluster_id"}


class Store:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.duckdb = DuckDBResource(database=str(root / "news.duckdb"))
        self.parquet = ParquetStore(root=str(root / "parquet"))
        self.reports: list[dict] = []

    def put(self, day: str, mentions: pd.DataFrame) -> None:
        """What event_mentions (and articles) hold for `day` after that day's run."""
        articles = pd.DataFrame({"ingest_day": [day], "article_id": [f"articles-of-{day}"]})
        with connect(self.duckdb) as conn:
            replace_days(conn, "event_mentions", mentions, [day])
            replace_days(conn, "articles", articles, [day])

    def update(self, full: bool = False) -> dict:
        results = publish_event_dataset(self.duckdb, self.parquet, full_rebuild=full)
        for result in results.values():
            assert all(check.passed for check in result.check_results)
        metadata = results["events"].metadata
        report = dict(metadata["clustering"].value) if "clustering" in metadata else {"mode": "full"}
        report["days_rewritten"] = metadata["days_rewritten"].value if "days_rewritten" in metadata else None
        self.reports.append(report)
        return report

    def table(self, table: str) -> pd.DataFrame:
        with connect(self.duckdb) as conn:
            return read_days(conn, table)

    def mentions(self) -> pd.DataFrame:
        return self.table("event_mentions")


def _canonical(table: str, frame: pd.DataFrame) -> list[tuple]:
    """Rows as plain values (None for missing), sorted: int32 and int64, NaN and None compare alike."""
    frame = frame[["ingest_day", *column_names(table)]].sort_values(KEYS[table])
    return [tuple(None if pd.isna(v) else v for v in row) for row in frame.itertuples(index=False, name=None)]


def assert_equals_full_recomputation(store: Store) -> None:
    """The stored tables are those of clustering every stored mention from scratch."""
    events, clusters = build_events_and_clusters(store.mentions())
    for table, expected in (("events", events), ("event_clusters", clusters)):
        assert _canonical(table, store.table(table)) == _canonical(table, expected), table


def assert_parquet_equals_full_rebuild(store: Store, tmp_path: Path) -> None:
    """Same Parquet files, byte for byte, as a full rebuild of a copy of the store's mentions."""
    reference = Store(tmp_path / "reference")
    shutil.rmtree(reference.root, ignore_errors=True)
    with connect(store.duckdb) as conn:
        mentions, days = read_days(conn, "event_mentions"), all_days(conn, "articles")
    for day in days:
        reference.put(day, mentions[mentions["ingest_day"] == day].reset_index(drop=True))
    assert reference.update(full=True)["mode"] == "full"
    for table in KEYS:
        assert sorted_rows(store.root / "parquet", table) == sorted_rows(reference.root / "parquet", table)
        for day in days:
            mine, theirs = (day_file(s.root / "parquet", table, day) for s in (store, reference))
            assert mine.read_bytes() == theirs.read_bytes(), (table, day)
        assert sorted(p.name for p in (store.root / "parquet" / table).iterdir()) == [f"ingest_day={d}" for d in days]


def _day(day: str, seed: int = 0, n: int = PER_DAY) -> pd.DataFrame:
    return synthetic_day(day, n, seed, COLLIDING)


def test_days_in_order_give_the_full_recomputation_after_every_day(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    for day in DAYS:
        store.put(day, _day(day))
        store.update()
        assert_equals_full_recomputation(store)
    modes = [r["mode"] for r in store.reports]
    assert modes[0] == "full" and set(modes[1:]) == {"incremental"}
    # the hard cases happened: one-actor keys changed group, and a change reached across a year end
    assert any(r.get("moved_keys", 0) for r in store.reports)
    assert any(r.get("widest_window_days", 0) > 366 for r in store.reports)
    assert_parquet_equals_full_rebuild(store, tmp_path)


def test_out_of_order_days_reruns_edits_and_deletions_give_the_full_recomputation(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    order = DAYS[:]
    random.Random(3).shuffle(order)
    for day in order:
        store.put(day, _day(day))
        store.update()
        assert_equals_full_recomputation(store)

    rerun = DAYS[9]
    store.put(rerun, _day(rerun, seed=1))  # the same day again, other mentions
    report = store.update()
    assert report["removed"] == PER_DAY and report["added"] == PER_DAY
    assert_equals_full_recomputation(store)

    store.put(rerun, _day(rerun, seed=1))  # and again, unchanged: nothing to do, no file rewritten
    report = store.update()
    assert (report["removed"], report["added"], report["days_rewritten"]) == (0, 0, [])

    edited = _day(DAYS[4])  # one mention changes in place (same event_id): date, place and number
    edited.loc[0, ["event_date", "location", "quantity"]] = ["2025-01-02", "Kyiv (UKR)", 5000.0]
    store.put(DAYS[4], edited)
    report = store.update()
    assert (report["removed"], report["added"]) == (1, 1)
    assert_equals_full_recomputation(store)

    store.put(DAYS[12], _frame())  # a day that now has no mentions
    store.update()
    assert_equals_full_recomputation(store)
    assert_parquet_equals_full_rebuild(store, tmp_path)


def _mention(
    event_id: str,
    day: str,
    target: str | None,
    date: str | None,
    event_type: str = "ASSAULT",
    source: str | None = "KEN",
    quantity: float | None = None,
) -> dict:
    return {
        "ingest_day": day,
        "event_id": event_id,
        "article_id": f"a-{event_id}",
        "event_type": event_type,
        "event_date": date,
        "source_actor": source,
        "target_actor": target,
        "speaker": None,
        "location": None,
        "quantity": quantity,
        "quantity_max": None,
        "quantity_unit": None,
        "certainty": "asserted",
        "sentence": "s",
        "start": 0,
        "end": 1,
        "confidence": 0.5,
        "site": f"site-{event_id}",
    }


def _frame(*rows: dict) -> pd.DataFrame:
    return typed_frame(list(rows), MENTION_COLUMNS)


def test_a_one_actor_mention_changes_event_when_a_second_target_appears_and_back(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    store.put(
        "2025-03-10",
        _frame(_mention("e1", "2025-03-10", "SOM", "2025-03-10"), _mention("e2", "2025-03-10", None, "2025-03-10")),
    )
    store.update()
    assert store.table("events")["cluster_id"].nunique() == 1  # "Kenya attacked" joins Kenya -> Somalia
    store.put("2025-03-11", _frame(_mention("e3", "2025-03-11", "ETH", "2025-03-09")))
    report = store.update()
    assert report["moved_keys"] == 1
    assert store.table("events")["cluster_id"].nunique() == 3  # two candidate targets: it stays apart
    assert_equals_full_recomputation(store)
    store.put("2025-03-11", _frame())
    store.update()
    assert store.table("events")["cluster_id"].nunique() == 1
    assert_equals_full_recomputation(store)


def test_a_change_follows_ranges_that_chain_across_a_year_end(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    # 2024 -> 2025-W01 (30 Dec 2024 to 5 Jan 2025) -> 2025: one run of overlapping ranges over two years
    store.put(
        "2025-01-06",
        _frame(
            _mention("y24", "2025-01-06", "SOM", "2024", quantity=100.0),
            _mention("d24", "2025-01-06", "SOM", "2024-03-01", quantity=1000.0),
            _mention("w01", "2025-01-06", "SOM", "2025-W01"),
            _mention("y25", "2025-01-06", "SOM", "2025", quantity=1000.0),
            _mention("u1", "2025-01-06", "SOM", None, quantity=100.0),
            _mention("old", "2025-01-06", "SOM", "1648"),  # before pandas timestamps begin
        ),
    )
    store.update()
    store.put("2025-08-01", _frame(_mention("d25", "2025-08-01", "SOM", "2025-07-31", quantity=110.0)))
    report = store.update()
    assert report["window_first"] <= "2024-01-01" and report["window_last"] >= "2025-12-31"
    assert_equals_full_recomputation(store)


def test_files_left_unwritten_by_a_crash_after_the_commit_are_written_by_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(tmp_path / "store")
    for day in DAYS[:3]:
        store.put(day, _day(day))
    store.update()
    store.put(DAYS[3], _day(DAYS[3]))

    def crash(*args, **kwargs):
        raise KeyboardInterrupt("killed between the DuckDB commit and the Parquet export")

    with monkeypatch.context() as patch:
        patch.setattr(ParquetStore, "write_arrow", crash)
        with pytest.raises(KeyboardInterrupt):
            store.update()
    assert_equals_full_recomputation(store)  # DuckDB is committed, the files are behind
    report = store.update()
    assert (report["removed"], report["added"]) == (0, 0) and report["days_rewritten"]
    assert_parquet_equals_full_rebuild(store, tmp_path)


def test_changed_clustering_code_rebuilds_everything(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(tmp_path / "store")
    store.put(DAYS[0], _day(DAYS[0]))
    store.update()
    store.put(DAYS[1], _day(DAYS[1]))
    monkeypatch.setattr(cluster_index, "rules_fingerprint", lambda: "other rules")
    results = publish_event_dataset(store.duckdb, store.parquet)
    assert results["events"].metadata["mode"] == "full"
    assert "clustering code changed" in results["events"].metadata["full_rebuild_reason"]
    assert_equals_full_recomputation(store)


def test_the_asset_updates_incrementally_and_rebuilds_on_request(tmp_path: Path) -> None:
    store = Store(tmp_path / "store")
    resources = {"duckdb": store.duckdb, "parquet": store.parquet}
    store.put(DAYS[0], _day(DAYS[0]))
    dg.materialize([event_dataset], resources=resources)
    store.put(DAYS[1], _day(DAYS[1]))
    result = dg.materialize([event_dataset], resources=resources)
    [events] = [m for m in result.get_asset_materialization_events() if m.asset_key.path == ["events"]]
    assert events.materialization.metadata["clustering"].value["mode"] == "incremental"
    result = dg.materialize(
        [event_dataset], resources=resources, run_config={"ops": {"event_dataset": {"config": {"full_rebuild": True}}}}
    )
    [events] = [m for m in result.get_asset_materialization_events() if m.asset_key.path == ["events"]]
    assert events.materialization.metadata["full_rebuild_reason"].value == "full_rebuild requested"
    assert_equals_full_recomputation(store)


def test_windows_merge_where_they_share_a_day_and_subtract_by_day() -> None:
    d = dt.date
    assert _merge(
        [(d(2025, 1, 5), d(2025, 1, 9)), (d(2025, 1, 1), d(2025, 1, 5)), (d(2025, 1, 10), d(2025, 1, 11))]
    ) == [(d(2025, 1, 1), d(2025, 1, 9)), (d(2025, 1, 10), d(2025, 1, 11))]
    assert _subtract(
        [(d(2025, 1, 1), d(2025, 1, 31))], [(d(2025, 1, 5), d(2025, 1, 9)), (d(2025, 1, 20), d(2025, 2, 3))]
    ) == [(d(2025, 1, 1), d(2025, 1, 4)), (d(2025, 1, 10), d(2025, 1, 19))]
    assert _subtract([(d(2025, 1, 1), d(2025, 1, 3))], [(d(2024, 12, 1), d(2025, 1, 3))]) == []
