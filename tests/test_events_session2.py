"""Event coding rules added with the own development set: cue contexts, direction, inward events."""

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


def test_the_addressee_of_a_warning_is_its_target():
    assert _first("The Kremlin warned Finland that joining NATO would be a mistake.") == ("THREATEN", "RUS", "FIN")


def test_summoning_an_ambassador_is_an_official_complaint():
    assert _first("Brazil's foreign ministry summoned the Israeli ambassador.") == ("ACCUSE", "BRA", "ISR")


def test_vowing_to_reform_is_a_promise_not_a_threat():
    assert _first("The Sri Lankan president vowed to abolish the executive presidency.")[0] == "AGREE"


def test_vowing_to_crush_is_a_threat():
    assert _first("Nigeria's army vowed to crush the insurgents in Borno.")[0] == "THREATEN"


def test_vowing_a_stern_response_is_a_threat():
    assert _first("Seoul vowed a stern response if Pyongyang conducted another test.") == ("THREATEN", "KOR", "PRK")


def test_an_uncoded_official_of_the_same_state_is_the_target():
    assert _first("Opposition lawmakers in Ghana accused the energy minister of taking bribes.") == (
        "ACCUSE",
        "GHA",
        "GHA",
    )


def test_a_foreign_state_after_the_cue_blocks_the_domestic_reading():
    assert _first("Russia shelled army positions near Kharkiv.")[2] != "RUS"


def test_a_concession_in_a_domestic_story_is_aimed_at_the_state_itself():
    assert _first("Nepal's prime minister resigned on Sunday.") == ("CONCEDE", "NPL", "NPL")


def test_receiving_aid_makes_the_giver_the_source():
    assert _first("Kyiv received a fresh tranche of aid from the European Union.") == ("AID", "European Union", "UKR")


def test_an_event_noun_after_a_light_verb_is_the_event():
    assert _first("Palestinian prisoners launched a hunger strike to demand family visits.")[0] == "PROTEST"


def test_violence_by_demonstrators_is_a_violent_protest():
    assert _first("Demonstrators in Jakarta ransacked a regional parliament building.")[0] == "PROTEST"


def test_protesters_beaten_by_police_is_not_a_protest_by_them():
    assert _first("Protesters were beaten by Kenyan police in Nairobi.")[0] == "ASSAULT"


def test_a_passive_verb_finds_its_required_context_before_it():
    assert _first("An embargo on Georgian wine was lifted by Moscow.")[:2] == ("RETREAT", "RUS")


def test_diplomatic_context_nearer_than_a_presence_decides():
    assert _first("Canada scaled back its diplomatic presence in India.")[0] == "SANCTION"


def test_one_syllable_verbs_double_their_final_consonant():
    assert {"swapped", "swapping", "barred"} <= set(verb_forms("swap")) | set(verb_forms("bar"))


def test_pulling_forces_back_is_not_backing_anyone():
    assert all(t.event_type != "SUPPORT" for t in find_triggers("Baku was willing to pull its forces back."))


def test_protesters_of_a_named_state_are_the_source():
    assert _first("Truck drivers blocked the main highway in Peru for a third day.")[:2] == ("PROTEST", "PER")


def test_protesters_suffering_violence_are_not_the_event():
    assert _first("Detained protesters were subjected to beatings by Belarusian security officers.")[0] == "ASSAULT"


def test_police_sent_to_a_province_at_home_is_a_mobilization():
    assert _first("France dispatched riot police to New Caledonia.")[0] == "MOBILIZE"


def test_troops_sent_abroad_for_drills_are_a_show_of_force_not_aid():
    mentions = extract_event_mentions("Russia sent troops to Belarus for joint exercises.", dt.date(2025, 3, 12), [])
    assert [m.event_type for m in mentions] == ["MOBILIZE"]


def test_troops_deployed_to_help_another_state_are_aid():
    assert _first("North Korean troops have been deployed to Russia's Kursk region.") == ("AID", "PRK", "RUS")


def test_british_spellings_of_cues_are_cues():
    assert _first("Bolivia nationalised the gas fields in Tarija.")[0] == "COERCE"


def test_refugees_from_a_state_are_that_states_people():
    assert _first("Tanzania agreed to host 20,000 refugees from Burundi.") == ("AGREE", "TZA", "BDI")


def test_police_clashing_with_youths_at_home_targets_the_same_state():
    assert _first("Algerian police clashed with stone-throwing youths in Algiers.") == ("ASSAULT", "DZA", "DZA")


def test_troops_massed_on_a_neighbours_border_face_that_neighbour():
    assert _first("Russia massed troops on the Ukrainian border.") == ("MOBILIZE", "RUS", "UKR")


def test_two_states_acting_together_act_on_each_other():
    assert _first("Cuba and the United States restored diplomatic relations.")[1:] == ("CUB", "USA")


def test_recalling_a_high_commissioner_reduces_relations():
    assert _first("Pakistan recalled its high commissioner from New Delhi.") == ("SANCTION", "PAK", "IND")


def test_freeing_workers_is_a_release():
    assert _first("Colombian rebels freed 14 Indian workers on Sunday.")[0] == "RETREAT"


def test_recognising_a_state_is_support():
    assert _first("Spain decided to recognise Palestine.")[::2] == ("SUPPORT", "PSE")


def test_recognising_the_need_for_something_is_not_an_event():
    assert extract_event_mentions("Ministers recognised the need for reform.", dt.date(2025, 3, 12), []) == []


def test_a_town_taken_from_an_armed_group_targets_that_group():
    assert _first("Syrian forces retook Palmyra from Islamic State.")[2] == "Islamic State"


def test_not_ruling_out_military_action_is_a_threat():
    assert _first("Britain said it would not rule out military action against Syria.") == ("THREATEN", "GBR", "SYR")


def test_troops_crossing_into_another_state_is_an_incursion():
    assert _first("Turkish troops crossed into northern Iraq in pursuit of Kurdish guerrillas.") == (
        "ASSAULT",
        "TUR",
        "IRQ",
    )


def test_refugees_crossing_a_border_is_not_an_incursion():
    assert extract_event_mentions("Thousands of Sudanese refugees crossed into Chad.", dt.date(2025, 3, 12), []) == []


def test_warships_sent_with_nobody_receiving_them_are_a_show_of_force():
    assert _first("The United States sent two aircraft carriers to the Taiwan Strait.")[0] == "MOBILIZE"


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
