"""PLOVER event types from verb and noun cues: our own trigger lexicon.

The cues live in `data/lexicon.csv` (one row per cue: lexicon "primary" or "fallback", PLOVER type, cue), the
context word classes in `data/word_classes.csv` and the irregular verbs in `data/irregular_verbs.csv`; the
module `rules_data` reads them. Cue syntax:
    "v:attack"                    a verb lemma, all its inflections ("attacks", "attacked", "attacking")
    "v:call on"                   a phrasal verb; only the first word is inflected
    "n:attack"                    a noun, singular and plural
    "v:sign>agreement|treaty"     the cue counts only if one of the words after ">" follows within 8 words
    "v:strike<worker|union"       the cue counts only if none of the words after "<" is near it (5 words)
    "v:send>@personnel|@aid"      "@name" in a context list stands for every word of WORD_CLASSES[name]
    "v:strike<@sport>@weapons"    excludes first, then requires
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from pipeline.events import rules_data

Pos = Literal["verb", "noun"]

_REQ_WINDOW = 8
_EXC_WINDOW = 5

# Context words by meaning, shared by the cues that need them ("send troops", "send aid", "sell arms").
WORD_CLASSES: dict[str, tuple[str, ...]] = rules_data.word_classes()

# Families of types the clause and participant rules treat alike.
VERBAL_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONSULT"})

SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})

MATERIAL_CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE"})

SPEECH_ACT_TYPES = frozenset({"THREATEN", "ACCUSE", "REQUEST", "SUPPORT", "REJECT"})


# Verbs whose last syllable is stressed double their final consonant ("banned", "controlled"); one-syllable
# verbs are found by `_ONE_SYLLABLE_CVC`. Part of the spelling rules, so it stays beside them; the irregular
# past tenses and participles are per-verb facts and live in data/irregular_verbs.csv.
DOUBLE_FINAL = frozenset(
    "ban ship plan stop drop rob admit commit regret expel compel repel rebel control patrol slam "
    "step grab jab equip acquit occur refer prefer transfer confer deter kidnap worship gun scrap snub bar jam "
    "blur spur stir star plot submit permit omit remit emit outlaw trek".split()
)


def _third_person(v: str) -> str:
    if re.search(r"(?:s|sh|ch|x|z|o)$", v):
        return v + "es"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ies"
    return v + "s"


_ONE_SYLLABLE_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def _stem_for_suffix(v: str) -> str:
    if v in DOUBLE_FINAL or _ONE_SYLLABLE_CVC.match(v):
        return v + v[-1]  # "ban" -> "banned", "swap" -> "swapped"
    return v


def _past(v: str) -> str:
    if v.endswith("e"):
        return v + "d"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ied"
    return _stem_for_suffix(v) + "ed"


def _gerund(v: str) -> str:
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith("ee"):
        return v[:-1] + "ing"
    return _stem_for_suffix(v) + "ing"


def verb_forms(lemma: str) -> dict[str, str]:
    """Surface form -> tense tag ("base", "3sg", "past", "pp", "ing")."""
    forms = {lemma: "base", _third_person(lemma): "3sg", _gerund(lemma): "ing"}
    past, participle = rules_data.irregular_verbs().get(lemma) or (_past(lemma), _past(lemma))
    forms.setdefault(past, "past")
    forms.setdefault(participle, "pp")
    if re.search(r"[^aeiou][aeiou]l$", lemma):
        forms.setdefault(lemma + "led", "past")  # British "cancelled", "travelled"
        forms.setdefault(lemma + "ling", "ing")
    return forms


def noun_forms(lemma: str) -> list[str]:
    """Singular and plural of a (possibly multi-word) noun cue."""
    last = lemma.split()[-1]
    if re.search(r"(?:s|sh|ch|x|z)$", last):
        plural = last + "es"
    elif re.search(r"[^aeiou]y$", last):
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return [lemma, " ".join(lemma.split()[:-1] + [plural])]


@dataclass(frozen=True)
class TriggerRule:
    """One reading of a surface form: its type, part of speech and context conditions."""

    event_type: str
    pos: Pos
    lemma: str
    tense: str  # "base", "3sg", "past", "pp", "ing" for verbs, "sg"/"pl" for nouns
    requires: tuple[str, ...]
    excludes: tuple[str, ...]


@dataclass(frozen=True)
class Trigger:
    """A cue in a sentence; offsets relative to the sentence."""

    start: int
    end: int
    text: str
    event_type: str
    pos: Pos
    lemma: str
    tense: str


@dataclass(frozen=True)
class _Compiled:
    rules: dict[str, list[TriggerRule]]  # lower-case surface form -> its readings
    by_first_word: dict[str, list[tuple[str, ...]]]  # first word -> surface forms as words, longest first


_SPELLINGS = (("ize", "ise"), ("ization", "isation"), ("yze", "yse"), ("our", "or"), ("ence", "ense"))


def spelling_variants(word: str) -> list[str]:
    """British and American spellings of a cue: "nationalize"/"nationalise", "mobilization"/"mobilisation",
    "defence"/"defense", "honour"/"honor"."""
    out = [word]
    for a, b in _SPELLINGS:
        for x, y in ((a, b), (b, a)):
            if word.endswith(x) and len(word) > len(x) + 1:
                out.append(word[: -len(x)] + y)
    return out


def _expand_classes(words: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for w in words:
        out.extend(WORD_CLASSES[w[1:]] if w.startswith("@") else (w,))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=2)
def _compiled(fallback: bool = False) -> _Compiled:
    """The primary lexicon, or the fallback lexicon consulted for sentences where the primary finds nothing."""
    rules: dict[str, list[TriggerRule]] = {}
    for event_type, cues in rules_data.lexicon("fallback" if fallback else "primary").items():
        for cue in cues:
            kind, _, spec = cue.partition(":")
            requires: tuple[str, ...] = ()
            excludes: tuple[str, ...] = ()
            if ">" in spec:
                spec, _, req = spec.partition(">")
                requires = _expand_classes(req.split("|"))
            if "<" in spec:
                spec, _, exc = spec.partition("<")
                excludes = _expand_classes(exc.split("|"))
            words = spec.split()
            if kind == "v":
                for lemma in spelling_variants(words[0]):
                    for form, tense in verb_forms(lemma).items():
                        surface = " ".join([form] + words[1:])
                        rule = TriggerRule(event_type, "verb", spec, tense, requires, excludes)
                        if rule not in rules.get(surface, []):
                            rules.setdefault(surface, []).append(rule)
            else:
                for variant in spelling_variants(spec):
                    for i, form in enumerate(noun_forms(variant)):
                        rule = TriggerRule(event_type, "noun", spec, "sg" if i == 0 else "pl", requires, excludes)
                        if rule not in rules.get(form, []):
                            rules.setdefault(form, []).append(rule)
    by_first_word: dict[str, list[tuple[str, ...]]] = {}
    for surface in rules:
        words = tuple(surface.split())
        by_first_word.setdefault(words[0], []).append(words)
    for forms in by_first_word.values():
        forms.sort(key=len, reverse=True)
    return _Compiled(rules, by_first_word)


_TOKEN = re.compile(r"\w+(?:-\w+)*")


def _matches(sentence: str, compiled: _Compiled) -> list[list[tuple[int, int, str]]]:
    """Surface forms on word boundaries (a hyphen joins words), one pass: for each position where any
    form starts, every form that fits there, longest first."""
    tokens = [
        (m.start(), m.end(), m.group(0).lower())
        for m in _TOKEN.finditer(sentence)
        if not (m.start() > 0 and sentence[m.start() - 1] == "-")  # "U.S.-backed" is one word, not "backed"
    ]
    out: list[list[tuple[int, int, str]]] = []
    for i in range(len(tokens)):
        here = []
        for words in compiled.by_first_word.get(tokens[i][2], ()):
            n = len(words)
            window = tokens[i : i + n]
            if (
                len(window) == n
                and all(tok[2] == w for tok, w in zip(window, words, strict=True))
                and all(sentence[window[k][1] : window[k + 1][0]] == " " for k in range(n - 1))
            ):
                here.append((window[0][0], window[-1][1], sentence[window[0][0] : window[-1][1]]))
        if here:
            out.append(here)
    return out


_WORD = re.compile(r"[\w'-]+")
_DETERMINERS = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|our|this|that|these|those|any|no|of)\s+(?:[\w-]+\s+)?)$", re.I
)
_NOUN_CONTEXT = re.compile(
    r"(?:\b(?:\w+(?:ing|al|ous|ive|ful|ic|ed|ary|ern|ese|ian|ish)|new|serious|grave|deep|strong|further|"
    r"more|many|several|two|three|military|joint|peace|air|missile|drone|border|trade|arms|troop|security|"
    r"heavy|fierce|intense|renewed|sporadic|fresh|bloody|deadly|direct|high-level|bilateral|"
    r"with|about|over|amid|against|after|before|during|for|from|into|on|in|of|by|to|and|or)\s+)$|^\s*$|[,(:“\"]\s*$",
    re.I,
)
_RIGHT_AFTER_DETERMINER = re.compile(
    r"\b(?:a|an|the|its|their|his|her|our|my|your|this|these|those)\s+"
    r"(?:(?:\w+(?:ed|ing|al|ous|ive|ful|ic|ent|ant|est|ary|ible|able|ish|less)|new|surprise|latest|first|last|big|"
    r"major|bold|fresh|recent|rare|final|joint|key|main)\s+){0,2}$",
    re.I,
)
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|at|on|from|into|of|with|for|by|under|near|inside|outside)\s+(?:[A-Z][\w-]*\s+)?$"
)
_MODAL_OR_AUX = re.compile(
    r"\b(?:will|would|could|can|may|might|must|should|shall|to|did|does|do|not|n't|never)\s+(?:\w+ly\s+)?$", re.I
)


def _window_words(text: str, start: int, end: int, before: int, after: int) -> tuple[list[str], list[str]]:
    left = [w.lower() for w in _WORD.findall(text[max(0, start - 120) : start])][-before:] if before else []
    right = [w.lower() for w in _WORD.findall(text[end : end + 160])][:after]
    return left, right


_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$", re.I)


def _requirement_distance(rule: TriggerRule, sentence: str, start: int, end: int) -> int | None:
    """How many words from the cue its nearest required context word is; None when none is there."""
    passive = (
        rule.pos == "verb"
        and rule.tense in ("pp", "past")
        and bool(_PASSIVE_AUX.search(sentence[max(0, start - 40) : start]))
    )
    left, right = _window_words(sentence, start, end, _REQ_WINDOW if passive else 4, _REQ_WINDOW)
    distances = [i for i, w in enumerate(right) if w in rule.requires]
    if rule.pos == "noun" or passive:
        distances += [len(left) - 1 - i for i, w in enumerate(left) if w in rule.requires]
    joined = " " + " ".join(right) + " "
    for phrase in (x for x in rule.requires if " " in x):  # "state of emergency", "martial law"
        at = joined.find(f" {phrase} ")
        if at >= 0:
            distances.append(joined[:at].count(" "))
    return min(distances) if distances else None


def _excluded(rule: TriggerRule, sentence: str, start: int, end: int) -> bool:
    if not rule.excludes:
        return False
    left, right = _window_words(sentence, start, end, _EXC_WINDOW, _EXC_WINDOW)
    near = left[-_EXC_WINDOW:] + right[:_EXC_WINDOW]
    if any(" " in x and x in sentence[max(0, start - 40) : end + 40].lower() for x in rule.excludes):
        return True
    return any(w in rule.excludes for w in near if " " not in w)


def _specificity(rule: TriggerRule, sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """None when the rule does not apply here; else a sort key: a cue whose context is spelled out is more
    specific, and the nearer that context the better ("scaled back its diplomatic presence" is about diplomats
    before it is about a presence)."""
    if _excluded(rule, sentence, start, end):
        return None
    if not rule.requires:
        return (1, 0)
    distance = _requirement_distance(rule, sentence, start, end)
    return None if distance is None else (0, distance)


def _choose_rule(candidates: list[TriggerRule], sentence: str, start: int, end: int) -> TriggerRule | None:
    """Pick verb or noun reading of a surface form ("attack", "talks", "aid") from its left context."""
    keyed = [
        (key, i, r) for i, r in enumerate(candidates) if (key := _specificity(r, sentence, start, end)) is not None
    ]
    if not keyed:
        return None
    applicable = [r for _, _, r in sorted(keyed, key=lambda x: x[:2])]
    verbs = [r for r in applicable if r.pos == "verb"]
    nouns = [r for r in applicable if r.pos == "noun"]
    if (
        verbs
        and not nouns
        and verbs[0].tense in ("base", "3sg")
        and (
            _RIGHT_AFTER_DETERMINER.search(sentence[max(0, start - 20) : start])
            or _AFTER_PREPOSITION.search(sentence[max(0, start - 40) : start])
        )
    ):
        return None  # "lay down their arms", "the supply", "in Israeli jails": a noun spelled like the verb
    if verbs and nouns:
        left = sentence[max(0, start - 120) : start]
        if _MODAL_OR_AUX.search(left):
            return verbs[0]
        if _DETERMINERS.search(left) or _NOUN_CONTEXT.search(left):
            return nouns[0]
        return verbs[0]
    return applicable[0]


_SCORE_AFTER = re.compile(r"^\s+(?:[\w.'’-]+\s+){0,3}\d{1,2}-\d{1,2}\b(?!\s*(?:year|month|day|week))")

_DAY_AFTER = re.compile(
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|the phone|the telephone)\b"
)


def find_triggers(sentence: str) -> list[Trigger]:
    """Event cues in one sentence, left to right, with their PLOVER type. The wider fallback vocabulary is
    consulted only when the primary lexicon finds nothing in the sentence."""
    return _find_triggers(sentence, _compiled()) or _find_triggers(sentence, _compiled(fallback=True))


def _find_triggers(sentence: str, compiled: _Compiled) -> list[Trigger]:
    out: list[Trigger] = []
    covered = 0  # leftmost-longest: a form that applies hides the shorter ones inside it
    for alternatives in _matches(sentence, compiled):
        if alternatives[0][0] < covered:
            continue
        for start, end, surface in alternatives:  # longest first; a shorter form when the longer one's context fails
            if surface == "March" and start > 0:
                break  # the month ("rose 3 percent in March")
            candidates = compiled.rules[surface.lower()]
            if re.fullmatch(r"call(?:s|ed|ing)? on", surface, re.I) and _DAY_AFTER.match(sentence[end:]):
                out.append(
                    Trigger(start, start + surface.index(" "), surface.split()[0], "CONSULT", "verb", "call", "past")
                )
                covered = end
                break
            rule = _choose_rule(candidates, sentence, start, end)
            if rule is not None and rule.event_type == "ASSAULT" and _SCORE_AFTER.match(sentence[end : end + 40]):
                rule = None  # "Brazil beat Argentina 2-1": a match, not an attack
            if rule is None:
                continue
            out.append(Trigger(start, end, surface, rule.event_type, rule.pos, rule.lemma, rule.tense))
            covered = end
            break
    return out
