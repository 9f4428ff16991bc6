"""Speaker attribution: "X said", "said X", "according to Y", "Z told a briefing"."""

from pipeline.events.attribution import find_attributions


def test_trailing_frame_with_a_person_strips_the_title():
    [frame] = find_attributions("Kenya sent aid to Somalia, Foreign Minister Jane Wambui said on Friday.")
    assert (frame.speaker, frame.is_person, frame.kind) == ("Jane Wambui", True, "said")


def test_inverted_frame():
    [frame] = find_attributions("The navy seized two boats, said Admiral Jane Doe, the fleet commander.")
    assert frame.speaker == "Jane Doe"


def test_according_to_a_capital_names_the_state():
    [frame] = find_attributions("According to Nairobi, the rebels attacked the town.")
    assert (frame.speaker, frame.speaker_code, frame.kind) == ("Nairobi", "KEN", "according_to")


def test_told_a_briefing_is_a_leading_frame():
    [frame] = find_attributions("Government spokesman Karl Berg told a briefing that Norway would send troops.")
    assert frame.speaker == "Karl Berg"
    assert frame.start == 0


def test_a_body_speaks_for_its_state():
    [frame] = find_attributions("Minsk has denied the claims, the Kremlin said.")
    assert (frame.speaker, frame.speaker_code, frame.is_person) == ("Kremlin", "RUS", False)


def test_a_noun_that_looks_like_a_speech_verb_is_not_a_frame():
    assert find_attributions("Minsk has denied the claims.") == []


def test_trailing_frame_followed_by_a_subordinate_phrase():
    [frame] = find_attributions(
        "Troops crossed the river, a ministry spokesperson said Monday, amid fears of a wider war."
    )
    assert frame.speaker == "ministry spokesperson"


def test_pronoun_speaker_is_a_person_without_a_name():
    [frame] = find_attributions("He said the talks would resume.")
    assert (frame.speaker, frame.is_person) == (None, True)


def test_no_frame_in_a_plain_report():
    assert find_attributions("Rebels attacked a convoy near the border on Sunday.") == []


def test_the_issuer_of_a_statement_is_the_speaker():
    [frame] = find_attributions("According to a statement from the Kenyan Defence Ministry, troops crossed the river.")
    assert (frame.speaker, frame.speaker_code) == ("Kenyan Defence Ministry", "KEN")


def test_a_subordinate_clause_before_the_speaker_is_not_part_of_the_name():
    frames = find_attributions("His remarks came as the Kenyan government confirmed the deployment.")
    assert [f.speaker for f in frames] == ["Kenyan government"]


def test_a_document_without_issuer_names_no_speaker():
    [frame] = find_attributions("The statement said troops crossed the river.")
    assert frame.speaker is None
