"""Event dates: the governing temporal expression, the statement's date, else the anchor at the text's precision."""

import datetime as dt

from pipeline.dates.model import TemporalExpression
from pipeline.events import extract_event_mentions

ANCHOR = dt.date(2025, 3, 12)


def _te(body: str, text: str, value: str, granularity: str = "day") -> TemporalExpression:
    i = body.index(text)
    return TemporalExpression(text, i, i + len(text), value, granularity)


def test_the_temporal_expression_in_the_clause_dates_the_event():
    body = "Kenya attacked rebel positions in Somalia on Monday."
    [m] = extract_event_mentions(body, ANCHOR, [_te(body, "on Monday", "2025-03-10")])
    assert m.event_date == "2025-03-10"


def test_the_nearest_expression_to_the_trigger_wins():
    body = "On Tuesday the ministry said Kenya had attacked rebel positions in Somalia on Sunday."
    temporal = [_te(body, "On Tuesday", "2025-03-11"), _te(body, "on Sunday", "2025-03-09")]
    [m] = extract_event_mentions(body, ANCHOR, temporal)
    assert m.event_date == "2025-03-09"


def test_a_month_keeps_month_precision():
    body = "Kenya has sent up to 400 containers of food to Somalia since January."
    [m] = extract_event_mentions(body, ANCHOR, [_te(body, "since January", "2025-01", "month")])
    assert m.event_date == "2025-01"


def test_a_weekend_dates_the_event_by_the_weekend():
    body = "Kenya attacked rebel positions in Somalia over the weekend."
    [m] = extract_event_mentions(body, ANCHOR, [_te(body, "the weekend", "2025-W10-WE", "weekend")])
    assert m.event_date == "2025-W10-WE"


def test_a_quote_is_dated_by_the_frame_of_the_next_sentence():
    body = "“Kenya condemns the raid by Somali militants. It must stop,” he said in a statement on Sunday."
    temporal = [_te(body, "on Sunday", "2025-03-09")]
    mentions = extract_event_mentions(body, ANCHOR, temporal)
    assert [m.event_date for m in mentions if m.event_type == "ACCUSE"] == ["2025-03-09"]


def test_present_tense_without_a_date_takes_the_anchor_day():
    body = "Kenya rejects the accusations made by Somalia."
    [m] = extract_event_mentions(body, ANCHOR, [])
    assert m.event_date == "2025-03-12"


def test_undated_past_has_no_date():
    body = "Kenya attacked rebel positions in Somalia."
    [m] = extract_event_mentions(body, ANCHOR, [])
    assert m.event_date is None


def test_no_anchor_and_no_expression_means_no_date():
    body = "Kenya rejects the accusations made by Somalia."
    [m] = extract_event_mentions(body, None, [])
    assert m.event_date is None


def test_unresolved_expressions_are_ignored():
    body = "Kenya attacked rebel positions in Somalia at some point."
    [m] = extract_event_mentions(body, ANCHOR, [_te(body, "at some point", None, "unknown")])  # type: ignore[arg-type]
    assert m.event_date is None


def test_a_date_inside_a_relative_clause_dates_that_clause_not_ours():
    body = "Kenyan troops attacked Somali positions near Kismayo, where rebels seized a base in January, on Monday."
    temporal = [_te(body, "in January", "2025-01", "month"), _te(body, "on Monday", "2025-03-10")]
    mentions = extract_event_mentions(body, ANCHOR, temporal)
    assert mentions[0].event_date == "2025-03-10"


def test_present_tense_later_in_the_report_takes_the_day_reported_on():
    body = "Kenya condemned Somalia on Monday, a spokesperson said.\n\nKenya rejects the accusations made by Somalia."
    mentions = extract_event_mentions(body, ANCHOR, [_te(body, "on Monday", "2025-03-10")])
    assert [(m.event_type, m.event_date) for m in mentions] == [("ACCUSE", "2025-03-10"), ("REJECT", "2025-03-10")]


def test_a_timestamp_anchor_gives_a_day():
    body = "Kenya rejects the accusations made by Somalia."
    [m] = extract_event_mentions(body, dt.datetime(2025, 3, 12, 18, 30), [])
    assert m.event_date == "2025-03-12"


def test_expressions_outside_the_body_are_ignored():
    body = "Kenya attacked rebel positions in Somalia."
    stray = TemporalExpression("on Monday", 400, 409, "2025-03-10", "day")
    [m] = extract_event_mentions(body, ANCHOR, [stray])
    assert m.event_date is None
