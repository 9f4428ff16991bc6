"""Resources: where inputs land, where tables live, what to fetch. Defaults work on a laptop from the project folder.

Settings that come from the environment are passed as `dg.EnvVar`, so the UI shows which variable a value comes
from, the run reads it when it starts, and the launchpad can override it: NEWS_LANDING_DIR, NEWS_URLS,
NEWS_FEEDS, NEWS_SITEMAPS. A variable that is not set leaves the laptop default (a plain value) in its place.
NEWS_DATA_DIR is the exception: both the DuckDB file and the Parquet root are derived from it (an EnvVar holds
a whole value and cannot be joined with a file name), so it is read when the definitions load; the UI shows the
two resulting paths, and the launchpad overrides them as `duckdb.database` and `parquet.root`.
"""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipeline.parallel import worker_count
from pipeline.sources.http import FetchSettings, read_url_list
from pipeline.store import parquet

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def from_env(name: str, default: str) -> str:
    """dg.EnvVar(name) when the variable is set (resolved when a run starts), else the laptop default."""
    return dg.EnvVar(name) if os.environ.get(name) else default


class LandingFolder(dg.ConfigurableResource):
    """Where raw inputs arrive.

    layout "daily": one sub-folder per ingestion day (`<path>/YYYY-MM-DD/`), input_path relative to `path`.
    layout "flat": `path` itself is the input of whichever day is processed (used by `python -m pipeline
    process`), input_path relative to `path`.
    """

    path: str
    layout: str = "daily"
    manifest: str | None = None

    def folder_for(self, day: str) -> Path:
        root = Path(self.path)
        return root if self.layout == "flat" else root / day

    def path_prefix(self, day: str) -> str:
        return "" if self.layout == "flat" else f"{day}/"

    def manifest_path(self) -> Path | None:
        return Path(self.manifest) if self.manifest else None


class ParquetStore(dg.ConfigurableResource):
    """Hive-partitioned Parquet datasets, one folder per table, written atomically.

    `single_day_output`: the store belongs to one run of the ad-hoc CLI, so day folders other than the one
    written are removed (a re-run into the same folder never mixes days).
    """

    root: str
    single_day_output: bool = False

    def table_uri(self, table: str) -> str:
        return str(Path(self.root).resolve() / table)

    def write(
        self, table: str, frame, days: list[str], only_these_days: bool = False, keep: list[str] | None = None
    ) -> list[Path]:
        """Write `days`' rows of `frame`; with only_these_days, remove every other day's folder; with `keep`,
        remove the folders of days not in `keep` (the table's other days stay as they are)."""
        root = Path(self.root)
        written = parquet.write_days(root, table, frame, days)
        if keep is not None:
            parquet.remove_other_days(root, table, keep=keep)
        elif self.single_day_output or only_these_days:
            parquet.remove_other_days(root, table, keep=days)
        return written

    def day_writer(self, table: str, day: str) -> parquet.DayFileWriter:
        """A writer of `day`'s file of `table`, fed Arrow batches (`write`), replaced whole by `close`."""
        return parquet.DayFileWriter(Path(self.root), table, day)

    def prune(self, table: str, days: list[str], only_these_days: bool = False) -> None:
        """After `day_writer`s: what `write` does to the other days' folders."""
        if self.single_day_output or only_these_days:
            parquet.remove_other_days(Path(self.root), table, keep=days)

    def publish_report(self, path: Path) -> str:
        """Where readers find the day report written at `path`: here, that file (the production profile's store
        uploads it to the bucket)."""
        return str(path)

    def write_arrow(self, table: str, rows, days: list[str], keep: list[str]) -> list[Path]:
        """Write `days`' rows of the Arrow table `rows`; remove the folders of days not in `keep`."""
        root = Path(self.root)
        written = parquet.write_arrow_days(root, table, rows, days)
        parquet.remove_other_days(root, table, keep=keep)
        return written

    def missing_days(self, table: str, days: list[str]) -> list[str]:
        """Those of `days` that have no file yet."""
        return [d for d in days if not parquet.day_file(Path(self.root), table, d).exists()]


def resolved(value: str) -> str:
    """The value of a setting that may be a dg.EnvVar (outside a run, where Dagster has not resolved it)."""
    return value.get_value() if isinstance(value, dg.EnvVar) else value


