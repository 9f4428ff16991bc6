"""The landing sensor requests a run for each day whose files are new or changed, and only then."""

import os
from pathlib import Path

import dagster as dg

from pipeline.automation import landing_sensor
from pipeline.resources import LandingFolder


def _evaluate(landing: Path, instance: dg.DagsterInstance, cursor: str | None):
    context = dg.build_sensor_context(
        instance=instance, cursor=cursor, resources={"landing": LandingFolder(path=str(landing))}
    )
    result = landing_sensor(context)
    return [r.partition_key for r in result.run_requests], result.cursor


def test_first_look_requests_every_day(landing: Path) -> None:
    with dg.DagsterInstance.ephemeral() as instance:
        days, _ = _evaluate(landing, instance, None)
    assert days == ["2024-03-04", "2024-03-05"]


def test_nothing_new_requests_nothing(landing: Path) -> None:
    with dg.DagsterInstance.ephemeral() as instance:
        _, cursor = _evaluate(landing, instance, None)
        days, _ = _evaluate(landing, instance, cursor)
    assert days == []


def test_a_new_file_requests_only_its_day(landing: Path) -> None:
    with dg.DagsterInstance.ephemeral() as instance:
        _, cursor = _evaluate(landing, instance, None)
        (landing / "2024-03-05" / "late.txt").write_text("Ministers met in Oslo on Monday to discuss fishing.")
        days, _ = _evaluate(landing, instance, cursor)
    assert days == ["2024-03-05"]


def test_a_changed_file_requests_its_day_again(landing: Path) -> None:
    with dg.DagsterInstance.ephemeral() as instance:
        _, cursor = _evaluate(landing, instance, None)
        page = landing / "2024-03-04" / "rail-strike.txt"
        page.write_text(page.read_text() + "\nUpdated at noon.\n")
        os.utime(page, ns=(1_900_000_000_000_000_000, 1_900_000_000_000_000_000))
        days, _ = _evaluate(landing, instance, cursor)
    assert days == ["2024-03-04"]


def test_a_folder_that_is_not_a_day_is_ignored(landing: Path) -> None:
    (landing / "drafts").mkdir()
    (landing / "drafts" / "x.txt").write_text("not a day")
    with dg.DagsterInstance.ephemeral() as instance:
        days, _ = _evaluate(landing, instance, None)
    assert days == ["2024-03-04", "2024-03-05"]
