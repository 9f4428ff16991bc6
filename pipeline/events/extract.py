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
from pipeline.events.actors import ActorMention, country_name, find_actors, normalize_actor
from pipeline.events.attribution import Attribution, find_attributions
from pipeline.events.certainty import certainty_of, find_cues, strongest
from pipeline.events.dates import choose_event_date, reference_day
from pipeline.events.model import Certainty, EventMention
from pipeline.events.quantities import Quantity, find_quantities
from pipeline.events.sentences import Sentence, split_sentences
from pipeline.events.triggers import Trigger, find_triggers

# Words that make the actor after them a place rather than a participant.
_LOCATION_PREP = re.compile(r"\b(?:in|at|near|outside|inside|across|throughout|within|around|from)\s+(?:the\s+)?$", re.I)
_PROVENANCE = re.compile(
    r"\b(?:troops|soldiers|forces|personnel|fighters|missiles|weapons|arms|shells|ammunition|drones|rockets|"
    r"equipment|aid|supplies|delegation|officials|envoys?|diplomats)\s*$",
    re.I,
)
_TROOPS_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,1}(?:troops|soldiers|forces|service members|personnel|servicemen|fighters|units)\b", re.I
)
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


def _left(text: str, end: int, width: int = 120) -> str:
    """The text just before `end`: left-context patterns never need more, and long sentences stay linear."""
    return text[max(0, end - width) : end]


@dataclass
class ArticleContext:
    """What earlier sentences of the same article tell later ones."""

    full_names: dict[str, str] = field(default_factory=dict)  # surname -> full name
    person_codes: dict[str, str] = field(default_factory=dict)  # person name (and surname) -> state or body
    last_person: str | None = None
    last_person_code: str | None = None
    reported_paragraph: bool = False
    last_speaker_code: str | None = None
    reference: str | None = None  # the day the article reports on  # an "according to" frame still governs this paragraph
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
    ctx = ArticleContext(reference=reference_day(temporal, anchor))
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
    if index > 0 and "\n" in body[sentences[index - 1].end : sent.start]:
        ctx.reported_paragraph = False
    actors = find_actors(text)
    _remember_names(actors, text, ctx)
    actors = _with_learned_people(text, actors, ctx)
    frames = find_attributions(text)
    _remember_speakers(frames, ctx)
    triggers = [
        _with_intent(text, t) for t in find_triggers(text) if not _inside_frame_or_name(t, frames, actors, text)
    ]
    demands = [d for d in _demand_triggers(text, frames, actors) if not any(t.start < d.start for t in triggers if t.pos == "verb")]
    if demands:  # "Y must agree to ..." is the speaker's demand, not Y's agreement
        triggers = [t for t in triggers if not any(d.start <= t.start < d.end for d in demands)] + demands
    presence = _troop_presence_triggers(text, actors, triggers)
    triggers.sort(key=lambda t: t.start)
    own_frame = bool(frames)
    carried_report = ctx.reported_paragraph and not own_frame
    if any(f.kind == "according_to" for f in frames):
        ctx.reported_paragraph = True
    elif own_frame:
        ctx.reported_paragraph = False
    if not triggers and not presence:
        return []
    cues = find_cues(text)
    quantities = find_quantities(text)
    clauses = _clauses(text, triggers, frames) if triggers else []
    clauses += [_Clause(t, 0, len(text), 0) for t in presence]
    out: list[EventMention] = []
    seen: set[tuple[str, str | None, str | None]] = set()
    for clause in clauses:
        t = clause.trigger
        source, target = _participants(text, clause, actors, frames, ctx)
        if source is None and target is None and not (_is_finite(text, t) and _POLITICAL_ACTOR.search(text)):
            continue  # without participants, only a political actor we could not code makes it an event
        if t.event_type == "MOBILIZE" and _sent_abroad(text, clause, actors, source, target):
            t = Trigger(t.start, t.end, t.text, "AID", t.pos, t.lemma, t.tense)  # troops sent to another state
        key = (t.event_type, source, target)
        if key in seen:
            continue
        seen.add(key)
        certainty = _certainty(text, t, cues, frames, source)
        if carried_report:
            certainty = strongest(certainty, "reported")
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
            event_date=choose_event_date(
                body, sentences, index, sent.start + t.start, t, anchor, temporal, ctx.reference,
                [(sent.start + f.start, sent.start + f.end) for f in frames],
            ),
            sentence=text,
            start=sent.start + clause.span_start,
            end=sent.start + clause.end,
        )
        out.append(mention)
        if source:
            ctx.last_source = source
        if t.event_type == "ACCUSE" and source:
            ctx.accusers.append(source)
    out.sort(key=lambda m: (m.start, m.end))
    return out


