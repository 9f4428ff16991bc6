"""The day report: built from a small store, written by the asset, and opened in headless Chromium (the page
renders its map and timeline, logs no console error and asks for nothing outside its own file)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
import pytest
from dagster_duckdb import DuckDBResource

from assets.event_report import event_report
from pipeline.report.day import report_path
from pipeline.report.html import render_report, world
from schemas.tables import EVENT_TYPES

DAY = "2024-11-05"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PLACES = ["Kyiv (UKR)", "Darfur (SDN)", "Red Sea (YEM)", "Warsaw (POL)", None, "Baltic", "Manila (PHL)"]


def synthetic_store(n_events: int, n_clusters: int, day: str = DAY) -> tuple[pd.DataFrame, ...]:
    """articles, events and event_clusters shaped like the published tables (the columns the report reads)."""
    anchor = dt.date.fromisoformat(day)
    articles = pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(max(1, n_events // 4))],
            "site": [f"Outlet {i % 12}" for i in range(max(1, n_events // 4))],
            "url": [f"https://outlet{i % 12}.example/story/{i}" for i in range(max(1, n_events // 4))],
            "title": [f"Story {i}" for i in range(max(1, n_events // 4))],
        }
    )
    values = [(anchor - dt.timedelta(days=k % 40)).isoformat() for k in range(7)] + ["2024-W44", "2024-10", None]
    events = pd.DataFrame(
        {
            "event_id": [f"e{i:06d}" for i in range(n_events)],
            "article_id": [f"a{i // 4}" for i in range(n_events)],
            "cluster_id": [f"c{i % n_clusters:05d}" for i in range(n_events)],
            "event_type": [EVENT_TYPES[(i % n_clusters) % len(EVENT_TYPES)] for i in range(n_events)],
            "event_date": [values[i % len(values)] for i in range(n_events)],
            "location": [PLACES[(i % n_clusters) % len(PLACES)] for i in range(n_events)],
            "certainty": [["asserted", "reported", "hedged", "denied"][i % 4] for i in range(n_events)],
            "sentence": [f"Forces <b>shelled</b> the port on Tuesday, officials said ({i})." for i in range(n_events)],
            "ingest_day": day,
        }
    )
    grouped = events.groupby("cluster_id")
    clusters = pd.DataFrame(
        {
            "cluster_id": list(grouped.groups),
            "event_type": grouped["event_type"].first().tolist(),
            "source_actor": "RUS",
            "target_actor": "UKR",
            "location": grouped["location"].first().tolist(),
            "date_first": grouped["event_date"].agg(lambda v: v.dropna().min() if v.notna().any() else None).tolist(),
            "date_last": grouped["event_date"].agg(lambda v: v.dropna().max() if v.notna().any() else None).tolist(),
            "n_mentions": grouped.size().astype("int32").tolist(),
            "n_articles": grouped["article_id"].nunique().astype("int32").tolist(),
            "n_sources": 1,
            "ingest_day": day,
        }
    )
    return articles, events, clusters


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


def test_the_asset_writes_one_page_per_day_and_links_it(tmp_path: Path) -> None:
    database = tmp_path / "news.duckdb"
    write_store(database)
    result = dg.materialize(
        [event_report], partition_key=DAY, resources={"duckdb": DuckDBResource(database=str(database))}
    )
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
    result = dg.materialize(
        [event_report], partition_key=DAY, resources={"duckdb": DuckDBResource(database=str(database))}
    )
    assert result.success
    assert "No event clusters were reported" in report_path(database, DAY).read_text()


# --- in headless Chromium ----------------------------------------------------------------------------------------


def chromium_binary() -> str:
    """Debian's chromium; installed with apt-get when missing (as root), else the test is skipped."""
    for name in ("chromium", "chromium-browser"):
        if found := shutil.which(name):
            return found
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        pytest.skip("chromium is not installed and cannot be installed here (needs root and apt-get)")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium"]
    if subprocess.run(install, env=env, capture_output=True, timeout=900).returncode != 0:
        subprocess.run(["apt-get", "update", "-qq"], env=env, capture_output=True, timeout=600, check=True)
        subprocess.run(install, env=env, capture_output=True, timeout=900, check=True)
    found = shutil.which("chromium")
    assert found, "apt-get installed chromium but it is not on PATH"
    return found


class DevTools:
    """The DevTools protocol over the page's websocket: commands, and every event kept for inspection."""

    def __init__(self, url: str) -> None:
        from websockets.sync.client import connect

        self.ws = connect(url, max_size=None, open_timeout=20).__enter__()
        self.next_id = 0
        self.events: list[dict] = []

    def send(self, method: str, **params: object) -> dict:
        self.next_id += 1
        my_id = self.next_id
        self.ws.send(json.dumps({"id": my_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv(timeout=30))
            if message.get("id") == my_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method: str, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        for event in self.events:
            if event.get("method") == method:
                return event
        while time.monotonic() < deadline:
            message = json.loads(self.ws.recv(timeout=max(0.1, deadline - time.monotonic())))
            self.events.append(message)
            if message.get("method") == method:
                return message
        raise TimeoutError(method)

    def drain(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                self.events.append(json.loads(self.ws.recv(timeout=left)))
            except TimeoutError:
                return

    def evaluate(self, expression: str) -> object:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A headless Chromium with a fresh profile; yields the DevTools HTTP endpoint."""
    binary = chromium_binary()
    profile = tmp_path_factory.mktemp("chromium-profile")
    proc = subprocess.Popen(
        [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.is_file() and port_file.read_text().strip()) and time.monotonic() < deadline:
            time.sleep(0.05)
        port = int(port_file.read_text().splitlines()[0])
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def open_page(endpoint: str, path: Path) -> tuple[DevTools, float]:
    """Open `path` in a new tab; return the session (events recorded from before navigation) and load seconds."""
    request = urllib.request.Request(f"{endpoint}/json/new?about:blank", method="PUT")
    with urllib.request.urlopen(request, timeout=10) as response:
        target = json.loads(response.read())
    tools = DevTools(target["webSocketDebuggerUrl"])
    for domain in ("Page", "Runtime", "Log", "Network"):
        tools.send(f"{domain}.enable")
    started = time.monotonic()
    tools.send("Page.navigate", url=path.resolve().as_uri())
    tools.wait_for("Page.loadEventFired")
    seconds = time.monotonic() - started
    tools.drain(0.3)
    return tools, seconds


def problems(tools: DevTools) -> list[str]:
    """Console errors, uncaught exceptions, error log entries and requests for anything but the file itself."""
    found = []
    for event in tools.events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            found.append(f"console.{params['type']}: {params.get('args')}")
        elif method == "Runtime.exceptionThrown":
            found.append(f"exception: {params.get('exceptionDetails', {}).get('text')}")
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            found.append(f"log: {params['entry'].get('text')}")
        elif method == "Network.requestWillBeSent":
            url = params.get("request", {}).get("url", "")
            if not url.startswith(("file://", "data:", "about:")):
                found.append(f"request: {url}")
    return found


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


def test_a_day_of_5000_events_opens_in_under_two_seconds(browser: str, tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_text(page_for(5000, 1500), encoding="utf-8")
    tools, seconds = open_page(browser, path)
    assert problems(tools) == []
    assert tools.evaluate("document.body.getAttribute('data-ready')") == "1"
    assert seconds < 2.0, f"load took {seconds:.2f}s"
