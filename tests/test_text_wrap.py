"""Re-joining lines a scraper hard-wrapped in the middle of a sentence."""

from pipeline.text.wrap import continues_on_next_line, rejoin_wrapped


def test_a_line_cut_mid_sentence_is_joined_to_its_lowercase_continuation():
    lines = ["The council voted on Monday to close the", "old bridge to lorries.", "", "Next paragraph."]
    assert rejoin_wrapped(lines) == [
        "The council voted on Monday to close the old bridge to lorries.",
        "",
        "Next paragraph.",
    ]


def test_a_finished_sentence_is_not_joined_to_the_next_line():
    assert rejoin_wrapped(["The bridge closed.", "lorries now take the ring road."]) == [
        "The bridge closed.",
        "lorries now take the ring road.",
    ]


def test_a_blank_line_always_ends_the_paragraph():
    assert rejoin_wrapped(["The council voted to close the", "", "bridge."]) == [
        "The council voted to close the",
        "",
        "bridge.",
    ]


def test_a_capitalised_next_line_after_a_headline_stays_separate():
    assert not continues_on_next_line("Harbour strike ends", "Dock workers returned to work on Tuesday.")


def test_a_hyphenated_word_split_across_lines_keeps_its_hyphen():
    assert rejoin_wrapped(["The long-", "awaited report came out."]) == ["The long-awaited report came out."]


def test_a_wire_dateline_on_its_own_line_opens_the_first_paragraph():
    assert rejoin_wrapped(["NAIROBI, Kenya (AP) _", "Rescuers searched the rubble on Friday."]) == [
        "NAIROBI, Kenya (AP) _ Rescuers searched the rubble on Friday."
    ]
    assert rejoin_wrapped(["NAIROBI, Kenya (AP) _", "", "Rescuers searched the rubble."]) == [
        "NAIROBI, Kenya (AP) _ Rescuers searched the rubble."
    ]
    assert continues_on_next_line("HAVANA, August 7 (Xinhua) --", "Cuba said on Friday it would reopen the port.")
