"""Daily partitions keyed on the ingestion day (the landing sub-folder YYYY-MM-DD/)."""

import warnings

import dagster as dg

FIRST_INGEST_DAY = "2024-01-01"

# end_offset=1 makes today's (still open) ingestion day a valid partition, so the landing sensor can process
# files the moment they arrive.
daily_partitions = dg.DailyPartitionsDefinition(start_date=FIRST_INGEST_DAY, end_offset=1)

# BackfillPolicy.single_run() is beta in dagster 1.13; we rely on it knowingly (see README, "Backfills"). Every
# asset module imports this one before declaring an asset with it, so the filter is in place by then.
warnings.filterwarnings("ignore", category=dg.BetaWarning, message=".*backfill_policy.*")
single_run_backfill = dg.BackfillPolicy.single_run()
