"""Who acts on whom: the source and target of an event, including events a state aims at itself."""

from __future__ import annotations

import datetime as dt

from pipeline.events import extract_event_mentions


def _first(body: str) -> tuple[str, str | None, str | None]:
    mentions = extract_event_mentions(body, dt.date(2025, 3, 12), [])
    assert mentions, body
    m = min(mentions, key=lambda m: m.start)
    return m.event_type, m.source_actor, m.target_actor


def test_the_addressee_of_a_warning_is_its_target():
    assert _first("The Kremlin warned Finland that joining NATO would be a mistake.") == ("THREATEN", "RUS", "FIN")


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


def test_protesters_of_a_named_state_are_the_source():
    assert _first("Truck drivers blocked the main highway in Peru for a third day.")[:2] == ("PROTEST", "PER")


def test_refugees_from_a_state_are_that_states_people():
    assert _first("Tanzania agreed to host 20,000 refugees from Burundi.") == ("AGREE", "TZA", "BDI")


def test_police_clashing_with_youths_at_home_targets_the_same_state():
    assert _first("Algerian police clashed with stone-throwing youths in Algiers.") == ("ASSAULT", "DZA", "DZA")


def test_troops_massed_on_a_neighbours_border_face_that_neighbour():
    assert _first("Russia massed troops on the Ukrainian border.") == ("MOBILIZE", "RUS", "UKR")


def test_two_states_acting_together_act_on_each_other():
    assert _first("Cuba and the United States restored diplomatic relations.")[1:] == ("CUB", "USA")


def test_a_town_taken_from_an_armed_group_targets_that_group():
    assert _first("Syrian forces retook Palmyra from Islamic State.")[2] == "Islamic State"
