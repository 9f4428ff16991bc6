"""Spans must point at their own text in the article body."""

import pandas as pd

from pipeline.quality import misplaced_spans

ARTICLES = pd.DataFrame({"article_id": ["a"], "body": ["Talks resumed on Monday in Oslo."]})


def _spans(text: str, start: int, end: int, article: str = "a") -> pd.DataFrame:
    return pd.DataFrame({"article_id": [article], "text": [text], "start": [start], "end": [end]})


def test_a_span_that_matches_its_body_text_passes() -> None:
    assert misplaced_spans(_spans("on Monday", 14, 23), ARTICLES) == []


def test_a_span_pointing_at_other_text_is_reported() -> None:
    assert misplaced_spans(_spans("on Monday", 13, 22), ARTICLES) == [
        "row 0: body[13:22] is ' on Monda', not 'on Monday'"
    ]


def test_offsets_past_the_end_of_the_body_are_reported() -> None:
    assert misplaced_spans(_spans("x", 30, 40), ARTICLES) == ["row 0: offsets 30:40 outside a body of 32 characters"]


def test_a_span_of_an_unknown_article_is_reported() -> None:
    assert misplaced_spans(_spans("x", 0, 1, article="zz"), ARTICLES) == ["row 0: article zz not found"]
