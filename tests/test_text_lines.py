"""The line classifier's building blocks: line length, line shapes, and the best run of lines."""

from pipeline.text.lines import best_block, classify_lines, ends_sentence, is_all_caps, is_title_case, token_weight

PROSE = [
    "Dock workers in the port city of Valmar ended a nine-day strike on Tuesday after the operator agreed to a raise.",
    "The walkout had left more than forty container ships waiting offshore, the regional chamber of commerce said.",
    "Union leader Mira Castell said members had accepted the offer by a large majority but the dispute was not over.",
]


def test_best_block_is_the_run_with_the_highest_total():
    assert best_block([-5, 10, -2, 8, -20, 6]) == (1, 4)


def test_best_block_is_none_when_nothing_scores_above_zero():
    assert best_block([-1, -3, -0.5]) is None


def test_cjk_characters_count_as_half_a_word():
    assert token_weight("港口罢工结束") == 3.0
    assert token_weight("Port strike ends") == 3.0


def test_line_shapes():
    assert ends_sentence("The strike ended.") and ends_sentence("“It is over,” she said.”")
    assert not ends_sentence("Port strike ends")
    assert is_all_caps("MOST READ STORIES")
    assert is_title_case("Museum Reopens After Two-Year Renovation")
    assert not is_title_case("Museum reopens after a two-year renovation")


def test_a_short_line_between_two_body_paragraphs_stays_in_the_body():
    lines = ["Home", "World", "Sport", PROSE[0], "Why it matters", PROSE[1], PROSE[2], "Contact us", "Privacy policy"]
    result = classify_lines(lines)
    assert [lines[k] for k in result.body] == [PROSE[0], "Why it matters", PROSE[1], PROSE[2]]


def test_the_lines_right_after_the_body_are_reported_for_the_metadata_step():
    lines = [*PROSE, "Mira Castell", "Politics"]
    result = classify_lines(lines)
    assert [lines[k] for k in result.tail] == ["Mira Castell", "Politics"]
