"""Offline geocoding of event locations, and its data kept in step with the actor gazetteer."""

from __future__ import annotations

import csv
import datetime as dt
import math
from dataclasses import asdict
from pathlib import Path

import pandas as pd
import pytest

from pipeline.events.extract import extract_event_mentions
from pipeline.geo.geocode import (
    DATA,
    GEO_COLUMNS,
    PRECISIONS,
    fold,
    gazetteer,
    geocode,
    geocode_mentions,
    refine,
    skeleton,
)

EVENTS_DATA = Path(__file__).resolve().parents[1] / "pipeline" / "events" / "data"


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize(
    ("location", "country", "point", "precision"),
    [
        ("Kursk (RUS)", "RUS", (51.73, 36.19), "city"),
        ("Kyiv (UKR)", "UKR", (50.45, 30.52), "city"),
        ("Tbilisi (GEO)", "GEO", (41.69, 44.83), "city"),
        ("Port Sudan (SDN)", "SDN", (19.62, 37.22), "city"),
        ("Crimea (UKR)", "UKR", (45.1, 34.4), "admin1"),
        ("Darfur (SDN)", "SDN", (13.5, 24.0), "region"),
        ("Georgia (GEO)", "GEO", (42.2, 43.5), "country"),
    ],
)
def test_a_coded_location_is_placed_in_its_country(location, country, point, precision) -> None:
    geo = geocode(location)
    assert (geo.country, geo.precision) == (country, precision)
    assert km((geo.latitude, geo.longitude), point) < 25


def test_seas_and_straits_have_coordinates_but_no_country() -> None:
    for name in ("Red Sea", "Black Sea", "Strait of Hormuz", "South China Sea"):
        geo = geocode(name)
        assert geo.precision == "sea" and geo.country is None and geo.latitude is not None, name


def test_a_region_named_without_a_country_is_found_in_the_countries_the_article_names() -> None:
    assert geocode("Tavush", context=("ARM",)).admin1 == "Tavush"
    assert geocode("Tavush", context=("ARM",)).country == "ARM"
    assert geocode("Tavush").precision is None  # no country given: no guess


def test_a_place_the_gazetteer_does_not_know_keeps_the_country_the_text_gives() -> None:
    geo = geocode("Somewhere Else (FRA)")
    assert (geo.country, geo.precision) == ("FRA", "country")


def test_no_location_no_place() -> None:
    assert geocode(None).precision is None and geocode("").country is None


def test_spellings_of_one_name_share_a_skeleton() -> None:
    assert skeleton("Lowgar") == skeleton("Logar") == "lgr"
    assert skeleton("Al Jazirah") == skeleton("Gezira state") == "gzr"
    assert skeleton("Zaporizhzhia") == skeleton("Zaporizhia Oblast")
    assert skeleton("Kordofan") == skeleton("Kurdufan")
    assert skeleton("Kursk") != skeleton("Kharkiv")


def test_an_admin1_region_is_found_in_another_spelling_of_its_name() -> None:
    geo = geocode("Logar", context=("AFG",))  # GeoNames writes Lowgar
    assert (geo.country, geo.admin1, geo.precision) == ("AFG", "Lowgar", "admin1")
    assert geocode("Logar").precision is None  # still no guess without a country
    assert geocode("Gezira (SDN)").admin1 == "Al Jazirah"


def test_a_country_is_made_precise_by_a_region_the_sentence_names_with_its_kind() -> None:
    sudan = geocode("Sudan (SDN)")
    sentence = "The council met on a wave of killings of civilians in Sudan's Gezira state, diplomats said."
    assert refine(sudan, "Sudan (SDN)", sentence).admin1 == "Al Jazirah"
    assert refine(sudan, "Sudan (SDN)", "Killings in the Gezira State capital Wad Madani.").admin1 == "Al Jazirah"
    # a region of another country, or a name that is no region of this one, leaves the country as it is
    assert refine(sudan, "Sudan (SDN)", "Troops massed in the Kursk region.") == sudan
    assert refine(sudan, "Sudan (SDN)", "Fighters of the Islamic State attacked.") == sudan


def test_every_place_and_capital_of_the_actor_gazetteer_is_placed() -> None:
    g = gazetteer()
    wanted = [(r["code"], r["name"]) for r in rows(EVENTS_DATA / "places.csv")]
    wanted += [(r["code"], r["name"]) for r in rows(EVENTS_DATA / "states.csv") if r["form"] == "capital"]
    missing = [w for w in wanted if (w[0], fold(w[1])) not in g.places]
    assert missing == [], f"add these to pipeline/geo/data (rebuild or regions.csv): {missing}"


