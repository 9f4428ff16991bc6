"""Dated page chrome (sidebars, related lists) is found by its shape and never dates the page."""

from __future__ import annotations

import datetime as dt

from pipeline.dates import PublicationDate, find_publication_date
from pipeline.dates.chrome import remove_dated_chrome
from pipeline.dates.publication import date_from_metadata
from pipeline.dates.visible import parse_html

FETCHED = dt.date(2025, 6, 1)

SIDEBAR_TABLE = """<table><tr><td class="small"><a href="/n/1">Ferry service to the islands resumes after storm</a>
<i>(12/05/2025)</i></td></tr><tr><td class="small"><a href="/n/2">Council approves budget for new tram line</a>
<i>(May 10, 2025)</i></td></tr><tr><td class="small"><a href="/n/3">Museum reopens its west wing</a>
<i>(9 May 2025)</i></td></tr></table>"""

RELATED_ONE = """<section><h2>Related stories</h2><ul><li><a href="/n/7">Storm damage bill for the coast rises again</a>
<span class="date">May 14, 2025</span></li></ul></section>"""


def page(article: str, chrome: str, head: str = "") -> str:
    return (
        f"<html><head><title>Bridge repairs begin</title>{head}</head><body><table><tr><td>"
        f"<font size='4'><b>Bridge repairs begin</b></font><br>{article}"
        "<p>Crews started repairing the old river bridge, the city said. Traffic will be diverted for a "
        "month while the deck is replaced and the railings are painted.</p>"
        f"</td><td>{chrome}</td></tr></table></body></html>"
    )


def test_a_table_of_dated_headline_links_is_removed():
    root = parse_html(page("", f"<b>Other news</b>{SIDEBAR_TABLE}"))
    assert remove_dated_chrome(root) == 1
    assert "Ferry service" not in root.text_content()
    assert "Crews started" in root.text_content()


def test_the_pages_own_byline_stays():
    root = parse_html(page("<p>By <a href='/staff/ana'>Ana Lind</a> | 14 May 2025</p>", SIDEBAR_TABLE))
    remove_dated_chrome(root)
    assert "14 May 2025" in root.text_content()


def test_a_single_related_story_with_a_date_is_removed():
    root = parse_html(page("", RELATED_ONE))
    remove_dated_chrome(root)
    assert "Storm damage bill" not in root.text_content()


def test_a_page_with_a_dated_sidebar_and_no_metadata_has_no_page_date():
    assert date_from_metadata(page("", f"<b>Other news</b>{SIDEBAR_TABLE}{RELATED_ONE}"), None, FETCHED) is None


def test_a_page_with_a_dated_sidebar_and_no_metadata_is_unknown():
    body = "Crews started repairing the old river bridge, the city said."
    html = page("", f"<b>Other news</b>{SIDEBAR_TABLE}{RELATED_ONE}")
    assert find_publication_date(body=body, html=html, fetched_at=FETCHED) == PublicationDate(None, "unknown")


def test_metadata_still_dates_a_page_with_a_dated_sidebar():
    head = "<meta property='article:published_time' content='2025-05-13T07:00:00+02:00'>"
    html = page("", f"<b>Other news</b>{SIDEBAR_TABLE}", head)
    assert find_publication_date(body="x", html=html, fetched_at=FETCHED) == PublicationDate(
        dt.date(2025, 5, 13), "metadata"
    )


# --- htmldate's free-text guess is weak evidence ------------------------------------------------------------------

PLAIN = (
    "<html><body><div><b>Harbour works</b></div>{top}<p>The harbour works went on through the winter, "
    "the port said, and the quay is being rebuilt.</p>{bottom}</body></html>"
)


def test_a_free_text_guess_backed_by_the_first_date_the_page_prints_is_taken():
    html = PLAIN.format(top="<p>Harbour desk, 12 January 2017</p>", bottom="")
    assert date_from_metadata(html, None, FETCHED) == dt.date(2017, 1, 12)


def test_a_date_found_only_in_a_link_to_another_page_is_not_the_pages_date():
    html = PLAIN.format(top="", bottom="<a href='/archive/2017-01-12-quay-history'>The quay and its history</a>")
    assert date_from_metadata(html, None, FETCHED) is None


def test_a_single_dated_teaser_in_a_latest_news_block_is_removed():
    html = (
        "<html><body><div class='main'><h1>Bridge repairs begin</h1><p>Crews started repairing the old "
        "river bridge, the city said. Traffic will be diverted for a month.</p></div>"
        "<div class='latest-news'><h3>Latest</h3><p><a href='/n/9'>Storm damage bill for the coast rises "
        "again</a> <span class='date'>May 14, 2025</span></p></div></body></html>"
    )
    assert date_from_metadata(html, None, FETCHED) is None
