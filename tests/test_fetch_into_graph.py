"""Fetching through the graph: a feed on a real HTTP server on 127.0.0.1 becomes articles and rejections."""

import datetime as dt
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from dagster_duckdb import DuckDBResource

from pipeline.definitions import ALL_ASSETS
from pipeline.resources import HttpSources, LandingFolder, ParquetStore, Workers

PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{text}</p><p>Officials said further talks were planned for later in the month, according to both
governments, and that a joint statement would follow the meeting.</p></article></body></html>"""


@pytest.fixture
def site(tmp_path: Path):
    root = tmp_path / "site"
    root.mkdir()
    (root / "a.html").write_text(
        PAGE.format(title="Ports deal signed", text="Greece and Cyprus signed a ports agreement in Athens on Monday.")
    )
    (root / "b.html").write_text(
        PAGE.format(title="Border crossing reopens", text="Georgia reopened a border crossing with Armenia on Tuesday.")
    )
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(root)))
    base = f"http://127.0.0.1:{server.server_port}"
    items = "".join(
        f"<item><title>{n}</title><link>{base}/{n}</link></item>" for n in ["a.html", "b.html", "gone.html"]
    )
    (root / "feed.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>')
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def _run_today(tmp_path: Path, sources: HttpSources) -> Path:
    """Materialize every asset for today's ingestion day; return the DuckDB file."""
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    data = tmp_path / "data"
    resources = {
        "landing": LandingFolder(path=str(tmp_path / "landing")),
        "duckdb": DuckDBResource(database=str(data / "news.duckdb")),
        "parquet": ParquetStore(root=str(data / "parquet")),
        "http_sources": sources,
        "workers": Workers(processes=1),
    }
    assert dg.materialize(ALL_ASSETS, partition_key=today, resources=resources).success
    return data / "news.duckdb"


def test_feed_pages_land_as_articles_and_failures_as_rejections(site: str, tmp_path: Path) -> None:
    database = _run_today(
        tmp_path,
        HttpSources(
            feeds=[f"{site}/feed.xml"],
            allowed_hosts=["127.0.0.1"],
            per_host_delay_seconds=0.0,
            retries=0,
            timeout_seconds=5.0,
        ),
    )
    with duckdb.connect(str(database), read_only=True) as conn:
        titles = sorted(r[0] for r in conn.execute("SELECT title FROM articles").fetchall())
        rejected = conn.execute("SELECT input_path, stage FROM rejected").fetchall()
    assert titles == ["Border crossing reopens", "Ports deal signed"]
    assert rejected == [(f"{site}/gone.html", "fetch")]


def test_loopback_feed_is_refused_without_an_allow_list(site: str, tmp_path: Path) -> None:
    database = _run_today(tmp_path, HttpSources(feeds=[f"{site}/feed.xml"], per_host_delay_seconds=0.0, retries=0))
    with duckdb.connect(str(database), read_only=True) as conn:
        rows = conn.execute("SELECT input_path, stage, reason FROM rejected").fetchall()
        n_articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert n_articles == 0
    assert [(r[0], r[1]) for r in rows] == [(f"{site}/feed.xml", "fetch")]
    assert "127.0.0.1" in rows[0][2] or "loopback" in rows[0][2]