def test_the_data_files_are_consistent() -> None:
    codes = {r["code"] for r in rows(EVENTS_DATA / "state_codes.csv")}
    for r in rows(DATA / "places.csv") + rows(DATA / "regions.csv"):
        assert -90 <= float(r["latitude"]) <= 90 and -180 <= float(r["longitude"]) <= 180, r
        assert r["precision"] in PRECISIONS, r
        assert not r["iso3"] or r["iso3"] in codes, r
        assert (r["precision"] == "sea") <= (r["iso3"] == ""), f"a sea is no state's: {r}"
    keys = [(r["iso3"], fold(r["name"])) for r in rows(DATA / "regions.csv")]
    assert len(keys) == len(set(keys)), "duplicate rows in regions.csv"


def test_mentions_get_their_columns_with_the_article_as_context() -> None:
    frame = pd.DataFrame(
        {
            "article_id": ["a", "a", "b"],
            "location": ["Tavush", "Yerevan (ARM)", "Tavush"],
            "source_actor": ["AZE", "ARM", None],
            "target_actor": ["ARM", None, None],
        }
    )
    out = geocode_mentions(frame)
    assert list(out.columns[-5:]) == GEO_COLUMNS
    assert out["location_country"].tolist()[:2] == ["ARM", "ARM"]
    assert pd.isna(out["location_country"].iloc[2])  # article b names no country


@pytest.mark.parametrize(
    ("location", "sentence", "country", "precision", "admin1"),
    [
        ("Georgia (GEO)", "TBILISI — Thousands gathered outside Georgia's parliament on Monday.", "GEO", "city", None),
        (
            "Darfur (SDN)",
            "A convoy crossed from Chad into Sudan's West Darfur on Sunday.",
            "SDN",
            "admin1",
            "Western Darfur",
        ),
        ("Ukraine (UKR)", "Its army is committed in Ukraine.", "UKR", "country", None),
        ("Darfur (SDN)", "Aid reached Darfur via Port Sudan.", "SDN", "region", None),  # not a part of Darfur
        ("Jubaland", "MOGADISHU — Somalia accused Ethiopia of arming Jubaland forces.", "SOM", "region", None),
    ],
)
def test_a_country_or_region_is_made_precise_by_a_place_of_it_the_sentence_names(
    location, sentence, country, precision, admin1
) -> None:
    out = geocode_mentions(
        pd.DataFrame(
            {
                "article_id": ["a"],
                "location": [location],
                "source_actor": [country],  # the article names the country
                "target_actor": [None],
                "sentence": [sentence],
            }
        )
    ).iloc[0]
    assert (out["location_country"], out["geo_precision"]) == (country, precision)
    assert (out["location_admin1"] if pd.notna(out["location_admin1"]) else None) == admin1


def test_a_name_shared_with_a_sea_does_not_refine() -> None:
    out = geocode_mentions(
        pd.DataFrame(
            {
                "article_id": ["a"],
                "location": ["Sudan (SDN)"],
                "source_actor": [None],
                "target_actor": [None],
                "sentence": ["Ships on the Red Sea carry aid to Sudan."],
            }
        )
    ).iloc[0]
    assert out["geo_precision"] == "country"


@pytest.mark.parametrize(
    ("location", "sentence"),
    [
        ("United States (USA)", "Protests spread across the United States, the Washington Post reported."),
        ("France (FRA)", "Strikes spread across France, Paris Hilton told her followers."),
        ("Jordan (JOR)", "Jordan closed its border with Syria, the Amman Post reported."),
        (
            "United States (USA)",
            "Students rallied across the United States, said a professor at Georgetown University.",
        ),
    ],
)
def test_a_place_inside_a_name_never_makes_a_country_precise(location, sentence) -> None:
    geo = geocode(location)
    assert refine(geo, location, sentence) == geo


def test_a_place_named_beside_a_name_still_does() -> None:
    usa = geocode("United States (USA)")
    assert refine(usa, "United States (USA)", "Georgia Tech students protested across Georgia.").admin1 == "Georgia"


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested 20 protesters outside Georgetown University on Tuesday.",
        "Jordan Peterson criticised the Canadian government on Monday.",
        "The Washington Post reported that Russian forces shelled Kharkiv on Monday.",
        "Paris Hilton met the governor of California in Los Angeles on Friday.",
    ],
)
def test_names_inside_names_are_never_geocoded(sentence) -> None:
    rows = [{**asdict(m), "article_id": "a"} for m in extract_event_mentions(sentence, dt.date(2024, 11, 5), [])]
    placed = geocode_mentions(pd.DataFrame(rows))
    assert not placed["location_country"].isin(["GUY", "JOR", "FRA"]).any()
    assert not (placed["location_admin1"] == "Washington, D.C.").any()
