"""Cue words in senses that report no political event: questions asked, comment declined or sought, illness,
markets, naming, goods offered or provided, tariffs as an economic topic, wishes."""

from __future__ import annotations

import datetime as dt

from pipeline.events import extract_event_mentions


def _types(body: str) -> list[str]:
    return [m.event_type for m in extract_event_mentions(body, dt.date(2025, 3, 12), [])]


def test_asking_a_question_is_not_a_request():
    assert "REQUEST" not in _types("The senator asked why the Pentagon had not briefed Congress.")


def test_asking_a_state_to_act_is_a_request():
    assert _types("The Ukrainian president asked Germany to send more air defence systems.") == ["REQUEST"]


def test_declining_to_comment_is_not_a_rejection():
    assert _types("The French foreign ministry declined to comment on the report.") == []


def test_declining_an_invitation_is_a_rejection():
    assert _types("Russia declined the invitation to the summit in Switzerland.") == ["REJECT"]


def test_seeking_comment_is_not_a_request():
    assert _types("Reuters sought comment from the Egyptian government.") == []


def test_a_heart_attack_is_not_an_assault():
    assert _types("The former Brazilian president was taken to hospital after a heart attack.") == []


def test_shares_trading_higher_is_not_cooperation():
    assert _types("Chinese stocks were trading higher after the Japanese central bank's decision.") == []


def test_pushing_back_on_a_rival_is_not_a_request():
    assert "REQUEST" not in _types("The Republican senator pushed back when the governor argued for cuts.")


def test_pushing_for_talks_is_a_request():
    assert _types("France pushed for talks between Armenia and Azerbaijan.") == ["REQUEST"]


def test_offering_contrasts_is_not_an_agreement():
    assert _types("Both Republican candidates offered contrasts with the former president.") == []


def test_an_explanation_offered_by_an_office_is_not_an_agreement():
    body = "Critics questioned the explanation currently being offered by the White House to the customers."
    assert _types(body) == []


def test_offering_to_negotiate_is_an_agreement():
    assert _types("Putin offered to negotiate with the president of Armenia.") == ["AGREE"]


def test_providing_documents_is_not_aid():
    assert _types("The American diplomat provided text messages to lawmakers.") == []


def test_providing_weapons_is_aid():
    assert _types("The United States provided weapons to Ukraine.") == ["AID"]


def test_tariffs_as_an_economic_topic_are_not_a_sanction():
    assert _types("Tariffs on consumer products hit American customers directly.") == []


def test_wanting_to_act_is_not_a_request():
    assert _types("The South Korean government wants to help manufacturers.") == []


def test_wanting_another_state_to_act_is_a_request():
    assert _types("Moscow wants Latvia to lift its entry bans on Russian journalists.") == ["REQUEST"]


def test_security_provided_by_foreign_troops_is_aid():
    assert _types("Security for the vote in Guinea-Bissau was provided by 600 Nigerian troops.") == ["AID"]


def test_something_that_poses_a_threat_is_not_a_threat_made():
    assert _types("The Chinese-owned app poses a threat to the personal data of American users.") == []


def test_a_threat_made_by_a_state_is_a_threat():
    assert _types("Iran issued a threat to close the Strait of Hormuz.") == ["THREATEN"]


def test_pleading_guilty_is_not_a_request():
    assert "REQUEST" not in _types("A New York man pleaded guilty on Monday to threatening a congresswoman.")


def test_a_campaign_rally_is_not_a_protest():
    assert "PROTEST" not in _types("The former president spoke at a campaign rally in Florida on Wednesday.")


def test_a_rally_against_the_government_is_a_protest():
    assert _types("Thousands joined a rally against the Serbian government in Belgrade.") == ["PROTEST"]


def test_states_trading_threats_is_a_threat_not_cooperation():
    assert _types("Turkey and Russia traded threats over Syrian air space.") == ["THREATEN"]


def test_cautioning_people_to_come_home_is_not_a_threat():
    assert _types("The State Department cautioned Americans abroad that they should come home.") == []


def test_attacking_a_rival_for_his_record_is_an_accusation():
    assert _types("The Republican candidates attacked Biden for being soft on Iran.") == ["ACCUSE"]


def test_attacking_a_city_is_an_assault():
    assert _types("Russian forces attacked Kharkiv overnight.") == ["ASSAULT"]


def test_calling_a_process_a_sham_is_an_accusation():
    assert _types("The White House called the impeachment inquiry a sham.") == ["ACCUSE"]
