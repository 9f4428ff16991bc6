"""The article-extraction benchmark's own scoring (shingle precision/recall), written from its README.

1. tokens: maximal runs of `\\w+`, case kept;
2. bag of overlapping 4-token shingles (1-3 tokens give one short shingle, no tokens give none);
3. per page TP/FP/FN from the two bags, normalised by TP+FP+FN;
4. precision averaged over pages with TP+FP > 0, recall over pages with TP+FN > 0;
5. F1 is the harmonic mean of mean precision and mean recall.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _WORD.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


@dataclass(frozen=True)
class PageScore:
    tp: float
    fp: float
    fn: float
    exact: bool

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp > 0 else (1.0 if self.fn == 0 else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn > 0 else (1.0 if self.fp == 0 else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_page(predicted: str, truth: str) -> PageScore:
    pred, gold = shingles(predicted), shingles(truth)
    tp = sum(min(c, gold[s]) for s, c in pred.items())
    fp = sum(max(0, c - gold[s]) for s, c in pred.items())
    fn = sum(max(0, c - pred[s]) for s, c in gold.items())
    total = tp + fp + fn
    exact = _WORD.findall(predicted or "") == _WORD.findall(truth or "")
    if total == 0:
        return PageScore(0.0, 0.0, 0.0, exact)
    return PageScore(tp / total, fp / total, fn / total, exact)


@dataclass(frozen=True)
class Aggregate:
    precision: float
    recall: float
    f1: float
    accuracy: float
    pages: int


def aggregate(predictions: Mapping[str, str], truths: Mapping[str, str]) -> Aggregate:
    """Score every page of `truths`; a page missing from `predictions` counts as an empty string."""
    precisions: list[float] = []
    recalls: list[float] = []
    exact = 0
    for page_id, truth in truths.items():
        s = score_page(predictions.get(page_id, ""), truth)
        if s.tp + s.fp > 0:
            precisions.append(s.tp / (s.tp + s.fp))
        if s.tp + s.fn > 0:
            recalls.append(s.tp / (s.tp + s.fn))
        exact += s.exact
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Aggregate(p, r, f1, exact / len(truths) if truths else 0.0, len(truths))
