"""Submit an asset backfill of every asset for a range of days to the production instance, and follow it.

    .venv/bin/python -m deploy.backfill 2024-11-04 2024-11-13 [--wait]

The same thing as the UI's "Materialize all" with a partition range: the backfill daemon turns it into runs
(`BackfillPolicy.multi_run` in pipeline/definitions_production.py), the run queue starts them as workers free up.
The runs carry the tag news-events/lane=backfill that deploy/dagster.yaml limits.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

import dagster as dg

PROJECT_ROOT = Path(__file__).resolve().parents[1]
WORKSPACE = PROJECT_ROOT / "deploy" / "workspace.yaml"
LANE_TAG = {"news-events/lane": "backfill"}
FINISHED = {"COMPLETED", "COMPLETED_SUCCESS", "COMPLETED_FAILED", "FAILED", "CANCELED"}


def day_range(first: str, last: str) -> list[str]:
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return [(start + dt.timedelta(days=i)).isoformat() for i in range((end - start).days + 1)]


def submit(instance: dg.DagsterInstance, days: list[str], title: str = "backfill") -> str:
    from dagster._core.execution.backfill import PartitionBackfill
    from dagster._core.utils import make_new_backfill_id
    from dagster._core.workspace.context import WorkspaceProcessContext
    from dagster._core.workspace.load_target import WorkspaceFileTarget

    with WorkspaceProcessContext(instance, WorkspaceFileTarget([str(WORKSPACE)])) as workspace:
        asset_graph = workspace.create_request_context().asset_graph
        keys = sorted(asset_graph.materializable_asset_keys)
        backfill = PartitionBackfill.from_asset_partitions(
            backfill_id=make_new_backfill_id(),
            asset_graph=asset_graph,
            partition_names=days,
            asset_selection=keys,
            backfill_timestamp=time.time(),
            tags=LANE_TAG,
            dynamic_partitions_store=instance,
            all_partitions=False,
            title=title,
            description=None,
            run_config=None,
        )
        instance.add_backfill(backfill)
    return backfill.backfill_id


def wait(instance: dg.DagsterInstance, backfill_id: str, timeout: float, poll: float = 2.0) -> str:
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
    parser.add_argument("--wait", action="store_true", help="follow the backfill until it finishes")
    parser.add_argument("--timeout", type=float, default=3600)
    args = parser.parse_args(argv)
    with dg.DagsterInstance.get() as instance:
        backfill_id = submit(instance, day_range(args.first_day, args.last_day))
        print(f"backfill {backfill_id} submitted", flush=True)
        if args.wait:
            status = wait(instance, backfill_id, args.timeout)
            runs = backfill_runs(instance, backfill_id)
            print(f"backfill {backfill_id}: {status}, {len(runs)} runs")
            return 0 if status in {"COMPLETED", "COMPLETED_SUCCESS"} else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
