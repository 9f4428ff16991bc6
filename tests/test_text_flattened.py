"""The text path: flattened page text with junk left in -> clean article bodies and metadata."""

from pipeline.text import extract_articles

STORY = [
    "Dock workers in the port city of Valmar ended a nine-day strike on Tuesday after the operator agreed to "
    "raise wages by six percent and hire two hundred more crane drivers.",
    "The walkout had left more than forty container ships waiting offshore and cost exporters an estimated "
    "thirty million euros, according to the regional chamber of commerce.",
    "Union leader Mira Castell said members had accepted the offer by a large majority but warned that the "
    "dispute over night-shift safety rules was not over.",
    "The operator said the first ships would be unloaded on Wednesday morning and that the backlog should "
    "clear within two weeks if the weather held.",
]

NAV = ["Home", "World", "Business", "Sport", "Culture", "Search", "Menu"]


def body_of(text: str) -> str:
    articles = extract_articles(text, "text")
    assert len(articles) == 1
    return articles[0].body


def test_a_single_news_sentence_is_kept_as_it_is():
    sentence = "Rebels shelled the northern town of Arvik on Sunday, killing three civilians."
    assert body_of(sentence) == sentence


def test_a_short_headline_like_input_is_not_dropped():
    assert body_of("Port strike ends in Valmar") == "Port strike ends in Valmar"


def test_a_clean_wire_story_is_kept_whole_with_one_blank_line_between_paragraphs():
    assert body_of("\n".join(STORY)) == "\n\n".join(STORY)


def test_a_clean_story_keeps_its_short_last_paragraph():
    text = "\n\n".join([*STORY, "He said no."])
    assert body_of(text).endswith("\n\nHe said no.")


def test_text_without_any_words_gives_no_article():
    assert extract_articles("  \n---\n***\n", "text") == []
    assert extract_articles("", "text") == []


def test_navigation_above_and_a_sidebar_of_headlines_below_are_dropped():
    sidebar = [
        "Most Read",
        "Storm closes mountain pass for third day",
        "City council approves new tram line",
        "Local bakery wins national bread prize",
        "Football club sacks coach after defeat",
        "Museum reopens after two-year renovation",
    ]
    text = "\n".join(["Port strike ends | Valmar Times", *NAV, *STORY, *sidebar])
    assert body_of(text) == "\n\n".join(STORY)


def test_junk_lines_inside_the_article_are_dropped():
    text = "\n".join([STORY[0], "RELATED: Crane drivers vote on new contract", "Advertisement", *STORY[1:], "With AFP"])
    assert body_of(text) == "\n\n".join(STORY)


def test_photo_caption_and_share_prompts_are_dropped():
    text = "\n".join(
        [
            "Share on Facebook",
            "Share on Twitter",
            "In this photo provided by the port authority, cranes stand idle at the container terminal.",
            *STORY,
            "Leave a Comment",
        ]
    )
    assert body_of(text) == "\n\n".join(STORY)


def test_a_sidebar_of_teaser_sentences_divided_by_dashes_is_dropped():
    teasers = [
        "-",
        "A local activist was detained in the northern district last night, his lawyer said.",
        "-",
        "The ambassador delivered a farewell message that was published on the embassy website.",
        "-",
        "The prime minister met the visiting foreign minister to discuss trade and energy links.",
    ]
    text = "\n".join([*STORY, "Lena Hartmann", "Politics", *teasers])
    articles = extract_articles(text, "text")
    assert articles[0].body == "\n\n".join(STORY)
    assert articles[0].author == "Lena Hartmann"


def test_comment_thread_after_the_article_is_dropped():
    comments = [
        "3 Comments",
        "harbourfan says:",
        "March 4, 2021 at 6:15 pm",
        "About time the operator paid these workers properly, they keep the whole region running every single day.",
        "dockwatcher says:",
        "March 4, 2021 at 7:02 pm",
        "The chamber of commerce figures look inflated to me, but the delay was real and it hurt small exporters.",
    ]
    assert body_of("\n".join([*STORY, *comments])) == "\n\n".join(STORY)


def test_byline_becomes_the_author_and_leaves_the_body():
    articles = extract_articles("\n".join(["Port strike ends in Valmar", "By Jonas Berg", *STORY]), "text")
    assert articles[0].author == "Jonas Berg"
    assert articles[0].title == "Port strike ends in Valmar"
    assert articles[0].body == "\n\n".join(STORY)


def test_published_line_becomes_published_text_and_leaves_the_body():
    text = "\n".join(["Port strike ends in Valmar", "Published March 3, 2022", *STORY])
    article = extract_articles(text, "text")[0]
    assert article.published_text == "March 3, 2022"
    assert "Published" not in article.body


def test_hard_wrapped_lines_are_rejoined_into_paragraphs():
    wrapped = (
        "Port strike ends\n\nDock workers in the port city of Valmar ended a nine-day strike on Tuesday after\n"
        "the operator agreed to raise wages.\n\nThe walkout had left more than forty container ships waiting\n"
        "offshore, the chamber of commerce said.\n"
    )
    assert body_of(wrapped) == (
        "Dock workers in the port city of Valmar ended a nine-day strike on Tuesday after the operator agreed to "
        "raise wages.\n\nThe walkout had left more than forty container ships waiting offshore, the chamber of "
        "commerce said."
    )


