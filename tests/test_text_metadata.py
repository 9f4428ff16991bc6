"""Metadata lines of flattened text: bylines, publication lines, titles with a site suffix."""

from pipeline.text.metadata import (
    SiteHints,
    domain_of,
    is_bare_name,
    parse_byline,
    parse_published_line,
    split_title_site,
)


def test_by_line_gives_the_author():
    assert parse_byline("By Admin") == "Admin"
    assert parse_byline("By Maria Lopez and Tom Reed | Harbour News") == "Maria Lopez and Tom Reed"
    assert parse_byline("By JANE ROE, Associated Press") == "JANE ROE"


def test_a_sentence_starting_with_by_is_not_a_byline():
    assert parse_byline("By Tuesday, the troops had left the town.") is None
    assert parse_byline("by the way") is None


def test_published_line_gives_the_date_text_and_the_site_before_it():
    assert parse_published_line("HARBOUR DAILY | Published March 3, 2022") == ("March 3, 2022", "HARBOUR DAILY")
    assert parse_published_line("Published: 2022-03-03 10:15") == ("2022-03-03 10:15", None)


def test_a_sentence_with_the_word_published_is_not_a_publication_line():
    assert parse_published_line("Published reports say five people died.") is None


def test_bare_name_lines():
    assert is_bare_name("Lena Hartmann")
    assert is_bare_name("Paul J. Okafor")
    assert not is_bare_name("Politics")
    assert not is_bare_name("The talks failed")


def test_title_with_site_suffix_is_split():
    assert split_title_site("Port strike ends after nine days | Harbour News") == (
        "Port strike ends after nine days",
        "Harbour News",
    )
    assert split_title_site("Port strike ends after nine days") == ("Port strike ends after nine days", None)


def test_domain_of_a_source_line():
    assert domain_of("www.harbour-news.example.org") == "harbour-news.example.org"
    assert domain_of("https://www.example.com/story/1") == "example.com"


def test_title_split_happens_at_the_last_separator():
    assert split_title_site("Port strike ends - day two | Harbour News") == (
        "Port strike ends - day two",
        "Harbour News",
    )
    hints = SiteHints(names=("Harbour News",))
    assert split_title_site("Port strike ends - day two - Harbour News", hints) == (
        "Port strike ends - day two",
        "Harbour News",
    )
