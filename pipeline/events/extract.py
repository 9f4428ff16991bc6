"""Event mentions in an article body: one per clause that holds an event cue.

Rule-based and dependency-light: our sentence splitter, actor gazetteer, trigger lexicon and a few clause
patterns. For each sentence: find attribution frames, triggers and actors; pick one main trigger per clause;
take the source from the clause's subject (or the "by" phrase of a passive), the target from the first actor
after the trigger; then location, quantity, certainty, speaker and date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.dates.model import TemporalExpression
from pipeline.events.actors import ActorMention, find_actors
from pipeline.events.attribution import Attribution, find_attributions
from pipeline.events.certainty import certainty_of, find_cues, strongest
from pipeline.events.dates import choose_event_date
from pipeline.events.model import Certainty, EventMention
from pipeline.events.quantities import Quantity, find_quantities
from pipeline.events.sentences import Sentence, split_sentences
from pipeline.events.triggers import Trigger, find_triggers

# Words that make the actor after them a place rather than a participant.
_LOCATION_PREP = re.compile(r"\b(?:in|at|near|outside|inside|across|throughout|within|around|from)\s+(?:the\s+)?$", re.I)
_BE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|being|be|get|got)\s+(?:(?:also|reportedly|allegedly|apparently|being|not|never|"
    r"already|\w+ly)\s+){0,2}$",
    re.I,
)
_CLAUSE_BOUNDARY = re.compile(
    r";|:|\bbut\b|,\s*(?:and|while|whereas|which|who|as|after|before|when|although|though|since)\b|"
    r"\band\b(?=\s+(?:[A-Z]\w|he\b|she\b|they\b|it\b|we\b|the\b))|[.!?]\s",
)
_FINITE_LEFT = re.compile(r"\b(?:to|of|for|by|about|from|after|before|without|in|on)\s+(?:\w+ly\s+)?$", re.I)
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|they|it|we)\s+(?:\w+\s+){0,2}$", re.I)
_TROOPS = re.compile(
    r"\b(?:troops|soldiers|forces|service members|personnel|servicemen|fighters|boots|units|mercenaries)\b", re.I
)
_REGION = re.compile(r"\b([A-Z][\w'-]+)\s+(?:region|oblast|Oblast|province|Province|district|governorate)\b")
_ACCUSATION_OBJECT = re.compile(r"\b(?:accusations?|allegations?|claims?|charges?|reports?|them|it)\b", re.I)
_VERBAL_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONSULT", "REQUEST"})
_SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})


@dataclass
class ArticleContext:
    """What earlier sentences of the same article tell later ones."""

    full_names: dict[str, str] = field(default_factory=dict)  # surname -> full name
    last_person: str | None = None
    last_source: str | None = None
    accusers: list[str] = field(default_factory=list)  # sources of ACCUSE events, in order


@dataclass(frozen=True)
class _Clause:
    trigger: Trigger
    start: int  # clause start within the sentence (where the subject search begins)
    end: int
    span_start: int  # the clause as reported: the first clause starts with the sentence


def extract_event_mentions(
    body: str, anchor: dt.date | None, temporal: Sequence[TemporalExpression]
) -> list[EventMention]:
    """Event mentions in one article body."""
    ctx = ArticleContext()
    sentences = split_sentences(body)
    mentions: list[EventMention] = []
    for index, sentence in enumerate(sentences):
        mentions.extend(_sentence_events(body, sentences, index, anchor, temporal, ctx))
    return mentions


def _sentence_events(
    body: str,
    sentences: list[Sentence],
    index: int,
    anchor: dt.date | None,
    temporal: Sequence[TemporalExpression],
    ctx: ArticleContext,
) -> list[EventMention]:
    sent = sentences[index]
    text = sent.text
    actors = find_actors(text)
    _remember_names(actors, text, ctx)
    triggers = find_triggers(text)
    frames = find_attributions(text)
    triggers = [t for t in triggers if not _inside_frame_or_name(t, frames, actors, text)]
    triggers += _troop_presence_triggers(text, actors, triggers)
    triggers.sort(key=lambda t: t.start)
    if not triggers:
        return []
    cues = find_cues(text)
    quantities = find_quantities(text)
    out: list[EventMention] = []
    seen: set[tuple[str, str | None, str | None]] = set()
    for clause in _clauses(text, triggers, frames):
        t = clause.trigger
        source, target = _participants(text, clause, actors, frames, ctx)
        if source is None and target is None:
            continue
        key = (t.event_type, source, target)
        if key in seen:
            continue
        seen.add(key)
        certainty = _certainty(text, t, cues, frames, source)
        speaker = _speaker(frames, actors, clause, t, ctx)
        quantity = _quantity(quantities, clause)
        mention = EventMention(
            event_type=t.event_type,
            source_actor=source,
            target_actor=target,
            speaker=speaker,
            location=_location(text, actors, clause, t),
            quantity=quantity.quantity if quantity else None,
            quantity_max=quantity.quantity_max if quantity else None,
            quantity_unit=quantity.unit if quantity else None,
            certainty=certainty,
            event_date=choose_event_date(body, sentences, index, sent.start + t.start, t, anchor, temporal),
            sentence=text,
            start=sent.start + clause.span_start,
            end=sent.start + clause.end,
        )
        out.append(mention)
        if source:
            ctx.last_source = source
        if t.event_type == "ACCUSE" and source:
            ctx.accusers.append(source)
    return out


def _remember_names(actors: list[ActorMention], text: str, ctx: ArticleContext) -> None:
    for a in actors:
        if a.kind == "official" and " " in a.text:
            ctx.full_names.setdefault(a.text.split()[-1], a.text)
    for m in re.finditer(r"\b([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)\s+([A-Z][a-z]+(?:-[a-z]+)?)\b", text):
        ctx.full_names.setdefault(m.group(2), m.group(0))


def _inside_frame_or_name(t: Trigger, frames: list[Attribution], actors: list[ActorMention], text: str) -> bool:
    for f in frames:
        if f.start <= t.start < f.end and f.kind == "according_to":
            return True
        if f.start <= t.start < f.end and f.kind == "said" and t.event_type not in _VERBAL_TYPES:
            return True
    if any(a.start <= t.start < a.end for a in actors):
        return True
    # A capitalized cue inside a multi-word name ("Economic Cooperation Organization", "Defense Express").
    if t.text[:1].isupper() and t.start > 0:
        prev = text[: t.start].rstrip()
        nxt = text[t.end :].lstrip()
        if (prev and prev[-1].isalpha() and re.search(r"[A-Z]\w*$", prev)) or (nxt[:1].isupper() and not prev.endswith((".", '"', "“"))):
            return True
    return False


def _troop_presence_triggers(text: str, actors: list[ActorMention], triggers: list[Trigger]) -> list[Trigger]:
    """'North Korean troops ... in Russia's Kursk region' -> AID (troops sent to help another state)."""
    out: list[Trigger] = []
    for m in _TROOPS.finditer(text):
        modifier = [a for a in actors if a.end <= m.start() and re.fullmatch(r"[\s\w,]*", text[a.end : m.start()]) and len(text[a.end : m.start()].split()) <= 2 and a.kind in ("state", "official")]
        if not modifier:
            continue
        home = modifier[-1].code
        window = text[m.end() : m.end() + 90]
        host = [
            a for a in actors
            if m.end() <= a.start <= m.end() + 90 and a.code != home and len(a.code) == 3 and a.code.isupper()
            and re.search(r"\b(?:in|to|into|on|inside)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}$", text[m.end() : a.start])
        ]
        if not host or not re.search(r"\b(?:in|to|into|inside|on)\b", window):
            continue
        if any(t.start < m.start() and t.event_type != "AID" and t.pos == "verb" for t in triggers):
            continue
        out.append(Trigger(m.start(), m.end(), m.group(0), "AID", "noun", "troops", "pl"))
    return out[:1]