_TITLED_NAME = re.compile(
    r"^(?:['’]s)?\s+(?:(?:[A-Z][a-z]+\.?|[a-z]+)\s+){0,4}?"
    r"(?:President|Minister|Secretary|Spokesperson|Spokesman|Spokeswoman|Ambassador|Envoy|Chief|Leader|Premier|"
    r"Chancellor|General|Gen\.|Commander|Adviser|Advisor|Governor|Mayor|Senator|official|spokesperson|spokesman|"
    r"spokeswoman|minister|president|envoy|ambassador|leader|chief|commander|adviser|advisor)\s+"
    r"([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})"
)


def _with_learned_people(text: str, actors: list[ActorMention], ctx: ArticleContext) -> list[ActorMention]:
    """People the article introduced with their state ("Ukrainian Foreign Minister Andrii Sybiha") act for it
    when they are named again ("Sybiha said")."""
    for a in actors:
        if a.kind in ("state", "capital", "institution"):
            m = _TITLED_NAME.match(text[a.end :])
            if m and normalize_actor(m.group(1)) is None:
                name = m.group(1)
                ctx.person_codes.setdefault(name, a.code)
                ctx.person_codes.setdefault(name.split()[-1], a.code)
                ctx.full_names.setdefault(name.split()[-1], name)
    if not ctx.person_codes:
        return actors
    extra: list[ActorMention] = []
    for name, code in ctx.person_codes.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(a.start <= m.start() < a.end or m.start() <= a.start < m.end() for a in actors + extra):
                extra.append(ActorMention(m.start(), m.end(), name, code, "official"))
    return sorted(actors + extra, key=lambda a: a.start) if extra else actors


def _sent_abroad(
    text: str, clause: _Clause, actors: list[ActorMention], source: str | None, target: str | None
) -> bool:
    """Deployed in or to another state's territory ("deployed to Russia's Kursk region") rather than at home."""
    if not source or not target or source == target or len(target) != 3 or not target.isupper():
        return False
    for a in actors:
        if a.code == target and clause.start <= a.start < clause.end and a.start > clause.trigger.end:
            return bool(re.search(r"\b(?:in|to|into|inside)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}$", _left(text, a.start)))
    return False


def _remember_speakers(frames: list[Attribution], ctx: ArticleContext) -> None:
    """Who speaks for whom: 'Jane Roe, the Freedonian envoy, said' teaches us Roe -> Freedonia."""
    for f in frames:
        if f.kind == "said" and _frame_code(f, ctx):
            ctx.last_speaker_code = _frame_code(f, ctx)
        name = f.speaker
        if name and " " not in name and name in ctx.full_names:
            name = ctx.full_names[name]
        code = f.speaker_code
        if name and f.is_person:
            if code:
                ctx.person_codes.setdefault(name, code)
                ctx.person_codes.setdefault(name.split()[-1], code)
            ctx.last_person = name
            ctx.last_person_code = code or ctx.person_codes.get(name) or ctx.person_codes.get(name.split()[-1])
        elif name is None and f.is_person and ctx.last_person_code:
            pass  # a pronoun keeps the last person


