"""Clauses and their main cue: which trigger of a sentence is the event, and how intent or a demand
changes its type ("will provide" -> AGREE, "will attack" -> THREATEN, "Y must stop" -> REQUEST)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.events.actors import ActorMention, is_state_code
from pipeline.events.attribution import Attribution
from pipeline.events.context import left_of
from pipeline.events.triggers import SPEECH_ACT_TYPES, VERBAL_TYPES, Trigger

_CLAUSE_BOUNDARY = re.compile(
    r";|:|\bbut\b|,\s*(?:and|while|whereas|which|who|as|after|before|when|although|though|since)\b|"
    r"\band\b(?=\s+(?:[A-Z]\w|he\b|she\b|they\b|it\b|we\b|the\b))|[.!?]\s",
)

_FINITE_LEFT = re.compile(r"\b(?:to|of|for|by|about|from|after|before|without|in|on)\s+(?:\w+ly\s+)?$", re.I)

_TROOPS = re.compile(
    r"\b(?:troops|soldiers|forces|service members|personnel|servicemen|fighters|boots|units|mercenaries)\b", re.I
)

SUBORDINATE = re.compile(
    r"\b(?:after|before|since|when|because|while|until|following|amid|if|unless|although|though|where|which|who|whom)\b",
    re.I,
)

_INTENT_BEFORE = re.compile(
    r"\b(?:will|would|shall|'ll|going to|plans? to|planned to|planning to|intends? to|intended to|ready to|"
    r"prepared to|willing to|swore to|sworn to|offered to|offers? to|pledged to|pledges? to|promised to|"
    r"promises? to|vowed to|"
    r"agreed to|agrees? to|expects? to|hopes? to|wants? to|seeks? to|sought to)\s+(?:\w+ly\s+|also\s+|not\s+)?$",
    re.I,
)

_FORCE_AFTER = re.compile(
    r"\b(?:military|force|strikes?|attacks?|war|invasion|retaliation|sanctions|embargo|action|response|reprisals?)\b",
    re.I,
)

_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})

_THREAT_INTENT = frozenset(
    {"ASSAULT", "COERCE", "PROTEST"}
)  # CAMEO 133, 137, 138: threats of dissent, repression, force

_CONFLICT = frozenset({"SANCTION", "COERCE", "ASSAULT", "REJECT", "RETREAT", "PROTEST"})

_MODAL_DEMAND = re.compile(
    r"\b(?:must|should|has to|have to|needs? to|ought to)\s+(?:\w+ly\s+)?(?:not\s+)?[a-z]+", re.I
)


@dataclass(frozen=True)
class Clause:
    """A clause of a sentence and its main cue; offsets relative to the sentence."""

    trigger: Trigger
    start: int  # clause start within the sentence (where the subject search begins)
    end: int
    span_start: int  # the clause as reported: the first clause starts with the sentence
    others: tuple[
        Trigger, ...
    ] = ()  # the clause's other cues, in order: fallbacks when the main one has no participants


def inside_frame_or_name(t: Trigger, frames: list[Attribution], actors: list[ActorMention], text: str) -> bool:
    """Whether a cue is part of an attribution frame or of a name ("Economic Cooperation Organization")."""
    for f in frames:
        if f.start <= t.start < f.end and f.kind == "according_to":
            return True
        if f.start <= t.start < f.end and f.kind == "said" and t.event_type not in VERBAL_TYPES:
            if t.end == f.end and t.pos == "verb" and f.start == 0:
                continue  # the frame's verb is itself the event: "Morocco recalled its ambassador"
            return True
    if any(a.start <= t.start < a.end for a in actors):
        return True
    # A capitalized cue inside a multi-word name ("Economic Cooperation Organization", "Defense Express").
    if t.text[:1].isupper() and t.start > 0:
        prev = left_of(text, t.start).rstrip()
        nxt = text[t.end :].lstrip()
        if (prev and prev[-1].isalpha() and re.search(r"[A-Z]\w*$", prev)) or (
            nxt[:1].isupper() and not prev.endswith((".", '"', "“"))
        ):
            return True
    return False


def troop_presence_triggers(text: str, actors: list[ActorMention], triggers: list[Trigger]) -> list[Trigger]:
    """'North Korean troops ... in Russia's Kursk region' -> AID (troops sent to help another state)."""
    out: list[Trigger] = []
    for m in _TROOPS.finditer(text):
        modifier = [
            a
            for a in actors
            if a.end <= m.start()
            and re.fullmatch(r"[\s\w,]*", text[a.end : m.start()])
            and len(text[a.end : m.start()].split()) <= 2
            and a.kind in ("state", "official")
        ]
        if not modifier:
            continue
        home = modifier[-1].code
        window = text[m.end() : m.end() + 90]
        host = [
            a
            for a in actors
            if m.end() <= a.start <= m.end() + 90
            and a.code != home
            and is_state_code(a.code)
            and re.search(
                r"\b(?:in|to|into|on|inside)\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|\w+ern|front-line)\s+){0,4}$",
                text[m.end() : a.start],
            )
        ]
        if not host or not re.search(r"\b(?:in|to|into|inside|on)\b", window):
            continue
        if any(t.start < m.start() and t.pos == "verb" for t in triggers):
            continue
        if any(m.end() <= t.start < host[0].start and t.event_type not in ("AID", "MOBILIZE") for t in triggers):
            continue  # the troops do something else ("Kenyan forces attacked bases in Somalia")
        out.append(Trigger(m.start(), m.end(), m.group(0), "AID", "noun", "troops", "pl"))
    return out[:1]


