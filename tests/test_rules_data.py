"""The rules as data (pipeline/events/data/): well-formed, no duplicates, valid types and codes, shipped."""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from pipeline.events import rules_data
from pipeline.events.actors import country_name, find_actors, is_state_code, normalize_actor
from pipeline.events.model import PLOVER_TYPES
from pipeline.events.triggers import WORD_CLASSES, find_triggers, verb_forms

ROOT = Path(__file__).resolve().parent.parent
DATA_FILES = [
    "states.csv",
    "state_institutions.csv",
    "officials.csv",
    "bodies.csv",
    "places.csv",
    "not_actors.csv",
    "state_codes.csv",
    "lexicon.csv",
    "word_classes.csv",
    "irregular_verbs.csv",
    "name_words.csv",
]

_WORD = r"[^<>|@\s][^<>|@]*"  # a context word or phrase ("state of emergency")
_ITEM = rf"(?:@\w+|{_WORD})"
_LIST = rf"{_ITEM}(?:\|{_ITEM})*"
CUE = re.compile(rf"^(?P<pos>[vn]):(?P<spec>[\w'’.$-]+(?: [\w'’.$-]+)*)(?:<(?P<exc>{_LIST}))?(?:>(?P<req>{_LIST}))?$")


@pytest.mark.parametrize("name", DATA_FILES)
def test_no_duplicate_rows_and_no_empty_fields(name):
    rows = rules_data.read_rows(name)
    assert rows, name
    keyed = [tuple(r.values()) for r in rows]
    duplicates = [row for row, n in Counter(keyed).items() if n > 1]
    assert not duplicates, f"{name}: duplicate rows {duplicates}"
    for row in rows:
        for column, value in row.items():
            assert value and value == value.strip(), f"{name}: empty or padded {column} in {row}"


def test_every_event_type_is_a_plover_type():
    assert {c.event_type for c in rules_data.cues()} <= set(PLOVER_TYPES)
    assert {c.lexicon for c in rules_data.cues()} == {"primary", "fallback"}
    assert set(rules_data.lexicon("primary")) == set(PLOVER_TYPES)


def test_every_cue_parses():
    bad = [c.cue for c in rules_data.cues() if not CUE.match(c.cue)]
    assert not bad, bad[:20]


def test_every_word_class_a_cue_names_exists_and_every_class_is_used():
    used = {name for c in rules_data.cues() for name in re.findall(r"@(\w+)", c.cue)}
    assert used - set(WORD_CLASSES) == set()
    # "personnel" and "weapons" are also read by the extraction code itself
    assert set(WORD_CLASSES) - used <= {"personnel", "weapons"}


def test_irregular_verbs_once_each_and_used():
    verbs = [r["verb"] for r in rules_data.read_rows("irregular_verbs.csv")]
    assert len(verbs) == len(set(verbs))
    assert verb_forms("withdraw") == {
        "withdraw": "base",
        "withdraws": "3sg",
        "withdrawing": "ing",
        "withdrew": "past",
        "withdrawn": "pp",
    }
    assert "greenlit" in verb_forms("greenlight")  # an irregular verb of the fallback lexicon


def test_state_code_list_is_iso_3166_alpha3():
    codes = rules_data.iso_alpha3()
    assert len(codes) == 250  # the 249 codes of ISO 3166-1 and XKX (Kosovo, user-assigned)
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    assert codes["DEU"] == "Germany" and codes["XKX"] == "Kosovo"


def test_every_state_code_is_a_valid_alpha3():
    iso = rules_data.iso_alpha3()
    coded = [*rules_data.state_names(), *rules_data.state_institutions(), *rules_data.officials(), *rules_data.places()]
    bad = sorted({(x.code, x.name) for x in coded if x.code not in iso})
    assert not bad, bad


def test_every_state_has_a_name_and_forms_are_known():
    assert {s.form for s in rules_data.state_names()} == {"name", "adjective", "capital"}
    named = {s.code for s in rules_data.state_names() if s.form == "name"}
    assert named == {s.code for s in rules_data.state_names()}
    used = {x.code for x in (*rules_data.state_institutions(), *rules_data.officials(), *rules_data.places())}
    assert used <= named, used - named
    assert country_name("BEL") == "Belgium"


def test_bodies_have_one_kind_and_no_state_code_for_a_name():
    kinds = defaultdict(set)
    for b in rules_data.bodies():
        kinds[b.canonical].add(b.kind)
    assert all(k <= {"IGO", "NGO"} and len(k) == 1 for k in kinds.values())
    assert not [c for c in kinds if is_state_code(c)]  # "G20" is a body, not a state


def test_a_surface_form_has_one_code():
    codes = defaultdict(set)
    for s in rules_data.state_names():
        codes[s.name].add(s.code)
    for x in (*rules_data.state_institutions(), *rules_data.officials(), *rules_data.places()):
        codes[x.name].add(x.code)
    for b in rules_data.bodies():
        codes[b.name].add(b.canonical)
    for n in rules_data.not_actors():
        codes[n.name].add("-")
    assert not {name: c for name, c in codes.items() if len(c) > 1}


_WATER = re.compile(r"\b(?:Sea|Ocean|Gulf|Strait|Straits|Bay|Channel|Canal|River|Lake)\b")


def test_seas_straits_and_rivers_are_no_actor():
    coded = [*rules_data.state_names(), *rules_data.state_institutions(), *rules_data.places()]
    assert not [x.name for x in coded if _WATER.search(x.name)]
    assert {n.kind for n in rules_data.not_actors()} <= {"sea", "river", "lake", "canal", "land"}
    assert find_actors("Houthi drones struck a tanker in the Red Sea.")[0].code == "YEM"  # the Houthis, not the sea
    assert [a.code for a in find_actors("Ships crossed the Red Sea and the Taiwan Strait.")] == []
    assert normalize_actor("Red Sea") is None


def test_the_data_files_ship_with_the_package():
    if sys.version_info < (3, 11):
        pytest.skip("tomllib")
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    globs = config["tool"]["setuptools"]["package-data"]["pipeline.events"]
    assert "data/*.csv" in globs and "data/*.json" in globs
    assert sorted(p.name for p in rules_data.data_files()) == sorted(DATA_FILES)


def test_lexicon_from_data_finds_cues_of_both_lexicons():
    assert [t.event_type for t in find_triggers("Troops attacked the village.")] == ["ASSAULT"]
    assert [t.event_type for t in find_triggers("Both governments inked the protocol on Friday.")] == [
        "AGREE"
    ]  # fallback, @deal


def test_name_words_have_known_roles():
    roles = rules_data.name_words()
    assert set(roles.values()) == {"title", "actor", "head", "common"}
    assert roles["President"] == "title" and roles["Police"] == "actor" and roles["University"] == "head"