def _frame_code(f: Attribution, ctx: ArticleContext) -> str | None:
    if f.speaker_code:
        return f.speaker_code
    if f.is_person and f.speaker is None:
        return ctx.last_person_code
    if f.speaker:
        return ctx.person_codes.get(f.speaker) or ctx.person_codes.get(f.speaker.split()[-1])
    return None


def _remember_names(actors: list[ActorMention], text: str, ctx: ArticleContext) -> None:
    for a in actors:
        if a.kind == "official" and " " in a.text:
            ctx.full_names.setdefault(a.text.split()[-1], a.text)
        if a.kind == "official":
            ctx.person_codes.setdefault(a.text, a.code)
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
        prev = _left(text, t.start).rstrip()
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
            and re.search(r"\b(?:in|to|into|on|inside)\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|\w+ern|front-line)\s+){0,4}$", text[m.end() : a.start])
        ]
        if not host or not re.search(r"\b(?:in|to|into|inside|on)\b", window):
            continue
        if any(t.start < m.start() and t.event_type != "AID" and t.pos == "verb" for t in triggers):
            continue
        if any(m.end() <= t.start < host[0].start and t.event_type not in ("AID", "MOBILIZE") for t in triggers):
            continue  # the troops do something else ("Kenyan forces attacked bases in Somalia")
        out.append(Trigger(m.start(), m.end(), m.group(0), "AID", "noun", "troops", "pl"))
    return out[:1]


_SUBORDINATE = re.compile(
    r"\b(?:after|before|since|when|because|while|until|following|amid|if|unless|although|though|where|which|who|whom)\b",
    re.I,
)
_INTENT_BEFORE = re.compile(
    r"\b(?:will|would|shall|'ll|going to|plans? to|planned to|planning to|intends? to|intended to|ready to|"
    r"prepared to|willing to|swore to|sworn to|offered to|offers? to|pledged to|pledges? to|promised to|promises? to|vowed to|"
    r"agreed to|agrees? to|expects? to|hopes? to|wants? to|seeks? to|sought to)\s+(?:\w+ly\s+|also\s+|not\s+)?$",
    re.I,
)
_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
_THREAT_INTENT = frozenset({"ASSAULT", "COERCE"})
_CONFLICT = frozenset({"SANCTION", "COERCE", "ASSAULT", "REJECT", "RETREAT", "PROTEST"})


def _with_intent(text: str, t: Trigger) -> Trigger:
    """PLOVER codes a stated intention as AGREE (cooperation) or THREATEN (force, coercion, sanctions)."""
    left = _left(text, t.start)
    if t.event_type == "AGREE" and re.search(r"\b(?:failed to|refused to|declined to|did not|do not|does not|will not|won't|would not|cannot|could not)\s+(?:\w+ly\s+)?$", left, re.I):
        return Trigger(t.start, t.end, t.text, "REJECT", t.pos, "not " + t.lemma, t.tense)  # "failed to reach agreement"
    if t.pos == "verb" and re.search(r"\b(?:will not|won't|would not|refused to|refuses to)\s+(?:\w+ly\s+)?$", left, re.I) and t.event_type in ("CONCEDE", "COOPERATE", "AID", "CONSULT", "SUPPORT"):
        return Trigger(t.start, t.end, t.text, "REJECT", t.pos, "not " + t.lemma, t.tense)  # "will not accept refugees"
    if t.pos != "verb" or not re.search(r"\b(?:will|would|may|might|could|shall|'ll)\b", left[-60:] + " ", re.I) and not _INTENT_BEFORE.search(left):
        return t
    modal = re.search(r"\b(?:will|would|may|might|could|shall|'ll)\s+(?:\w+ly\s+|also\s+)?$", left, re.I)
    rest = text[t.end :]
    if t.event_type in _THREAT_INTENT and re.search(r"\b(?:vowed|vows|swore|sworn|threatened|threatens)\s+to\s+(?:\w+ly\s+)?$", left, re.I):
        return Trigger(t.start, t.end, t.text, "THREATEN", t.pos, t.lemma, t.tense)
    if modal and (re.search(r"\bunless\b", rest, re.I) or (t.event_type in _CONFLICT and re.search(r"\bif\b", rest, re.I))):
        return Trigger(t.start, t.end, t.text, "THREATEN", t.pos, t.lemma, t.tense)  # a conditional threat
    if not _INTENT_BEFORE.search(left):
        return t
    if t.event_type in _COOPERATIVE:
        return Trigger(t.start, t.end, t.text, "AGREE", t.pos, t.lemma, t.tense)
    if t.event_type in _THREAT_INTENT and re.search(r"\b(?:will|would|shall|'ll|going to|vowed to|threatened to)\s+(?:\w+ly\s+)?$", _left(text, t.start), re.I):
        return Trigger(t.start, t.end, t.text, "THREATEN", t.pos, t.lemma, t.tense)
    return t


