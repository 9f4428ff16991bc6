"""Resources: laptop defaults, and settings from the environment passed as dg.EnvVar (shown and overridable in
the UI, read when a run starts)."""

from pathlib import Path

import dagster as dg
import duckdb
import pytest

from pipeline.cli import materialize_landing, partition_range_tags
from pipeline.resources import PROJECT_ROOT, default_resources, resolved


@pytest.fixture
def no_news_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ["NEWS_LANDING_DIR", "NEWS_DATA_DIR", "NEWS_URLS", "NEWS_FEEDS", "NEWS_SITEMAPS"]:
        monkeypatch.delenv(name, raising=False)


def test_without_environment_the_laptop_defaults_apply(no_news_env) -> None:
    resources = default_resources()
    assert resources["landing"].path == str(PROJECT_ROOT / "sample" / "landing")
    assert resources["duckdb"].database == str(PROJECT_ROOT / "data" / "news.duckdb")
    assert resources["parquet"].root == str(PROJECT_ROOT / "data" / "parquet")
    assert not resources["http_sources"].configured()


def test_a_setting_from_the_environment_is_an_env_var_read_when_used(no_news_env, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("NEWS_LANDING_DIR", str(tmp_path))
    monkeypatch.setenv("NEWS_FEEDS", "https://a.example/feed.xml, https://b.example/rss")
    resources = default_resources()
    assert resources["landing"].path == dg.EnvVar("NEWS_LANDING_DIR")
    assert resolved(resources["landing"].path) == str(tmp_path)
    assert resources["http_sources"].feed_list == dg.EnvVar("NEWS_FEEDS")


def test_comma_separated_lists_add_to_the_configured_ones() -> None:
    from pipeline.resources import HttpSources

    sources = HttpSources(feeds=["https://a.example/feed.xml"], feed_list="https://b.example/rss, ,")
    assert sources.feed_urls() == ["https://a.example/feed.xml", "https://b.example/rss"]
    assert sources.configured()


def test_partition_range_tags_make_one_run_of_every_landing_day(
    no_news_env, monkeypatch, landing: Path, dagster_home: Path, tmp_path: Path
) -> None:
    monkeypatch.setenv("NEWS_DATA_DIR", str(tmp_path / "data"))
    materialize_landing(landing)
    with dg.DagsterInstance.get() as instance:
        runs = instance.get_runs()
    assert len(runs) == 1
    assert partition_range_tags("2024-03-04", "2024-03-05").items() <= runs[0].tags.items()
    with duckdb.connect(str(tmp_path / "data" / "news.duckdb"), read_only=True) as conn:
        days = conn.execute("SELECT DISTINCT ingest_day FROM articles ORDER BY 1").fetchall()
    assert days == [("2024-03-04",), ("2024-03-05",)]
