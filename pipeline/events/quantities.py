"""Quantities with units and qualifiers: "as many as 5,000 troops", "up to 300 trucks",
"between 200 and 250".

Convention: `quantity` is the lower (or only) bound, `quantity_max` the upper bound. An upper-bound phrase
("as many as", "up to", "no more than") gives the number as both, a range gives both ends, a lower-bound
phrase ("at least", "more than") or an approximation ("about", "around") gives `quantity` only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD_NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "hundred": 100,
    "a hundred": 100,
    "a thousand": 1000,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
NOT_UNITS = frozenset(
    """day days week weeks month months year years hour hours minute minutes second seconds percent per
    cent km kilometers kilometres miles mile meters metres am pm times time th st nd rd century decade
    decades countries nations of and or to in on at the a an""".split()
)
UPPER = r"as many as|up to|no more than|not more than|at most|fewer than|less than|under|nearly|almost"
LOWER = (
    r"at least|more than|over|over|no fewer than|no less than|some|about|around|approximately|roughly"
    r"|an estimated|estimated"
)

_NUM = r"(?:\d{1,3}(?:[,\u202f ]\d{3})+|\d+(?:\.\d+)?)(?:\s*(?:hundred|thousand|million|billion))?"
_WORDNUM = (
    r"(?:"
    + "|".join(sorted((re.escape(w) for w in WORD_NUMBERS), key=len, reverse=True))
    + r")(?:\s+(?:hundred|thousand|million))?"
)
_ANY = rf"(?:{_NUM}|{_WORDNUM})"
_QTY = re.compile(
    rf"(?<![\w.,])(?:(?P<q>{UPPER}|{LOWER}|between)\s+)?(?P<a>{_ANY})(?:\s*(?:-|–|to|and)\s*(?P<b>{_ANY}))?(?![\w%])",
    re.I,
)
_MODIFIERS = frozenset(
    """military service more additional other new combat armed heavy ballistic cruise artillery anti-tank
    active elite special foreign civilian trained regular reserve extra fresh shipping metric""".split()
)
_STOP_AFTER = frozenset(
    """have has had are is was were be been will would could can may might must should do did currently
    already now still in of on at to from for by with and or but the a an that who which as than per
    more less including about around nearly almost said says told added according""".split()
)


@dataclass(frozen=True)
class Quantity:
    """A counted quantity in a sentence; offsets relative to the sentence."""

    start: int
    end: int
    quantity: float
    quantity_max: float | None
    unit: str | None


def parse_number(text: str) -> float | None:
    """ "10,000" -> 10000.0, "1.5 million" -> 1500000.0, "two" -> 2.0; None when not a number."""
    t = text.lower().strip()
    scale = 1
    for word, factor in SCALES.items():
        if t.endswith(word) and t != word and not t.startswith("a "):
            t = t[: -len(word)].strip()
            scale = factor
            break
    if t in WORD_NUMBERS:
        return float(WORD_NUMBERS[t] * scale)
    t = re.sub(r"[,\u202f ]", "", t)
    try:
        return float(t) * scale
    except ValueError:
        return None


def unit_after(text: str) -> str | None:
    """The counted noun right after a number: skips demonyms and modifiers ("North Korean troops")."""
    words = re.findall(r"[\w’'-]+", text[:80])
    previous = ""
    for w in words[:5]:
        lw = w.lower().strip("’'")
        if w[0].isupper() or lw in _MODIFIERS:
            previous = lw
            continue
        if (
            lw in _STOP_AFTER
            or lw in NOT_UNITS
            or lw.isdigit()
            or lw.endswith("ly")
            or (lw.endswith("ed") and lw not in ("dead", "wounded", "injured"))
        ):
            return None
        if previous == "service" and lw == "members":
            return "service members"
        return lw
    return None


COUNTED = (
    "troops|soldiers|forces|personnel|servicemen|fighters|militants|rebels|civilians|people|refugees|migrants|"
    "prisoners|detainees|hostages|protesters|demonstrators|workers|students|casualties|missiles|rockets|drones|"
    "shells|containers|tanks|aircraft|jets|ships|vessels|weapons|officers|police|policemen|diplomats|"
    "peacekeepers|observers|inspectors|deaths|dead|victims|villagers|children"
)
_COUNTED_BEFORE = re.compile(
    rf"\b(?P<unit>{COUNTED})\b(?:[\s,]+(?!(?:and|but|while)\b)[\w’'-]+){{0,6}}?[\s,]+(?:numbering|numbered|totalling|totaling|"
    rf"estimated at|put at|to|at|of|was|were|is|are|reached|rose to|climbed to|stood at|:)\s*"
    rf"(?:{UPPER}|{LOWER}|between)?\s*$",
    re.I,
)
_TOLL_BEFORE = re.compile(r"\b(?:death toll|toll|number of (?:the )?dead)\b[^.;]{0,40}?$", re.I)
_KILLED_BEFORE = re.compile(
    rf"\b(?P<verb>kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es))\s+(?:{UPPER}|{LOWER})?\s*$", re.I
)


def unit_before(text: str, earlier_units: list[str]) -> str | None:
    """The counted noun of a number that has none after it ("the troops, numbering 10,000", "the death toll
    rose to 30", "killing 15", "10,000 troops ... could rise to 12,000"): from the words before it."""
    left = text[-120:]
    killed = _KILLED_BEFORE.search(left)
    if killed:
        return "wounded" if killed.group("verb").lower().startswith(("wound", "injur")) else "dead"
    if _TOLL_BEFORE.search(left):
        return "dead"
    counted = _COUNTED_BEFORE.search(left)
    if counted:
        return counted.group("unit").lower()
    return None


def find_quantities(sentence: str) -> list[Quantity]:
    """Counted quantities in a sentence (years, dates, durations, percentages are skipped)."""
    out: list[Quantity] = []
    for m in _QTY.finditer(sentence):
        a_text = m.group("a")
        if not re.search(r"\d", a_text) and unit_after(sentence[m.end() :]) is None:
            continue
        # Skip years, day numbers after month names, money, percentages, ordinals.
        before = sentence[max(0, m.start("a") - 12) : m.start("a")]
        after = sentence[m.end("a") : m.end("a") + 3]
        if re.search(r"[$€£]\s*$|US\$\s*$", before) or re.match(r"\s*%|(?:st|nd|rd|th)\b", after):
            continue
        if re.search(
            r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s*$",
            before,
        ):
            continue
        if a_text.lower() == "one" and not m.group("q") and not m.group("b"):
            continue  # "one official", "one of the largest": not a count worth reporting
        value = parse_number(a_text)
        if value is None:
            continue
        if re.fullmatch(r"(?:19|20)\d\d", a_text.strip()) and not m.group("b"):
            continue
        unit = unit_after(sentence[m.end() :]) or unit_before(sentence[: m.start()], [q.unit for q in out if q.unit])
        if unit is None and out and out[-1].unit and m.start() - out[-1].end <= 60:
            unit = out[-1].unit  # "has sent 10,000 troops and could send up to 12,000"
        if unit is None and not m.group("q"):
            continue
        upper = parse_number(m.group("b")) if m.group("b") else None
        qualifier = (m.group("q") or "").lower()
        if upper is not None:
            lo, hi = value, upper
        elif qualifier and re.fullmatch(UPPER, qualifier):
            lo, hi = value, value
        else:
            lo, hi = value, None
        out.append(Quantity(m.start(), m.end(), lo, hi, unit))
    return out
