"""The day report: built from a small store, written by the asset, and opened in headless Chromium (the page
renders its map and timeline, logs no console error and asks for nothing outside its own file)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from dagster_duckdb import DuckDBResource

from assets.event_report import event_report
from bench.chromium import ChromiumMissing, open_page, problems, running_chromium
from bench.report import synthetic_store
from pipeline.report.day import report_path
from pipeline.report.html import render_report, world
from pipeline.resources import ParquetStore

DAY = "2024-11-05"


def write_store(database: Path, n_events: int = 60, n_clusters: int = 20) -> None:
    articles, events, clusters = synthetic_store(n_events, n_clusters)
    with duckdb.connect(str(database)) as conn:
        for name, frame in (("articles", articles), ("events", events), ("event_clusters", clusters)):
            conn.register("frame", frame)
            conn.execute(f"CREATE TABLE {name} AS SELECT * FROM frame")
            conn.unregister("frame")


def page_for(n_events: int, n_clusters: int) -> str:
    articles, events, clusters = synthetic_store(n_events, n_clusters)
    events = events.merge(articles, on="article_id", how="left")
    evidence = events.groupby("cluster_id").head(3)
    return render_report(DAY, events, clusters, evidence)


# --- the page as text --------------------------------------------------------------------------------------------


def test_the_page_is_self_contained_and_escapes_what_the_text_says() -> None:
    page = page_for(60, 20)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "<script src" not in page and "<link" not in page and "@import" not in page
    assert "&lt;b&gt;shelled&lt;/b&gt;" in page and "<b>shelled</b>" not in page
    assert page.count('<path d="M') == len(world().paths)
    assert 'id="map"' in page and 'id="timeline"' in page


def test_clusters_are_placed_at_their_country_and_unplaced_ones_counted() -> None:
    page = page_for(60, 21)  # 21 clusters over 7 places: 2 of the 7 give no country
    assert page.count('<circle cx="') - page.split('id="timeline"')[1].count("<circle") == 15
    assert "6 without a place" in page


def test_every_country_code_has_a_point_and_the_points_are_on_the_globe() -> None:
    w = world()
    assert len(w.centroids) >= 200
    assert set(w.paths) <= set(w.centroids)
    for lat, lon in w.centroids.values():
        assert -90 <= lat <= 90 and -180 <= lon <= 180
    # spot checks: a centroid lies near where the country is
    assert 45 < w.centroids["FRA"][0] < 48 and 0 < w.centroids["FRA"][1] < 4
    assert 55 < w.centroids["RUS"][0] < 66 and 80 < w.centroids["RUS"][1] < 110


# --- the asset ---------------------------------------------------------------------------------------------------


def report_resources(database: Path) -> dict[str, object]:
    return {
        "duckdb": DuckDBResource(database=str(database)),
        "parquet": ParquetStore(root=str(database.parent / "parquet")),
    }


def test_the_asset_writes_one_page_per_day_and_links_it(tmp_path: Path) -> None:
    database = tmp_path / "news.duckdb"
    write_store(database)
    result = dg.materialize([event_report], partition_key=DAY, resources=report_resources(database))
    assert result.success
    path = report_path(database, DAY)
    assert path.is_file() and path.parent == tmp_path / "reports"
    metadata = result.asset_materializations_for_node("event_report")[0].metadata
    assert metadata["report"].value == str(path)
    assert metadata["report_url"].value == f"file://{path}"
    assert metadata["events"].value == 60


def test_a_day_without_events_still_gets_a_page(tmp_path: Path) -> None:
    database = tmp_path / "news.duckdb"
    duckdb.connect(str(database)).close()
    result = dg.materialize([event_report], partition_key=DAY, resources=report_resources(database))
    assert result.success
    assert "No event clusters were reported" in report_path(database, DAY).read_text()


# --- in headless Chromium ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A headless Chromium with a fresh profile; yields the DevTools HTTP endpoint."""
    try:
        with running_chromium(tmp_path_factory.mktemp("chromium-profile")) as endpoint:
            yield endpoint
    except ChromiumMissing as missing:
        pytest.skip(str(missing))


def test_the_report_renders_in_chromium_with_no_error_and_no_request(browser: str, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(page_for(60, 20), encoding="utf-8")
    tools, _ = open_page(browser, path)
    assert problems(tools) == []
    assert tools.evaluate("document.body.getAttribute('data-ready')") == "1"  # the inline script ran
    assert tools.evaluate("document.querySelectorAll('#map .land path').length") == len(world().paths)
    assert tools.evaluate("document.querySelectorAll('#map .clusters circle').length") > 10
    assert tools.evaluate("document.querySelectorAll('#timeline circle, #timeline rect').length") > 10
    box = tools.evaluate("JSON.stringify(document.getElementById('map').getBoundingClientRect())")
    assert json.loads(str(box))["height"] > 100  # laid out, not collapsed
    # a click on a legend entry hides that type's clusters
    hidden = tools.evaluate(
        "document.querySelector('.legend li').click();"
        "Array.from(document.querySelectorAll('#map circle')).filter(c => c.style.display === 'none').length"
    )
    assert isinstance(hidden, int) and hidden > 0
    assert problems(tools) == []


def test_the_check_sees_console_errors_and_outside_requests(browser: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.html"
    path.write_text(
        '<!doctype html><html><body><img src="http://192.0.2.1/x.png"><script>console.error("boom")</script></body></html>'
    )
    tools, _ = open_page(browser, path)
    found = problems(tools)
    assert any("boom" in p for p in found) and any("192.0.2.1" in p for p in found)


def test_a_day_of_5000_events_renders_with_no_error(browser: str, tmp_path: Path) -> None:
    """Its load time is measured by `make bench-report`, not here."""
    path = tmp_path / "big.html"
    path.write_text(page_for(5000, 1500), encoding="utf-8")
    tools, _ = open_page(browser, path)
    assert problems(tools) == []
    assert tools.evaluate("document.body.getAttribute('data-ready')") == "1"
