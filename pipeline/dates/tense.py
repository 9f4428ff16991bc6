"""Does the sentence around an expression look back (narration) or ahead (plans, schedules)?

The nearest tense cue decides: first among the words before the expression in its sentence (nearest
first), then among the words after it. No cue at all reads as narration, the usual case in news.
"""

from __future__ import annotations

import re

_FUTURE = frozenset({
    "will", "shall", "'ll", "won't", "wo", "upcoming", "scheduled", "slated", "due", "plans", "plan",
    "planned", "planning", "intends", "intend", "expected", "expects", "expect", "set", "next", "coming",
    "until", "till", "would", "tomorrow", "going", "aims", "hopes", "ahead", "forthcoming", "deadline",
})
_PAST = frozenset({
    "said", "told", "was", "were", "had", "did", "ago", "last", "yesterday", "earlier", "began", "met",
    "held", "took", "came", "went", "made", "gave", "saw", "sent", "spoke", "wrote", "began", "led",
    "fell", "rose", "won", "lost", "left", "struck", "hit", "killed", "became", "brought", "thought",
    "found", "got", "paid", "ran", "sold", "bought", "shot", "broke", "spent", "chose", "since", "previous",
})
_NEUTRAL_ED = frozenset({"need", "united", "red", "bed", "shed", "feed", "speed", "seed", "based", "related",
                         "so-called", "armed", "advanced", "detailed", "limited", "concerned", "interested"})
_WORD = re.compile(r"[A-Za-z']+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s+(?=[A-Z\"“‘(])|\n")
_WINDOW = 240


def _cue(word: str) -> int:
    """+1 for a future cue, -1 for a past cue, 0 otherwise."""
    w = word.lower()
    if w.endswith("'ll"):
        return 1
    if w in _FUTURE:
        return 1
    if w in _PAST:
        return -1
    if len(w) > 4 and w.endswith("ed") and w not in _NEUTRAL_ED and word[0].islower():
        return -1
    return 0


def sentence_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW)
    before = body[lo:start]
    s = lo
    for m in _SENTENCE_END.finditer(before):
        s = lo + m.end()
    after = body[end:end + _WINDOW]
    m = _SENTENCE_END.search(after)
    e = end + (m.start() + 1 if m else len(after))
    return s, e


def looks_ahead(body: str, start: int, end: int) -> bool:
    """True when the words nearest the expression speak of the future."""
    s, e = sentence_bounds(body, start, end)
    before = _WORD.findall(body[s:start])
    for word in reversed(before[-12:]):
        c = _cue(word)
        if c:
            return c > 0
    for word in _WORD.findall(body[end:e])[:8]:
        c = _cue(word)
        if c:
            return c > 0
    return False
