"""Stage functions over DataFrames: what becomes an article and what is rejected, with which reason."""

import pandas as pd

from pipeline.stages import SizeLimits, build_articles


def _raw(content: str, fmt: str, path: str) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "ingest_day": "2024-03-04",
                "record_id": "r1",
                "input_path": path,
                "record_index": 0,
                "format": fmt,
                "content": content,
                "encoding": "utf-8",
                "url": None,
                "published_hint": None,
                "title_hint": None,
                "source_hint": None,
            }
        ]
    )


def test_oversized_inputs_are_rejected_with_the_cap_in_the_reason() -> None:
    articles, rejected = build_articles(_raw("word " * 300, "text", "huge.txt"), limits=SizeLimits(max_text_chars=1000))
    assert articles.empty
    assert rejected["reason"].tolist() == ["text record of 1,500 characters exceeds the 1,000 character cap"]


def test_html_too_deep_for_the_parser_is_rejected_with_that_reason() -> None:
    deep = (
        "<html><body>" + "<div>" * 1000 + "<p>Ministers met in Oslo on Monday.</p>" + "</div>" * 1000 + "</body></html>"
    )
    articles, rejected = build_articles(_raw(deep, "html", "deep.html"))
    assert articles.empty
    assert rejected["reason"].tolist() == ["no article text found: HTML nested deeper than the parser's 255 levels"]


def test_a_body_over_the_cap_is_rejected() -> None:
    text = "The council met on Monday and agreed a budget after a long debate. " * 40
    articles, rejected = build_articles(_raw(text, "text", "long.txt"), limits=SizeLimits(max_body_chars=500))
    assert articles.empty
    assert rejected["reason"].str.startswith("article body of ").tolist() == [True]


def test_empty_frames_keep_their_column_types() -> None:
    from pipeline.stages import ARTICLE_COLUMNS, _frame, rejected_frame

    assert str(rejected_frame([], "2024-03-04")["record_index"].dtype) == "int64"
    empty_articles = _frame([], ARTICLE_COLUMNS)
    assert str(empty_articles["segment"].dtype) == "int64"
    assert str(empty_articles["published_date"].dtype) == "datetime64[ns]"


def test_an_empty_first_day_does_not_fix_a_wrong_column_type(tmp_path) -> None:
    import duckdb

    from pipeline.sources.records import Rejection
    from pipeline.stages import rejected_frame
    from pipeline.store.tables import read_days, replace_days

    conn = duckdb.connect(str(tmp_path / "t.duckdb"))
    replace_days(conn, "load_rejections", rejected_frame([], "2024-03-06"), ["2024-03-06"])
    replace_days(
        conn,
        "load_rejections",
        rejected_frame([Rejection("a.txt", -1, "load", "empty file")], "2024-03-04"),
        ["2024-03-04"],
    )
    assert read_days(conn, "load_rejections")["record_index"].tolist() == [-1]
    assert conn.execute("SELECT typeof(record_index) FROM load_rejections").fetchone()[0] == "BIGINT"


def test_a_failing_date_stage_keeps_the_article_dates_it_unknown_and_says_why(monkeypatch, caplog) -> None:
    import pipeline.stages

    def broken(**_: object) -> None:
        raise ValueError("no calendar for this page")

    monkeypatch.setattr(pipeline.stages, "find_publication_date", broken)
    text = "The council met on Monday and agreed a budget after a long debate about the harbour. " * 3
    with caplog.at_level("WARNING", logger="pipeline.stages"):
        articles, rejected = build_articles(_raw(text, "text", "council.txt"))
    assert rejected.empty
    assert articles["published_date_source"].tolist() == ["unknown"]
    assert articles["date_stage_error"].tolist() == ["ValueError: no calendar for this page"]
    assert "date stage failed on council.txt" in caplog.text


def test_a_working_date_stage_records_no_failure() -> None:
    text = "Published March 1, 2024\n\nThe council met on Monday and agreed a budget after a long debate. " * 2
    articles, _ = build_articles(_raw(text, "text", "council.txt"))
    assert articles["date_stage_error"].isna().all()
