"""Line classifier for flattened page text: which lines are the article body.

Every line gets a score from what it looks like (length, sentence punctuation, junk family, link-like or
all-caps shape, repetition within the page). The body is the contiguous run of lines with the highest total
score (a maximum-sum segment), so a short line between two body paragraphs stays in, while a sidebar of short
headline lines, a menu or a footer, which score below zero line after line, stays out. Inside that run, lines of
a known junk family are dropped, and headline-like lines at its edges (title, dateline, byline) are left to the
metadata step.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from pipeline.text.junk import junk_family, opens_author_box, opens_box, opens_comment_section
from pipeline.text.metadata import is_bare_name

# Scores and thresholds. The few that were tuned by looking at the article-extraction benchmark (GAP_WEIGHT,
# HEADLINE_BONUS, SENTENCE_COST, LIST_ITEM_RELIEF, TITLE_CASE_COST) are cross-validated by
# `python -m bench.extract --cv`.
SENTENCE_COST = 6.0  # a sentence line scores its length in words minus this
HEADLINE_COST = 8.0  # an unpunctuated line scores half its length minus this
ALL_CAPS_COST = 4.0  # extra cost of an all-caps unpunctuated line (section names, teaser kickers)
TITLE_CASE_COST = 3.0  # extra cost of a title-case unpunctuated line (links to other stories)
LIST_ITEM_RELIEF = 4.0  # less cost for an unpunctuated line shaped like a list item ("1. ...", "- ...")
INLINE_JUNK_SCORE = -2.0  # lead-ins, captions, credits: dropped, but the body is not cut where they stand
GAP_WEIGHT = 1.5  # junk lines count this much more when deciding whether two runs of prose are one article
HEADLINE_BONUS = 20.0  # extra score of the first prose line after the headline repeats
MIN_ARTICLE_SCORE = 40.0  # total score of a run of lines that is surely an article (two or three paragraphs)
COMMENT_DISCOUNT = 0.25  # weight of prose after the opening line of a comment thread
BOX_PENALTY = -15.0  # score of the line opening a related-stories or sharing box
MIN_LIST_RUN = 3  # lines of the same shape that make a list or table
MIN_TABLE_RUN = 6  # a run this long of same-shape lines is a table or list, content as a whole
MIN_FALLBACK_WORDS = 3  # with no run of prose at all, lines shorter than this (menu items) are not article text

WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_SENTENCE_END = re.compile(r"[.!?。！？…](?:[\"'”’»)\]]{0,3})\s*$|[:;]\s*$")
_LINK_LIKE = re.compile(r"^\W*(?:https?://|www\.)\S+\W*$|^\S+@\S+\.\w+$|^\W*[\w-]+(?:\.[\w-]+)+/?\W*$", re.I)
_TRUNCATED = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$")
_MONTH = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–·]\s|\d{1,3}(?:[.)]|[a-z]{1,2}\b)\s*\S)")
_DATE_LIKE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|"
    r"apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b",
    re.I,
)


def token_weight(text: str) -> float:
    """Length of a line in word-sized units; CJK characters count as half a word each."""
    cjk = len(_CJK.findall(text))
    if not cjk:
        return float(len(WORD.findall(text)))
    latin_words = len(WORD.findall(_CJK.sub(" ", text)))
    return latin_words + cjk / 2.0


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters if unicodedata.category(c) in ("Lu", "Ll"))


_SMALL_WORDS = frozenset("a an and as at but by for from in of on or the to vs with".split())


def is_title_case(text: str) -> bool:
    """Most words capitalised, as headlines of teasers and menus are ("Storm Closes Mountain Pass")."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.lower() not in _SMALL_WORDS]
    if len(words) < 3:
        return False
    return sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def is_date_line(text: str) -> bool:
    """A short line that is mostly a date ("18 NOV 2019", "Reuters November 18, 2019 11:03 PM")."""
    return token_weight(text) <= 10 and bool(_DATE_LIKE.search(text)) and not ends_sentence(text.rstrip(". "))


