"""Which event a cue word reads as: word class, the words around it, light verbs, verb forms, spellings and
the fallback vocabulary for sentences the primary lexicon misses."""

from __future__ import annotations

import datetime as dt

from pipeline.events import extract_event_mentions
from pipeline.events.triggers import find_triggers, verb_forms


def _first(body: str) -> tuple[str, str | None, str | None]:
    mentions = extract_event_mentions(body, dt.date(2025, 3, 12), [])
    assert mentions, body
    m = min(mentions, key=lambda m: m.start)
    return m.event_type, m.source_actor, m.target_actor


def test_sending_police_officers_is_aid_by_word_class():
    assert _first("Kenya sent 400 police officers to Haiti.") == ("AID", "KEN", "HTI")


def test_stated_readiness_to_send_police_is_intent_to_cooperate():
    assert _first("Kenya said it was prepared to send 1,000 police officers to Haiti.") == ("AGREE", "KEN", "HTI")


def test_summoning_an_ambassador_is_an_official_complaint():
    assert _first("Brazil's foreign ministry summoned the Israeli ambassador.") == ("ACCUSE", "BRA", "ISR")


def test_vowing_to_reform_is_a_promise_not_a_threat():
    assert _first("The Sri Lankan president vowed to abolish the executive presidency.")[0] == "AGREE"


def test_vowing_to_crush_is_a_threat():
    assert _first("Nigeria's army vowed to crush the insurgents in Borno.")[0] == "THREATEN"


def test_vowing_a_stern_response_is_a_threat():
    assert _first("Seoul vowed a stern response if Pyongyang conducted another test.") == ("THREATEN", "KOR", "PRK")


def test_an_event_noun_after_a_light_verb_is_the_event():
    assert _first("Palestinian prisoners launched a hunger strike to demand family visits.")[0] == "PROTEST"


def test_a_passive_verb_finds_its_required_context_before_it():
    assert _first("An embargo on Georgian wine was lifted by Moscow.")[:2] == ("RETREAT", "RUS")


def test_diplomatic_context_nearer_than_a_presence_decides():
    assert _first("Canada scaled back its diplomatic presence in India.")[0] == "SANCTION"


def test_one_syllable_verbs_double_their_final_consonant():
    assert {"swapped", "swapping", "barred"} <= set(verb_forms("swap")) | set(verb_forms("bar"))


def test_pulling_forces_back_is_not_backing_anyone():
    assert all(t.event_type != "SUPPORT" for t in find_triggers("Baku was willing to pull its forces back."))


def test_british_spellings_of_cues_are_cues():
    assert _first("Bolivia nationalised the gas fields in Tarija.")[0] == "COERCE"


def test_recalling_a_high_commissioner_reduces_relations():
    assert _first("Pakistan recalled its high commissioner from New Delhi.") == ("SANCTION", "PAK", "IND")


def test_freeing_workers_is_a_release():
    assert _first("Colombian rebels freed 14 Indian workers on Sunday.")[0] == "RETREAT"


def test_recognising_a_state_is_support():
    assert _first("Spain decided to recognise Palestine.")[::2] == ("SUPPORT", "PSE")


def test_recognising_the_need_for_something_is_not_an_event():
    assert extract_event_mentions("Ministers recognised the need for reform.", dt.date(2025, 3, 12), []) == []


def test_not_ruling_out_military_action_is_a_threat():
    assert _first("Britain said it would not rule out military action against Syria.") == ("THREATEN", "GBR", "SYR")


def test_signing_a_formal_agreement_is_support_as_cameo_057_maps_it():
    assert _first("Chile and Peru signed a fisheries agreement.") == ("SUPPORT", "CHL", "PER")


def test_a_verb_form_after_a_determiner_and_an_adjective_is_a_noun():
    assert all(t.event_type != "MOBILIZE" for t in find_triggers("In an unprecedented move, police seized weapons."))


def test_personnel_sent_to_investigate_is_an_investigation():
    assert (
        _first(
            "The United Nations sent 21 military and civilian personnel to Bosnia on Wednesday "
            "to investigate the killings."
        )[0]
        == "ACCUSE"
    )


def test_the_fallback_vocabulary_codes_a_sentence_the_primary_lexicon_misses():
    assert _first("Kenya and Uganda hammered out a deal on the disputed island.")[0] == "AGREE"


def test_the_fallback_vocabulary_is_not_consulted_when_a_primary_cue_is_there():
    assert [t.event_type for t in find_triggers("Chile accused Peru and hammered out nothing.")] == ["ACCUSE"]


def test_found_guilty_is_a_verdict():
    assert _first("A court in Minsk found the opposition leader guilty of treason.")[0] == "ACCUSE"
