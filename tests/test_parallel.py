"""The per-article stages give the same tables whatever the number of worker processes and batches."""

from pathlib import Path

import pandas as pd
import pytest

from pipeline.parallel import batched, map_batches, worker_count
from pipeline.stages import (
    build_articles,
    build_articles_streamed,
    build_event_mentions,
    build_temporal_expressions,
    load_day,
)

SAMPLE = Path(__file__).resolve().parents[1] / "sample" / "landing"


def _double(batch: list[int]) -> list[int]:
    return [2 * x for x in batch]


def test_results_come_back_in_batch_order() -> None:
    batches = list(batched(range(50), 3))
    assert [x for b in map_batches(_double, batches, 2) for x in b] == [2 * x for x in range(50)]
    assert worker_count(0) >= 1 and worker_count(3) == 3


@pytest.fixture(scope="module")
def raw() -> pd.DataFrame:
    frames = [load_day(d, d.name, path_prefix=f"{d.name}/")[0] for d in sorted(SAMPLE.iterdir()) if d.is_dir()]
    return pd.concat(frames, ignore_index=True)


def _tables(raw: pd.DataFrame, processes: int, batch_size: int) -> dict[str, pd.DataFrame]:
    articles, rejected = build_articles(raw, processes=processes, batch_size=batch_size)
    temporal = build_temporal_expressions(articles, processes=processes, batch_size=batch_size)
    mentions = build_event_mentions(articles, temporal, processes=processes, batch_size=batch_size)
    return {"articles": articles, "rejected": rejected, "temporal": temporal, "mentions": mentions}


def test_pool_of_two_gives_the_tables_of_one_process(raw: pd.DataFrame) -> None:
    one = _tables(raw, processes=1, batch_size=64)
    two = _tables(raw, processes=2, batch_size=3)
    assert len(one["articles"]) > 20 and len(one["mentions"]) > 20
    for name, frame in one.items():
        pd.testing.assert_frame_equal(frame, two[name], check_exact=True, obj=name)


def test_streamed_batches_give_the_all_at_once_table(raw: pd.DataFrame) -> None:
    ordered = raw.sort_values(["ingest_day", "input_path", "record_index"])
    whole, whole_rejected = build_articles(raw)
    streamed, streamed_rejected = build_articles_streamed(ordered.iloc[i : i + 5] for i in range(0, len(ordered), 5))
    pd.testing.assert_frame_equal(whole, streamed, check_exact=True)
    pd.testing.assert_frame_equal(whole_rejected, streamed_rejected, check_exact=True)
