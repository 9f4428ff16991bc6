"""Event mentions from sentences: type, direction, speaker, quantity, one mention per clause."""

from __future__ import annotations

import datetime as dt

from pipeline.events import extract_event_mentions
from pipeline.events.model import PLOVER_TYPES
from pipeline.events.sentences import split_sentences


def _one(body: str):
    mentions = extract_event_mentions(body, dt.date(2025, 3, 12), [])
    assert len(mentions) == 1, mentions
    return mentions[0]


def _triple(body: str) -> tuple[str, str | None, str | None]:
    m = _one(body)
    return m.event_type, m.source_actor, m.target_actor


def test_active_attack():
    assert _triple("Kenyan forces attacked rebel bases in Somalia.") == ("ASSAULT", "KEN", "SOM")


def test_passive_attack_takes_the_agent_from_by():
    assert _triple("Somali villages were shelled by Kenyan artillery.") == ("ASSAULT", "KEN", "SOM")


def test_accusation_points_from_accuser_to_accused():
    assert _triple("Ethiopia accused Eritrea of moving troops to the border.") == ("ACCUSE", "ETH", "ERI")


def test_condemnation_is_an_accusation():
    assert _triple("The European Union condemned Belarus for the arrests.")[:3] == ("ACCUSE", "European Union", "BLR")


def test_meeting_is_a_consultation_with_the_partner():
    assert _triple("Norway’s foreign minister met his Icelandic counterpart in Oslo.") == ("CONSULT", "NOR", "ISL")


def test_compound_subject_of_a_symmetric_event_gives_the_partner_as_target():
    assert _triple("Chile and Peru agreed on a fisheries deal.") == ("AGREE", "CHL", "PER")


def test_supplying_weapons_is_aid():
    assert _triple("Iran has supplied Sudan with drones.") == ("AID", "IRN", "SDN")


def test_stated_intention_to_cooperate_is_agree():
    assert _triple("Japan will provide emergency food to Haiti.") == ("AGREE", "JPN", "HTI")


def test_stated_intention_to_attack_is_a_threat():
    assert _triple("Azerbaijan will attack Armenian positions.")[0] == "THREATEN"


def test_denying_accusations_is_reject_aimed_at_the_accuser():
    body = "Poland accused Belarus of pushing migrants across the border. Minsk denied the accusations."
    mentions = extract_event_mentions(body, None, [])
    assert [(m.event_type, m.source_actor, m.target_actor) for m in mentions] == [
        ("ACCUSE", "POL", "BLR"),
        ("REJECT", "BLR", "POL"),
    ]


def test_a_demand_in_reported_speech_is_a_request_from_the_speaker():
    assert _triple("Egypt said Ethiopia must stop filling the dam.") == ("REQUEST", "EGY", "ETH")


def test_pronoun_subject_in_reported_speech_is_the_speaker():
    assert _triple("Serbia said it would release the Kosovar prisoners.")[:2] == ("AGREE", "SRB")


def test_foreign_troops_in_another_state_are_aid():
    m = _one("As many as 2,000 Belarusian troops are in Russia’s Bryansk region.")
    assert (m.event_type, m.source_actor, m.target_actor) == ("AID", "BLR", "RUS")
    assert (m.quantity, m.quantity_max, m.quantity_unit) == (2000, 2000, "troops")
    assert m.location == "Bryansk (RUS)"


def test_speaker_and_certainty_of_an_attributed_event():
    m = _one("According to Kyiv, Russian drones struck a power station in Odesa.")
    assert (m.event_type, m.source_actor, m.target_actor) == ("ASSAULT", "RUS", "UKR")
    assert (m.speaker, m.certainty) == ("Kyiv", "reported")


def test_a_person_speaker_loses_their_title():
    m = _one("Foreign Minister Jane Wambui said Kenya condemned the raid by Somali militants.")
    assert m.speaker == "Jane Wambui"


