"""The date of an event mention.

1. The temporal expression governing the clause: the resolved expression in the event's sentence nearest to
   the trigger (one in the same clause, before a later clause boundary, wins).
2. Else the date of the same statement: the next sentence when it only continues the attribution
   (a sentence that only adds who said it and in which statement, and when), then the previous sentence of
   the same paragraph.
3. Else the article's anchor at the precision the text supports: the day when the clause is in the present
   tense (a state of affairs at the time of the report), nothing for an undated past or perfect. The time of
   the report is the article's reference day when it has one (the first day-precise date in the text within
   a week before publication: "a spokesperson said Monday"), else the anchor itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from pipeline.dates.model import TemporalExpression
from pipeline.events.sentences import Sentence
from pipeline.events.triggers import Trigger

_CONTINUATION = re.compile(
    r"^[“\"]?[^.]{0,200}\b(?:he|she|they|the spokesperson|the spokesman|the statement)\s+(?:\w+\s+)?"
    r"(?:said|added|warned|wrote|noted|told)\b",
    re.I,
)
_SUBCLAUSE = re.compile(r",\s*(?:where|which|who|whose|when|while|whereas|although|though)\b|;|—", re.I)
_PRESENT = re.compile(r"\b(?:is|are|am|remains?|continues?|has been|have been)\b", re.I)
_PAST = re.compile(r"\b(?:was|were|had|did)\b", re.I)


def _in_span(expressions: Sequence[TemporalExpression], start: int, end: int) -> list[TemporalExpression]:
    # "now", "recently" (PRESENT_REF, PAST_REF) date nothing: the tense rules below date such clauses
    return [e for e in expressions if e.value and not e.value.endswith("_REF") and start <= e.start and e.end <= end]


def _same_paragraph(body: str, a: Sentence, b: Sentence) -> bool:
    lo, hi = (a, b) if a.start < b.start else (b, a)
    return "\n" not in body[lo.end : hi.start]


def choose_event_date(
    body: str,
    sentences: list[Sentence],
    index: int,
    trigger_pos: int,
    trigger: Trigger,
    anchor: dt.date | None,
    temporal: Sequence[TemporalExpression],
    reference: str | None = None,
    frame_spans: Sequence[tuple[int, int]] = (),
) -> str | None:
    """The date of the event whose cue starts at `trigger_pos` (offset in `body`), by the rules above."""
    sent = sentences[index]
    own = _in_span(temporal, sent.start, sent.end)
    # The date of the reporting frame ("On Tuesday the ministry said ...") yields to one in the clause itself.
    outside = [e for e in own if not any(a <= e.start < b for a, b in frame_spans)]
    own = outside or own
    if own:

        def rank(e: TemporalExpression) -> tuple[bool, int]:
            lo, hi = sorted((trigger_pos, e.start))
            # An expression behind a relative or subordinate clause boundary dates that clause, not ours.
            between = body[lo:hi]
            opened = list(_SUBCLAUSE.finditer(between))
            inside = bool(opened) and "," not in between[opened[-1].end() :]
            return inside, min(abs(e.start - trigger_pos), abs(e.end - trigger_pos))

        return min(own, key=rank).value
    # A statement quoted over several sentences (even paragraphs) is dated where its frame says when.
    for nxt in sentences[index + 1 : index + 3]:
        if _CONTINUATION.search(nxt.text):
            follow = _in_span(temporal, nxt.start, nxt.end)
            if follow:
                return follow[0].value
            break
        if _in_span(temporal, nxt.start, nxt.end):
            break
    if index > 0:
        prev = sentences[index - 1]
        if _same_paragraph(body, sent, prev):
            before = _in_span(temporal, prev.start, prev.end)
            if before:
                return before[-1].value
    if anchor is None:
        return None
    if _present_tense(sent.text, trigger):
        return reference or anchor.isoformat()
    return None


def reference_day(temporal: Sequence[TemporalExpression], anchor: dt.date | None) -> str | None:
    """The day the article reports on: its first day-precise date within a week before the anchor."""
    if anchor is None:
        return None
    for e in sorted(temporal, key=lambda e: e.start):
        if e.granularity == "day" and e.value:
            try:
                day = dt.date.fromisoformat(e.value)
            except ValueError:
                continue
            if anchor - dt.timedelta(days=7) <= day <= anchor:
                return e.value
    return None


def _present_tense(text: str, trigger: Trigger) -> bool:
    if trigger.pos == "verb":
        if trigger.tense == "3sg":
            return True
        if trigger.tense == "base":
            left = text[max(0, trigger.start - 120) : trigger.start]
            return not re.search(
                r"\b(?:to|will|would|could|can|may|might|must|should|did|not)\s+(?:\w+\s+)?$", left, re.I
            )
        if trigger.tense == "ing":
            return bool(
                re.search(r"\b(?:is|are|am)\s+(?:\w+\s+)?$", text[max(0, trigger.start - 120) : trigger.start], re.I)
            )
        return False
    return bool(_PRESENT.search(text)) and not _PAST.search(text)