def test_title_found_after_junk_at_the_top():
    text = "\n".join(["Signal Channel Join Now", "", "Port strike ends after nine days in Valmar", "", *STORY])
    assert extract_articles(text, "text")[0].title == "Port strike ends after nine days in Valmar"


def test_url_is_passed_through_for_text_records():
    article = extract_articles("\n".join(STORY), "text", url="https://news.example.org/strike")[0]
    assert article.url == "https://news.example.org/strike"


ROUNDUP = "\n".join(
    [
        "Ministers arrive at the summit venue on Monday. [LANTERN]",
        "VALMAR TIMES | Published May 2, 2023",
        "Dock workers in the port city of Valmar ended a nine-day strike on Tuesday "
        "after the operator agreed to raise wages.",
        "The walkout had left more than forty container ships waiting offshore, the regional chamber of commerce said.",
        "READ FULL ARTICLE",
        "SOURCE: www.valmar-times.example.com",
        "RELATED: Crane drivers vote on the new contract",
        "Rail unions threaten to join the dispute",
        "Published May 1, 2023",
        "Rail unions in the northern provinces said on Monday they could stage a solidarity strike next week.",
        "A spokesman for the rail operator said contingency timetables were ready and urged the unions to talk.",
        "READ FULL ARTICLE",
        "SOURCE: www.northern-wire.example.net",
        "Be the first to comment",
    ]
)


def test_roundup_page_becomes_one_article_per_report():
    articles = extract_articles(ROUNDUP, "text")
    assert [a.segment for a in articles] == [0, 1]
    assert articles[0].body.startswith("Dock workers in the port city")
    assert articles[0].body.endswith("chamber of commerce said.")
    assert articles[1].body.startswith("Rail unions in the northern provinces")
    assert articles[1].body.endswith("urged the unions to talk.")


def test_each_report_of_a_roundup_has_its_own_date_site_and_title():
    first, second = extract_articles(ROUNDUP, "text")
    assert (first.published_text, first.site) == ("May 2, 2023", "valmar-times.example.com")
    assert (second.published_text, second.site) == ("May 1, 2023", "northern-wire.example.net")
    assert second.title == "Rail unions threaten to join the dispute"


def test_two_publication_lines_without_reports_after_them_do_not_split_the_page():
    text = "\n".join(["Published May 2, 2023", *STORY, "Updated story", "Published May 3, 2023", "Thanks."])
    assert len(extract_articles(text, "text")) == 1


def test_a_lone_line_shaped_like_a_publication_line_is_still_kept_as_the_body():
    line = "Posted 20 soldiers to the border on 3 May 2024"
    article = extract_articles(line, "text")[0]
    assert article.body == line


def test_a_list_right_after_the_body_stays_with_it():
    dates = [
        "June 9 – Valmar, Harbour Hall",
        "June 12 – Ostend, Kursaal Arena",
        "June 15 – Brugge, Concertgebouw Main Stage",
        "June 18 – Gent, Vooruit Theatre",
    ]
    text = "\n".join([*NAV, *STORY, "Tour dates", *dates, "Most Read", "Storm closes mountain pass for third day"])
    assert body_of(text) == "\n\n".join([*STORY, "Tour dates", *dates])


def test_teaser_excerpts_cut_short_with_an_ellipsis_are_not_taken_for_the_article():
    teasers = [
        "Life asks us for courage and for hope, and for the patience to wait for better days when the weather…",
        "Blessed are those who walk straight paths and who keep to the law of the land in all their days and…",
        "What holds a family together is love, care and wanting the best for one another in every season of…",
    ]
    text = "\n".join([*STORY[:2], "More from the blog", *teasers])
    assert body_of(text) == "\n\n".join(STORY[:2])


def test_captions_and_credits_inside_the_article_do_not_cut_it_in_two():
    media = [
        "Image copyright Harbour Watch",
        "Image caption Cranes stand idle at the container terminal",
        "Photo: Valmar Port Authority",
    ]
    text = "\n".join([*NAV, *STORY[:2], *media, *STORY[2:], "Most Read", "Storm closes mountain pass for third day"])
    assert body_of(text) == "\n\n".join(STORY)


def test_a_single_news_sentence_is_kept_even_when_it_reads_like_a_notice():
    sentence = "The streaming service said it would raise its subscription price and end the free trial in May."
    assert body_of(sentence) == sentence
    sentence = "Reporters were told to click here and there on the ministry website, but nothing loaded."
    assert body_of(sentence) == sentence


def test_a_table_between_two_parts_of_the_body_keeps_the_body_whole():
    table = [f"{n} Valmar Harbour FC {30 - n} {n + 2} {n % 3}" for n in range(1, 13)]
    text = "\n".join([*NAV, *STORY[:2], *table, *STORY[2:], "Most Read", "Storm closes mountain pass for third day"])
    assert body_of(text) == "\n\n".join([*STORY[:2], *table, *STORY[2:]])


def test_an_about_the_author_box_after_the_article_is_dropped():
    bio = (
        "Jonas Berg has covered shipping and the ports of the northern coast for twelve years and previously "
        "worked as a deckhand on container ships sailing between Valmar, Rotterdam and the Baltic ports."
    )
    text = "\n".join([*STORY, "About Jonas Berg", bio])
    assert body_of(text) == "\n\n".join(STORY)