def test_hedged_event():
    assert _one("Turkey may have sent drones to Libya.").certainty == "hedged"


def test_no_mention_twice_for_one_clause():
    body = "Kenya attacked and attacked again the camps of Somali rebels, shelling Somalia."
    mentions = extract_event_mentions(body, None, [])
    keys = [(m.start, m.end, m.event_type, m.source_actor, m.target_actor) for m in mentions]
    assert len(keys) == len(set(keys))


def test_offsets_point_at_the_clause_inside_the_body():
    body = "Markets were calm.\n\nKenya attacked rebel bases in Somalia; Ethiopia condemned the raid."
    mentions = extract_event_mentions(body, None, [])
    assert [m.event_type for m in mentions] == ["ASSAULT", "ACCUSE"]
    for m in mentions:
        assert body[m.start : m.end] in m.sentence
        assert m.event_type in PLOVER_TYPES
    assert body[mentions[1].start : mentions[1].end].startswith("Ethiopia condemned")


def test_sentences_without_actors_give_no_events():
    assert extract_event_mentions("Prices rose and the talks were long.", None, []) == []


def test_sentence_splitter_keeps_abbreviations_inside():
    text = "The U.S. State Department said Mr. Lee left. The talks ended."
    assert [s.text for s in split_sentences(text)] == [
        "The U.S. State Department said Mr. Lee left.",
        "The talks ended.",
    ]


def test_a_person_introduced_with_a_state_acts_for_it_later():
    body = "Kenyan Foreign Minister Amos Otieno arrived in Addis Ababa. Otieno later condemned Eritrea."
    mentions = extract_event_mentions(body, None, [])
    assert [(m.event_type, m.source_actor, m.target_actor) for m in mentions][-1] == ("ACCUSE", "KEN", "ERI")


def test_a_date_phrase_before_the_subject_does_not_hide_the_speaker():
    m = _one("On Tuesday the Kenyan government said Somalia must release the fishermen.")
    assert (m.event_type, m.source_actor, m.target_actor) == ("REQUEST", "KEN", "SOM")


def test_a_run_on_text_is_cut_into_bounded_pieces():
    body = ", ".join(["Kenya attacked Somali rebel positions near the border"] * 200)
    pieces = split_sentences(body)
    assert all(len(p.text) <= 1000 for p in pieces)
    assert all(body[p.start : p.end] == p.text for p in pieces)
    assert len(extract_event_mentions(body, None, [])) >= len(pieces)


def test_a_cue_without_any_political_actor_is_not_an_event():
    assert (
        extract_event_mentions("The new phone supports fast charging and the update allowed users to log in.", None, [])
        == []
    )


def test_an_uncoded_political_actor_still_makes_an_event():
    [m] = extract_event_mentions("Rebel leaders rejected the peace plan.", None, [])
    assert (m.event_type, m.source_actor, m.target_actor) == ("REJECT", None, None)


def test_a_nominal_event_between_two_sides():
    assert _triple("Heavy fighting between Sudanese troops and Chadian rebels continued.") == ("ASSAULT", "SDN", "TCD")


def test_a_conditional_withdrawal_is_a_threat():
    assert _triple("Ghana will withdraw its peacekeepers from Liberia unless the fighting stops.")[:2] == (
        "THREATEN",
        "GHA",
    )


def test_failing_to_agree_is_a_rejection_not_a_denied_agreement():
    m = _one("Serbia and Kosovo failed to reach agreement on the border.")
    assert (m.event_type, m.certainty) == ("REJECT", "asserted")


def test_refusing_to_accept_is_a_rejection():
    assert _triple("Hungary will not accept migrants from Serbia.")[:2] == ("REJECT", "HUN")


def test_releasing_prisoners_is_retreat():
    assert _triple("Armenia released twelve Azerbaijani prisoners.") == ("RETREAT", "ARM", "AZE")


