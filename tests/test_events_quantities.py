"""Quantities: lower (or only) bound in `quantity`, upper bound in `quantity_max`, counted noun as unit."""

from pipeline.events.quantities import find_quantities


def _one(sentence: str) -> tuple[float, float | None, str | None]:
    [q] = find_quantities(sentence)
    return q.quantity, q.quantity_max, q.unit


def test_as_many_as_is_an_upper_bound():
    assert _one("As many as 5,000 Freedonian troops are in the region.") == (5000, 5000, "troops")


def test_up_to_is_an_upper_bound():
    assert _one("They shipped up to 300 containers of shells.") == (300, 300, "containers")


def test_between_and_gives_both_ends():
    assert _one("between 1,100 and 1,200 soldiers crossed") == (1100, 1200, "soldiers")


def test_a_range_with_to():
    assert _one("could be between 2,000 to 3,000 personnel") == (2000, 3000, "personnel")


def test_at_least_is_a_lower_bound_only():
    assert _one("at least two missiles hit the port") == (2, None, "missiles")


def test_approximation_keeps_the_number_without_upper_bound():
    assert _one("around 800 refugees arrived") == (800, None, "refugees")


def test_scale_words():
    assert _one("1.5 million people fled") == (1_500_000, None, "people")


def test_demonyms_and_modifiers_are_skipped_to_find_the_unit():
    assert _one("12 Kenyan service members were hurt") == (12, None, "service members")


def test_a_bare_number_with_a_qualifier_has_no_unit():
    assert _one("as many as 800 have crossed") == (800, 800, None)


def test_years_dates_durations_money_and_percentages_are_not_quantities():
    text = "In 2023, on March 3, after 73 days, US$9.2 billion and 40 percent were spent in its 22nd month."
    assert find_quantities(text) == []


def test_a_number_word_inside_another_word_is_not_a_number():
    assert find_quantities("the conflict zone, the spokesperson said") == []


def test_a_number_after_its_counted_noun_takes_that_noun_as_unit():
    assert _one("The rebels, numbering 3,000, entered the town.") == (3000, None, "rebels")


def test_a_death_toll_counts_the_dead():
    assert _one("The death toll rose to 42 on Sunday.") == (42, None, "dead")


def test_killing_a_number_counts_the_dead():
    assert _one("Gunmen opened fire, killing at least 15.") == (15, None, "dead")


def test_a_second_number_of_the_same_sentence_keeps_the_first_ones_unit():
    qs = find_quantities("Freedonia has sent 2,000 troops and could send up to 4,000.")
    assert [(q.quantity, q.quantity_max, q.unit) for q in qs] == [(2000, None, "troops"), (4000, 4000, "troops")]


def test_a_number_after_a_speech_verb_gets_no_borrowed_unit():
    assert find_quantities("Police said 40 were arrested.") == []
