"""Publication date: order of trust, the fetch-time limit, and inference from the body."""

from __future__ import annotations

import datetime as dt

from pipeline.dates import PublicationDate, find_publication_date
from pipeline.dates.infer import infer_publication_date
from pipeline.dates.publication import date_from_url, dateline_date, parse_date_text

FETCHED = dt.date(2025, 6, 1)

PAGE = """<html><head><title>Harbour reopens</title>
<meta property="article:published_time" content="2024-03-05T09:30:00+00:00">
</head><body><article><h1>Harbour reopens</h1>
<p>The harbour reopened on Tuesday after a week of repairs, the port authority said.</p>
</article></body></html>"""


def test_page_metadata_comes_first():
    assert find_publication_date(
        body="x", html=PAGE, manifest_hint="2024-03-09", fetched_at=FETCHED
    ) == PublicationDate(dt.date(2024, 3, 5), "metadata")


def test_date_in_the_url_counts_as_metadata():
    assert find_publication_date(
        body="x", url="https://news.example.org/2024/03/05/harbour-reopens", fetched_at=FETCHED
    ) == PublicationDate(dt.date(2024, 3, 5), "metadata")


def test_manifest_hint_when_the_page_says_nothing():
    assert find_publication_date(
        body="The harbour reopened.", manifest_hint="2024-03-09T11:00:00Z", fetched_at=FETCHED
    ) == PublicationDate(dt.date(2024, 3, 9), "manifest")


def test_manifest_beats_the_published_line():
    assert (
        find_publication_date(
            body="x", manifest_hint="2024-03-09", published_text="Published March 1, 2024", fetched_at=FETCHED
        ).source
        == "manifest"
    )


def test_a_report_of_a_round_up_keeps_its_own_earlier_day_over_the_page_hint():
    assert find_publication_date(
        body="x", manifest_hint="2024-03-09", published_text="Published March 8, 2024", fetched_at=FETCHED
    ) == PublicationDate(dt.date(2024, 3, 8), "text")


def test_a_report_of_a_round_up_page_keeps_its_own_earlier_day_over_the_page_metadata():
    assert find_publication_date(
        body="x", html=PAGE, published_text="Published March 4, 2024", fetched_at=FETCHED
    ) == PublicationDate(dt.date(2024, 3, 4), "text")


def test_published_text_from_the_text_stage():
    assert find_publication_date(
        body="The harbour reopened.", published_text="Published March 5, 2024", fetched_at=FETCHED
    ) == PublicationDate(dt.date(2024, 3, 5), "text")


def test_published_line_inside_the_body():
    body = "HARBOUR NEWS | Published March 5, 2024\n\nThe harbour reopened on Tuesday."
    assert find_publication_date(body=body, fetched_at=FETCHED) == PublicationDate(dt.date(2024, 3, 5), "text")


def test_nothing_to_go_on_is_unknown():
    body = "The harbour reopened on Tuesday, officials said. Early this week, ships queued outside."
    assert find_publication_date(body=body, fetched_at=FETCHED) == PublicationDate(None, "unknown")


def test_a_date_after_the_fetch_time_is_never_returned():
    assert find_publication_date(body="x", manifest_hint="2025-07-01", fetched_at=FETCHED) == PublicationDate(
        None, "unknown"
    )
    late_page = PAGE.replace("2024-03-05", "2026-01-01")
    assert find_publication_date(body="x", html=late_page, fetched_at=FETCHED).date != dt.date(2026, 1, 1)


def test_parse_date_text_in_several_styles():
    assert parse_date_text("Posted on 5 March 2024, 10:31") == dt.date(2024, 3, 5)
    assert parse_date_text("05.03.2024") == dt.date(2024, 3, 5)
    assert parse_date_text("2024-03-05T10:31:00Z") == dt.date(2024, 3, 5)
    assert parse_date_text("sometime soon") is None


# --- inference from the body ----------------------------------------------------------------------------------


def test_weekday_with_month_and_day_fixes_the_date_once_the_year_is_bounded():
    body = (
        "The shelling of February 28, 2024 was condemned on Tuesday (March 5) by both envoys. "
        "They spoke again on Tuesday."
    )
    assert find_publication_date(body=body, fetched_at=FETCHED) == PublicationDate(dt.date(2024, 3, 5), "inferred")


def test_weekday_with_day_of_month_fixes_the_date_after_a_bound():
    body = "The pact was signed on February 20, 2024. Ministers discussed it on Wednesday (6)."
    assert infer_publication_date(body) == dt.date(2024, 3, 6)


def test_year_closing_bounds_the_year_and_weekdays_follow_the_latest_date():
    body = (
        "The coalition regrouped as 2023 comes to an end. A portal reported on December 9 that shells "
        "misfired. The envoy warned on Tuesday, and a statement followed on Wednesday."
    )
    assert infer_publication_date(body) == dt.date(2023, 12, 13)


