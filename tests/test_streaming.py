"""A day streamed through the assets in tiny batches gives the tables computed all at once, to the byte."""

from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
import pyarrow.parquet as pq

import assets.table_helpers
from pipeline.definitions import ALL_ASSETS
from pipeline.resources import Workers, embedded_resources
from pipeline.stages import build_articles, build_event_mentions, build_temporal_expressions, load_day
from pipeline.store.parquet import DayFileWriter, day_file, to_arrow, write_days
from schemas import contract_frame

SAMPLE = Path(__file__).resolve().parents[1] / "sample" / "landing"
DAY = "2024-11-05"


def test_a_day_file_written_row_by_row_is_the_file_written_whole(tmp_path: Path) -> None:
    rows = to_arrow("rejected", _rejections(10))
    write_days(tmp_path / "whole", "rejected", _rejections(10), [DAY])
    streamed = DayFileWriter(tmp_path / "streamed", "rejected", DAY)
    for i in range(10):
        streamed.write(rows.slice(i, 1))
    streamed.close()
    whole = day_file(tmp_path / "whole", "rejected", DAY).read_bytes()
    assert day_file(tmp_path / "streamed", "rejected", DAY).read_bytes() == whole


def test_row_groups_have_a_fixed_size_whatever_the_batches(tmp_path: Path) -> None:
    rows = to_arrow("rejected", _rejections(10))
    files = []
    for name, step in (("ones", 1), ("threes", 3)):
        writer = DayFileWriter(tmp_path / name, "rejected", DAY, row_group_rows=4)
        for i in range(0, 10, step):
            writer.write(rows.slice(i, step))
        files.append(writer.close())
    assert files[0].read_bytes() == files[1].read_bytes()
    assert [pq.ParquetFile(files[0]).metadata.row_group(i).num_rows for i in range(3)] == [4, 4, 2]


def test_an_empty_day_is_the_empty_file_written_whole(tmp_path: Path) -> None:
    write_days(tmp_path / "whole", "rejected", _rejections(0), [DAY])
    assert DayFileWriter(tmp_path / "streamed", "rejected", DAY).close().read_bytes() == (
        day_file(tmp_path / "whole", "rejected", DAY).read_bytes()
    )


def test_assets_streaming_in_batches_of_one_give_the_all_at_once_tables(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(assets.table_helpers, "CHECK_BATCH_ROWS", 2)
    resources = embedded_resources(str(SAMPLE), tmp_path / "data", Workers(processes=1, batch_size=1))
    result = dg.materialize(ALL_ASSETS, partition_key=DAY, resources=resources)
    assert result.success
    raw, _ = load_day(SAMPLE / DAY, DAY, path_prefix=f"{DAY}/")
    articles, _ = build_articles(raw)
    temporal = build_temporal_expressions(articles)
    mentions = build_event_mentions(articles, temporal)
    assert len(articles) > 5 and len(temporal) > 20 and len(mentions) > 5
    for table, frame in (("articles", articles), ("temporal_expressions", temporal)):
        write_days(tmp_path / "whole", table, contract_frame(table, frame), [DAY])
        streamed = day_file(tmp_path / "data" / "parquet", table, DAY).read_bytes()
        assert streamed == day_file(tmp_path / "whole", table, DAY).read_bytes(), table
    with duckdb.connect(str(tmp_path / "data" / "news.duckdb"), read_only=True) as conn:
        stored = conn.execute("SELECT event_id FROM event_mentions").fetchall()
    assert [e for (e,) in stored] == mentions["event_id"].tolist()


def _rejections(n: int) -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "ingest_day": [DAY] * n,
            "input_path": [f"f{i}.html" for i in range(n)],
            "record_id": [f"r{i}" for i in range(n)],
            "record_index": pd.array(range(n), dtype="Int32"),
            "stage": ["extract"] * n,
            "reason": [f"reason {i}" for i in range(n)],
        }
    )
    return frame if n else frame.astype({c: object for c in frame.columns if c != "record_index"})
