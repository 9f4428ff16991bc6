"""Junk families of flattened news text: each family is recognised, and prose that merely mentions the same
words is not."""

import pytest

from pipeline.text.junk import junk_family, opens_box, opens_comment_section


@pytest.mark.parametrize(
    "line",
    [
        "Share this article",
        "0 shares",
        "View all (23)",
        "Most read in world news",
        "Follow the Gazette on Twitter",
        "Leave a Reply",
        "Be the first to comment",
        "Spread the love",
        "Signal Channel Join Now",
        "READ FULL ARTICLE",
        "Related posts",
        "Advertisement",
        "12 Comments",
    ],
)
def test_prompt_lines_are_junk(line):
    assert junk_family(line) == "prompt"


@pytest.mark.parametrize(
    "line", ["Comments (0) | Leave a Comment", "Print · Email · Share", "Tweet | Share on Facebook"]
)
def test_a_row_of_prompts_on_one_line_is_junk(line):
    assert junk_family(line) == "prompt"


@pytest.mark.parametrize(
    "line", ["Comments | The mayor answers her critics", "Ferry strike | What travellers need to know"]
)
def test_a_line_with_one_prompt_and_a_headline_is_not_a_row_of_prompts(line):
    assert junk_family(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "RELATED: Harbour strike enters its second week",
        "MUST READ: Ten tips for a cheaper commute",
        "SOURCE: www.example-news.org",
        "See also: the budget in charts",
        "Leia também: o novo porto",
    ],
)
def test_labelled_lead_ins_are_junk(line):
    assert junk_family(line) == "lead-in"


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for our morning newsletter and get the headlines in your inbox.",
        "We use cookies to improve your experience on this website.",
        "Exciting news! The Daily Lantern is now on WhatsApp. Subscribe today and stay updated with the latest news.",
        "If you buy something through links on this page, we may earn a commission.",
        "© 2024 Lantern Media Group. All rights reserved.",
        "copyright Lantern Media 2024 - ISSN 1234-5678",
        "Follow the Lantern opinion desk on Facebook, Twitter and Instagram.",
        "If you enjoyed this article, become a member and read without limits.",
    ],
)
def test_newsletter_cookie_affiliate_and_copyright_notices_are_junk(line):
    assert junk_family(line) == "notice"


@pytest.mark.parametrize(
    "line",
    [
        "With AFP",
        "Reporting by Ana Ruiz; Editing by Tom Lee",
        "Image credit: City Archive",
        "Photo courtesy of the mayor",
        "Lena Hartmann contributed reporting from Valmar.",
        "Write to Jonas Berg at jonas.berg@lantern.example",
    ],
)
def test_agency_and_reporting_credits_are_junk(line):
    assert junk_family(line) == "credit"


@pytest.mark.parametrize(
    "line",
    [
        "The mayor speaks at the opening of the new bridge on Monday. [HARBOUR NEWS]",
        "In this photo provided by the port authority, cranes stand idle at the container terminal.",
        "Workers repair the dam near the village. (Photo: River Agency)",
        "Fishing boats in the harbour at dawn. Jan Novak/Getty Images",
        "The first map of the northern ice shelf. (Polar Agency/Valmar University)",
        "Image 3 of 7",
        "© Jan Novak Cranes stand idle at the terminal",
    ],
)
def test_photo_captions_are_junk(line):
    assert junk_family(line) == "caption"


@pytest.mark.parametrize(
    "line", ["5 min read", "Updated 3 hours ago", "Home > World > Europe", "March 4, 2021 at 6:15 pm"]
)
def test_meta_lines_are_junk(line):
    assert junk_family(line) == "meta"


@pytest.mark.parametrize(
    "line", ["harbourfan says:", "Rating: 12 Votes", "Reply", "Click to share on Facebook (Opens in new window)"]
)
def test_comment_thread_furniture_is_junk(line):
    assert junk_family(line) == "comment"


@pytest.mark.parametrize(
    "line",
    [
        "The minister will share the details of the plan with parliament on Monday.",
        "Officials said the photo was taken near the border last week.",
        "He told the newspaper that the company may earn more next year.",
        "The agency said its source inside the ministry had confirmed the figures.",
        "Comments from residents were overwhelmingly negative, the council said.",
        "He said he would follow the new rules on Facebook from next month.",
        "He said the talks, held in Geneva (UN/OSCE), had failed.",
        "The ministry said it would share this with its partners.",
        "The debate is about one thing: the electronic patient record (ePA)",
        "He said, she said",
        "Email the minister at once, the union told its members.",
        "Copyright law changed in 2019, the minister said.",
    ],
)
def test_prose_using_the_same_words_is_not_junk(line):
    assert junk_family(line) is None


def test_comment_thread_openers_are_recognised():
    assert opens_comment_section("34 responses to “Harbour strike ends”")
    assert opens_comment_section("Leave a comment")
    assert not opens_comment_section("The comments drew a sharp response from the opposition.")


def test_related_and_sharing_box_openers_are_recognised():
    assert opens_box("You may also like")
    assert opens_box("Share this:")
    assert not opens_box("Related reports said the talks had stalled.")