def test_uncoded_official_acts_for_the_state_where_the_clause_happens():
    assert _triple("Governor Amos Tembe imposed a curfew in Lusaka.") == ("COERCE", "ZMB", "ZMB")


def test_uncoded_party_acts_for_the_only_state_the_sentence_names():
    assert _triple("The Green Dawn party threatened to boycott Peru's regional elections.")[:2] == ("THREATEN", "PER")


def test_unnamed_attacker_is_not_given_the_state_it_attacks():
    assert _triple("Militants attacked a Malian army post.")[1] is None


def test_release_of_detainees_is_a_retreat():
    assert _triple("Chile set free forty Bolivian detainees.")[:2] == ("RETREAT", "CHL")


def test_moving_troops_is_a_mobilization():
    assert _triple("Armenia moved troops to its border with Azerbaijan.")[:2] == ("MOBILIZE", "ARM")


def test_walking_out_of_talks_reduces_relations():
    assert _triple("Serbia walked out of talks with Kosovo.")[:3] == ("SANCTION", "SRB", "XKX")


def test_a_noun_is_not_read_as_the_verb_of_the_same_spelling():
    assert extract_event_mentions("The Norwegian club signed a new partner.", dt.date(2025, 3, 12), []) == []


def test_the_sender_of_an_offer_is_a_participant_not_a_place():
    assert _triple("Laos rejected an offer from Thailand.") == ("REJECT", "LAO", "THA")


def test_a_group_after_from_is_a_participant_not_a_place():
    assert _triple("Chadian police seized rifles from Sudanese militias.") == ("COERCE", "TCD", "SDN")


def test_withdrawing_observers_reduces_relations():
    assert _triple("Georgia withdrew its observers from Armenia.") == ("SANCTION", "GEO", "ARM")


def test_mobilizing_supporters_is_not_a_military_mobilization():
    assert all(
        m.event_type != "MOBILIZE"
        for m in extract_event_mentions("Peru's ruling party mobilized supporters in Lima.", dt.date(2025, 3, 12), [])
    )


def test_mobilizing_reservists_is_a_mobilization():
    assert _triple("Greece mobilized army reservists.")[:2] == ("MOBILIZE", "GRC")


def test_sending_investigators_is_an_investigation_not_aid():
    assert _triple("The OSCE sent investigators to Moldova.") == ("ACCUSE", "OSCE", "MDA")


def test_a_shorter_cue_applies_when_the_longer_ones_context_fails():
    assert _triple("Georgian troops pulled out of the village.")[:2] == ("RETREAT", "GEO")


def test_a_speech_verb_that_is_also_the_event_keeps_the_event():
    assert _triple("Morocco recalled its ambassador from Algeria.")[:2] == ("SANCTION", "MAR")


def test_a_noun_after_a_determiner_is_not_the_verb_spelled_alike():
    assert all(
        m.event_type != "AID"
        for m in extract_event_mentions(
            "Nepalese Maoists said they would lay down their arms.", dt.date(2025, 3, 12), []
        )
    )


def test_a_past_verb_after_a_named_subject_heads_the_clause():
    assert _triple("Chad's army and the FACT agreed to a truce brokered by Qatar.")[0] == "AGREE"


def test_a_past_participle_after_a_common_noun_is_a_reduced_relative():
    m = min(
        extract_event_mentions(
            "In a note handed to the OSCE, Latvia said it would free the detainees.", dt.date(2025, 3, 12), []
        ),
        key=lambda m: m.start,
    )
    assert (m.event_type, m.source_actor) == ("AGREE", "LVA")


def test_when_the_main_cue_has_no_participants_another_cue_of_the_clause_speaks():
    assert _triple("Twelve people were killed when Malian jets bombed a village.")[:2] == ("ASSAULT", "MLI")


def test_expelling_an_ambassador_as_a_noun_is_a_sanction():
    assert _triple("Burkina Faso announced the expulsion of the Ivorian ambassador.")[:2] == ("SANCTION", "BFA")


