"""What the worker processes of `pipeline.parallel` start with: the extraction code imported and its lazily
built tables (language model, cue lexicon, date patterns, htmldate) built once, in the forkserver, before any
worker is forked (without this every worker of every stage loaded py3langid's model again: about 1.6 s each)."""

import datetime as dt

from pipeline import stages  # noqa: F401  (the functions the workers run)
from pipeline.dates import extract_temporal_expressions, find_publication_date
from pipeline.events import extract_event_mentions
from pipeline.text import extract_articles

_TEXT = "Troops attacked the town of Kherson on Monday, officials said on 5 November 2024."
_PAGE = (
    "<html><head><title>Kherson</title><meta property='article:published_time' content='2024-11-06'></head>"
    f"<body><article><h1>Kherson</h1><p>{_TEXT}</p><p>{_TEXT}</p></article></body></html>"
)


def _warm_up() -> None:
    anchor = dt.date(2024, 11, 6)
    extract_event_mentions(_TEXT, anchor, extract_temporal_expressions(_TEXT, anchor))
    for article in extract_articles(_PAGE, "html", url="https://example.com/2024/11/06/kherson"):
        find_publication_date(body=article.body, html=_PAGE, url=article.url, fetched_at=anchor)


_warm_up()
