"""The production run launcher (pipeline/run_launcher.py): a Celery task that ended with a non-zero code while its
run is unfinished is a failed run worker, named after the database it lost; everything else is as
dagster-celery's CeleryRunLauncher says. Celery's in-memory broker and result backend, no services."""

import dagster as dg
import pytest

from pipeline.run_launcher import NamingCeleryRunLauncher


@pytest.fixture
def launcher(monkeypatch):
    for name, value in {
        "DAGSTER_PG_HOST": "db.internal",
        "DAGSTER_PG_PORT": "5432",
        "DAGSTER_PG_DB": "dagster",
    }.items():
        monkeypatch.setenv(name, value)
    return NamingCeleryRunLauncher(default_queue="dagster", broker="memory://", backend="cache+memory://")


def health(launcher, task_id: str, state: str, value) -> tuple[str, str | None]:
    launcher.celery.backend.store_result(task_id, value, state)
    run = dg.DagsterRun(
        job_name="job",
        run_id=f"run-{task_id}",
        tags={"dagster-celery/task_id": task_id},
        status=dg.DagsterRunStatus.STARTED,
    )
    result = launcher.check_run_worker_health(run)
    return result.status.value, result.msg


def test_task_ended_with_code_1_on_an_unfinished_run_is_a_failed_worker_naming_the_database(launcher):
    status, message = health(launcher, "t1", "SUCCESS", 1)
    assert status == "FAILED"
    assert "Celery task t1 ended with exit code 1" in message
    assert "PostgreSQL instance database dagster at db.internal:5432" in message


def test_task_ended_with_code_0_is_a_successful_worker(launcher):
    assert health(launcher, "t0", "SUCCESS", 0) == ("SUCCESS", None)


def test_a_failed_task_names_its_exception(launcher):
    assert health(launcher, "tf", "FAILURE", ValueError("boom")) == ("FAILED", "Celery task failed: ValueError: boom")


def test_a_running_task_is_a_running_worker(launcher):
    assert health(launcher, "ts", "STARTED", None) == ("RUNNING", None)