def test_a_demonym_before_border_is_a_place_not_the_target():
    assert _triple("Burmese troops captured a rebel camp on the Thai border.")[:3] == ("ASSAULT", "MMR", None)


def test_a_border_town_of_a_state_is_still_its_target():
    assert _triple("Ukrainian drones attacked a Russian border town.")[:3] == ("ASSAULT", "UKR", "RUS")


def test_war_games_by_one_state_are_a_show_of_force():
    assert _triple("Iranian forces held war games near the Omani coast.")[:2] == ("MOBILIZE", "IRN")


def test_war_games_held_by_two_states_together_are_cooperation():
    assert _triple("Greek and Cypriot warships began war games on Monday.") == ("COOPERATE", "GRC", "CYP")


def test_a_state_name_inside_a_sea_name_is_not_an_actor():
    assert find_actors_codes("Philippine boats sailed into the South China Sea.") == ["PHL"]


def test_not_allowing_observers_is_a_rejection():
    assert _triple("Belarus said it would not allow OSCE observers into the country.")[:2] == ("REJECT", "BLR")


def test_expelling_journalists_is_coercion():
    assert _triple("Russia expelled two Moldovan journalists.") == ("COERCE", "RUS", "MDA")


def find_actors_codes(text: str) -> list[str]:
    from pipeline.events.actors import find_actors

    return [a.code for a in find_actors(text)]


def test_a_multiword_context_word_of_a_cue_is_matched_as_a_phrase():
    assert _triple("Thailand declared martial law in Pattani.")[:2] == ("COERCE", "THA")


def test_a_labour_strike_is_a_protest_not_an_attack():
    assert _triple("Zambian miners went on a three-day strike over pay.")[:2] == ("PROTEST", "ZMB")


def test_a_noun_after_a_preposition_is_not_the_verb_spelled_alike():
    assert _triple("Tunisian prisoners in Libyan jails began a hunger strike.")[0] == "PROTEST"


def test_a_speakers_domestic_group_acts_for_the_only_state_named():
    assert _triple("A group of Ibo elders announced that they would forgive the Nigerian president.")[1] == "NGA"


def test_an_apposition_teaches_the_persons_state_for_later_sentences():
    body = "Jan Peeters, the Belgian defence minister, met his Dutch counterpart. Peeters later criticized Russia."
    mentions = extract_event_mentions(body, dt.date(2025, 3, 12), [])
    assert [(m.event_type, m.source_actor, m.target_actor) for m in mentions][-1] == ("ACCUSE", "BEL", "RUS")


def test_the_office_of_a_state_then_a_name_teaches_the_persons_state():
    body = "The president of Ghana, Kofi Mensah, visited Togo. Mensah praised Togo's leaders."
    mentions = extract_event_mentions(body, dt.date(2025, 3, 12), [])
    assert [(m.event_type, m.source_actor) for m in mentions][-1] == ("SUPPORT", "GHA")


def test_a_known_office_holders_surname_alone_later_in_the_article():
    body = "Malian President Assimi Goita spoke on Tuesday. Goita accused Algeria of backing the rebels."
    mentions = extract_event_mentions(body, dt.date(2025, 3, 12), [])
    assert [(m.event_type, m.source_actor, m.target_actor) for m in mentions][-1] == ("ACCUSE", "MLI", "DZA")


def test_a_domestic_group_acting_on_the_government_targets_its_own_state():
    assert _triple("Peru's main opposition party rejected the government's budget offer.") == ("REJECT", "PER", "PER")


def test_blocking_an_intersection_is_a_protest():
    assert _triple("Serbian students blocked a major Belgrade intersection.")[:2] == ("PROTEST", "SRB")


