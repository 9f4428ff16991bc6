"""The job every trigger launches, its daily schedule, and the landing-folder sensor."""

from __future__ import annotations

import json
from pathlib import Path

import dagster as dg

from pipeline.partitions import daily_partitions
from pipeline.resources import LandingFolder
from pipeline.sources.files import landing_day_fingerprints

news_job = dg.define_asset_job(
    name="news_job",
    selection=dg.AssetSelection.all(),
    description="Every table for one ingestion day (or a range, as one run), then the clusters those days change.",
)

news_schedule = dg.build_schedule_from_partitioned_job(
    news_job,
    hour_of_day=1,
    minute_of_hour=30,
    name="news_schedule",
    description="Processes yesterday's landing folder every night at 01:30.",
)


@dg.sensor(job=news_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED)
def landing_sensor(context: dg.SensorEvaluationContext, landing: LandingFolder):
    """Requests a run for every landing day whose files are new or changed since the last look."""
    previous: dict[str, str] = json.loads(context.cursor) if context.cursor else {}
    current = landing_day_fingerprints(Path(landing.path))
    valid = set(daily_partitions.get_partition_keys(dynamic_partitions_store=context.instance))
    requests = []
    for day, fingerprint in sorted(current.items()):
        if previous.get(day) == fingerprint:
            continue
        if day not in valid:
            context.log.warning(f"landing folder {day}/ is outside the partition range; skipped")
            continue
        requests.append(dg.RunRequest(run_key=f"{day}:{fingerprint}", partition_key=day))
    return dg.SensorResult(run_requests=requests, cursor=json.dumps(current, sort_keys=True))
