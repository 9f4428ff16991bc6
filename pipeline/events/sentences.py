"""Sentence splitting with offsets into the body, aware of abbreviations, initials and quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Tokens that end with a period without ending a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep rev st jr sr sec
    no nos vol fig approx est dept univ inc corp co ltd bros vs etc jan feb mar apr jun jul aug sep sept
    oct nov dec mt ft u.s u.k u.n e.u d.p.r.k a.m p.m i.e e.g""".split()
)

SENTENCE_OPENERS = frozenset(
    """The A An He She It They We I In On At But And This That These Those There His Her Their Its
    Meanwhile However After Before When While According Officials Some Many""".split()
)

_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n\s*\n|\n")


@dataclass(frozen=True)
class Sentence:
    """One sentence and its offsets in the body."""

    text: str  # exactly body[start:end]
    start: int
    end: int


def _ends_with_abbreviation(chunk: str) -> bool:
    m = re.search(r"(\S+)\.$", chunk)
    if not m:
        return False
    word = m.group(1).lstrip("(\"'“‘").lower()
    if word in ABBREVIATIONS:
        return True
    # Single initials ("John F. Kennedy") and dotted acronyms ("U.S.").
    return bool(re.fullmatch(r"[a-z]|(?:[a-z]\.)+[a-z]", word))


def split_sentences(body: str) -> list[Sentence]:
    """Sentences of `body` with their offsets; line breaks always end a sentence."""
    sentences: list[Sentence] = []
    start = 0
    for m in _END.finditer(body):
        end = m.end()
        chunk = body[start:end]
        if "\n" not in m.group(0) and _ends_with_abbreviation(chunk.rstrip("\"'”’)]")):
            # An abbreviation continues the sentence unless a typical sentence opener follows it
            # ("... in the U.S. The talks ..." breaks, "the U.S. State Department" does not).
            nxt = re.match(r"\s*[\"'“‘]?([A-Za-z]+)", body[end:])
            if not nxt or nxt.group(1) not in SENTENCE_OPENERS:
                continue
        _add(body, start, m.start() if "\n" in m.group(0) else end, sentences)
        start = end
    _add(body, start, len(body), sentences)
    return sentences


MAX_SENTENCE_CHARS = 1000


def _add(body: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    # A run-on "sentence" (a list, a table flattened to text) is cut at its last comma or space before the limit.
    while end - start > MAX_SENTENCE_CHARS:
        window = body[start : start + MAX_SENTENCE_CHARS]
        cut = max(window.rfind(", "), window.rfind("; "))
        cut = cut + 1 if cut > MAX_SENTENCE_CHARS // 2 else window.rfind(" ")
        cut = cut if cut > 0 else MAX_SENTENCE_CHARS
        _add(body, start, start + cut, out)
        start += cut
        while start < end and body[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(body[start:end], start, end))
