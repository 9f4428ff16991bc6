"""The production profile's run launcher: dagster-celery's CeleryRunLauncher, plus the case it does not see.

A run worker that loses the instance database (PostgreSQL down for longer than Dagster's reconnects, about 6 s)
cannot write its own failure: the run stays STARTED, and its Celery task ends SUCCESS with exit code 1 (the run
command's code for a failed run). CeleryRunLauncher reports that worker as healthy, so run monitoring would wait
for max_runtime_seconds. Here a task that ended with a non-zero code while the run is unfinished is a failed
worker, and the message run monitoring writes into the run (what the UI shows) names the database it could not
reach; a task that failed says with which exception (a SIGKILLed pool process: WorkerLostError). Configured in
deploy/dagster.yaml (`module: pipeline.run_launcher`).
"""

from __future__ import annotations

import os

from dagster_celery.launcher import CeleryRunLauncher

CELERY_TASK_ID_TAG = "dagster-celery/task_id"


def instance_database() -> str:
    """The instance database as deploy/dagster.yaml reads it from the environment (no password)."""
    host, port = os.environ.get("DAGSTER_PG_HOST", "?"), os.environ.get("DAGSTER_PG_PORT", "5432")
    return f"PostgreSQL instance database {os.environ.get('DAGSTER_PG_DB', '?')} at {host}:{port}"


def lost_database_message(task_id: str, exit_code: object) -> str:
    return (
        f"Celery task {task_id} ended with exit code {exit_code} but the run's end is not in its event log: "
        f"the run worker lost its connection to the {instance_database()} and could not record its failure "
        "(the worker's log has the error: 'too many retries for DB connection')"
    )


class NamingCeleryRunLauncher(CeleryRunLauncher):
    """CeleryRunLauncher whose health check fails a run whose worker exited non-zero without recording it."""

    def check_run_worker_health(self, run):
        health = super().check_run_worker_health(run)
        task_id = run.tags.get(CELERY_TASK_ID_TAG)
        if task_id is None or health.status.value not in ("SUCCESS", "FAILED"):
            return health
        outcome = self.celery.AsyncResult(task_id).result
        if health.status.value == "FAILED":  # the task's own exception, e.g. the pool process killed under it
            cause = f"{type(outcome).__name__}: {outcome}" if isinstance(outcome, BaseException) else None
            return type(health)(health.status, f"Celery task failed: {cause}") if cause else health
        if not outcome:
            return health
        failed = type(health.status)("FAILED")
        return type(health)(failed, lost_database_message(task_id, outcome))