@dataclass(frozen=True)
class LineInfo:
    text: str
    weight: float  # length in word-sized units
    sentence: bool  # ends like a sentence
    family: str | None  # junk family, None when the line may be body text
    separator: bool  # no word characters at all ("-", "***")
    repeated: bool  # the same line occurs elsewhere in the page
    score: float

    @property
    def headline_like(self) -> bool:
        """Short, unpunctuated: a title, section name, dateline or byline rather than prose."""
        return not self.sentence and self.weight <= 25


def _in_separated_list(lines: list[str], k: int) -> bool:
    """The line is an item of a list whose items are divided by separator lines ("-", "*", "•")."""
    prev_sep = k > 0 and not WORD.search(lines[k - 1])
    next_sep = k + 1 < len(lines) and not WORD.search(lines[k + 1])
    far_sep = (k > 2 and not WORD.search(lines[k - 3])) or (k + 3 < len(lines) and not WORD.search(lines[k + 3]))
    return (prev_sep and next_sep) or ((prev_sep or next_sep) and far_sep)


def describe_lines(lines: list[str]) -> list[LineInfo]:
    counts = Counter(line.strip().lower() for line in lines if line.strip())
    infos = []
    for k, line in enumerate(lines):
        text = line.strip()
        weight = token_weight(text)
        sentence = ends_sentence(text)
        family = junk_family(text)
        separator = weight == 0
        repeated = counts[text.lower()] > 1
        score = _score(text, weight, sentence, family, repeated)
        if not separator and score > 0 and _in_separated_list(lines, k):
            score = -score  # sidebar of teasers divided by "-" lines
        infos.append(LineInfo(text, weight, sentence, family, separator, repeated, score))
    return infos


def _score(text: str, weight: float, sentence: bool, family: str | None, repeated: bool) -> float:
    if weight == 0:
        return -4.0
    if family in ("lead-in", "caption", "credit"):
        return INLINE_JUNK_SCORE  # these sit inside bodies: the line goes, but the body is not cut there
    if family is not None:
        return -max(6.0, weight)
    if is_bare_name(text):
        return -10.0
    if _LINK_LIKE.match(text):
        return -6.0
    if sentence and _TRUNCATED.search(text):
        score = 0.5 * min(weight, 80.0) - SENTENCE_COST  # "… and then he …": a teaser cut short, not prose
    elif sentence:
        score = min(weight, 80.0) - SENTENCE_COST
    else:
        score = 0.5 * min(weight, 80.0) - HEADLINE_COST
        if weight >= 3 and _LIST_ITEM.match(text):
            score += LIST_ITEM_RELIEF  # "1. Preheat the oven", "- 2 cups of flour": list items inside an article
        if is_all_caps(text):
            score -= ALL_CAPS_COST
        elif weight >= 4 and is_title_case(text):
            score -= TITLE_CASE_COST  # "Museum Reopens After Two-Year Renovation": a link to another story
    if repeated:
        score = -abs(score) - 4.0
    return score


def best_block(scores: list[float]) -> tuple[int, int] | None:
    """Start and end (exclusive) of the contiguous run with the highest positive total, None if none is positive."""
    best_sum, best = 0.0, None
    run_sum, run_start = 0.0, 0
    for i, s in enumerate(scores):
        if run_sum <= 0:
            run_sum, run_start = s, i
        else:
            run_sum += s
        if run_sum > best_sum:
            best_sum, best = run_sum, (run_start, i + 1)
    return best


def _norm(text: str) -> str:
    return " ".join(WORD.findall(text.lower()))


def _boost_after_headline(infos: list[LineInfo], scores: list[float]) -> None:
    """A flattened page opens with its <title>; where the headline shows up again, the article starts."""
    if len(infos) < 3 or not infos[0].headline_like:
        return
    title = _norm(infos[0].text)
    for k in range(1, len(infos)):
        line = _norm(infos[k].text)
        if len(line.split()) >= 3 and line in title and infos[k].headline_like:
            for j in range(k + 1, min(len(infos), k + 6)):
                if scores[j] > 0:
                    scores[j] += HEADLINE_BONUS
                    return
            return


