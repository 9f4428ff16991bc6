"""The event rules as data: the CSV files of `pipeline/events/data/`, read once and typed.

Gazetteer (our own, written from general knowledge; one row per surface form, in priority order: when two
rows give the same form, the first one read wins, and the files are read in the order below):
    states.csv               code, name, form    ISO 3166-1 alpha-3 code (XKX for Kosovo); form is "name"
                                                 (the first name row of a code is its usual English name),
                                                 "adjective" (adjectives and demonyms) or "capital" (capitals
                                                 and seats of government: "Kremlin", "White House")
    state_institutions.csv   code, name          bodies whose name stands for the state ("State Department")
    officials.csv            code, name          office holders, name -> the state they speak for
    bodies.csv               canonical, kind, name    international and non-state bodies, kind IGO or NGO
    places.csv               code, name          places that are not capitals -> their country
    not_actors.csv           name, kind          names that hold a state's name but are no actor ("South China
                                                 Sea", "New Mexico"): found so that the state inside them is
                                                 not; kind sea | river | lake | canal | land
    state_codes.csv          code, name          every ISO 3166-1 alpha-3 code (and XKX), to check the above
    name_words.csv           word, role          capitalised words around a place name that say whether it is
                                                 part of a longer name (`actors.find_actors`): "title" before a
                                                 name ("President"), "actor" after a place keeps it ("Police"),
                                                 "head" after a place makes it a name ("University", "Post"),
                                                 "common" never part of a name ("The", "Monday", "Northern")

Event lexicon (`triggers` module docstring has the cue syntax):
    lexicon.csv              lexicon, event_type, cue     lexicon "primary" or "fallback" (consulted only
                                                          for sentences where the primary finds no cue)
    word_classes.csv         class, word         context words by meaning, "@class" in a cue's context lists
    irregular_verbs.csv      verb, past, participle       verbs whose inflection the spelling rules miss
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

DATA_DIR = Path(__file__).resolve().parent / "data"

StateForm = Literal["name", "adjective", "capital"]
LexiconName = Literal["primary", "fallback"]


@dataclass(frozen=True)
class StateName:
    code: str
    name: str
    form: StateForm


@dataclass(frozen=True)
class CodedName:
    code: str  # alpha-3 state code
    name: str


@dataclass(frozen=True)
class BodyName:
    canonical: str
    kind: str  # "IGO" | "NGO"
    name: str


@dataclass(frozen=True)
class NotActor:
    name: str
    kind: str  # "sea" | "river" | "lake" | "canal" | "land"


@dataclass(frozen=True)
class Cue:
    lexicon: LexiconName
    event_type: str
    cue: str


def read_rows(file_name: str) -> list[dict[str, str]]:
    """The rows of one data file as dicts (header names as keys), in file order."""
    with open(DATA_DIR / file_name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


@lru_cache(maxsize=1)
def state_names() -> tuple[StateName, ...]:
    return tuple(StateName(r["code"], r["name"], r["form"]) for r in read_rows("states.csv"))  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def state_institutions() -> tuple[CodedName, ...]:
    return tuple(CodedName(r["code"], r["name"]) for r in read_rows("state_institutions.csv"))


@lru_cache(maxsize=1)
def officials() -> tuple[CodedName, ...]:
    return tuple(CodedName(r["code"], r["name"]) for r in read_rows("officials.csv"))


@lru_cache(maxsize=1)
def bodies() -> tuple[BodyName, ...]:
    return tuple(BodyName(r["canonical"], r["kind"], r["name"]) for r in read_rows("bodies.csv"))


@lru_cache(maxsize=1)
def places() -> tuple[CodedName, ...]:
    return tuple(CodedName(r["code"], r["name"]) for r in read_rows("places.csv"))


@lru_cache(maxsize=1)
def not_actors() -> tuple[NotActor, ...]:
    return tuple(NotActor(r["name"], r["kind"]) for r in read_rows("not_actors.csv"))


@lru_cache(maxsize=1)
def iso_alpha3() -> dict[str, str]:
    """Every ISO 3166-1 alpha-3 code with its short English name, plus XKX (Kosovo, user-assigned)."""
    return {r["code"]: r["name"] for r in read_rows("state_codes.csv")}


NameWordRole = Literal["title", "actor", "head", "common"]


@lru_cache(maxsize=1)
def name_words() -> dict[str, NameWordRole]:
    """Capitalised word -> its role next to a place name (see the module docstring)."""
    return {r["word"]: r["role"] for r in read_rows("name_words.csv")}  # type: ignore[misc]


@lru_cache(maxsize=1)
def cues() -> tuple[Cue, ...]:
    return tuple(Cue(r["lexicon"], r["event_type"], r["cue"]) for r in read_rows("lexicon.csv"))  # type: ignore[arg-type]


@lru_cache(maxsize=2)
def lexicon(name: LexiconName) -> dict[str, tuple[str, ...]]:
    """Event type -> its cues in one lexicon, in file order."""
    out: dict[str, list[str]] = {}
    for c in cues():
        if c.lexicon == name:
            out.setdefault(c.event_type, []).append(c.cue)
    return {t: tuple(v) for t, v in out.items()}


@lru_cache(maxsize=1)
def word_classes() -> dict[str, tuple[str, ...]]:
    """Class name -> its words, in file order."""
    out: dict[str, list[str]] = {}
    for r in read_rows("word_classes.csv"):
        out.setdefault(r["class"], []).append(r["word"])
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def irregular_verbs() -> dict[str, tuple[str, str]]:
    """Verb (a phrasal verb keyed whole: "shoot down") -> (past tense, past participle)."""
    return {r["verb"]: (r["past"], r["participle"]) for r in read_rows("irregular_verbs.csv")}


def data_files() -> list[Path]:
    """Every data file, for fingerprints of the rules."""
    return sorted(DATA_DIR.glob("*.csv"))
