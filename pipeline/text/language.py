"""A cheap guess of a body's language (ISO 639-1) when the page does not state it.

Non-Latin scripts are told apart by their characters; Latin-script languages by how many of their most common
function words the text uses. Returns None when the evidence is thin.
"""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[^\W\d_]+")

_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
)

# The most frequent short function words of each language (written from general knowledge of the languages).
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in is that for it was on with as by at from this be are have has not".split()),
    "de": frozenset("der die das und ist nicht mit den von zu ein eine auf für sich dem auch es im des".split()),
    "fr": frozenset("le la les et des est une un du en que pour dans qui pas sur au par avec ce".split()),
    "es": frozenset("el la los las y de que en un una es por con para del se no al lo como".split()),
    "pt": frozenset("o a os as e de que em um uma do da no na para com não se por dos das".split()),
    "it": frozenset("il la le e di che un una per non con del della è sono gli si da nel".split()),
    "nl": frozenset("de het een en van is dat op te in voor niet met zijn er die aan ook".split()),
    "id": frozenset("yang dan di dengan untuk ini itu dari tidak akan pada dalam ke juga ada adalah".split()),
}
MIN_HITS = 5  # function-word hits the best Latin-script language needs


_LETTER = re.compile(r"[^\W\d_]")


def guess_language(text: str) -> str | None:
    sample = text[:3000]
    letters = len(_LETTER.findall(sample))
    if letters == 0:
        return None
    if not sample.isascii():
        script_counts = {code: len(pattern.findall(sample)) for code, pattern in _SCRIPTS}
        code, count = max(script_counts.items(), key=lambda item: item[1])
        if count >= 0.3 * letters:
            if code == "zh" and script_counts["ja"] > 0:
                return "ja"
            return code
    words = Counter(w.lower() for w in _WORD.findall(sample))
    hits = {lang: sum(words[w] for w in vocab) for lang, vocab in _FUNCTION_WORDS.items()}
    best, best_hits = max(hits.items(), key=lambda item: item[1])
    return best if best_hits >= MIN_HITS else None
