"""Guessing a body's language when the page does not say it (or says it wrong)."""

import pytest

from pipeline.text.language import guess_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The council said on Monday that the bridge would be closed to lorries for the rest of the year.", "en"),
        (
            "Der Stadtrat hat am Montag beschlossen, dass die Brücke für den Rest des Jahres "
            "für Lastwagen gesperrt ist.",
            "de",
        ),
        ("Le conseil a annoncé lundi que le pont serait fermé aux camions pour le reste de l'année.", "fr"),
        (
            "El ayuntamiento anunció el lunes que el puente estará cerrado a los camiones durante el resto del año.",
            "es",
        ),
        ("A prefeitura anunciou na segunda-feira que a ponte ficará fechada para os caminhões até o fim do ano.", "pt"),
        (
            "Il consiglio ha detto lunedì che il ponte sarà chiuso ai camion per il resto dell'anno "
            "e che non ci sono alternative.",
            "it",
        ),
        ("시의회는 월요일 다리를 올해 말까지 화물차에 폐쇄한다고 밝혔다.", "ko"),
        ("市議会は月曜日、橋を年末までトラック通行止めにすると発表した。", "ja"),
        ("Городской совет в понедельник заявил, что мост будет закрыт для грузовиков до конца года.", "ru"),
    ],
)
def test_language_of_a_news_sentence(text, code):
    assert guess_language(text) == code


def test_too_little_text_gives_no_guess():
    assert guess_language("Valmar 3, Ostend 1") is None
    assert guess_language("") is None


def test_the_text_beats_a_template_that_says_english():
    finnish = "Helsingin kaupunginvaltuusto päätti maanantaina, että silta suljetaan rekoilta vuoden loppuun asti."
    bengali = "কলকাতা পুরসভা সোমবার জানিয়েছে যে সেতুটি বছরের শেষ পর্যন্ত লরির জন্য বন্ধ থাকবে।"
    assert guess_language(finnish, hint="en") == "fi"
    assert guess_language(bengali, hint="en") == "bn"


def test_the_markup_decides_when_the_text_is_too_short():
    assert guess_language("Valmar 3, Ostend 1", hint="nl-BE") == "nl"


def test_when_the_model_is_unsure_english_function_words_decide():
    text = "On Tuesday, the Nigerian deputy foreign minister Chike Obi summoned the envoy of Niger to Abuja for talks."
    assert guess_language(text) == "en"