def test_a_bound_alone_is_not_a_date():
    body = "The ceasefire of March 3, 2024 held for weeks."
    assert infer_publication_date(body) is None


def test_dates_in_forward_looking_sentences_bound_nothing():
    body = "Officials said the mission will no longer operate after June 1, 2024. The envoy spoke on Tuesday."
    assert infer_publication_date(body) is None


def test_a_later_year_in_the_text_makes_the_bound_stale():
    body = "The war began on February 24, 2022, and the envoy spoke on Tuesday about the talks held in 2024."
    assert infer_publication_date(body) is None


def test_inference_never_passes_the_fetch_time():
    body = "The pact was signed on May 28, 2025. Ministers discussed it on Tuesday (June 3)."
    assert infer_publication_date(body, fetched_at=FETCHED) is None
    assert infer_publication_date(body, fetched_at=dt.date(2025, 6, 10)) == dt.date(2025, 6, 3)


# --- where the date came from ---------------------------------------------------------------------------------


def test_a_record_hint_beats_a_date_in_the_records_url():
    found = find_publication_date(
        body="The harbour reopened.",
        url="https://news.example.org/2024/03/05/harbour",
        manifest_hint="2024-03-05T08:00:00+01:00",
        fetched_at=FETCHED,
    )
    assert found == PublicationDate(dt.date(2024, 3, 5), "manifest")


def test_a_page_without_date_metadata_is_dated_by_the_hint_not_by_the_url_it_came_with():
    html = "<html><body><h1>Harbour reopens</h1><p>The harbour reopened after repairs.</p></body></html>"
    found = find_publication_date(
        body="x",
        html=html,
        url="https://news.example.org/2024/03/04/harbour",
        manifest_hint="2024-03-05",
        fetched_at=FETCHED,
    )
    assert found == PublicationDate(dt.date(2024, 3, 5), "manifest")


def test_a_date_in_the_pages_own_canonical_url_is_metadata():
    url = "https://news.example.org/2024/03/05/harbour"
    html = (
        f"<html><head><link rel='canonical' href='{url}'></head><body><h1>Harbour reopens</h1>"
        "<p>The harbour reopened after repairs.</p></body></html>"
    )
    found = find_publication_date(body="x", html=html, url=url, manifest_hint="2024-03-07", fetched_at=FETCHED)
    assert found == PublicationDate(dt.date(2024, 3, 5), "metadata")


# --- datelines ------------------------------------------------------------------------------------------------


def test_a_dateline_without_a_year_takes_the_year_of_the_fetch():
    body = "VALLETTA, Mar. 4 - The harbour reopened on Monday after a week of repairs, officials said."
    assert find_publication_date(body=body, fetched_at=dt.date(2024, 3, 6)) == PublicationDate(
        dt.date(2024, 3, 4), "text"
    )


def test_a_yearless_dateline_long_before_the_fetch_gives_no_date():
    body = "VALLETTA, Mar. 4 - The harbour reopened on Monday after a week of repairs, officials said."
    assert dateline_date(body, dt.date(2025, 1, 20)) is None


def test_a_dateline_with_a_year_and_an_agency():
    assert dateline_date("VALLETTA, 4 March 2024 (Harbour Wire) - The port reopened.") == dt.date(2024, 3, 4)


def test_a_sentence_with_a_comma_before_a_month_is_not_a_dateline():
    assert dateline_date("The harbour, Mar. 4 - a day to remember.", dt.date(2024, 3, 6)) is None


# --- a list of other headlines left in the body ----------------------------------------------------------------


def test_dates_of_a_headline_list_left_in_the_body_bound_nothing():
    body = (
        "The ferry crossed to the island on Sunday, the operator said.\n\n"
        "| » Council approves tram budget (March 2, 2024) |\n\n"
        "| » Museum reopens its west wing (Feb. 28, 2024) |"
    )
    assert find_publication_date(body=body, fetched_at=FETCHED) == PublicationDate(None, "unknown")


def test_a_day_first_date_in_the_url_when_the_day_cannot_be_a_month():
    assert date_from_url("https://news.example.org/meldungen/29-10-2021") == dt.date(2021, 10, 29)
    assert date_from_url("https://news.example.org/meldungen/05-10-2021") is None  # 5 October or May 10


def test_a_relative_published_line_gives_no_day():
    assert parse_date_text("2 days ago", dt.date(2024, 11, 6)) is None
    assert find_publication_date(
        body="The harbour reopened.\n\nPosted 3 hours ago", fetched_at=FETCHED
    ) == PublicationDate(None, "unknown")
