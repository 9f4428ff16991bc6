"""The language of a body (ISO 639-1), from its text, with the page's markup only as a tie-breaker.

py3langid's packaged model (97 languages, trained on general web and news text) reads the first few thousand
characters. A page's `lang=` attribute is often a template's default (Bengali and Finnish articles marked
`en`), so it only decides when the text is too short to tell or the model is unsure.
"""

from __future__ import annotations

import re
from functools import lru_cache

_LETTER = re.compile(r"[^\W\d_]")
MIN_LETTERS = 20  # below this a guess from the text is noise
SURE = 0.9  # the model's probability above which the text wins over the markup


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def guess_language(text: str, hint: str | None = None) -> str | None:
    """ISO 639-1 code of `text`; `hint` (the markup's language) breaks ties; None when nothing tells."""
    sample = text[:3000]
    hint = hint.split("-")[0].lower() if hint else None
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return hint
    code, probability = _identifier().classify(sample)
    if probability >= SURE:
        return code
    hint = hint or _english_by_function_words(sample)
    return hint or code


# Short English news sentences full of names are sometimes read as an English-based creole (Nigerian Pidgin
# writes "di", "dey", "don" where English writes "the", "is", "has"): when the model is unsure and the markup
# says nothing, plain English function words decide.
_ENGLISH_FUNCTION_WORDS = frozenset("the of and to in is that for was on with by at from has have were".split())
_WORD = re.compile(r"[a-z]+")


def _english_by_function_words(sample: str) -> str | None:
    words = _WORD.findall(sample.lower())
    hits = sum(1 for w in words if w in _ENGLISH_FUNCTION_WORDS)
    return "en" if words and hits >= 3 and hits / len(words) >= 0.15 else None