_MODAL_DEMAND = re.compile(r"\b(?:must|should|has to|have to|needs? to|ought to)\s+(?:\w+ly\s+)?(?:not\s+)?[a-z]+", re.I)


def _demand_triggers(text: str, frames: list[Attribution], actors: list[ActorMention]) -> list[Trigger]:
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


def _is_finite(text: str, t: Trigger) -> bool:
    if t.pos != "verb":
        return False
    left = _left(text, t.start)
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
        if finite and group[0].start < main.start and _SUBORDINATE.search(text[group[0].end : main.start]):
            main = group[0]  # "Italy announced a suspension ..., one day after a Serbian jet shot down ..."
        governing = [
            t for t in group
            if t.start < main.start and t.event_type in _SPEECH_ACT_TYPES
            and re.search(r"\b(?:that|to)\b", text[t.end : main.start])
        ]
        if governing:
            main = governing[0]
        end = group_starts[i + 1] if i + 1 < len(groups) else len(text)
        span_start = 0 if i == 0 else gstart + (len(text[gstart:]) - len(text[gstart:].lstrip()))
        clauses.append(_Clause(main, min(gstart, main.start), end, span_start))
    return clauses


def _usable(a: ActorMention, text: str, frames: list[Attribution]) -> bool:
    if a.kind == "place":
        return False
    if any(f.start <= a.start < f.end for f in frames):
        return False
    before = _left(text, a.start)
    prep = _LOCATION_PREP.search(before)
    if prep and prep.group(0).lower().startswith("from") and _PROVENANCE.search(before[: prep.start()]):
        return True  # "troops from the DPRK": whose troops, not where
    return not prep


