"""Submit an asset backfill of every asset for a range of days to the production deployment, and follow it.

    .venv/bin/python -m deploy.backfill 2024-11-04 2024-11-13 [--wait] [--url http://webserver:3000]

The same thing as the UI's "Materialize all" with a partition range, through the same public door: the
webserver's GraphQL API (`launchPartitionBackfill`). The backfill daemon turns it into runs
(`BackfillPolicy.multi_run` in pipeline/definitions_production.py), the run queue starts them as workers free up.
The runs carry the tag news-events/lane=backfill that deploy/dagster.yaml limits. `--wait` follows the backfill
in the instance (DAGSTER_HOME) until it and its runs are finished.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Collection

import dagster as dg

LANE_TAG = {"news-events/lane": "backfill"}
FINISHED = {"COMPLETED", "COMPLETED_SUCCESS", "COMPLETED_FAILED", "FAILED", "CANCELED"}
DEFAULT_URL = "http://127.0.0.1:3000"

ASSETS_QUERY = "query { assetNodes { assetKey { path } isMaterializable isPartitioned } }"
LAUNCH_MUTATION = """
mutation Launch($params: LaunchBackfillParams!) {
  launchPartitionBackfill(backfillParams: $params) {
    __typename
    ... on LaunchBackfillSuccess { backfillId }
    ... on Error { message }
  }
}
"""


class BackfillError(RuntimeError):
    """The webserver refused the backfill (its GraphQL error type and message) or could not be reached."""


def day_range(first: str, last: str) -> list[str]:
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return [(start + dt.timedelta(days=i)).isoformat() for i in range((end - start).days + 1)]


def graphql(url: str, query: str, variables: dict | None = None, timeout: float = 60, attempts: int = 3) -> dict:
    """POST one GraphQL request to the webserver at `url`; its `data`, or BackfillError with its errors. A
    refused connection or a server error is tried again (`attempts` in all, 2 s apart): a webserver whose
    PostgreSQL just restarted answers its first request with a 500."""
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(
        f"{url.rstrip('/')}/graphql", data=body, headers={"Content-Type": "application/json"}
    )
    for attempt in range(1, attempts + 1):
        try:
            with urllib.request.urlopen(request, timeout=timeout) as reply:
                answer = json.loads(reply.read())
            break
        except OSError as exc:  # URLError and HTTPError (4xx are not tried again) are OSErrors
            client_error = isinstance(exc, urllib.error.HTTPError) and exc.code < 500
            if client_error or attempt == attempts:
                raise BackfillError(f"GraphQL request to {url} failed: {exc}") from exc
            time.sleep(2)
    if answer.get("errors"):
        raise BackfillError(f"GraphQL errors from {url}: {answer['errors']}")
    return answer["data"]


def asset_partitions(url: str, days: list[str], skip: Collection[str] = ()) -> list[dict]:
    """Every materializable asset but those in `skip`, with the days asked for (the unpartitioned ones as a
    whole). Naming each asset's partitions also brings in the day assets below the global step
    (`event_report`), which a backfill given only partition names leaves out."""
    nodes = graphql(url, ASSETS_QUERY)["assetNodes"]
    ranges = {"ranges": [{"start": day, "end": day} for day in days]}
    return [
        {"assetKey": {"path": n["assetKey"]["path"]}, "partitions": ranges if n["isPartitioned"] else None}
        for n in sorted(nodes, key=lambda n: n["assetKey"]["path"])
        if n["isMaterializable"] and "/".join(n["assetKey"]["path"]) not in skip
    ]


def submit(url: str, days: list[str], title: str = "backfill", skip: Collection[str] = ()) -> str:
    """Launch a backfill of every materializable asset (but those in `skip`) for `days`; its id."""
    params = {
        "partitionsByAssets": asset_partitions(url, days, skip),
        "tags": [{"key": k, "value": v} for k, v in LANE_TAG.items()],
        "title": title,
    }
    result = graphql(url, LAUNCH_MUTATION, {"params": params})["launchPartitionBackfill"]
    if result["__typename"] != "LaunchBackfillSuccess":
        raise BackfillError(f"{result['__typename']}: {result.get('message', '')}")
    return result["backfillId"]


def wait(instance: dg.DagsterInstance, backfill_id: str, timeout: float, poll: float = 0.5) -> str:
    """The backfill's final status (its runs and their retries done), or TimeoutError."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = instance.get_backfill(backfill_id).status.value
        if status in FINISHED and not _unfinished_runs(instance, backfill_id):
            return status
        time.sleep(poll)
    raise TimeoutError(f"backfill {backfill_id} not finished after {timeout:.0f} s")


def backfill_runs(instance: dg.DagsterInstance, backfill_id: str) -> list[dg.DagsterRun]:
    return list(instance.get_runs(filters=dg.RunsFilter(tags={"dagster/backfill": backfill_id})))


def _unfinished_runs(instance: dg.DagsterInstance, backfill_id: str) -> list[dg.DagsterRun]:
    return [r for r in backfill_runs(instance, backfill_id) if not r.is_finished]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m deploy.backfill", description=__doc__.splitlines()[0])
    parser.add_argument("first_day")
    parser.add_argument("last_day")
    parser.add_argument("--url", default=os.environ.get("DAGSTER_WEBSERVER_URL", DEFAULT_URL))
    parser.add_argument("--wait", action="store_true", help="follow the backfill until it finishes")
    parser.add_argument("--timeout", type=float, default=3600)
    args = parser.parse_args(argv)
    backfill_id = submit(args.url, day_range(args.first_day, args.last_day))
    print(f"backfill {backfill_id} submitted", flush=True)
    if args.wait:
        with dg.DagsterInstance.get() as instance:
            status = wait(instance, backfill_id, args.timeout)
            runs = backfill_runs(instance, backfill_id)
        print(f"backfill {backfill_id}: {status}, {len(runs)} runs")
        return 0 if status in {"COMPLETED", "COMPLETED_SUCCESS"} else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
