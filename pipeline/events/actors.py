"""Actor and place normalization from our own gazetteer.

States and everything that stands for them (names, demonyms, capitals, seats of government, ministries,
office holders) normalize to the ISO 3166-1 alpha-3 code; international bodies to a canonical English
name ("United Nations", "NATO", "European Union").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from pipeline.events import rules_data as data

NOT_AN_ACTOR = "-"  # code of names that mask a state name inside them

ActorKind = Literal["state", "capital", "institution", "official", "body", "place"]


@dataclass(frozen=True)
class ActorMention:
    """One actor (or place) found in a piece of text; offsets are relative to that text."""

    start: int
    end: int
    text: str
    code: str  # alpha-3 for a state, canonical name for a body, the place's country for a place
    kind: ActorKind

    @property
    def is_person(self) -> bool:
        return self.kind == "official"


@dataclass(frozen=True)
class Gazetteer:
    """Surface forms with their code and kind, and one compiled pattern that finds them all."""

    entries: dict[str, tuple[str, ActorKind]]  # surface form -> (code, kind)
    body_kinds: dict[str, str]  # canonical body name -> "IGO" | "NGO"
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer, built once from the data files (`rules_data`); the first row that gives a form wins."""
    entries: dict[str, tuple[str, ActorKind]] = {}
    body_kinds: dict[str, str] = {}

    def add(name: str, code: str, kind: ActorKind) -> None:
        entries.setdefault(name, (code, kind))
        if "'" in name:
            entries.setdefault(name.replace("'", "’"), (code, kind))
        # Possessive and typographic-apostrophe variants are handled by the pattern.

    for s in data.state_names():
        add(s.name, s.code, "capital" if s.form == "capital" else "state")
    for n in data.state_institutions():
        add(n.name, n.code, "institution")
    for n in data.officials():
        add(n.name, n.code, "official")
    for b in data.bodies():
        body_kinds[b.canonical] = b.kind
        add(b.name, b.canonical, "body")
    for n in data.places():
        add(n.name, n.code, "place")
    for x in data.not_actors():
        add(x.name, NOT_AN_ACTOR, "place")
    alternation = "|".join(re.escape(n) for n in sorted(entries, key=len, reverse=True))
    # "Saudi-led coalition" is the state's; "U.S.-backed", "anti-Syria", "pro-Russian" are not.
    pattern = re.compile(rf"(?<![\w.-])(?:{alternation})(?:(?![\w-])|(?=-led\b))(?:['’]s?)?")
    return Gazetteer(entries, body_kinds, pattern)


def _surface(text: str) -> str:
    """The gazetteer key of a matched string: without a trailing possessive."""
    return re.sub(r"['’]s?$", "", text)


def find_actors(text: str) -> list[ActorMention]:
    """Every gazetteer name in `text`, longest match first, left to right, case-sensitive."""
    gaz = gazetteer()
    found: list[ActorMention] = []
    for m in gaz.pattern.finditer(text):
        surface = _surface(m.group(0))
        if surface not in gaz.entries:
            continue
        code, kind = gaz.entries[surface]
        if code == NOT_AN_ACTOR:
            continue  # "South China Sea": neither China nor a place of it
        found.append(ActorMention(m.start(), m.start() + len(surface), surface, code, kind))
    return found


def normalize_actor(name: str) -> str | None:
    """The code of a name as a whole ("Pyongyang" -> "PRK", "U.N." -> "United Nations"), else None."""
    name = _surface(name.strip())
    name = re.sub(r"^(?:the|The)\s+", "", name)
    hit = gazetteer().entries.get(name)
    if hit is not None:
        return None if hit[0] == NOT_AN_ACTOR else hit[0]
    mentions = find_actors(name)
    actors = [m for m in mentions if m.kind != "place"]
    return actors[0].code if actors else None


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for s in data.state_names():
        if s.form == "name":
            names.setdefault(s.code, s.name)
    return names


def country_name(code: str) -> str:
    """The usual English name of a state code ("BEL" -> "Belgium"); the code itself when unknown."""
    return _country_names().get(code, code)


def body_kind(code: str) -> str | None:
    """ "IGO" or "NGO" for a canonical body name, None for a state code."""
    return gazetteer().body_kinds.get(code)


def is_state_code(code: str) -> bool:
    """Whether a code is an ISO alpha-3 state code rather than a body's name."""
    return len(code) == 3 and code.isupper() and code not in gazetteer().body_kinds


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset(s.name for s in data.state_names() if s.form == "adjective")


def is_demonym(surface: str) -> bool:
    """Whether a state's surface form is its adjective or demonym ("Japanese", "Kenyans"), not its name."""
    return surface in _demonyms()