_GOODS_AFTER = re.compile(
    r"^['’]?s?\s*(?:(?!(?:with|of|to|and|in|on|for|by|from|at|into)\b)[\w-]+\s+){0,1}(?:missiles?|weapons?|arms|shells?|ammunition|drones?|rockets?|equipment|tanks?|"
    r"artillery|munitions|technology|goods|products|exports?|aid|supplies|oil|gas|grain)\b",
    re.I,
)
_NEAR_BY = re.compile(r"^(?:\s+(?:of|on|in|against|the|a|an|[\w-]+)){0,3}\s+by\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$", re.I)
_ATTACK_NOUN_AFTER = re.compile(
    r"^['’]?s?\s*(?:[\w-]+\s+){0,2}(?:strike|strikes|attack|attacks|shelling|bombing|raid|airstrike|fire|offensive)\b",
    re.I,
)
_SECTOR_AFTER = re.compile(
    r"^(?:['’]s)?\s*(?:[\w-]+\s+){0,2}(?:rebels?|refugees?|opposition|police|government|authorities|workers|students|"
    r"forces|troops|army|military|soldiers|civilians|protesters|demonstrators|leaders?|president|court|parliament|"
    r"minority|guerrillas?|militants?|insurgents?|separatists?|villagers|prisoners|officials?|citizens|nationals|"
    r"groups?|factions?|movement|party|militias?|unions?|activists|journalists|youths|people|residents|farmers|"
    r"minister|ministry|premier|chancellor|governor|mayor|commission|council|assembly|parliament)\b",
    re.I,
)
_DOMESTIC_GROUP = re.compile(
    r"^[^.;]{0,60}?\b(?:rebels|opposition|students|workers|refugees|protesters|demonstrators|guerrillas|militants|"
    r"insurgents|separatists|villagers|prisoners|detainees|dissidents|strikers|activists|tribesmen|clans?|"
    r"(?:President|Prime Minister|Premier|Governor|Mayor|leader)\s+[A-Z]\w+)\b"
)
_POLITICAL_ACTOR = re.compile(
    r"\b(?:government|governments|rebels?|police|army|armies|troops|forces|military|militia|militias|president|"
    r"minister|ministers|ministry|officials?|authorities|parliament|court|party|opposition|protesters|"
    r"demonstrators|militants?|guerrillas?|guerillas|soldiers|leaders?|embassy|diplomats?|insurgents?|separatists?|"
    r"regime|junta|council|union|unions|workers|strikers|students|refugees|prisoners|hostages|police|"
    r"(?:President|Minister|Premier|General|Gen\.|Sheikh|King|Emir|Prince)\s+[A-Z]\w+)\b",
    re.I,
)
_COORDINATION_GAP = re.compile(r"^(?:['’]s?)?[^.;:!?]{0,80}$")
_MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE"})
_SPEECH_ACT_TYPES = frozenset({"THREATEN", "ACCUSE", "REQUEST", "SUPPORT", "REJECT"})


def _subject(left: list[ActorMention], text: str) -> ActorMention | None:
    """The clause subject: the actor nearest the verb, walking back over coordinations and appositions
    ("South Korean Minister Kim and the EU's chief, Josep Borrell, said" -> the first of them)."""
    heads = [a for a in left if not _GOODS_AFTER.match(text[a.end :])]  # not "North Korean missiles"
    left = heads or left
    if not left:
        return None
    i = len(left) - 1
    while i > 0:
        gap = text[left[i - 1].end : left[i].start]
        joined = re.search(r",|\band\b|\bor\b|\bas well as\b|[–—(]", gap) or left[i - 1].code == left[i].code
        short = len(gap.split()) <= 6 and not _SUBORDINATE.search(gap)
        in_phrase = _PREPOSITION_LEAD.search(_segment_before(text, left[i - 1].start))
        if _COORDINATION_GAP.match(gap) and joined and short and not in_phrase and not _has_verb(gap):
            i -= 1
            continue
        break
    return left[i]


_PREPOSITION_LEAD = re.compile(r"^\s*(?:on|in|at|from|during|after|before|under|across|along|near|over)\b", re.I)


def _segment_before(text: str, pos: int) -> str:
    """The words before `pos` since the last comma: "On the eastern Ukrainian front, Russia ..." -> "On the eastern "."""
    left = _left(text, pos)
    cut = max(left.rfind(","), left.rfind(";"), left.rfind("—"))
    return left[cut + 1 :]


def _has_verb(gap: str) -> bool:
    return bool(re.search(r"\b(?:is|are|was|were|has|have|had|will|would|said|says)\b", gap)) or any(
        t.pos == "verb" for t in find_triggers(gap)
    )


