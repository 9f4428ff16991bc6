"""Eventness: which coded clauses are published as events, and with what confidence."""

import datetime as dt

import pandas as pd

from pipeline.dates import extract_temporal_expressions
from pipeline.events import eventness
from pipeline.events.extract import coded_clauses, extract_event_mentions
from pipeline.events.sentences import split_sentences
from pipeline.stages import build_event_mentions, skipped_for_language

DAY = dt.date(2024, 5, 2)

PHONE_REVIEW = (
    "The new phone goes on sale in Germany next month. Its camera has three lenses and a larger sensor. "
    "Battery life is about two days with normal use. The screen is brighter than last year's model. "
    "Japan praised the design when the phone was shown in Tokyo. Prices start at 799 euros."
)
NAIROBI_REPORT = (
    "Police in Nairobi arrested twelve opposition protesters on Monday, the interior ministry said. "
    "The protesters had marched on parliament to demand new elections. "
    "The government accused the opposition of planning unrest. Opposition leaders rejected the accusation. "
    "The United Nations urged both sides to show restraint. Talks are expected next week."
)


def _events(body: str) -> list[tuple[str, str | None, str | None]]:
    mentions = extract_event_mentions(body, DAY, extract_temporal_expressions(body, DAY))
    return [(m.event_type, m.source_actor, m.target_actor) for m in mentions]


def test_a_cue_on_a_page_that_is_not_political_news_is_no_event():
    assert [m.event_type for m, _ in coded_clauses(PHONE_REVIEW, DAY, [])] == ["SUPPORT"]
    assert _events(PHONE_REVIEW) == []


def test_the_same_sentence_alone_keeps_its_event_with_its_confidence():
    mentions = extract_event_mentions("Japan praised the design when the phone was shown in Tokyo.", DAY, [])
    assert [m.event_type for m in mentions] == ["SUPPORT"]
    assert 0.0 < mentions[0].confidence < 1.0


def test_a_political_report_keeps_its_arrest():
    assert ("COERCE", "KEN", "KEN") in _events(NAIROBI_REPORT)


def test_a_question_reports_nothing():
    assert _events("Did Russian troops attack the Ukrainian town of Sumy last night?") == []


def test_an_event_dated_years_before_the_article_is_background():
    body = NAIROBI_REPORT + " In March 1998, police arrested the opposition leader in Mombasa."
    assert [e for e in _events(body) if e[0] == "COERCE"] == [("COERCE", "KEN", "KEN")]


def test_confidence_rises_with_a_past_tense_political_sentence_on_a_political_page():
    base = dict(
        cue_start=10,
        cue_pos="verb",
        source_kind="state",
        target_kind=None,
        event_date=None,
        anchor_year=2024,
        certainty="asserted",
        page_sentences=20,
    )
    plain = eventness.Evidence(
        sentence="The company attacked the market with a cheaper model.", cue_tense="past", page_political=0.0, **base
    )
    political = eventness.Evidence(
        sentence="Government troops attacked the rebel town.", cue_tense="past", page_political=0.5, **base
    )
    hedged = eventness.Evidence(
        sentence="Government troops could attack the rebel town.",
        cue_tense="base",
        page_political=0.5,
        **{**base, "cue_start": 23},
    )
    assert eventness.gated(plain) == "page"
    score = lambda ev: eventness.confidence(eventness.features(ev))  # noqa: E731
    assert score(political) > score(hedged)


def test_the_fitted_weights_match_the_features():
    model = eventness.model()
    assert len(model.weights) == len(eventness.FEATURES)
    assert 0.0 <= model.threshold < 1.0


def test_articles_in_a_language_the_coder_does_not_read_give_no_events_and_are_counted():
    articles = pd.DataFrame(
        {
            "ingest_day": ["2024-05-02"] * 3,
            "article_id": ["en1", "fr1", "xx1"],
            "body": [NAIROBI_REPORT, "La police a arrêté douze manifestants lundi à Nairobi.", "12 - 3"],
            "language": ["en", "fr", None],
            "duplicate_of": [None, None, None],
            "published_date": [pd.Timestamp(DAY)] * 3,
            "site": [None] * 3,
        }
    )
    temporal = pd.DataFrame(columns=["article_id", "text", "start", "end", "value", "granularity"])
    mentions = build_event_mentions(articles, temporal)
    assert set(mentions["article_id"]) == {"en1"}
    assert skipped_for_language(articles) == {"fr": 1, "unknown": 1}


def _evidence(sentence: str, cue: str, **overrides) -> eventness.Evidence:
    values = dict(
        sentence=sentence,
        cue_start=sentence.index(cue),
        cue_pos="verb",
        cue_tense="past",
        source_kind="official",
        target_kind=None,
        page_political=0.5,
        event_date=None,
        anchor_year=2024,
        certainty="asserted",
        page_sentences=20,
        event_type="SUPPORT",
        source="USA",
    )
    return eventness.Evidence(**{**values, **overrides})


def _feature(ev: eventness.Evidence, name: str) -> float:
    return eventness.features(ev)[eventness.FEATURES.index(name)]


def test_a_cue_inside_a_relative_clause_describes_its_noun_and_scores_lower():
    background = _evidence("High on the list are the policies that the mayor championed.", "championed")
    report = _evidence("The mayor championed the policies on Monday.", "championed")
    assert _feature(background, "relative_clause") == 1.0
    assert _feature(report, "relative_clause") == 0.0
    score = lambda ev: eventness.confidence(eventness.features(ev))  # noqa: E731
    assert score(background) < score(report)


def test_a_page_that_attributes_what_it_says_is_reporting():
    body = (
        "The minister resigned on Monday, officials said. According to the police, two men were held. "
        "It is a sad day for the town. The mayor told reporters she would stay."
    )
    sentences = split_sentences(body)
    assert len(sentences) == 4
    starts, ends = [s.start for s in sentences], [s.end for s in sentences]
    assert eventness.attributed_sentences(body, starts, ends) == frozenset({0, 1, 3})
    reporting = _evidence("Police arrested the men.", "arrested", page_attributed=0.6)
    commentary = _evidence("Police arrested the men.", "arrested", page_attributed=0.0)
    assert _feature(reporting, "page_attributed") == 0.6
    score = lambda ev: eventness.confidence(eventness.features(ev))  # noqa: E731
    assert score(reporting) > score(commentary)


def test_a_source_known_only_from_earlier_sentences_scores_lower_than_one_named_in_the_sentence():
    named = _evidence("Biden praised the deal.", "praised", source_kind="official")
    remembered = _evidence("He praised the deal.", "praised", source_kind="learned")
    assert (_feature(named, "learned_source"), _feature(remembered, "learned_source")) == (0.0, 1.0)
    score = lambda ev: eventness.confidence(eventness.features(ev))  # noqa: E731
    assert score(remembered) < score(named)
