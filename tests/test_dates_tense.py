"""Which way a sentence looks: the cue that decides between the last and the next such day."""

from __future__ import annotations

import datetime as dt

from pipeline.dates import extract_temporal_expressions
from pipeline.dates.tense import tense_cue

WEDNESDAY = dt.date(2025, 3, 12)


def cue(sentence: str, expression: str) -> int:
    start = sentence.index(expression)
    return tense_cue(sentence, start, start + len(expression))


def test_reporting_verb_in_the_past_looks_back():
    assert cue("The mayor said on Friday that the bridge was safe.", "Friday") == -1


def test_will_looks_ahead():
    assert cue("The mayor will visit the bridge on Friday.", "Friday") == 1


def test_passive_future_looks_ahead():
    assert cue("The results will be published on Friday.", "Friday") == 1


def test_is_to_looks_ahead():
    assert cue("The court is to rule on Friday.", "Friday") == 1


def test_as_early_as_looks_ahead():
    assert cue("Troops could leave as early as Friday.", "Friday") == 1


def test_by_sets_a_deadline():
    assert cue("The fleet must leave the port by Friday.", "Friday") == 1


def test_by_with_a_past_auxiliary_looks_back():
    assert cue("Most members had filed their reports by Friday.", "Friday") == -1


def test_next_to_is_a_place_not_a_time():
    assert cue("A shell landed next to the school on Friday.", "Friday") == -1


def test_no_cue_at_all():
    assert cue("Rain on Friday.", "Friday") == 0


def test_possessive_weekday_names_an_event_already_past():
    body = "Lawyers will appeal Monday's ruling."
    assert [e.value for e in extract_temporal_expressions(body, WEDNESDAY)] == ["2025-03-10"]


def test_an_ed_word_after_a_determiner_is_an_adjective_not_a_past_verb():
    # "a still unspecified date in January" (told in October): the coming January, as "would be paid" says
    assert cue("The dividend would be paid on a still unspecified date in January.", "January") == 1
    assert cue("The mayor visited the bridge in January.", "January") == -1