def test_a_relative_aside_neither_holds_the_event_nor_the_subject():
    assert _triple("Hamas, which has fought Israel since 1987, agreed to talks with Egypt.") == (
        "AGREE",
        "Hamas",
        "EGY",
    )


def test_a_demonym_that_only_says_where_a_team_comes_from_is_no_actor():
    assert (
        extract_event_mentions("The Indian cricket team will visit Australia in December.", dt.date(2025, 3, 12), [])
        == []
    )


def test_a_firm_speaking_is_not_its_state():
    assert (
        extract_event_mentions("The Swedish company announced a deal to buy a Finnish rival.", dt.date(2025, 3, 12), [])
        == []
    )


def test_a_match_score_is_not_an_attack():
    assert extract_event_mentions("Brazil beat Argentina 2-1 in a friendly.", dt.date(2025, 3, 12), []) == []


def test_share_prices_rallying_are_not_a_protest():
    assert extract_event_mentions("Shares in Japanese carmakers rallied on Monday.", dt.date(2025, 3, 12), []) == []


def test_the_month_march_is_not_a_march():
    assert extract_event_mentions("Germany's exports rose 3 percent in March.", dt.date(2025, 3, 12), []) == []


def test_weapons_inspectors_of_a_body_are_people_not_goods():
    assert _triple("Libya said it would admit U.N. weapons inspectors.")[2] == "United Nations"


def test_an_uncoded_critic_of_a_named_state_is_not_coded_as_that_state():
    assert _triple("Bishop Amadi called for sanctions against Nigeria.")[1] is None


def test_trading_fire_is_an_attack_not_trade():
    assert _triple("Indian and Pakistani troops exchanged fire across the border.")[0] == "ASSAULT"


def test_resuming_talks_is_a_consultation():
    assert _triple("Sudan resumed talks with South Sudan.") == ("CONSULT", "SDN", "SSD")


def test_in_a_domestic_story_an_uncoded_object_belongs_to_the_same_state():
    assert _triple("Bolivian police broke up a rally by the Red Ponchos group.") == ("COERCE", "BOL", "BOL")


def test_an_uncoded_object_is_not_given_a_state_when_another_state_is_named():
    assert _triple("Bolivian police arrested Peruvian smugglers and Red Poncho leaders.")[2] == "PER"


def test_irregular_past_participles_are_matched():
    assert _triple("Saudi-led forces have retaken a village in Yemen.")[:2] == ("ASSAULT", "SAU")


def test_an_actor_after_a_preposition_is_not_the_subject():
    s = "Benin took in thousands of traders from the markets of Nigeria, but was still refusing entry to Ghanaians."
    assert _triple(s) == ("REJECT", "BEN", "GHA")


def test_the_government_of_a_state_is_that_states_subject():
    assert _triple("The government of Mali expelled the French ambassador.") == ("SANCTION", "MLI", "FRA")


def test_an_actor_conjoined_inside_a_prepositional_phrase_is_not_the_subject():
    s = (
        "Chile also issued a statement from 20 states, including Peru and Brazil, "
        "making the strongest condemnation of the coup."
    )
    assert _triple(s)[:2] == ("ACCUSE", "CHL")


def test_a_stated_intention_to_protest_is_a_threat():
    assert _triple("Kenyan opposition leaders said they would stage protests across the country.")[:2] == (
        "THREATEN",
        "KEN",
    )


def test_a_party_boycotting_elections_is_a_protest():
    assert _triple("Kenyan opposition parties boycotted the elections.")[:2] == ("PROTEST", "KEN")


def test_an_apposition_with_a_possessive_state_teaches_the_persons_state():
    body = "Tendai Moyo, Zimbabwe's foreign minister, arrived in Lusaka. Moyo condemned the attack on Zambia."
    mentions = extract_event_mentions(body, dt.date(2025, 3, 12), [])
    assert [(m.event_type, m.source_actor, m.target_actor) for m in mentions][-1] == ("ACCUSE", "ZWE", "ZMB")
