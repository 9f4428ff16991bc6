"""The fetch command lands pages from a local server in a day folder and reports failures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.sources.fetch_command import main
from tests.test_fetch_http import PAGE, LocalServer


@pytest.fixture
def server() -> Iterator[LocalServer]:
    running = LocalServer()
    yield running
    running.close()


def test_command_fetches_a_feed_into_the_day_folder(
    server: LocalServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    server.page(
        "/rss",
        f"<rss><channel><item><link>{server.url('/a')}</link></item>"
        f"<item><link>{server.url('/gone')}</link></item></channel></rss>",
        "application/rss+xml",
    )
    server.page("/a", PAGE)
    code = main(
        [
            "--landing",
            str(tmp_path),
            "--day",
            "2024-07-03",
            "--feed",
            server.url("/rss"),
            "--delay",
            "0",
            "--allow-host",
            "127.0.0.1",
        ]
    )
    assert code == 0
    assert len(list((tmp_path / "2024-07-03").glob("*.html"))) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"1 pages written to {tmp_path / '2024-07-03'}, 1 rejected",
        "      1  HTTP 404",
    ]


def test_command_without_sources_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--landing", str(tmp_path)])
    assert exited.value.code == 2