def _is_finite(text: str, t: Trigger) -> bool:
    if t.pos != "verb":
        return False
    left = text[: t.start]
    if re.search(r"\bto\s+(?:\w+ly\s+)?$", left, re.I):
        return False
    if t.tense == "ing":
        return bool(re.search(r"\b(?:is|are|was|were|be|been|am)\s+(?:\w+ly\s+)?$", left, re.I))
    if t.tense in ("pp", "past") and re.search(r"\b(?:the|a|an|its|their|his|her)\s+(?:\w+\s+)?$", left, re.I):
        return False  # "the reported attack"
    if _FINITE_LEFT.search(left) and t.tense in ("base",):
        return False
    return True


def _clauses(text: str, triggers: list[Trigger], frames: list[Attribution]) -> list[_Clause]:
    """One main trigger per clause: the first finite verb cue, else the first cue."""
    frame_ends = [f.end for f in frames if f.start == 0 or f.kind == "according_to" and f.start == 0]
    groups: list[list[Trigger]] = []
    group_starts: list[int] = []
    start = max(frame_ends, default=0)
    current: list[Trigger] = []
    for t in triggers:
        if current:
            last = current[-1]
            between = text[last.end : t.start]
            if _CLAUSE_BOUNDARY.search(between) and _is_finite(text, t):
                b = list(_CLAUSE_BOUNDARY.finditer(between))[-1]
                groups.append(current)
                group_starts.append(start)
                start = last.end + b.end()
                current = []
        current.append(t)
    if current:
        groups.append(current)
        group_starts.append(start)
    clauses: list[_Clause] = []
    for i, (group, gstart) in enumerate(zip(groups, group_starts)):
        finite = [t for t in group if _is_finite(text, t)]
        main = finite[0] if finite else group[0]
        end = group_starts[i + 1] if i + 1 < len(groups) else len(text)
        clauses.append(_Clause(main, min(gstart, main.start), end, 0 if i == 0 else gstart))
    return clauses


