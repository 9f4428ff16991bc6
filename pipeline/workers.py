"""What the worker processes of `pipeline.parallel` start with: the extraction code imported and its lazily
built tables (cue lexicon, date patterns) built once, in the forkserver, before any worker is forked."""

import datetime as dt

from pipeline import stages  # noqa: F401  (the functions the workers run)
from pipeline.dates import extract_temporal_expressions
from pipeline.events import extract_event_mentions


def _warm_up() -> None:
    text = "Troops attacked the town of Kherson on Monday, officials said on 5 November 2024."
    anchor = dt.date(2024, 11, 6)
    extract_event_mentions(text, anchor, extract_temporal_expressions(text, anchor))


_warm_up()
