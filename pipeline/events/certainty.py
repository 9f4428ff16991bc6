"""How sure the text is about an event: asserted, reported, hedged or denied, with the scope of each cue.

Scope rules (positions relative to the sentence):
- a hedge or report cue governs the triggers to its right up to a clause barrier ("but", ";", "while", ...);
- a cue in a sentence-level frame ("according to ...", "... could not confirm", "reportedly") governs the
  whole sentence;
- a negation governs only the trigger it directly precedes ("did not attack", "never met");
- a denial verb governs the events reported in its complement ("denied that ... attacked").
The strongest applicable cue wins: denied > hedged > reported > asserted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.events.model import Certainty

HEDGE_CUES = (
    r"if (?:that'?s |that is |this is |it is |it's )?(?:true|confirmed|accurate|correct)",
    r"(?:highly |very |most |more than )?likely",
    r"unlikely",
    r"could",
    r"may",
    r"might",
    r"possibly",
    r"possible",
    r"probably",
    r"apparently",
    r"presumably",
    r"suspected",
    r"believed to",
    r"appears? to",
    r"seems? to",
    r"unconfirmed",
    r"unverified",
    r"rumou?red",
    r"purported(?:ly)?",
)
SENTENCE_HEDGES = (
    r"(?:can ?not|could not|couldn't|can't|cannot|unable to|not able to)\s+(?:\w+ly\s+)?(?:confirm|verify)",
    r"not confirming",
    r"(?:could|can) not be (?:independently )?(?:confirmed|verified)",
    r"(?:was|were|is|are) not (?:immediately )?(?:clear|confirmed|verified)",
)
REPORT_CUES = (
    r"reportedly",
    r"allegedly",
    r"alleged",
    r"reported",
    r"(?:according to|citing) (?:intelligence|reports?|sources?)",
    r"intelligence",
    r"claims?",
    r"claimed",
)
SENTENCE_REPORTS = (r"according to", r"reportedly", r"sources said", r"citing")
NEGATIONS = r"(?:not|n't|never|no longer|neither|nor|refused to|declined to|failed to)"
DENIAL_VERBS = r"(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es)?|reject(?:ed|s)?|refute[sd]?|rebuff(?:ed)?)"
BARRIERS = re.compile(r";|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bhowever\b|\bmeanwhile\b|[.!?]\s")

_HEDGE = re.compile(r"\b(?:" + "|".join(HEDGE_CUES) + r")\b", re.I)
_SENT_HEDGE = re.compile(r"\b(?:" + "|".join(SENTENCE_HEDGES) + r")\b", re.I)
_REPORT = re.compile(r"\b(?:" + "|".join(REPORT_CUES) + r")\b", re.I)
_SENT_REPORT = re.compile(r"\b(?:" + "|".join(SENTENCE_REPORTS) + r")\b", re.I)
_NEG_BEFORE = re.compile(
    r"\b"
    + NEGATIONS
    + r"\s+(?:(?:have|has|had|be|been|being|yet|directly|formally|immediately|officially|any|\w+ly)\s+){0,2}$",
    re.I,
)
_DENIAL = re.compile(r"\b" + DENIAL_VERBS + r"\b", re.I)

_RANK = {"asserted": 0, "reported": 1, "hedged": 2, "denied": 3}


@dataclass(frozen=True)
class CertaintyCue:
    """A certainty cue and whether it governs the whole sentence."""

    kind: Certainty
    start: int
    end: int
    sentence_wide: bool


def find_cues(sentence: str) -> list[CertaintyCue]:
    """Hedge and report cues of a sentence (negation and denial are checked per trigger)."""
    cues: list[CertaintyCue] = []
    for m in _SENT_HEDGE.finditer(sentence):
        cues.append(CertaintyCue("hedged", m.start(), m.end(), True))
    for m in _HEDGE.finditer(sentence):
        if m.group(0) == "May" and m.start() > 0:
            continue  # the month
        if not any(c.start <= m.start() < c.end for c in cues):
            cues.append(CertaintyCue("hedged", m.start(), m.end(), False))
    for m in _SENT_REPORT.finditer(sentence):
        cues.append(CertaintyCue("reported", m.start(), m.end(), True))
    for m in _REPORT.finditer(sentence):
        if not any(c.start <= m.start() < c.end for c in cues):
            cues.append(CertaintyCue("reported", m.start(), m.end(), False))
    return cues


def _barrier_between(sentence: str, a: int, b: int) -> bool:
    return bool(BARRIERS.search(sentence[a:b]))


def certainty_of(
    sentence: str,
    trigger_start: int,
    trigger_end: int,
    *,
    is_denial_trigger: bool = False,
    cues: list[CertaintyCue] | None = None,
) -> Certainty:
    """Certainty of the event whose cue is sentence[trigger_start:trigger_end]."""
    if _NEG_BEFORE.search(sentence[max(0, trigger_start - 120) : trigger_start]) and not is_denial_trigger:
        return "denied"
    if not is_denial_trigger:
        for m in _DENIAL.finditer(sentence[:trigger_start]):
            if not _barrier_between(sentence, m.end(), trigger_start):
                return "denied"
    best: Certainty = "asserted"
    for cue in cues if cues is not None else find_cues(sentence):
        if cue.sentence_wide:
            applies = True
        elif cue.start < trigger_start:
            applies = not _barrier_between(sentence, cue.end, trigger_start)
        else:
            applies = False
        if applies and _RANK[cue.kind] > _RANK[best]:
            best = cue.kind
    return best


def strongest(a: Certainty, b: Certainty) -> Certainty:
    """The stronger of two certainty levels (denied > hedged > reported > asserted)."""
    return a if _RANK[a] >= _RANK[b] else b
