"""The date printed by the headline, and how it is weighed against the page metadata."""

from __future__ import annotations

import datetime as dt

from pipeline.dates.publication import date_from_metadata
from pipeline.dates.visible import first_date_in, has_date, visible_date_near_title


def page(head: str, article: str, sidebar: str = "") -> str:
    return (
        f"<html><head><title>Dam opens</title>{head}</head><body>"
        f"<aside><p>Most read: flood alert of 2 January 2019</p>{sidebar}</aside>"
        f"<article><h1>Dam opens</h1>{article}<p>The new dam opened to traffic.</p></article></body></html>"
    )


def test_date_written_below_the_headline():
    assert visible_date_near_title(page("", "<p class='byline'>By A. Writer | 14 May 2023</p>")) == dt.date(2023, 5, 14)


def test_date_in_a_time_element():
    html = page("", "<time datetime='2023-05-14T08:00:00+02:00'>vor zwei Tagen</time>")
    assert visible_date_near_title(html) == dt.date(2023, 5, 14)


def test_dates_in_a_sidebar_are_never_read():
    assert visible_date_near_title(page("", "<p>No date here.</p>")) is None


def test_page_without_a_headline_has_no_visible_date():
    assert visible_date_near_title("<html><body><p>Posted 14 May 2023</p></body></html>") is None


def test_first_date_in_several_languages_and_styles():
    assert first_date_in("Veröffentlicht am 3. März 2022, 10:15 Uhr") == dt.date(2022, 3, 3)
    assert first_date_in("publié le 3 mars 2022") == dt.date(2022, 3, 3)
    assert first_date_in("Stand: 03.03.2022") == dt.date(2022, 3, 3)
    assert first_date_in("March 3rd, 2022") == dt.date(2022, 3, 3)
    assert first_date_in("issue 2022") is None


def test_has_date_says_whether_first_date_in_finds_one():
    assert has_date("Stand: 03.03.2022")
    assert has_date("31 February 2022, then March 3rd, 2022")  # an impossible day first, a real one after
    assert not has_date("issue 2022")
    assert not has_date("31 February 2022 and 2022-13-01")  # only impossible days


def test_headline_date_beats_a_utc_timestamp_one_day_off():
    head = "<meta property='article:published_time' content='2023-05-15T01:30:00+00:00'>"
    html = page(head, "<p class='date'>May 14, 2023</p>")
    assert date_from_metadata(html, None, dt.date(2024, 1, 1)) == dt.date(2023, 5, 14)


def test_metadata_alone_when_the_page_prints_no_date():
    head = "<meta property='article:published_time' content='2023-05-15T09:30:00+00:00'>"
    assert date_from_metadata(page(head, ""), None, dt.date(2024, 1, 1)) == dt.date(2023, 5, 15)


def test_headline_date_after_the_fetch_time_is_ignored():
    head = "<meta property='article:published_time' content='2023-05-15T09:30:00+00:00'>"
    html = page(head, "<p class='date'>May 14, 2031</p>")
    assert date_from_metadata(html, None, dt.date(2024, 1, 1)) == dt.date(2023, 5, 15)


def test_a_date_inside_the_first_sentence_is_an_events_date_not_the_pages():
    html = page("", "<p>The council approved the new dam on 2 March 2023 after years of planning and protest.</p>")
    assert visible_date_near_title(html) is None


def test_a_short_date_line_after_a_long_standfirst_is_still_read():
    html = page(
        "",
        "<p>The council approved the new dam after years of planning, protests and two court cases.</p>"
        "<p>Updated 14 May 2023, 10:31</p>",
    )
    assert visible_date_near_title(html) == dt.date(2023, 5, 14)


def test_a_date_inside_a_printed_web_address_dates_another_page():
    html = page("", "<p>via https://other.example/2023/05/02/older-story</p>")
    assert visible_date_near_title(html) is None