class Workers(dg.ConfigurableResource):
    """Worker processes for the per-article work of the text, date and event stages.

    `processes` 0 (the default) means one per core, for days of at least `pool_from_items` articles (starting
    workers costs more than it saves on a few); 1 runs everything in the step's own process; any other number
    is used as it is. Tables are the same whatever the number. Articles go to the workers `batch_size` at a
    time (a day is read, worked on and collected batch by batch).
    """

    processes: int = 0
    batch_size: int = 64
    pool_from_items: int = 100

    def count(self, n_items: int | None = None) -> int:
        """Worker processes for a step of `n_items` articles."""
        if self.processes == 0 and n_items is not None and n_items < self.pool_from_items:
            return 1
        return worker_count(self.processes)


# DuckDB's own memory (its buffer pool, which otherwise grows to most of the machine's memory as a big day's
# tables are written and read back) is capped: beyond it DuckDB evicts cached blocks and spills to
# <database>.tmp, so a step's memory stays flat with the size of the day.
DUCKDB_MEMORY_LIMIT = "512MB"


def duckdb_resource(path: Path) -> DuckDBResource:
    """The DuckDB file at `path`, with DuckDB's memory capped (DUCKDB_MEMORY_LIMIT)."""
    return DuckDBResource(database=str(path), connection_config={"memory_limit": DUCKDB_MEMORY_LIMIT})


def embedded_resources(landing: str | dg.EnvVar, data_dir: Path, workers: Workers | None = None) -> dict[str, object]:
    """The laptop profile's resources: a daily landing folder, DuckDB and Parquet under `data_dir`, no HTTP
    sources."""
    return {
        "landing": LandingFolder(path=landing),
        "duckdb": duckdb_resource(data_dir / "news.duckdb"),
        "parquet": ParquetStore(root=str(data_dir / "parquet")),
        "http_sources": HttpSources(),
        "workers": workers or Workers(),
    }


def default_resources() -> dict[str, object]:
    data_dir = Path(os.environ.get("NEWS_DATA_DIR") or PROJECT_ROOT / "data")
    landing = from_env("NEWS_LANDING_DIR", str(PROJECT_ROOT / "sample/landing"))
    return embedded_resources(landing, data_dir) | {
        "http_sources": HttpSources(
            url_list=from_env("NEWS_URLS", ""),
            feed_list=from_env("NEWS_FEEDS", ""),
            sitemap_list=from_env("NEWS_SITEMAPS", ""),
        ),
    }


def _split(items: str) -> list[str]:
    return [item.strip() for item in items.split(",") if item.strip()]


class HttpSources(dg.ConfigurableResource):
    """Pages to fetch over HTTP into the landing folder: URL lists, RSS/Atom feeds, sitemaps.

    Empty by default (nothing is fetched). On a laptop, set NEWS_URLS / NEWS_FEEDS / NEWS_SITEMAPS
    (comma-separated; they fill url_list, feed_list and sitemap_list through dg.EnvVar) or configure the
    resource in the launchpad. Private, loopback and link-local addresses
    are refused unless listed in allowed_hosts or allow_private_networks is set.
    """

    urls: list[str] = []
    url_files: list[str] = []
    feeds: list[str] = []
    sitemaps: list[str] = []
    url_list: str = ""  # comma-separated, added to urls (NEWS_URLS)
    feed_list: str = ""  # comma-separated, added to feeds (NEWS_FEEDS)
    sitemap_list: str = ""  # comma-separated, added to sitemaps (NEWS_SITEMAPS)
    user_agent: str = "news-events-pipeline/0.1"
    per_host_delay_seconds: float = 1.0
    timeout_seconds: float = 20.0
    deadline_seconds: float = 60.0
    retries: int = 3
    max_bytes: int = 10 * 1024 * 1024
    allowed_hosts: list[str] = []
    allow_private_networks: bool = False
    fetch_past_days: bool = False

    def configured(self) -> bool:
        return bool(self.urls or _split(self.url_list) or self.url_files or self.feed_urls() or self.sitemap_urls())

    def settings(self) -> FetchSettings:
        return FetchSettings(
            user_agent=self.user_agent,
            read_timeout=self.timeout_seconds,
            connect_timeout=self.timeout_seconds,
            deadline=self.deadline_seconds,
            per_host_delay=self.per_host_delay_seconds,
            retries=self.retries,
            max_bytes=self.max_bytes,
            allowed_hosts=tuple(self.allowed_hosts),
            allow_private_networks=self.allow_private_networks,
        )

    def page_urls(self) -> list[str]:
        return [*self.urls, *_split(self.url_list), *(u for f in self.url_files for u in read_url_list(Path(f)))]

    def feed_urls(self) -> list[str]:
        return [*self.feeds, *_split(self.feed_list)]

    def sitemap_urls(self) -> list[str]:
        return [*self.sitemaps, *_split(self.sitemap_list)]
