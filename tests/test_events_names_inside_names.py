"""Names inside names: a place or demonym inside a longer proper name is not that place (sentences our own)."""

from __future__ import annotations

from pipeline.events.actors import find_actors, normalize_actor


def found(text: str) -> list[tuple[str, str]]:
    return [(a.text, a.code) for a in find_actors(text)]


# A place, capital or demonym followed by a word that continues a name, or after a given name, is no actor.


def test_a_politician_named_after_a_city():
    assert found("The plan was backed by Rep. Alexandria Ocasio-Cortez, who spoke on Tuesday.") == []


def test_a_university_named_after_a_capital():
    assert found("She gave a lecture at Georgetown University last spring.") == []


def test_a_nation_named_after_a_demonym():
    assert found("The president of the Quinault Indian Nation opened the session.") == []


def test_a_writer_named_after_a_state():
    assert found("Fans of Jordan Peterson queued outside the theatre.") == []


def test_a_newspaper_named_after_a_capital():
    assert found("The story was first reported by the Washington Post on Sunday.") == []


def test_a_college_named_after_a_state():
    assert found("He studied engineering at Georgia Tech before moving north.") == []


def test_a_celebrity_named_after_a_capital():
    assert found("A photograph of Paris Hilton went viral overnight.") == []


def test_a_film_hero_named_after_a_us_state():
    assert found("The new film brings back Indiana Jones for one last adventure.") == []


def test_an_office_holders_daughter_is_not_the_office_holder():
    assert found("The foundation was run with Chelsea Clinton for a decade.") == []


def test_a_novelist_named_after_a_us_state():
    assert found("Her essay compares Virginia Woolf with later novelists.") == []


def test_an_opera_house_is_not_the_state():
    assert [c for _, c in found("Tickets for the Sydney Opera House sold out within an hour.")] == []


def test_a_designer_named_after_a_capital():
    assert found("The show was opened by Victoria Beckham in a black suit.") == []


def test_jersey_city_is_a_us_city_not_jersey():
    assert found("Rents rose again in Jersey City this year.") == []


def test_an_actor_whose_surname_is_a_capital():
    assert found("The award went to the actor Denzel Washington for his role.") == []


def test_a_relative_of_an_office_holder_keeps_no_state():
    assert found("The inquiry questioned Hunter Biden about his business dealings.") == []


def test_a_named_war_is_not_the_state():
    assert found("Veterans of the Iraq War marched through the capital.") == []


def test_a_newspaper_in_a_long_name_is_not_the_city():
    assert found("The New York Times reported the deal on Sunday.") == []


def test_a_stock_index_named_after_a_city():
    assert found("The index fell after the Shanghai Composite slumped in early trading.") == []


def test_normalize_actor_of_a_longer_name_is_none():
    assert normalize_actor("Georgetown University") is None


# True positives stay.


def test_demonym_before_a_title_and_an_office_holder():
    assert found("Russian President Vladimir Putin said the talks had failed.") == [
        ("Russian", "RUS"),
        ("Vladimir Putin", "RUS"),
    ]


def test_demonym_before_a_ministry():
    assert found("The Chinese Foreign Ministry summoned the envoy.") == [("Chinese", "CHN")]


def test_demonym_before_prime_minister():
    assert found("The Israeli Prime Minister flew to Washington.") == [("Israeli", "ISR"), ("Washington", "USA")]


def test_state_name_before_its_army():
    assert found("The United States Army sent more troops.") == [("United States", "USA")]


def test_a_state_whose_name_starts_with_a_compass_word():
    assert found("North Korea fired a ballistic missile on Monday.") == [("North Korea", "PRK")]


def test_a_city_before_its_police_department():
    assert found("The New York Police Department made the arrests.") == [("New York", "USA")]


def test_a_demonym_before_a_common_noun():
    assert found("Ukrainian troops recaptured the village.") == [("Ukrainian", "UKR")]


def test_a_state_abbreviation_before_a_title():
    assert found("U.S. Secretary of State Antony Blinken arrived in Cairo.") == [
        ("U.S.", "USA"),
        ("Antony Blinken", "USA"),
        ("Cairo", "EGY"),
    ]


def test_a_demonym_before_an_acronym_or_a_weapon_name():
    assert found("Two American B-52 bombers and US Predator drones flew over the area.") == [
        ("American", "USA"),
        ("US", "USA"),
    ]


def test_a_demonym_before_an_ethnic_or_religious_group():
    assert found("Pakistan eased visas for Indian Sikh pilgrims.") == [("Pakistan", "PAK"), ("Indian", "IND")]


def test_a_capital_before_a_day_name():
    assert found("Officials in Kabul Monday denied the report.") == [("Kabul", "AFG")]


def test_a_region_word_after_a_place():
    assert found("A missile landed in the Zaporizhzhia Oblast overnight.") == [("Zaporizhzhia", "UKR")]


def test_a_compass_word_before_a_state_is_no_given_name():
    assert found("Fighting spread across Northern Syria and Southern Lebanon.") == [
        ("Syria", "SYR"),
        ("Lebanon", "LBN"),
    ]


def test_a_title_before_a_one_word_office_holder():
    assert found("He met Ukrainian President Volodymir Zelensky in Kyiv.") == [
        ("Ukrainian", "UKR"),
        ("Zelensky", "UKR"),
        ("Kyiv", "UKR"),
    ]


def test_another_spelling_of_an_office_holders_full_name():
    assert found("He spoke with Tayyip Erdogan by telephone.") == [("Erdogan", "TUR")]


def test_the_seat_of_government_before_its_press_secretary():
    assert found("The White House Press Secretary declined to comment.") == [("White House", "USA")]


def test_a_title_case_headline_keeps_its_states():
    assert found("Attack in Syria Kills Five Soldiers") == [("Syria", "SYR")]


def test_a_sentence_start_is_no_given_name():
    assert found("Yesterday Washington rejected the offer.") == [("Washington", "USA")]


def test_a_possessive_ends_the_name():
    assert found("Washington's Post Office reopened.") == [("Washington", "USA")]