def _shape(text: str) -> str:
    """What a list item or table row starts with: a number, a month, a bullet, or its first word."""
    first = text.split(maxsplit=1)[0].lower() if text.split() else ""
    if first[:1].isdigit():
        return "#"
    if _MONTH.match(first):
        return "month"
    if first in ("-", "*", "•", "–", "·"):
        return "bullet"
    return first


def _extend_over_list(infos: list[LineInfo], end: int) -> int:
    """Let the body run on over a list or table right after it ("June 9 - Tampa", "1. Kyle Busch 5040 ...").

    One heading line may sit between the body and the list. The list is a run of at least MIN_LIST_RUN
    non-junk lines that start the same way.
    """
    for first in (end, end + 1):
        if first > end and not (first - 1 < len(infos) and infos[first - 1].headline_like):
            break
        k = first
        shape = _shape(infos[k].text) if k < len(infos) else ""
        while (
            k < len(infos)
            and infos[k].family is None
            and not infos[k].repeated
            and 2 <= infos[k].weight <= 40
            and _shape(infos[k].text) == shape
        ):
            k += 1
        if shape and k - first >= MIN_LIST_RUN:
            return k
    return end


LIST_LINE_SCORE = 1.0  # score of each line of such a run (at least)


def _list_item(info: LineInfo) -> bool:
    return info.family is None and not info.repeated and 3 <= info.weight <= 40


def _lift_lists(infos: list[LineInfo], scores: list[float]) -> None:
    """A table or list (a run of lines that start the same way) is content as a whole, though each of its
    short lines would score below zero on its own."""
    k = 0
    while k < len(infos):
        if not _list_item(infos[k]):
            k += 1
            continue
        shape = _shape(infos[k].text)
        j = k
        while j < len(infos) and _list_item(infos[j]) and _shape(infos[j].text) == shape:
            j += 1
        if j - k >= MIN_TABLE_RUN:
            for m in range(k, j):
                scores[m] = max(scores[m], LIST_LINE_SCORE)
        k = max(j, k + 1)


@dataclass(frozen=True)
class Classified:
    infos: list[LineInfo]
    body: list[int]  # indices of body lines, in order
    tail: list[int]  # indices of lines just after the body (author, credit candidates)


def classify_lines(lines: list[str], infos: list[LineInfo] | None = None) -> Classified:
    """Pick the body lines of one report out of its non-blank lines (`infos`: their descriptions, if made)."""
    infos = infos if infos is not None else describe_lines(lines)
    scores = [i.score for i in infos]
    # Once a real article has been seen, the line opening a comment thread (or an about-the-author box) marks
    # everything after it as not the article: its prose counts for much less. Related-story and sharing boxes
    # are barriers.
    in_comments = False
    for k, info in enumerate(infos):
        if in_comments and scores[k] > 0:
            scores[k] *= COMMENT_DISCOUNT
        elif not in_comments and (opens_comment_section(info.text) or opens_author_box(info.text)):
            found = best_block(scores[:k])
            in_comments = found is not None and sum(scores[found[0] : found[1]]) >= MIN_ARTICLE_SCORE
        if opens_box(info.text):
            scores[k] = min(scores[k], BOX_PENALTY)
    _boost_after_headline(infos, scores)
    _lift_lists(infos, scores)
    block = best_block([s * GAP_WEIGHT if s < 0 else s for s in scores])
    if block is None:
        keep = [
            k for k, i in enumerate(infos) if i.family is None and not i.repeated and i.weight >= MIN_FALLBACK_WORDS
        ]
        return Classified(infos, keep, [])
    start, end = block
    # Headline-like lines at the edges are titles, datelines and bylines, not body; a list after the body is.
    while start < end and infos[start].headline_like:
        start += 1
    with_list = _extend_over_list(infos, end)
    if with_list > end:
        end = with_list
    else:
        while end > start and infos[end - 1].headline_like and infos[end - 1].weight <= 6:
            end -= 1
    body = [
        k for k in range(start, end) if infos[k].family is None and not infos[k].separator and not infos[k].repeated
    ]
    tail = list(range(end, min(len(infos), end + 4)))
    return Classified(infos, body, tail)
