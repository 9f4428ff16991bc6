"""Page titles that carry the site's name ("Site :: Headline", "Headline | Site", "Headline - Site"): the site part
is cut when the rest of the page identifies it, and a headline that merely holds a dash or a colon stays whole."""

import pytest

from pipeline.text import extract_articles
from pipeline.text.metadata import SiteHints, split_title_site

HEADLINE = "Ferry crews strike over new rota on the island routes"
BODY = "".join(
    f"<p>{p}</p>"
    for p in [
        "Ferry crews in the island port of Orsund walked off the job on Monday after talks on a new rota broke "
        "down, leaving about three thousand travellers stranded on both sides of the strait.",
        "The operator said it would run a reduced timetable with managers at the helm and asked passengers to "
        "check departures online before setting out, as two of its four vessels stayed tied up.",
        "Union officials said the walkout would last at least two days and accused the company of cutting rest "
        "periods between crossings, a claim the operator denied in a short statement.",
    ]
)


def page(title: str, head: str = "", footer: str = "") -> str:
    """A page without og:title and without a single <h1>, so its <title> is the only title it has."""
    return (
        f"<html><head><title>{title}</title>{head}</head><body><div class='story'><b>{HEADLINE}</b>{BODY}</div>"
        f"<div class='footer'>{footer}</div></body></html>"
    )


def title_and_site(html: str, url: str | None = None) -> tuple[str | None, str | None]:
    [article] = extract_articles(html, "html", url=url)
    return article.title, article.site


def test_a_site_prefix_that_spells_the_domain_is_cut():
    html = page(f"Orsund Herald :: {HEADLINE}")
    assert title_and_site(html, url="https://www.orsundherald.example/news/ferry-strike") == (HEADLINE, "Orsund Herald")


def test_a_site_prefix_named_in_the_copyright_line_is_cut():
    html = page(f"Orsund Herald :: {HEADLINE}", footer="Copyright © 2001-2023 Orsund Herald. All rights reserved.")
    assert title_and_site(html) == (HEADLINE, "Orsund Herald")


def test_a_site_suffix_after_a_dash_is_cut_when_the_page_states_its_site_name():
    html = page(f"{HEADLINE} - Orsund Herald", head='<meta property="og:site_name" content="Orsund Herald">')
    assert title_and_site(html) == (HEADLINE, "Orsund Herald")


def test_a_site_suffix_is_cut_when_the_page_s_feed_is_titled_with_it():
    feed = '<link rel="alternate" type="application/rss+xml" title="Orsund Herald &raquo; Feed" href="/feed">'
    assert title_and_site(page(f"{HEADLINE} – Orsund Herald", head=feed)) == (HEADLINE, "Orsund Herald")


def test_the_headline_is_kept_when_nothing_identifies_the_part_after_the_dash():
    title = "Ferry talks collapse - again"
    html = page(title, head='<meta property="og:site_name" content="Orsund Herald">')
    assert title_and_site(html, url="https://orsundherald.example/x")[0] == title


def test_a_page_s_feed_carrying_its_own_title_identifies_nothing():
    title = "Ferry crews strike - talks to resume on Friday"
    feed = f'<link rel="alternate" type="application/rss+xml" title="{title}" href="/feed">'
    assert title_and_site(page(title, head=feed))[0] == title


@pytest.mark.parametrize(
    "title",
    [
        "Stocks slide - then rebound as ferry strike ends",
        "Orsund: ferry crews strike over new rota",
        "Ferry strike: what travellers need to know - and what they can claim",
        "Crews walk out – operator calls it 'unlawful'",
    ],
)
def test_headlines_with_a_dash_or_colon_stay_whole(title):
    hints = SiteHints(
        names=("Orsund Herald",), hosts=("https://www.orsundherald.example/news/1",), notices=("© 2023 Orsund Herald",)
    )
    assert split_title_site(title, hints) == (title, None)


@pytest.mark.parametrize(
    ("title", "hints", "expected"),
    [
        (
            "The Orsund Herald - Ferry crews strike",
            SiteHints(hosts=("orsundherald.example",)),
            ("Ferry crews strike", "The Orsund Herald"),
        ),
        ("Ferry crews strike | OH", SiteHints(), ("Ferry crews strike", "OH")),
        ("Ferry crews strike - Orsund Herald", SiteHints(), ("Ferry crews strike - Orsund Herald", None)),
        (
            "Ferry crews strike - Isles Herald",
            SiteHints(hosts=("https://news.isles-herald.co.uk/1",)),
            ("Ferry crews strike", "Isles Herald"),
        ),
        (
            "Ferry crews strike - Herald of the Isles",
            SiteHints(hosts=("https://news.isles-herald.co.uk/1",)),
            ("Ferry crews strike - Herald of the Isles", None),
        ),
        (
            "Ferry crews strike | Orsund Herald - News from the islands",
            SiteHints(names=("Orsund Herald - News from the islands",)),
            ("Ferry crews strike", "Orsund Herald - News from the islands"),
        ),
    ],
)
def test_which_parts_are_taken_for_the_site(title, hints, expected):
    assert split_title_site(title, hints) == expected


def test_a_flattened_page_s_title_loses_the_site_its_copyright_line_names():
    text = "\n\n".join(
        [
            f"Orsund Herald :: {HEADLINE}",
            "Ferry crews in the island port of Orsund walked off the job on Monday after talks on a new rota broke "
            "down, leaving about three thousand travellers stranded on both sides of the strait.",
            "The operator said it would run a reduced timetable with managers at the helm and asked passengers to "
            "check departures online before setting out, as two of its four vessels stayed tied up.",
            "© 2023 Orsund Herald. All rights reserved.",
        ]
    )
    [article] = extract_articles(text, "text")
    assert (article.title, article.site) == (HEADLINE, "Orsund Herald")
