"""The real Dagster webserver loads the code location and shows the assets, checks, schedule and sensor."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import PROJECT_ROOT

QUERY = """{
  assetNodes { assetKey { path } partitionDefinition { description } assetChecksOrError {
      ... on AssetChecks { checks { name blocking } } } }
  workspaceOrError { ... on Workspace { locationEntries { name locationOrLoadError {
      ... on RepositoryLocation { repositories { schedules { name } sensors { name } } } } } } }
}"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _post(port: int, query: str) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql",
        data=json.dumps({"query": query}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


@pytest.fixture
def webserver(dagster_home: Path, landing: Path, tmp_path: Path):
    port = _free_port()
    env = {**os.environ, "NEWS_LANDING_DIR": str(landing), "NEWS_DATA_DIR": str(tmp_path / "data")}
    process = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "dagster-webserver"),
            "-w",
            "workspace.yaml",
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
        ],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("webserver did not start within 120 s")
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_ui_shows_assets_checks_schedule_and_sensor(webserver: int) -> None:
    data = _post(webserver, QUERY)["data"]
    nodes = {"/".join(n["assetKey"]["path"]): n for n in data["assetNodes"]}
    assert set(nodes) == {
        "fetched_pages",
        "raw_articles",
        "articles",
        "temporal_expressions",
        "event_mentions",
        "events",
        "event_clusters",
        "rejected",
        "event_report",
    }
    assert nodes["articles"]["partitionDefinition"] is not None
    checks = {c["name"]: c["blocking"] for c in nodes["rejected"]["assetChecksOrError"]["checks"]}
    assert checks == {
        "rejected_matches_schema": True,
        "every_input_accounted_for": True,
        "rejected_share_stable": False,
    }
    [location] = data["workspaceOrError"]["locationEntries"]
    assert location["name"] == "news_events"
    [repo] = location["locationOrLoadError"]["repositories"]
    assert [s["name"] for s in repo["schedules"]] == ["news_schedule"]
    assert [s["name"] for s in repo["sensors"]] == ["landing_sensor"]
