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
    """Every gazetteer name in `text`, longest match first, left to right, case-sensitive; a place or
    demonym inside a longer proper name ("Georgetown University", "Alexandria Ocasio-Cortez") is not one."""
    gaz = gazetteer()
    raw: list[tuple[re.Match[str], str, str, ActorKind]] = []
    for m in gaz.pattern.finditer(text):
        surface = _surface(m.group(0))
        if surface in gaz.entries:
            raw.append((m, surface, *gaz.entries[surface]))
    found: list[ActorMention] = []
    for m, surface, code, kind in raw:
        if code == NOT_AN_ACTOR:
            continue  # "South China Sea": neither China nor a place of it
        if _inside_longer_name(text, m, surface, kind, raw):
            continue
        found.append(ActorMention(m.start(), m.start() + len(surface), surface, code, kind))
    return found


# Names inside names. A state, demonym, capital or place directly followed by a capitalised word that
# continues a proper name ("Washington Post", "Jordan Peterson", "Paris Hilton") or directly preceded, inside
# a sentence, by a capitalised given-name-like word ("actor Denzel Washington") is part of that name. The
# roles of the words around (data/name_words.csv) decide: an actor word or title after it keeps it ("Russian
# President", "United States Army", "New York Police Department"), a head after it always makes a name
# ("University", "Post", "Tech", "Nation", "War"), a title or common word before it is no given name
# ("President", "Northern", "Monday"). One-word office holders follow the same rule before them: "Chelsea
# Clinton" and "Hunter Biden" are not the office holder; "Tayyip Erdogan" is (a part of his longer name).
_NAME_KINDS = frozenset({"state", "capital", "place"})
_NEXT_WORD = re.compile(r" ([A-Z][\w’'.-]*)")
_PREVIOUS_WORD = re.compile(r"(?<![\w’'.-])([A-Z][a-z]+(?:-[A-Z][a-z]+)*) $")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;][\"”’')\]]*\s+|\n\s*|[\"“‘(\[]\s*)$")
_NOT_A_GIVEN_NAME = re.compile(r"(?:ist|ism|al|ic|ern|ese|ish|ian|ed|ing|ary|ous|ive|ly)$")
_TITLE_CASE_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}\b")


def _role(word: str) -> str | None:
    roles = data.name_words()
    for w in (word, re.sub(r"['’]s?$", "", word).rstrip(".,;:")):
        if w in roles:
            return roles[w]
    return None


def _title_case(text: str) -> bool:
    """A headline in title case ("Attack in Syria Kills Five Soldiers"): most longer words capitalised."""
    words = _TITLE_CASE_WORD.findall(text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


@lru_cache(maxsize=1)
def _official_name_parts() -> dict[str, frozenset[str]]:
    """One-word office holder -> the words of the longer office holders' names of the same state ("Erdoğan" ->
    {"Recep", "Tayyip", "Hakan", ...}): "Tayyip Erdoğan" is the office holder under another spelling."""
    codes: dict[str, str] = {}
    longer: dict[str, list[str]] = {}
    for o in data.officials():
        if " " in o.name:
            longer.setdefault(o.code, []).append(o.name)
        else:
            codes.setdefault(o.name, o.code)
    return {
        name: frozenset(w for full in longer.get(code, []) for w in full.split()[:-1]) for name, code in codes.items()
    }


def _inside_longer_name(
    text: str, m: re.Match[str], surface: str, kind: ActorKind, raw: list[tuple[re.Match[str], str, str, ActorKind]]
) -> bool:
    start, end = m.start(), m.start() + len(surface)
    one_word_official = kind == "official" and " " not in surface
    if kind not in _NAME_KINDS and not one_word_official:
        return False
    if kind in _NAME_KINDS and m.end() == end:  # not "Washington's"
        nxt = _NEXT_WORD.match(text, end)
        if nxt:
            word = nxt.group(1)
            role = _role(word)
            after = _NEXT_WORD.match(text, nxt.end())
            if (
                role == "head"
                and not (word == "City" and text.startswith(" of ", nxt.end()))  # "the West Bank City of Tulkarm"
                and not (after and _role(after.group(1)) == "title")  # "White House Press Secretary"
            ):
                return True  # "Georgetown University", "Washington Post", "Georgia Tech", "Quinault Indian Nation"
            if (
                role is None
                # A demonym or an acronym is an adjective: "Soviet NKVD", "American B-52", "U.S. Predator".
                and not (is_demonym(surface) or re.fullmatch(r"[A-Z.]+", surface))
                and not re.fullmatch(r"[A-Z0-9.-]+|(?:Anti|Counter)-.*", word)  # "Washington DC", "Kenya Anti-..."
                and not any(r[0].start() == nxt.start(1) for r in raw)
                and not _title_case(text[:start] + " " + text[nxt.end() :])
            ):
                return True  # "Alexandria Ocasio-Cortez", "Jordan Peterson", "Paris Hilton", "Victoria Beckham"
    prev = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if prev is None or prev.end() != start:
        return False
    word = prev.group(1)
    if (
        _SENTENCE_START.search(text, 0, prev.start())
        or any(_role(part) is not None for part in word.split("-"))
        or _NOT_A_GIVEN_NAME.search(word)
        or any(r[0].start() <= prev.start() < r[0].end() for r in raw)  # "Russia Ukraine", "European Union"
        or _title_case(text[: prev.start()] + " " + text[end:])
    ):
        return False
    if one_word_official:
        # "President Volodymir Zelensky", "Prime Minister Iyad Allawi": a title before the given name
        before = text[max(0, prev.start() - 40) : prev.start()].split()[-2:]
        if any(_role(w) == "title" for w in before):
            return False
    return not (one_word_official and word in _official_name_parts().get(surface, frozenset()))


def inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether the place name text[start:end] is part of a longer proper name by the rules above ("Washington
    Post", "Paris Hilton", "actor Denzel Washington"), for places the gazetteer here does not hold as well."""
    gaz = gazetteer()
    raw = []
    for m in gaz.pattern.finditer(text):
        surface = _surface(m.group(0))
        if surface in gaz.entries:
            raw.append((m, surface, *gaz.entries[surface]))
    span = re.compile(re.escape(text[start:end])).match(text, start)
    return span is not None and _inside_longer_name(text, span, text[start:end], "place", raw)


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