def _usable(a: ActorMention, text: str, frames: list[Attribution]) -> bool:
    if a.kind == "place":
        return False
    if any(f.start <= a.start < f.end for f in frames):
        return False
    return not _LOCATION_PREP.search(text[: a.start])


def _participants(
    text: str, clause: _Clause, actors: list[ActorMention], frames: list[Attribution], ctx: ArticleContext
) -> tuple[str | None, str | None]:
    t = clause.trigger
    usable = [a for a in actors if _usable(a, text, frames)]
    if t.lemma == "troops":
        home = [a for a in actors if a.end <= t.start][-1].code
        host = [a for a in actors if a.start >= t.end and a.code != home and len(a.code) == 3]
        return home, host[0].code if host else None
    left = [a for a in usable if clause.start <= a.start and a.end <= t.start]
    right = [a for a in usable if t.end <= a.start < clause.end]
    passive = t.pos == "verb" and t.tense in ("pp", "past") and _BE_BEFORE.search(text[: t.start])
    if passive:
        agents = [a for a in right if re.search(r"\bby\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", text[t.end : a.start])]
        source = agents[0].code if agents else None
        target = left[-1].code if left else None
        return source, target if target != source else None
    if t.pos == "noun":
        # "North Korea's transfer of missiles to Russia", "the attack on Kyiv by Russian forces"
        possessor = [a for a in left if re.fullmatch(r"['’]s?\s+(?:[\w-]+\s+){0,2}", text[a.end : t.start] + " ") or re.fullmatch(r"\s*(?:[\w-]+\s+){0,1}", text[a.end : t.start])]
        agents = [a for a in right if re.search(r"\bby\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", text[t.end : a.start])]
        if agents:
            source_m: ActorMention | None = agents[0]
        elif possessor:
            source_m = possessor[-1]
        else:
            source_m = left[0] if left else None
    else:
        source_m = left[0] if left else None
    source = source_m.code if source_m else None
    if source is None:
        earlier = [a for a in usable if a.end <= t.start]
        if earlier and not _PRONOUN_SUBJECT.search(text[: t.start]):
            source = earlier[0].code
        elif _PRONOUN_SUBJECT.search(text[: t.start]) or re.match(r"\s*$", text[: t.start]):
            source = ctx.last_source
    target = None
    for a in right:
        if a.code != source and (source_m is None or a.start != source_m.start):
            target = a.code
            break
    if target is None and t.event_type in _SYMMETRIC_TYPES and source_m is not None:
        partners = [a for a in left if a.code != source and a.start > source_m.start]
        if partners and re.search(r"\b(?:and|with)\b", text[source_m.end : partners[0].start]):
            target = partners[0].code
    if target is None and t.event_type == "REJECT" and _ACCUSATION_OBJECT.search(text[t.end : t.end + 40]):
        others = [c for c in reversed(ctx.accusers) if c != source]
        target = others[0] if others else None
    return source, target


