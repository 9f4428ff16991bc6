"""Inferring the publication date of a report from its own text.

Rules, in the order they are applied:
- absolute dates told as past events ("attacked on December 30, 2023") bound the date from below;
  dates in a forward-looking sentence ("will end after June 1, 2024") bound nothing;
- a sentence saying that a named year is coming to its end fixes the year, so "on December 9" becomes a
  bound too;
- "Tuesday (January 9)" fixes a day once the year is bounded, and "Wednesday (13)" once a lower bound
  is known;
- news names the days of the last week by their weekday: each weekday told in the past ("said on
  Tuesday") is the first such day on or after the latest of those dates, and the report cannot be older
  than the latest of them.
Only dates in running text count (`prose_spans`): a list of other headlines left in the body is not.
Without a bound and at least one fixing cue (a weekday with a date, or weekdays after a bound) there is
no inference: None.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.dates.detect import YEAR, Mention, find_mentions
from pipeline.dates.resolve import safe_date, weekday_near
from pipeline.dates.tense import tense_cue

_YEAR_CLOSING = re.compile(
    rf"\b(?:as|with)\s+(?P<y>{YEAR})\s+(?:draws|comes|nears|winds|drew|came)\s+(?:down\s+)?(?:to\s+)?"
    r"(?:a|an|its)\s+(?:close|end)\b",
    re.IGNORECASE,
)
_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t]*\n))*")
_LIST_MARK = re.compile(r"[|\u00bb\u2022*\u25aa\u25b8>\u203a-]")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")
_PROSE_MIN_WORDS = 6
_MAX_WEEKDAY_GAP = 8  # days between the latest dated event and a weekday named without its date


def _year_fix(body: str) -> int | None:
    m = _YEAR_CLOSING.search(body)
    return int(m["y"]) if m else None


def prose_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs of `body` that read as running text: enough words, ending like a sentence,
    not a list or table row. Lists of other headlines with their dates that the text stage left in
    the body (a "Most read" box, "Other news") are not prose, and their dates say nothing about this
    report."""
    spans: list[tuple[int, int]] = []
    for m in _PARAGRAPH.finditer(body):
        line = m.group().strip()
        if len(line.split()) >= _PROSE_MIN_WORDS and not _LIST_MARK.match(line) and _SENTENCE_END.search(line):
            spans.append((m.start(), m.end()))
    return spans


def infer_publication_date(body: str, fetched_at: dt.date | None = None) -> dt.date | None:
    prose = prose_spans(body)
    mentions = [m for m in find_mentions(body) if any(a <= m.start < b for a, b in prose)]
    year_fix = _year_fix(body)
    past: list[tuple[Mention, int]] = [(m, tense_cue(body, m.start, m.end)) for m in mentions]
    past = [(m, c) for m, c in past if c <= 0]

    bounds: list[dt.date] = []
    latest_year = 0
    for m, _ in past:
        if m.kind != "calendar":
            continue
        if m.year is not None and m.month is None:
            latest_year = max(latest_year, m.year)
        if m.year is not None and m.month is not None and m.day is not None:
            d = safe_date(m.year, m.month, m.day)
            if d is not None:
                bounds.append(d)
    lower = max(bounds) if bounds else None
    year = year_fix if year_fix is not None else (lower.year if lower else None)

    if year is not None:
        for m, _ in past:
            if (
                m.kind == "calendar"
                and m.year is None
                and m.month is not None
                and m.day is not None
                and m.weekday is None
            ):
                if year_fix is not None:
                    d = safe_date(year_fix, m.month, m.day)
                else:  # the year that puts it nearest the dated events
                    assert lower is not None
                    options = [safe_date(y, m.month, m.day) for y in (year - 1, year, year + 1)]
                    d = min((o for o in options if o), key=lambda o: abs((o - lower).days), default=None)
                if d is not None and (lower is None or d > lower):
                    lower = d

    fixed: list[dt.date] = []
    for m, _ in past:
        if m.kind != "calendar" or m.day is None or m.weekday is None or m.year is not None:
            continue
        if m.month is not None and year is not None:
            for y in (year, year + 1):
                d = safe_date(y, m.month, m.day)
                if d is not None and d.weekday() == m.weekday and (lower is None or d >= lower):
                    fixed.append(d)
                    break
        elif m.month is None and lower is not None:
            d = lower
            for _ in range(100):
                if d.day == m.day and d.weekday() == m.weekday:
                    fixed.append(d)
                    break
                d += dt.timedelta(days=1)

    base_candidates = [d for d in [lower, *fixed] if d is not None]
    if not base_candidates:
        return None
    base = max(base_candidates)
    weekdays = [m for m, c in past if m.kind == "weekday" and m.offset is None]
    if not fixed and not weekdays:
        return None  # a lower bound alone is not a date
    result = base
    for m in weekdays:
        assert m.weekday is not None
        if m.week_offset is not None and m.week_offset != 0:
            continue
        d = weekday_near(base, m.weekday, ahead=True)
        if (d - base).days <= _MAX_WEEKDAY_GAP:
            result = max(result, d)
    if latest_year > result.year:
        return None  # the text speaks of a later year: the bound is stale
    if fetched_at is not None and result > fetched_at:
        return None
    return result
