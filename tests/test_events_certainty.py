"""Certainty cues and their scope: asserted, reported, hedged, denied."""

from pipeline.events.certainty import certainty_of


def _of(sentence: str, trigger: str) -> str:
    i = sentence.index(trigger)
    return certainty_of(sentence, i, i + len(trigger), is_denial_trigger=trigger.startswith("den"))


def test_plain_statement_is_asserted():
    assert _of("Kenya attacked the rebel camp.", "attacked") == "asserted"


def test_hedge_before_the_trigger_governs_it():
    assert _of('Officials said it was "highly likely" that the rebels attacked the camp.', "attacked") == "hedged"


def test_if_true_hedges_the_clause():
    assert _of("If true, the strike killed dozens.", "killed") == "hedged"


def test_hedge_after_the_trigger_does_not_reach_back():
    assert _of("Kenyan troops attacked the camp and could advance further.", "attacked") == "asserted"


def test_hedge_does_not_cross_a_but():
    assert _of("The talks may resume, but Kenya attacked the camp.", "attacked") == "asserted"


def test_cannot_confirm_hedges_the_whole_sentence():
    sentence = "Rebels attacked the camp, though officials could not independently confirm it."
    assert _of(sentence, "attacked") == "hedged"


def test_according_to_makes_it_reported():
    assert _of("According to intelligence sources, the army shelled the town.", "shelled") == "reported"


def test_reportedly_makes_it_reported():
    assert _of("The army reportedly shelled the town.", "shelled") == "reported"


def test_negation_denies_the_trigger_it_precedes():
    assert _of("The army did not shell the town.", "shell") == "denied"


def test_a_denial_verb_denies_the_event_in_its_complement():
    assert _of("The ministry denied that its troops shelled the town.", "shelled") == "denied"


def test_the_denial_itself_is_asserted():
    assert _of("The ministry denied the accusations.", "denied") == "asserted"


def test_denied_outranks_hedged():
    assert _of("It may be that the army never shelled the town.", "shelled") == "denied"
