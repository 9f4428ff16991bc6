"""Does the sentence around an expression look back (narration) or ahead (plans, schedules)?

The nearest tense cue decides: first among the words before the expression in its sentence (nearest
first), then among the words after it. No cue at all reads as narration, the usual case in news.
"""

from __future__ import annotations

import re

_FUTURE = frozenset(
    {
        "will",
        "shall",
        "'ll",
        "won't",
        "wo",
        "upcoming",
        "scheduled",
        "slated",
        "due",
        "intends",
        "intend",
        "planned",
        "planning",
        "plans",
        "soon",
        "might",
        "may",
        "expected",
        "expects",
        "expect",
        "next",
        "payable",
        "effective",
        "expire",
        "expires",
        "coming",
        "until",
        "till",
        "would",
        "tomorrow",
        "going",
        "aims",
        "hopes",
        "ahead",
        "forthcoming",
        "deadline",
    }
)
_PAST = frozenset(
    {
        "said",
        "told",
        "was",
        "were",
        "had",
        "did",
        "ago",
        "last",
        "yesterday",
        "earlier",
        "began",
        "met",
        "held",
        "took",
        "came",
        "went",
        "made",
        "gave",
        "saw",
        "sent",
        "spoke",
        "wrote",
        "led",
        "fell",
        "rose",
        "won",
        "lost",
        "left",
        "struck",
        "hit",
        "killed",
        "became",
        "brought",
        "thought",
        "found",
        "got",
        "paid",
        "ran",
        "sold",
        "bought",
        "shot",
        "broke",
        "spent",
        "chose",
        "since",
        "previous",
    }
)
_NEUTRAL_ED = frozenset(
    {
        "need",
        "united",
        "red",
        "bed",
        "shed",
        "feed",
        "speed",
        "seed",
        "based",
        "related",
        "so-called",
        "armed",
        "advanced",
        "detailed",
        "limited",
        "concerned",
        "interested",
    }
)
# words after which an -ed word is an adjective ("a still unspecified date", "the revised plan"), not a past verb
_ADJECTIVE_LEADS = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "still", "yet"})
_DEADLINE_WORDS = frozenset({"by"})  # "by Jan. 14": a deadline
_WORD = re.compile(r"[A-Za-z']+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?\s+(?=[A-Z\"“‘(])|\n")
_WINDOW = 240


_FUTURE_BEFORE_TO = frozenset({"set", "going", "due", "about", "is", "are"})
_NOT_CUE_BEFORE = {"next": "to", "ahead": "of"}  # "next to" is a place, "ahead of" an order
# words that open another clause after the expression: its verbs tell the time of that clause, not of the date
# ("issued a statement Friday saying the entry will ...")
_CLAUSE_OPENERS = frozenset({"saying", "that", "which", "who", "because", "while", "although"})


def _cue(word: str, following: str = "") -> int:
    """+1 for a future cue, -1 for a past cue, 0 otherwise (`following` is the next word)."""
    w = word.lower()
    f = following.lower()
    if f == "to" and w in _FUTURE_BEFORE_TO:
        return 1
    if _NOT_CUE_BEFORE.get(w) == f:
        return 0
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
    after = body[end : end + _WINDOW]
    m = _SENTENCE_END.search(after)
    e = end + (m.start() + 1 if m else len(after))
    return s, e


def _scan(words: list[str], order: range, weak: bool, near: int = -1) -> int:
    for k, i in enumerate(order):
        if k < near:
            weak_here = True
        else:
            weak_here = weak
        w = words[i]
        following = words[i + 1] if i + 1 < len(words) else ""
        previous = words[i - 1].lower() if i > 0 else ""
        c = _cue(w, following)
        if previous == "to" and w.lower() == "be":
            c = 1  # "to be published": still to come
        is_weak = c < 0 and w.lower() not in _PAST
        if c and (weak_here or not is_weak):
            if c < 0 and previous in ("be", "being") or is_weak and previous in ("been", "is", "are"):
                continue  # a participle after "be" says nothing about time
            if is_weak and previous in _ADJECTIVE_LEADS:
                continue
            return c
    return 0


def tense_cue(body: str, start: int, end: int) -> int:
    """+1 when the nearest tense cue speaks of the future, -1 of the past, 0 when the sentence has none.

    Auxiliaries, modals and common past forms count first (before the expression, then after it); a
    word ending in -ed only when nothing stronger is found.
    """
    s, e = sentence_bounds(body, start, end)
    before = _WORD.findall(body[s:start])[-12:]
    after = _WORD.findall(body[end:e])[:8]
    cut = next((i for i, w in enumerate(after) if w.lower() in _CLAUSE_OPENERS), len(after))
    after = after[:cut]
    if [w.lower() for w in before[-3:]] in (["as", "early", "as"], ["as", "soon", "as"]):
        return 1
    if before and before[-1].lower() in _DEADLINE_WORDS:
        # "by Jan. 14" sets a deadline, unless an auxiliary says it is past ("had filed reports by Wednesday")
        rest = before[:-1]
        return -1 if _scan(rest, range(len(rest) - 1, -1, -1), weak=False) < 0 else 1
    for weak in (False, True):
        c = _scan(before, range(len(before) - 1, -1, -1), weak, near=3) or _scan(after, range(len(after)), weak, near=3)
        if c:
            return c
    return 0


def looks_ahead(body: str, start: int, end: int) -> bool:
    """True when the words nearest the expression speak of the future (no cue reads as narration)."""
    return tense_cue(body, start, end) > 0
