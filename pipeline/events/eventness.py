"""Does a coded clause report a specific political occurrence? Features, a logistic score, a threshold.

The coder finds a cue and its participants; most sentences of real pages that hold a cue report no event at all
(a recipe's "request", a weather page's "attack", an opinion's "threat", history as background). This module
describes each coded clause by a handful of features that say whether it is a specific, real, political
occurrence, and turns them into a `confidence` between 0 and 1 with a logistic model whose weights live in
`data/eventness_weights.json`. The weights are fitted by `python -m bench.train_eventness` on the development
half of our real-text labels (`bench/data/realtext/`), never on the test half; the threshold below which a
clause is not emitted is stored with them.

Features are deliberately generic (tense, modality, who acts, how political the page is), so that they carry to
pages and sites we have never seen; no feature names a word of a particular story.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

WEIGHTS_FILE = Path(__file__).with_name("data") / "eventness_weights.json"

# Words that make a sentence political whoever its actors are: offices, bodies, forces, acts of state.
POLITICAL_VOCABULARY = re.compile(
    r"\b(?:government|governments|president|presidential|prime minister|minister|ministers|ministry|senator|"
    r"senate|congress|congressman|congresswoman|lawmakers?|legislat\w+|parliament\w*|mps?|governor|mayor|"
    r"officials?|authorities|administration|cabinet|regime|junta|police|policemen|officers?|army|armies|troops|"
    r"soldiers|military|militants?|militias?|rebels?|insurgents?|forces|navy|air force|court|judge|prosecutors?|"
    r"attorney general|justice department|ambassador|embassy|diplomats?|foreign ministry|united nations|u\.n\.|"
    r"nato|european union|eu|sanctions?|treaty|ceasefire|election|elections|campaign|party|opposition|"
    r"protesters|demonstrators|protests?|strikers|activists|taliban|hamas|hezbollah|isis|al-qaeda|white house|"
    r"kremlin|pentagon|state department|arrested|detained|charged|convicted|sentenced|killed|airstrikes?)\b",
    re.I,
)
_MODAL_BEFORE = re.compile(
    r"\b(?:would|could|might|may|can|should|must|shall|will|if|whether|unless|wants? to|wanted to|hopes? to|"
    r"hoped to|plans? to|planned to|eager to|likely to|expected to|set to|going to|to)\s+(?:\w+\s+){0,2}$",
    re.I,
)
_NEGATION_BEFORE = re.compile(r"\b(?:not|n't|never|no longer|neither|nor)\s+(?:\w+\s+){0,2}$", re.I)
# A cue inside a relative clause describes its noun ("the policies that Bloomberg championed", "the debates in
# which he has refused to take part"): background to the sentence, seldom the occurrence it reports.
_RELATIVE_BEFORE = re.compile(r"\b(?:which|who|whom|whose|that)\s+(?:\w+\s+){0,2}$", re.I)
# Words that attribute what a sentence says to someone: news reports attribute, commentary and pages that are
# not news seldom do. The share of a page's sentences that use them says how much of it is reporting.
ATTRIBUTION_VOCABULARY = re.compile(r"\b(?:said|says|told|according to|announced|reported)\b", re.I)

# Kept because each is generic (no word of a particular story) and helped out of fold on the development half;
# the kind of name that codes the source or target (an official, a state, a place), first person, quotes and
# generic markers were tried and dropped: their weights flipped sign between folds.
FEATURES = (
    "verb_cue",
    "past_or_perfect",
    "progressive",
    "modal_before",
    "negation_before",
    "reported",
    "page_political",
    "sentence_political",
    "same_actor",
    "verbal_cooperation",
    "material_cooperation",
    "material_conflict",
    "no_participants",
    "page_attributed",
    "learned_source",
    "relative_clause",
)
# PLOVER's quad classes; verbal conflict (REQUEST, ACCUSE, REJECT, THREATEN, SANCTION) is the reference class.
QUAD_CLASS = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT"), "verbal_cooperation"),
    **dict.fromkeys(("COOPERATE", "AID", "CONCEDE", "RETREAT"), "material_cooperation"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"), "verbal_conflict"),
    **dict.fromkeys(("PROTEST", "MOBILIZE", "COERCE", "ASSAULT"), "material_conflict"),
}


@dataclass(frozen=True)
class Evidence:
    """What the coder knows about one coded clause, in plain values."""

    sentence: str
    cue_start: int  # in the sentence
    cue_pos: str  # "verb" | "noun"
    cue_tense: str
    source_kind: str | None  # ActorKind of the source's mention, "learned" for a remembered person, None
    target_kind: str | None
    page_political: float  # share of the article's sentences that use the political vocabulary
    event_date: str | None
    anchor_year: int | None
    certainty: str
    page_sentences: int = 1  # sentences in the article
    event_type: str = "ASSAULT"
    source: str | None = None  # the coded actors themselves
    target: str | None = None
    sentence_political: bool | None = None  # known from `political_sentences`; searched again when None
    page_attributed: float = 0.0  # share of the article's sentences that attribute (`attributed_sentences`)


# A page needs this many sentences before its political share says anything about it.
MIN_PAGE_SENTENCES = 5
# Below this share of political sentences a page is not political news: no events from it.
MIN_PAGE_POLITICAL_SHARE = 0.1


def gated(ev: Evidence) -> str | None:
    """Why a coded clause cannot be a specific political event whatever its score, or None.

    - "page": a page of some length where hardly a sentence uses the political vocabulary (recipes,
      product pages, weather, sport, software docs);
    - "question": a question asks, it does not report;
    - "background": the clause is dated more than a year before the article's own year (history).
    """
    if ev.page_sentences >= MIN_PAGE_SENTENCES and ev.page_political < MIN_PAGE_POLITICAL_SHARE:
        return "page"
    if ev.sentence.rstrip("\"'”’) ").endswith("?"):
        return "question"
    year = _year_of(ev.event_date)
    if year is not None and ev.anchor_year is not None and year < ev.anchor_year - 1:
        return "background"
    return None


def political_sentences(body: str, starts: list[int], ends: list[int]) -> frozenset[int]:
    """Indices of the sentences (given by their sorted offsets in `body`) that use the political vocabulary:
    one pass over the body instead of one search per sentence."""
    return _sentences_matching(POLITICAL_VOCABULARY, body, starts, ends)


def attributed_sentences(body: str, starts: list[int], ends: list[int]) -> frozenset[int]:
    """Indices of the sentences that attribute what they say ("said", "told", "according to" ...)."""
    return _sentences_matching(ATTRIBUTION_VOCABULARY, body, starts, ends)


def _sentences_matching(pattern: re.Pattern, body: str, starts: list[int], ends: list[int]) -> frozenset[int]:
    found: set[int] = set()
    for m in pattern.finditer(body):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.end() <= ends[i]:
            found.add(i)
    return frozenset(found)


def features(ev: Evidence) -> tuple[float, ...]:
    """The feature vector of one coded clause, in the order of FEATURES."""
    left = ev.sentence[max(0, ev.cue_start - 40) : ev.cue_start]
    values = {
        "verb_cue": ev.cue_pos == "verb",
        "past_or_perfect": ev.cue_tense in ("past", "pp"),
        "progressive": ev.cue_tense == "ing",
        "modal_before": bool(_MODAL_BEFORE.search(left)),
        "negation_before": bool(_NEGATION_BEFORE.search(left)),
        "reported": ev.certainty != "asserted",
        "page_political": ev.page_political,
        "sentence_political": (
            bool(POLITICAL_VOCABULARY.search(ev.sentence)) if ev.sentence_political is None else ev.sentence_political
        ),
        "same_actor": ev.source is not None and ev.source == ev.target,
        "verbal_cooperation": QUAD_CLASS[ev.event_type] == "verbal_cooperation",
        "material_cooperation": QUAD_CLASS[ev.event_type] == "material_cooperation",
        "material_conflict": QUAD_CLASS[ev.event_type] == "material_conflict",
        "no_participants": ev.source is None and ev.target is None,
        "page_attributed": ev.page_attributed,
        "learned_source": ev.source_kind == "learned",
        "relative_clause": bool(_RELATIVE_BEFORE.search(left)),
    }
    return tuple(float(values[name]) for name in FEATURES)


def _year_of(value: str | None) -> int | None:
    m = re.match(r"(\d{4})", value or "")
    return int(m.group(1)) if m else None


@dataclass(frozen=True)
class Model:
    weights: tuple[float, ...]
    bias: float
    threshold: float


@lru_cache(maxsize=1)
def model() -> Model:
    """The fitted weights and threshold, from the project's own data file."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{WEIGHTS_FILE} was fitted on other features: {data['features']}")
    return Model(tuple(data["weights"]), float(data["bias"]), float(data["threshold"]))


def confidence(vector: tuple[float, ...], fitted: Model | None = None) -> float:
    """Probability-like score that the clause reports a real political event of its type (0 to 1)."""
    fitted = fitted or model()
    z = fitted.bias + sum(w * x for w, x in zip(fitted.weights, vector, strict=True))
    return max(0.001, round(1.0 / (1.0 + math.exp(-z)), 3))  # 0 is kept for gated clauses
