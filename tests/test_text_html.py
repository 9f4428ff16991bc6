"""The HTML path: main content, the junk a main-content extractor lets through, metadata from the page."""

import lxml.html

from pipeline.text import extract_articles
from pipeline.text.embeds import recover_embedded_posts
from pipeline.text.html import clean_extracted_lines
from pipeline.text.siblings import recover_sibling_paragraphs

PARAGRAPHS = [
    "Dock workers in the port city of Valmar ended a nine-day strike on Tuesday after the operator agreed to "
    "raise wages by six percent and hire two hundred more crane drivers for the night shifts.",
    "The walkout had left more than forty container ships waiting offshore and cost exporters an estimated "
    "thirty million euros, according to figures published by the regional chamber of commerce.",
    "Union leader Mira Castell said members had accepted the offer by a large majority but warned that the "
    "dispute over night-shift safety rules was not over and could flare up again in the spring.",
    "The operator said the first ships would be unloaded on Wednesday morning and that the backlog should "
    "clear within two weeks if the weather held and no further stoppages were called.",
]


def page(article_html: str, head: str = "", after: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Port strike ends after nine days | Valmar Times</title>
<meta property="og:title" content="Port strike ends after nine days">
<meta property="og:site_name" content="Valmar Times">
<meta name="author" content="Jonas Berg">
<link rel="canonical" href="https://valmar-times.example.com/news/port-strike-ends">
{head}
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>\
<li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>Port strike ends after nine days</h1>
{article_html}
</article>
{after}
</main>
<footer><p>Contact us</p><p>Privacy policy</p></footer>
</body></html>"""


def paragraphs_html(items: list[str]) -> str:
    return "\n".join(f"<p>{p}</p>" for p in items)


def test_article_paragraphs_are_extracted_with_one_blank_line_between_them():
    [article] = extract_articles(page(paragraphs_html(PARAGRAPHS)), "html")
    assert article.body == "\n\n".join(PARAGRAPHS)


def test_metadata_comes_from_the_page():
    [article] = extract_articles(
        page(paragraphs_html(PARAGRAPHS)), "html", url="https://valmar-times.example.com/x?utm=1"
    )
    assert article.title == "Port strike ends after nine days"
    assert article.author == "Jonas Berg"
    assert article.site == "Valmar Times"
    assert article.url == "https://valmar-times.example.com/news/port-strike-ends"
    assert article.language == "en"


def test_author_from_json_ld_when_there_is_no_author_meta_tag():
    json_ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Port strike ends",'
        ' "author": {"@type": "Person", "name": "Mira Santos"}}</script>'
    )
    html = page(paragraphs_html(PARAGRAPHS), head=json_ld).replace('<meta name="author" content="Jonas Berg">', "")
    assert extract_articles(html, "html")[0].author == "Mira Santos"


def test_headline_repeated_in_the_body_is_dropped():
    lines = ["Port strike ends after nine days", *PARAGRAPHS]
    assert clean_extracted_lines(lines, ("Port strike ends after nine days",)) == PARAGRAPHS


def test_a_standfirst_repeating_the_page_summary_is_dropped():
    standfirst = "Nine days of stoppage end with a wage deal"
    lines = [standfirst, *PARAGRAPHS]
    assert clean_extracted_lines(lines, (), description=standfirst) == PARAGRAPHS


def test_a_first_paragraph_that_is_also_the_page_summary_is_kept():
    assert clean_extracted_lines(PARAGRAPHS, (), description=PARAGRAPHS[0]) == PARAGRAPHS


def test_related_story_teasers_inside_the_container_are_dropped():
    lines = [
        *PARAGRAPHS[:2],
        "Related articles",
        "Crane drivers vote on new contract",
        "Ferry fares to rise in May",
        *PARAGRAPHS[2:],
    ]
    assert clean_extracted_lines(lines) == PARAGRAPHS


def test_newsletter_follow_and_credit_lines_are_dropped():
    lines = [
        *PARAGRAPHS,
        "Sign up for our morning newsletter and get the headlines in your inbox.",
        "Reporting by Ana Ruiz; Editing by Tom Lee",
    ]
    assert clean_extracted_lines(lines) == PARAGRAPHS


def test_comment_thread_after_the_article_is_cut_off():
    lines = [
        *PARAGRAPHS,
        "2 Comments",
        "About time the operator paid these workers properly, they keep the region running.",
    ]
    assert clean_extracted_lines(lines) == PARAGRAPHS


def test_a_body_split_across_sibling_blocks_is_recovered_in_order():
    chunks = "\n".join(f'<div class="story-chunk"><div class="inner"><p>{p}</p></div></div>' for p in PARAGRAPHS)
    tree = lxml.html.fromstring(page(chunks))
    # The extractor picked only the first block: the paragraphs of the same-kind siblings come back, in order.
    assert recover_sibling_paragraphs(tree, PARAGRAPHS[:1]) == PARAGRAPHS


def test_a_small_aside_inside_a_sibling_block_is_skipped_but_the_block_is_recovered():
    aside = (
        "<aside><p>Sign up for the morning briefing and get the news from the ports every day of the week.</p></aside>"
    )
    chunks = (
        f'<div class="story-chunk"><div class="inner"><p>{PARAGRAPHS[0]}</p></div></div>'
        f'<div class="story-chunk"><div class="inner"><p>{PARAGRAPHS[1]}</p>{aside}<p>{PARAGRAPHS[2]}</p>'
        f"<p>{PARAGRAPHS[3]}</p></div></div>"
    )
    tree = lxml.html.fromstring(page(chunks))
    assert recover_sibling_paragraphs(tree, PARAGRAPHS[:1]) == PARAGRAPHS


def test_sibling_blocks_made_of_links_are_not_taken_as_more_article():
    teaser = (
        '<div class="story-chunk"><p><a href="/a">'
        "Crane drivers vote on a new contract for the night shifts.</a></p></div>"
    )
    chunks = f'<div class="story-chunk"><div class="inner"><p>{PARAGRAPHS[0]}</p></div></div>' + teaser
    tree = lxml.html.fromstring(page(chunks))
    assert recover_sibling_paragraphs(tree, PARAGRAPHS[:1]) == PARAGRAPHS[:1]


def test_a_page_in_another_language_keeps_its_text():
    german = [
        "Die Hafenarbeiter in Valmar haben ihren neuntägigen Streik am Dienstag beendet, nachdem der Betreiber "
        "eine Lohnerhöhung von sechs Prozent und zweihundert zusätzliche Kranführer zugesagt hatte.",
        "Der Ausstand hatte mehr als vierzig Containerschiffe vor der Küste festgehalten und die Exporteure nach "
        "Angaben der Handelskammer rund dreißig Millionen Euro gekostet.",
        "Gewerkschaftschefin Mira Castell sagte, die Mitglieder hätten das Angebot mit großer Mehrheit "
        "angenommen, der Streit über die Sicherheitsregeln sei aber nicht beendet.",
    ]
    html = page(paragraphs_html(german)).replace('lang="en-GB"', 'lang="de"')
    [article] = extract_articles(html, "html")
    assert article.body == "\n\n".join(german)
    assert article.language == "de"


def test_a_page_without_article_text_gives_no_article():
    assert extract_articles("<html><head><title>Nothing</title></head><body></body></html>", "html") == []
    assert extract_articles("", "html") == []


def test_an_embedded_tweet_inside_the_article_is_put_back_in_place():
    tweet = (
        '<blockquote class="twitter-tweet"><p lang="en">The cranes are moving again in Valmar this morning.</p>'
        '&mdash; Harbour Watch (@harbourwatch) <a href="https://example.org/status/1">May 2, 2023</a></blockquote>'
    )
    html = page(paragraphs_html(PARAGRAPHS[:2]) + tweet + paragraphs_html(PARAGRAPHS[2:]))
    tree = lxml.html.fromstring(html)
    assert recover_embedded_posts(tree, PARAGRAPHS) == [
        *PARAGRAPHS[:2],
        "The cranes are moving again in Valmar this morning.",
        "— Harbour Watch (@harbourwatch) May 2, 2023",
        *PARAGRAPHS[2:],
    ]


def test_a_fragment_holding_one_sentence_keeps_the_sentence():
    [article] = extract_articles("<p>Rebels shelled the northern town of Arvik on Sunday.</p>", "html")
    assert article.body == "Rebels shelled the northern town of Arvik on Sunday."


def test_a_short_page_below_the_extractor_s_size_limit_still_gives_its_text():
    html = "<html><body><div>Rebels shelled Arvik on Sunday.</div><div>Three civilians died.</div></body></html>"
    [article] = extract_articles(html, "html")
    assert article.body == "Rebels shelled Arvik on Sunday.\n\nThree civilians died."


def test_a_page_that_is_only_a_menu_gives_no_article():
    html = "<html><head><title>Menu</title></head><body><ul><li>Home</li><li>News</li><li>Sport</li></ul></body></html>"
    assert extract_articles(html, "html") == []


def test_an_about_the_author_box_ends_the_body():
    lines = [*PARAGRAPHS, "About the author", "Jonas Berg has covered the northern ports for twelve years."]
    assert clean_extracted_lines(lines) == PARAGRAPHS
