"""The whole asset graph materialized in process on a small landing folder, with real resources."""

from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipeline.definitions import ALL_ASSETS
from pipeline.resources import Workers, embedded_resources

DAYS = ("2024-03-04", "2024-03-05")


def _resources(landing: Path, data: Path) -> dict:
    # a pool even on one core, several batches a day
    return embedded_resources(str(landing), data, Workers(processes=2, batch_size=2))


def _run_day(landing: Path, data: Path, day: str) -> dg.ExecuteInProcessResult:
    return dg.materialize(ALL_ASSETS, partition_key=day, resources=_resources(landing, data))


@pytest.fixture(scope="module")
def materialized(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dg.ExecuteInProcessResult]]:
    from tests.conftest import write_landing

    root = tmp_path_factory.mktemp("graph")
    landing = write_landing(root / "landing")
    results = [_run_day(landing, root / "data", day) for day in DAYS]
    return root, results


def _count(root: Path, sql: str) -> int:
    with duckdb.connect(str(root / "data" / "news.duckdb"), read_only=True) as conn:
        return conn.execute(sql).fetchone()[0]


def test_every_day_materializes_successfully(materialized) -> None:
    _, results = materialized
    assert [r.success for r in results] == [True, True]


def test_every_asset_check_passes(materialized) -> None:
    _, results = materialized
    evaluations = [e for r in results for e in r.get_asset_check_evaluations()]
    assert {e.check_name for e in evaluations} >= {
        "articles_matches_schema",
        "rejected_matches_schema",
        "every_input_accounted_for",
        "events_matches_schema",
        "event_clusters_matches_schema",
        "temporal_expressions_matches_schema",
        "temporal_expressions_offsets_point_into_body",
        "event_mentions_offsets_point_into_body",
    }
    assert all(e.passed for e in evaluations)


def test_good_inputs_become_articles(materialized) -> None:
    root, _ = materialized
    paths = {
        r[0]
        for r in duckdb.connect(str(root / "data" / "news.duckdb"), read_only=True)
        .execute("SELECT input_path FROM articles")
        .fetchall()
    }
    assert paths == {
        "2024-03-04/harbour-talks.html",
        "2024-03-04/rail-strike.txt",
        "2024-03-05/wire.jsonl.gz",
    }
    assert _count(root, "SELECT count(*) FROM articles WHERE input_path = '2024-03-05/wire.jsonl.gz'") == 2


def test_bad_inputs_are_rejected_with_a_reason(materialized) -> None:
    root, _ = materialized
    with duckdb.connect(str(root / "data" / "news.duckdb"), read_only=True) as conn:
        rows = conn.execute("SELECT input_path, record_index FROM rejected ORDER BY 1, 2").fetchall()
    assert rows == [
        ("2024-03-04/empty.txt", -1),
        ("2024-03-05/photo.bin.txt", -1),
        ("2024-03-05/wire.jsonl.gz", 1),
    ]


def test_manifest_hint_gives_the_publication_date_of_a_json_record(materialized) -> None:
    root, _ = materialized
    with duckdb.connect(str(root / "data" / "news.duckdb"), read_only=True) as conn:
        row = conn.execute(
            "SELECT published_date, published_date_source, site FROM articles WHERE url = 'https://example.org/water'"
        ).fetchone()
    assert (str(row[0]), row[2]) == ("2024-03-01", "Andes Wire")
    assert row[1] in {"manifest", "metadata"}


def test_parquet_has_one_folder_per_day_for_daily_tables(materialized) -> None:
    root, _ = materialized
    folders = sorted(p.name for p in (root / "data" / "parquet" / "articles").iterdir())
    assert folders == [f"ingest_day={d}" for d in DAYS]


def test_rerunning_a_day_leaves_row_counts_unchanged(materialized) -> None:
    root, _ = materialized
    tables = ["raw_articles", "articles", "temporal_expressions", "events", "event_clusters", "rejected"]
    before = {t: _count(root, f"SELECT count(*) FROM {t}") for t in tables}
    assert _run_day(root / "landing", root / "data", DAYS[0]).success
    after = {t: _count(root, f"SELECT count(*) FROM {t}") for t in tables}
    assert after == before


def test_a_copy_of_an_earlier_days_article_is_kept_but_marked_duplicate(tmp_path: Path) -> None:
    from tests.conftest import write_landing

    landing = write_landing(tmp_path / "landing")
    (landing / "2024-03-05" / "rail-strike-copy.txt").write_text(
        (landing / "2024-03-04" / "rail-strike.txt").read_text()
    )
    for day in DAYS:
        assert _run_day(landing, tmp_path / "data", day).success
    with duckdb.connect(str(tmp_path / "data" / "news.duckdb"), read_only=True) as conn:
        original, copy = conn.execute(
            "SELECT article_id, duplicate_of FROM articles WHERE input_path LIKE '%rail-strike%' ORDER BY ingest_day"
        ).fetchall()
        events_of = {
            article: conn.execute("SELECT count(*) FROM events WHERE article_id = ?", [article]).fetchone()[0]
            for article in (original[0], copy[0])
        }
    assert original[1] is None and copy[1] == original[0]
    assert events_of[original[0]] > 0 and events_of[copy[0]] == 0


def test_stray_nul_bytes_are_dropped_and_counted_in_the_raw_articles_metadata(tmp_path: Path) -> None:
    day = tmp_path / "landing" / "2024-03-06"
    day.mkdir(parents=True)
    paragraph = "<p>The ferry company restored the winter timetable on Monday after a week of storms.</p>"
    page = f"<html><head><title>Ferries</title></head><body>{paragraph * 40}</body></html>".encode()
    (day / "ferries.html").write_bytes(page[:500] + b"\x00\x00" + page[500:])
    (day / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    result = dg.materialize(
        ALL_ASSETS,
        selection=["raw_articles"],
        partition_key="2024-03-06",
        resources=_resources(tmp_path / "landing", tmp_path / "data"),
    )
    metadata = result.get_asset_materialization_events()[0].materialization.metadata
    assert metadata["nul_bytes_dropped"].value == 2
    assert metadata["records_with_nul_bytes_dropped"].value == 1
    assert metadata["rejected_by_reason"].value == {"binary content (7 NUL bytes) in a .txt file": 1}
