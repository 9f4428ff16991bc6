"""Actor normalization: states and what stands for them -> alpha-3; international bodies -> canonical names."""

from pipeline.events.actors import find_actors, normalize_actor


def test_state_names_demonyms_and_capitals_share_one_code():
    assert normalize_actor("North Korea") == "PRK"
    assert normalize_actor("North Korean") == "PRK"
    assert normalize_actor("the DPRK") == "PRK"
    assert normalize_actor("Pyongyang") == "PRK"


def test_seat_of_government_stands_for_the_state():
    assert normalize_actor("the Kremlin") == "RUS"
    assert normalize_actor("White House") == "USA"


def test_office_holder_stands_for_the_state():
    assert normalize_actor("Kim Jong Un") == "PRK"


def test_dotted_and_plain_acronyms_of_a_state():
    assert normalize_actor("U.S.") == "USA"
    assert normalize_actor("US") == "USA"


def test_international_bodies_get_canonical_names():
    assert normalize_actor("U.N.") == "United Nations"
    assert normalize_actor("the North Atlantic Treaty Organization") == "NATO"
    assert normalize_actor("EU") == "European Union"


def test_longest_name_wins_over_a_shorter_one_inside_it():
    found = find_actors("Officials of South Korea met officials of North Korea.")
    assert [(a.text, a.code) for a in found] == [("South Korea", "KOR"), ("North Korea", "PRK")]


def test_typographic_apostrophe_in_a_long_state_name():
    found = find_actors("the Democratic People’s Republic of Korea said")
    assert [(a.text, a.code) for a in found] == [("Democratic People’s Republic of Korea", "PRK")]


def test_possessive_is_not_part_of_the_name():
    found = find_actors("Kenya’s army moved north.")
    assert [(a.start, a.end, a.code) for a in found] == [(0, 5, "KEN")]


def test_lower_case_words_are_not_actors():
    assert find_actors("let us talk about china plates") == []


def test_unknown_name_has_no_code():
    assert normalize_actor("Freedonia") is None


def test_armed_groups_keep_their_own_names_not_a_state_code():
    assert normalize_actor("Hamas") == "Hamas"
    assert normalize_actor("PKK") == "Kurdistan Workers' Party"
    assert normalize_actor("the Taliban") == "Taliban"


def test_every_un_member_state_has_a_code():
    from pipeline.events import rules_data

    codes = {s.code for s in rules_data.state_names()}
    assert len(codes - {"XKX", "PSE", "TWN", "VAT", "ESH"}) >= 193


def test_small_states_and_their_capitals():
    assert normalize_actor("Liechtenstein") == "LIE"
    assert normalize_actor("Vaduz") == "LIE"
    assert normalize_actor("Saint Lucian") == "LCA"


def test_former_heads_of_government_stand_for_their_state():
    assert normalize_actor("Boris Yeltsin") == "RUS"
    assert normalize_actor("President Mandela") == "ZAF"
    assert normalize_actor("Jacques Chirac") == "FRA"


def test_former_heads_of_international_bodies_keep_the_body():
    assert normalize_actor("Boutros Boutros-Ghali") == "United Nations"


def test_a_coalition_led_by_a_state_is_the_states():
    assert [(a.text, a.code) for a in find_actors("Saudi-led coalition jets struck Sanaa.")][:1] == [("Saudi", "SAU")]


def test_a_group_backed_by_a_state_is_not_the_state():
    assert find_actors("U.S.-backed fighters advanced.") == []
