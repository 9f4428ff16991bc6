"""Composition root of the production profile: the same assets, checks, job, schedule and sensor as
`pipeline.definitions`, with tables in an S3 bucket (`pipeline.production`) and backfills that spread.

A backfill of N days becomes ceil(N / NEWS_MAX_PARTITIONS_PER_RUN) runs (`BackfillPolicy.multi_run`), queued by
the instance's run coordinator and launched on whichever worker is free (deploy/dagster.yaml: Celery). Each run
executes its steps in one process, as in the embedded profile. The instance configuration lives in
deploy/dagster.yaml; docs/DEPLOY.md says what runs where.
"""

import os

import dagster as dg

from pipeline import definitions as embedded_profile
from pipeline.production import STATE_ASSETS, production_resources

MAX_PARTITIONS_PER_RUN = int(os.environ.get("NEWS_MAX_PARTITIONS_PER_RUN", "1"))
spread_backfill = dg.BackfillPolicy.multi_run(max_partitions_per_run=MAX_PARTITIONS_PER_RUN)


def _spread(asset: dg.AssetsDefinition) -> dg.AssetsDefinition:
    """The asset with a multi-run backfill policy when it is partitioned. The global step, and the day reports
    that read its state (one run for all days: they take its lock in turn anyway), stay as they are."""
    if asset.partitions_def is None or set(asset.keys) & {dg.AssetKey(name) for name in STATE_ASSETS}:
        return asset
    return asset.with_attributes(backfill_policy=spread_backfill)


defs = dg.Definitions(
    assets=[_spread(a) for a in embedded_profile.defs.assets],
    jobs=embedded_profile.defs.jobs,
    schedules=embedded_profile.defs.schedules,
    sensors=embedded_profile.defs.sensors,
    resources=production_resources(),
    executor=dg.in_process_executor,
)
