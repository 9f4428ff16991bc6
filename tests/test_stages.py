"""Stage functions over DataFrames: what becomes an article and what is rejected, with which reason."""

import pandas as pd

from pipeline.stages import SizeLimits, build_articles


def _raw(content: str, fmt: str, path: str) -> pd.DataFrame:
    return pd.DataFrame([{
        "ingest_day": "2024-03-04", "record_id": "r1", "input_path": path, "record_index": 0, "format": fmt,
        "content": content, "encoding": "utf-8", "url": None, "published_hint": None, "title_hint": None,
        "source_hint": None,
    }])


def test_oversized_inputs_are_rejected_with_the_cap_in_the_reason() -> None:
    articles, rejected = build_articles(_raw("word " * 300, "text", "huge.txt"), limits=SizeLimits(max_text_chars=1000))
    assert articles.empty
    assert rejected["reason"].tolist() == ["text record of 1,500 characters exceeds the 1,000 character cap"]


def test_html_too_deep_for_the_parser_is_rejected_with_that_reason() -> None:
    deep = "<html><body>" + "<div>" * 1000 + "<p>Ministers met in Oslo on Monday.</p>" + "</div>" * 1000 + "</body></html>"
    articles, rejected = build_articles(_raw(deep, "html", "deep.html"))
    assert articles.empty
    assert rejected["reason"].tolist() == ["no article text found: HTML nested deeper than the parser's 255 levels"]


def test_a_body_over_the_cap_is_rejected() -> None:
    text = "The council met on Monday and agreed a budget after a long debate. " * 40
    articles, rejected = build_articles(_raw(text, "text", "long.txt"), limits=SizeLimits(max_body_chars=500))
    assert articles.empty
    assert rejected["reason"].str.startswith("article body of ").tolist() == [True]