def with_intent(text: str, t: Trigger) -> Trigger:
    """PLOVER codes a stated intention as AGREE (cooperation) or THREATEN (force, coercion, sanctions)."""
    left = left_of(text, t.start)
    if t.event_type == "AGREE" and re.search(
        r"\b(?:failed to|refused to|declined to|did not|do not|does not|will not|won't|would not|cannot|could not)"
        r"\s+(?:\w+ly\s+)?$",
        left,
        re.I,
    ):
        return Trigger(
            t.start, t.end, t.text, "REJECT", t.pos, "not " + t.lemma, t.tense
        )  # "failed to reach agreement"
    if (
        t.pos == "verb"
        and re.search(r"\b(?:will not|won't|would not|refused to|refuses to)\s+(?:\w+ly\s+)?$", left, re.I)
        and t.event_type in ("CONCEDE", "COOPERATE", "AID", "CONSULT", "SUPPORT", "RETREAT")
    ):
        return Trigger(t.start, t.end, t.text, "REJECT", t.pos, "not " + t.lemma, t.tense)  # "will not accept refugees"
    if t.lemma == "rule out" and re.search(r"\b(?:not|never|n't)\s+(?:\w+ly\s+)?$", left, re.I):
        if _FORCE_AFTER.search(text[t.end : t.end + 60]):
            return Trigger(
                t.start, t.end, t.text, "THREATEN", t.pos, "not " + t.lemma, t.tense
            )  # "would not rule out military action"
    if (
        t.pos != "verb"
        or not re.search(r"\b(?:will|would|may|might|could|shall|'ll)\b", left[-60:] + " ", re.I)
        and not _INTENT_BEFORE.search(left)
    ):
        return t
    modal = re.search(r"\b(?:will|would|may|might|could|shall|'ll)\s+(?:\w+ly\s+|also\s+)?$", left, re.I)
    rest = text[t.end :]
    if t.event_type in _THREAT_INTENT and re.search(
        r"\b(?:vowed|vows|swore|sworn|threatened|threatens)\s+to\s+(?:\w+ly\s+)?$", left, re.I
    ):
        return Trigger(t.start, t.end, t.text, "THREATEN", t.pos, t.lemma, t.tense)
    if modal and (
        re.search(r"\bunless\b", rest, re.I) or (t.event_type in _CONFLICT and re.search(r"\bif\b", rest, re.I))
    ):
        return Trigger(t.start, t.end, t.text, "THREATEN", t.pos, t.lemma, t.tense)  # a conditional threat
    if not _INTENT_BEFORE.search(left):
        return t
    if t.event_type in _COOPERATIVE:
        return Trigger(t.start, t.end, t.text, "AGREE", t.pos, t.lemma, t.tense)
    if t.event_type in _THREAT_INTENT and re.search(
        r"\b(?:will|would|shall|'ll|going to|vowed to|threatened to)\s+(?:\w+ly\s+)?$", left_of(text, t.start), re.I
    ):
        return Trigger(t.start, t.end, t.text, "THREATEN", t.pos, t.lemma, t.tense)
    return t