def _certainty(
    text: str, t: Trigger, cues: list, frames: list[Attribution], source: str | None
) -> Certainty:
    level: Certainty = certainty_of(text, t.start, t.end, is_denial_trigger=t.event_type == "REJECT", cues=cues)
    for f in frames:
        if f.kind == "according_to":
            level = strongest(level, "reported")
        elif (
            f.speaker_code and not f.is_person and len(f.speaker_code) == 3 and f.speaker_code.isupper()
            and source and f.speaker_code != source and f.subject.split()[-1][:1].isupper()
            and not re.search(r"(?:official|spokes|minister|secretary|president)", f.subject, re.I)
        ):
            level = strongest(level, "reported")
    return level


def _speaker(
    frames: list[Attribution], actors: list[ActorMention], clause: _Clause, t: Trigger, ctx: ArticleContext
) -> str | None:
    name: str | None = None
    frame = next((f for f in frames if f.kind == "according_to"), None) or next(iter(frames), None)
    if frame is not None:
        name = frame.speaker
        if name is None and frame.is_person:
            name = ctx.last_person
    elif t.event_type in _VERBAL_TYPES:
        officials = [a for a in actors if a.kind == "official" and clause.start <= a.start < t.start]
        if officials:
            name = officials[0].text
    if name and " " not in name and name in ctx.full_names:
        name = ctx.full_names[name]
    if name and frame is not None and frame.is_person:
        ctx.last_person = name
    elif name and frame is None:
        ctx.last_person = name
    return name


def _quantity(quantities: list[Quantity], clause: _Clause) -> Quantity | None:
    inside = [q for q in quantities if clause.start <= q.start < clause.end and q.unit]
    if not inside:
        inside = [q for q in quantities if clause.start <= q.start < clause.end]
    if not inside:
        return None
    return min(inside, key=lambda q: abs(q.start - clause.trigger.start))


def _location(text: str, actors: list[ActorMention], clause: _Clause, t: Trigger) -> str | None:
    candidates: list[tuple[int, str]] = []
    for a in actors:
        if a.kind == "body":
            continue
        if a.kind == "place" or (_LOCATION_PREP.search(text[: a.start]) and a.kind in ("capital", "state", "place")):
            label = a.text if a.kind != "state" or not a.text[:1].isupper() else a.text
            candidates.append((a.start, f"{label} ({a.code})"))
    for m in _REGION.finditer(text):
        if not any(a.start == m.start(1) for a in actors):
            candidates.append((m.start(1), m.group(1)))
    if not candidates:
        return None
    return min(candidates, key=lambda c: (not (clause.start <= c[0] < clause.end), abs(c[0] - t.start)))[1]
