"""Protest or violence against protesters, and where forces are sent: at home, abroad to help, for drills,
across a border."""

from __future__ import annotations

import datetime as dt

from pipeline.events import extract_event_mentions


def _first(body: str) -> tuple[str, str | None, str | None]:
    mentions = extract_event_mentions(body, dt.date(2025, 3, 12), [])
    assert mentions, body
    m = min(mentions, key=lambda m: m.start)
    return m.event_type, m.source_actor, m.target_actor


def test_violence_by_demonstrators_is_a_violent_protest():
    assert _first("Demonstrators in Jakarta ransacked a regional parliament building.")[0] == "PROTEST"


def test_protesters_beaten_by_police_is_not_a_protest_by_them():
    assert _first("Protesters were beaten by Kenyan police in Nairobi.")[0] == "ASSAULT"


def test_protesters_suffering_violence_are_not_the_event():
    assert _first("Detained protesters were subjected to beatings by Belarusian security officers.")[0] == "ASSAULT"


def test_police_sent_to_a_province_at_home_is_a_mobilization():
    assert _first("France dispatched riot police to New Caledonia.")[0] == "MOBILIZE"


def test_troops_sent_abroad_for_drills_are_a_show_of_force_not_aid():
    mentions = extract_event_mentions("Russia sent troops to Belarus for joint exercises.", dt.date(2025, 3, 12), [])
    assert [m.event_type for m in mentions] == ["MOBILIZE"]


def test_troops_deployed_to_help_another_state_are_aid():
    assert _first("Rwandan troops have been deployed to Mozambique's Cabo Delgado province.") == ("AID", "RWA", "MOZ")


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