_INVESTIGATORS_SENT = re.compile(
    r"^(?:\s+[\w,-]+){0,12}?\s+(?:inspectors|investigators|monitors|observers|fact-finding|"
    r"to\s+(?:investigate|probe|inspect|monitor|examine|look\s+into|verify))\b",
    re.I,
)


def with_purpose(text: str, t: Trigger) -> Trigger:
    """Sending inspectors or investigators is an investigation (CAMEO 09, PLOVER ACCUSE), not aid."""
    if t.event_type == "AID" and t.pos == "verb" and t.lemma.split(">")[0] in ("send", "dispatch"):
        if _INVESTIGATORS_SENT.match(text[t.end : t.end + 100]):
            return Trigger(t.start, t.end, t.text, "ACCUSE", t.pos, t.lemma, t.tense)
    return t


def demand_triggers(text: str, frames: list[Attribution], actors: list[ActorMention]) -> list[Trigger]:
    """'X said Y must return the helicopter' -> REQUEST (X asks Y); only inside a reported statement."""
    if not any(f.kind == "said" for f in frames):
        return []
    out = []
    for m in _MODAL_DEMAND.finditer(text):
        if any(f.start <= m.start() < f.end for f in frames):
            continue
        before = [a for a in actors if a.end <= m.start() and re.fullmatch(r"[\s\w’'-]{0,40}", text[a.end : m.start()])]
        if before:
            out.append(Trigger(m.start(), m.end(), m.group(0), "REQUEST", "noun", "must", "sg"))
    return out[:1]


_AGENT_NOUN = re.compile(
    r"(?:government|army|military|police|rebels|militants|insurgents|opposition|president|minister|ministry|"
    r"parliament|court|cabinet|junta|regime|authorities|officials|leaders?|troops|forces|soldiers|protesters|"
    r"demonstrators|students|workers|union|party|group|council|commission|administration|envoy|ambassador|"
    r"delegation|coalition|alliance|embassy|spokesman|spokeswoman|spokesperson|prosecutors?|judges?|navy|guerrillas)",
    re.I,
)


def is_finite(text: str, t: Trigger) -> bool:
    """Whether a verb cue heads a clause (not an infinitive, gerund or participle used as an adjective)."""
    if t.pos != "verb":
        return False
    left = left_of(text, t.start)
    if re.search(r"\bto\s+(?:\w+ly\s+)?$", left, re.I):
        return False
    if t.tense == "ing":
        return bool(re.search(r"\b(?:is|are|was|were|be|been|am)\s+(?:\w+ly\s+)?$", left, re.I))
    if t.tense in ("pp", "past"):
        det = re.search(r"\b(?:the|a|an|its|their|his|her)\s+(?:(\w+)\s+)?$", left, re.I)
        if det and not (det.group(1) and (det.group(1)[0].isupper() or _AGENT_NOUN.fullmatch(det.group(1)))):
            return False  # "the reported attack", "a letter handed over"; not "the government agreed"
    if _FINITE_LEFT.search(left) and t.tense in ("base",):
        return False
    return True


_PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "rioter", "striker"})
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$", re.I)


def is_patient_noun(text: str, t: Trigger) -> bool:
    """ "Detained protesters were subjected to beatings": protesters to whom something is done."""
    return t.lemma in _PROTESTER_NOUNS and bool(re.match(r"\s+(?:were|was|had been|have been|are|is)\b", text[t.end :]))


