"""The composition root: asset keys are a contract with everyone downstream."""

import dagster as dg

from pipeline.definitions import defs


def test_asset_keys_snapshot() -> None:
    keys = sorted(k.to_user_string() for k in defs.resolve_asset_graph().get_all_asset_keys())
    assert keys == [
        "articles",
        "event_clusters",
        "event_mentions",
        "event_report",
        "events",
        "fetched_pages",
        "raw_articles",
        "rejected",
        "temporal_expressions",
    ]


def test_every_published_table_has_a_blocking_schema_check_and_nothing_lost_blocks() -> None:
    graph = defs.resolve_asset_graph()
    checks = {(k.asset_key.to_user_string(), k.name) for k in graph.asset_check_keys}
    for table in ["articles", "temporal_expressions", "events", "event_clusters", "rejected"]:
        assert (table, f"{table}_matches_schema") in checks
    assert ("rejected", "every_input_accounted_for") in checks
    for spec in (s for a in defs.assets for s in getattr(a, "check_specs", [])):
        assert spec.blocking or spec.name == "rejected_share_stable", spec.name


def test_daily_assets_allow_partition_ranges_in_one_run() -> None:
    graph = defs.resolve_asset_graph()
    for key in graph.get_all_asset_keys():
        policy = graph.get(key).backfill_policy
        assert policy == dg.BackfillPolicy.single_run(), key


def test_job_schedule_and_sensor_are_registered() -> None:
    assert defs.resolve_job_def("news_job") is not None
    assert defs.resolve_schedule_def("news_schedule").cron_schedule == "30 1 * * *"
    assert defs.resolve_sensor_def("landing_sensor") is not None