def _participants(
    text: str, clause: _Clause, actors: list[ActorMention], frames: list[Attribution], ctx: ArticleContext
) -> tuple[str | None, str | None]:
    t = clause.trigger
    if t.lemma == "troops":
        home = [a for a in actors if a.end <= t.start][-1].code
        host = [a for a in actors if a.start >= t.end and a.code != home and len(a.code) == 3]
        return home, host[0].code if host else None
    usable = [a for a in actors if _usable(a, text, frames)]
    left = [a for a in usable if clause.start <= a.start and a.end <= t.start]
    right_all = [a for a in usable if t.end <= a.start < clause.end]
    right = [
        a for a in right_all
        if not _BY_BEFORE.search(text[t.end : a.start]) and not _GOODS_AFTER.match(text[a.end :])
    ]
    passive = (
        t.pos == "verb" and t.tense in ("pp", "past") and _BE_BEFORE.search(_left(text, t.start))
        and not re.match(r"\s+(?:to|about|over|at|with|that|of)\b", text[t.end :], re.I)
    )
    if passive:
        agents = [a for a in right_all if re.search(r"\bby\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", text[t.end : a.start])]
        if not agents:
            agents = [a for a in right_all if _ATTACK_NOUN_AFTER.match(text[a.end :])]
        source = agents[0].code if agents else None
        patient = _subject(left, text)
        target = patient.code if patient else None
        if source is None and patient is not None and _TROOPS_AFTER.match(text[patient.end :]):
            # "North Korean soldiers are deployed in Russia's Kursk region": whose troops, sent where
            hosts = [a for a in actors if t.end <= a.start < clause.end and a.code != patient.code and len(a.code) == 3]
            return patient.code, hosts[0].code if hosts else None
        return source, target if target != source else None

    source_m: ActorMention | None
    speech = _speech_source(text, t, frames, ctx)
    own_frame = next((f for f in frames if f.kind == "said" and f.start <= t.start < f.end), None)
    if t.pos == "noun":
        # "North Korea's transfer of missiles to Russia", "the attack on Kyiv by Russian forces"
        possessor = [a for a in left if re.fullmatch(r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}", text[a.end : t.start])]
        agents = [a for a in right_all if _NEAR_BY.match(text[t.end : a.start])]
        if agents:
            source_m = agents[0]
        elif speech is not None and t.event_type in _SPEECH_ACT_TYPES:
            source_m = None
        elif possessor:
            source_m = possessor[-1]
        else:
            source_m = _subject(left, text)
    else:
        source_m = _subject(left, text)
    source = source_m.code if source_m else None
    if source is None and own_frame is not None and _frame_code(own_frame, ctx):
        source = _frame_code(own_frame, ctx)  # "He insisted that ...": the speaker's own act
    if source is None and speech is not None and t.event_type in _SPEECH_ACT_TYPES:
        source = speech
    if source is None:
        earlier = [a for a in usable if a.end <= t.start and not any(f.start <= a.start < f.end for f in frames)]
        pronoun = _PRONOUN_SUBJECT.search(text[clause.start : t.start]) or re.search(
            r"\b(?:its|their|his|her|our)\s+(?:\w+\s+){0,2}$", text[clause.start : t.start], re.I
        )
        framed = next((f for f in frames if f.kind == "said" and f.end <= t.start), None)
        if pronoun and framed is not None and _frame_code(framed, ctx):
            source = _frame_code(framed, ctx)  # "Iraq said it would allow ..."
        elif earlier and not pronoun:
            source = earlier[0].code
        elif pronoun and re.search(r"\b(?:we|our|i)\b", pronoun.group(0), re.I):
            source = ctx.last_speaker_code  # "we" in a quote is the speaker
        elif pronoun or re.match(r"\s*$", _left(text, t.start)):
            source = ctx.last_source
    target = None
    if t.event_type in _SYMMETRIC_TYPES and source_m is not None:
        partners = [a for a in left if a.code != source and a.start > source_m.start]
        if partners and re.search(r"\b(?:and|with)\b", text[source_m.end : partners[0].start]):
            target = partners[0].code
    if target is None and right and re.fullmatch(r"\s+(?:the\s+|a\s+|its\s+|their\s+)?", text[t.end : right[0].start]):
        if source_m is None or right[0].start != source_m.start:
            target = right[0].code  # the direct object, even of the source's own state
    if target is None:
        for a in right:
            if a.code != source and (source_m is None or a.start != source_m.start):
                target = a.code
                break
    if target is None and source_m is None and source is not None:
        # "The DPRK should be a growing concern, she said": the speaker's concern is about the subject.
        others = [a for a in left if a.code != source]
        target = others[0].code if others else None
    if target is None and t.event_type == "REJECT" and _ACCUSATION_OBJECT.search(text[t.end : t.end + 40]):
        others = [c for c in reversed(ctx.accusers) if c != source]
        target = others[0] if others else None
    if source is None:
        where = [
            a for a in actors
            if clause.start <= a.start and a.end <= t.start and _LOCATION_PREP.search(_left(text, a.start)) and len(a.code) == 3
            and not any(f.start <= a.start < f.end for f in frames)
        ]
        if where:
            source = where[-1].code  # "Demonstrators in Baghdad blocked a road"
    if source is None:
        framed = next((f for f in frames if f.kind == "said" and f.start == 0 and f.end <= t.start), None)
        if framed is not None:
            source = _frame_code(framed, ctx)  # "Italy announced a suspension of air links ..."
    if target is None:
        # A distinct actor of the source's own state ("the government ... Turkish Kurd refugees").
        same = [a for a in right if a.code == source and (source_m is None or a.start != source_m.start)]
        if same and (same[0].kind == "official" or _SECTOR_AFTER.match(text[same[0].end :])):
            target = same[0].code
    if target is None and source is not None and len(source) == 3:
        # An unnamed domestic group right after the cue ("accepted demands from Shona rebels") is of the
        # source's own state unless an actor names another one first.
        group = _DOMESTIC_GROUP.search(text[t.end : clause.end])
        if group and not any(t.end <= a.start < t.end + group.start() for a in usable):
            target = source
    if target is None:
        agents = [a for a in right_all if _BY_BEFORE.search(text[t.end : a.start]) and a.code != source]
        if agents and t.event_type in _VERBAL_TYPES | {"CONCEDE"}:
            target = agents[0].code  # "rejected calls by Belarus"
    if target is None:
        where = [
            a for a in actors
            if t.end <= a.start < clause.end and (a.kind == "place" or _LOCATION_PREP.search(_left(text, a.start)))
            and not any(f.start <= a.start < f.end for f in frames) and len(a.code) == 3 and a.code.isupper()
        ]
        if where and (where[0].code != source or t.event_type not in _MATERIAL_CONFLICT):
            target = where[0].code
    return source, target


def _speech_source(text: str, t: Trigger, frames: list[Attribution], ctx: ArticleContext) -> str | None:
    """The state or body of the speaker whose words hold the trigger, if any."""
    for f in frames:
        if f.kind == "said" and not (f.start <= t.start < f.end):
            return _frame_code(f, ctx)
    return None


def _certainty(
    text: str, t: Trigger, cues: list, frames: list[Attribution], source: str | None
) -> Certainty:
    denial = t.event_type == "REJECT" or t.lemma.startswith("not ")
    level: Certainty = certainty_of(text, t.start, t.end, is_denial_trigger=denial, cues=cues)
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
        prep = _LOCATION_PREP.search(_left(text, a.start))
        if a.kind == "place" or (prep and not prep.group(0).lower().startswith("from") and a.kind in ("capital", "state")):
            label = country_name(a.code) if a.kind == "state" else a.text
            candidates.append((a.start, f"{label} ({a.code})"))
    for m in _REGION.finditer(text):
        if not any(a.start == m.start(1) for a in actors):
            candidates.append((m.start(1), m.group(1)))
    if not candidates:
        return None
    places = {a.start for a in actors if a.kind == "place"} | {m.start(1) for m in _REGION.finditer(text)}
    return min(
        candidates, key=lambda c: (not (clause.start <= c[0] < clause.end), c[0] not in places, abs(c[0] - t.start))
    )[1]