def _protesters_acting(text: str, group: list[Trigger], main: Trigger) -> Trigger:
    """ "Demonstrators ... ransacked a parliament building": violence by protesters is a violent protest
    (CAMEO 145), coded PROTEST, and their demand is not the event."""
    if main.event_type not in ("ASSAULT", "COERCE", "REQUEST") or main.pos != "verb":
        return main
    if _PASSIVE_BEFORE.search(text[max(0, main.start - 30) : main.start]):
        return main  # "protesters were beaten": done to them
    subject = [t for t in group if t.start < main.start and t.event_type == "PROTEST" and t.lemma in _PROTESTER_NOUNS]
    if not subject:
        return main
    return Trigger(main.start, main.end, main.text, "PROTEST", main.pos, main.lemma, main.tense)


# An event noun as the object of a verb that carries no meaning of its own ("launched a hunger strike",
# "enforced a nationwide hartal", "mounted an offensive"): the noun is the clause's event.
_LIGHT_VERB_OBJECT = re.compile(
    r"\b(?:launch|stage|hold|held|carr(?:y|ied) out|conduct|enforce|impose|declare|mount|beg[iau]n|start|call|"
    r"announce|order|organi[sz]e|led|lead|wage|waged|resume|continue|join|went on|go on|threaten|plan|"
    r"undert(?:ake|ook)|"
    r"unleash|step(?:ped)? up|escalate|intensif(?:y|ied)|observe|observed|sign|signed|reach|reached|make|made|"
    r"issue|issued|lodge|lodged|file|filed|open|opened|pay|paid)"
    r"(?:s|es|ed|d|ing)?\s+(?:an?|the|its|their|his|her|a\s+new|fresh)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)


# A relative clause set off by commas inside the main clause: its verb is not the clause's event.
RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|whose)\b[^,;:]{3,120},(?=\s*(?:\w+\s+){0,2}\w)")


def split_clauses(text: str, triggers: list[Trigger], frames: list[Attribution]) -> list[Clause]:
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
            if _CLAUSE_BOUNDARY.search(between) and is_finite(text, t):
                b = list(_CLAUSE_BOUNDARY.finditer(between))[-1]
                groups.append(current)
                group_starts.append(start)
                start = last.end + b.end()
                current = []
        current.append(t)
    if current:
        groups.append(current)
        group_starts.append(start)
    clauses: list[Clause] = []
    asides = [(m.start(), m.end()) for m in RELATIVE_ASIDE.finditer(text)]
    for i, (group, gstart) in enumerate(zip(groups, group_starts, strict=True)):
        finite = [t for t in group if is_finite(text, t)]
        outside = [t for t in finite if not any(a <= t.start < b for a, b in asides)]
        finite = outside or finite  # "Hamas, which has fought Israel since 1987, agreed to talks": the main verb
        main = finite[0] if finite else group[0]
        first = group[0]
        if (
            first.pos == "noun"
            and main is not first
            and _LIGHT_VERB_OBJECT.search(text[max(gstart, first.start - 80) : first.start])
            and not any(t.pos == "verb" and t.start < first.start for t in group)
        ):
            main = first  # "launched an open-ended hunger strike ... to demand family visits": the noun is the event
        in_aside = any(a <= group[0].start < b for a, b in asides)
        if (
            finite
            and group[0].start < main.start
            and not in_aside
            and SUBORDINATE.search(text[group[0].end : main.start])
        ):
            main = group[0]  # "Italy announced a suspension ..., one day after a Serbian jet shot down ..."
        governing = [
            t
            for t in group
            if t.start < main.start
            and t.event_type in SPEECH_ACT_TYPES
            and re.search(r"\b(?:that|to)\b", text[t.end : main.start])
        ]
        if governing:
            main = governing[0]
        main = _protesters_acting(text, group, main)
        if is_patient_noun(text, main):
            later = [t for t in group if t.start > main.start]
            if later:
                main = later[0]  # "Detained protesters were subjected to beatings": done to them
        end = group_starts[i + 1] if i + 1 < len(groups) else len(text)
        span_start = 0 if i == 0 else gstart + (len(text[gstart:]) - len(text[gstart:].lstrip()))
        others = tuple(t for t in group if t is not main)
        clauses.append(Clause(main, min(gstart, main.start), end, span_start, others))
    return clauses
