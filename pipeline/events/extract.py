"""Event mentions in an article body: one per clause that holds an event cue.

Rule-based and dependency-light: our sentence splitter, actor gazetteer, trigger lexicon and a few clause
patterns. For each sentence: find attribution frames, triggers and actors; pick one main trigger per clause;
take the source from the clause's subject (or the "by" phrase of a passive), the target from the first actor
after the trigger; then location, quantity, certainty, speaker and date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from pipeline.dates.model import TemporalExpression
from pipeline.events import eventness
from pipeline.events.actors import ActorMention, country_name, find_actors, normalize_actor
from pipeline.events.attribution import Attribution, find_attributions
from pipeline.events.certainty import certainty_of, find_cues, strongest
from pipeline.events.clauses import (
    Clause,
    demand_triggers,
    inside_frame_or_name,
    is_finite,
    is_patient_noun,
    split_clauses,
    troop_presence_triggers,
    with_intent,
    with_purpose,
)
from pipeline.events.context import ArticleContext, frame_code, left_of
from pipeline.events.dates import choose_event_date, reference_day
from pipeline.events.model import Certainty, EventMention
from pipeline.events.participants import (
    LOCATION_PREP,
    SHOW_OF_FORCE,
    joint_exercise_partner,
    participants,
    political_mention,
    sent_abroad,
)
from pipeline.events.quantities import Quantity, find_quantities
from pipeline.events.sentences import Sentence, split_sentences
from pipeline.events.triggers import VERBAL_TYPES, WORD_CLASSES, Trigger, find_triggers

_REGION = re.compile(r"\b([A-Z][\w'-]+)\s+(?:region|oblast|Oblast|province|Province|district|governorate)\b")


def extract_event_mentions(
    body: str,
    anchor: dt.date | None,
    temporal: Sequence[TemporalExpression],
    *,
    min_confidence: float | None = None,
) -> list[EventMention]:
    """Event mentions in one article body.

    Clauses the eventness gates stop (confidence 0) are never returned. On a page (at least
    `eventness.MIN_PAGE_SENTENCES` sentences), clauses below `min_confidence` (default: the fitted threshold)
    are not returned either; a shorter text has no page evidence to fit a threshold on, and keeps every clause
    with its confidence.
    """
    coded, n_sentences = _code_body(body, anchor, temporal)
    threshold = eventness.model().threshold if min_confidence is None else min_confidence
    if min_confidence is None and n_sentences < eventness.MIN_PAGE_SENTENCES:
        threshold = min(threshold, 0.001)
    return [m for m, _ in coded if m.confidence > 0.0 and m.confidence >= threshold]


def coded_clauses(
    body: str, anchor: dt.date | None, temporal: Sequence[TemporalExpression]
) -> list[tuple[EventMention, tuple[float, ...]]]:
    """Every clause the coder codes, with its confidence set and its eventness feature vector (no threshold)."""
    return _code_body(body, anchor, temporal)[0]


def _code_body(
    body: str, anchor: dt.date | None, temporal: Sequence[TemporalExpression]
) -> tuple[list[tuple[EventMention, tuple[float, ...]]], int]:
    """The coded clauses of a body and its number of sentences."""
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()  # a timestamp's time of day says nothing about the event
    # Only expressions that point into this body can govern its clauses.
    temporal = [e for e in temporal if 0 <= e.start < e.end <= len(body)]
    ctx = ArticleContext(reference=reference_day(temporal, anchor))
    sentences = split_sentences(body)
    starts, ends = [s.start for s in sentences], [s.end for s in sentences]
    political = eventness.political_sentences(body, starts, ends)
    share = len(political) / len(sentences) if sentences else 0.0
    attributed = len(eventness.attributed_sentences(body, starts, ends)) / len(sentences) if sentences else 0.0
    page = _Page(body, sentences, anchor, temporal, share, political, attributed)
    coded: list[tuple[EventMention, tuple[float, ...]]] = []
    for index in range(len(sentences)):
        coded.extend(_sentence_events(page, index, ctx))
    return coded, len(sentences)


@dataclasses.dataclass(frozen=True)
class _Page:
    """What every sentence of one body shares."""

    body: str
    sentences: list[Sentence]
    anchor: dt.date | None
    temporal: Sequence[TemporalExpression]
    political_share: float
    political: frozenset[int]  # indices of the sentences that use the political vocabulary
    attributed_share: float  # share of the sentences that attribute what they say ("said", "according to")


def _sentence_events(page: _Page, index: int, ctx: ArticleContext) -> list[tuple[EventMention, tuple[float, ...]]]:
    sentences = page.sentences
    sent = sentences[index]
    text = sent.text
    if index > 0 and "\n" in page.body[sentences[index - 1].end : sent.start]:
        ctx.reported_paragraph = False
    actors = [a for a in find_actors(text) if political_mention(a, text)]  # not "the Kenyan runner"
    _remember_names(actors, text, ctx)
    actors = _with_learned_people(text, actors, ctx)
    frames = [_political_frame(f) for f in find_attributions(text)]
    _remember_speakers(frames, ctx)
    triggers = _triggers(text, frames, actors)
    presence = troop_presence_triggers(text, actors, triggers)
    own_frame = bool(frames)
    carried_report = ctx.reported_paragraph and not own_frame
    if any(f.kind == "according_to" for f in frames):
        ctx.reported_paragraph = True
    elif own_frame:
        ctx.reported_paragraph = False
    if not triggers and not presence:
        return []
    clauses = split_clauses(text, triggers, frames) if triggers else []
    clauses += [Clause(t, 0, len(text), 0) for t in presence]
    scene = _Scene(text, actors, frames, find_cues(text), find_quantities(text), carried_report)
    out: list[tuple[EventMention, tuple[float, ...]]] = []
    seen: set[tuple[str, str | None, str | None]] = set()
    for clause in clauses:
        coded = _code_clause(page, index, scene, clause, ctx)
        if coded is None:
            continue
        mention, vector = coded
        key = (mention.event_type, mention.source_actor, mention.target_actor)
        if key in seen:
            continue
        seen.add(key)
        out.append(coded)
        if mention.source_actor:
            ctx.last_source = mention.source_actor
        if mention.event_type == "ACCUSE" and mention.source_actor:
            ctx.accusers.append(mention.source_actor)
    out.sort(key=lambda pair: (pair[0].start, pair[0].end))
    return out


def _triggers(text: str, frames: list[Attribution], actors: list[ActorMention]) -> list[Trigger]:
    """The sentence's cues, outside attribution frames and names, with demands read as the speaker's."""
    triggers = [
        with_intent(text, with_purpose(text, t))
        for t in find_triggers(text)
        if not inside_frame_or_name(t, frames, actors, text)
    ]
    demands = [
        d
        for d in demand_triggers(text, frames, actors)
        if not any(t.start < d.start for t in triggers if t.pos == "verb")
    ]
    if demands:  # "Y must agree to ..." is the speaker's demand, not Y's agreement
        triggers = [t for t in triggers if not any(d.start <= t.start < d.end for d in demands)] + demands
    return sorted(triggers, key=lambda t: t.start)


@dataclasses.dataclass(frozen=True)
class _Scene:
    """What one sentence offers every clause in it."""

    text: str
    actors: list[ActorMention]
    frames: list[Attribution]
    cues: list
    quantities: list[Quantity]
    carried_report: bool


def _code_clause(
    page: _Page, index: int, scene: _Scene, clause: Clause, ctx: ArticleContext
) -> tuple[EventMention, tuple[float, ...]] | None:
    """The event of one clause (type, participants, where, when, how many, how sure), or None."""
    text, actors, frames = scene.text, scene.actors, scene.frames
    t = clause.trigger
    source, target = participants(text, clause, actors, frames, ctx)
    if source is None and target is None:
        # "20 people were killed when Nigerian jets bombed a village": the cue that has participants
        for other in clause.others:
            if is_patient_noun(text, other):
                continue
            alt = Clause(other, min(clause.start, other.start), clause.end, clause.span_start)
            s2, t2 = participants(text, alt, actors, frames, ctx)
            if s2 is not None or t2 is not None:
                clause, t, source, target = alt, other, s2, t2
                break
    if source is None and target is None and not (is_finite(text, t) and _POLITICAL_ACTOR.search(text)):
        return None  # without participants, only a political actor we could not code makes it an event
    if source is None and _NON_POLITICAL_SUBJECT.search(text[clause.start : t.start]):
        return None  # "The cricket team will visit Australia": not a political actor
    t, target = _retyped(text, clause, t, actors, source, target)
    certainty = _certainty(text, t, scene.cues, frames, source)
    if scene.carried_report:
        certainty = strongest(certainty, "reported")
    quantity = _quantity(scene.quantities, clause)
    sent = page.sentences[index]
    event_date = choose_event_date(
        page.body,
        page.sentences,
        index,
        sent.start + t.start,
        t,
        page.anchor,
        page.temporal,
        ctx.reference,
        [(sent.start + f.start, sent.start + f.end) for f in frames],
    )
    evidence = eventness.Evidence(
        sentence=text,
        cue_start=t.start,
        cue_pos=t.pos,
        cue_tense=t.tense,
        source_kind=_kind_of(source, actors, ctx),
        target_kind=_kind_of(target, actors, ctx),
        page_political=page.political_share,
        sentence_political=index in page.political,
        page_attributed=page.attributed_share,
        event_date=event_date,
        anchor_year=page.anchor.year if page.anchor else None,
        certainty=certainty,
        page_sentences=len(page.sentences),
        event_type=t.event_type,
        source=source,
        target=target,
    )
    vector = eventness.features(evidence)
    mention = EventMention(
        event_type=t.event_type,
        source_actor=source,
        target_actor=target,
        speaker=_speaker(frames, actors, clause, t, ctx),
        location=_location(text, actors, clause, t),
        quantity=quantity.quantity if quantity else None,
        quantity_max=quantity.quantity_max if quantity else None,
        quantity_unit=quantity.unit if quantity else None,
        certainty=certainty,
        event_date=event_date,
        sentence=text,
        start=sent.start + clause.span_start,
        end=sent.start + clause.end,
        confidence=0.0 if eventness.gated(evidence) else eventness.confidence(vector),
    )
    return mention, vector


def _retyped(
    text: str, clause: Clause, t: Trigger, actors: list[ActorMention], source: str | None, target: str | None
) -> tuple[Trigger, str | None]:
    """Joint exercises are cooperation; troops sent abroad are aid, sent at home a show of force."""
    partner = joint_exercise_partner(text, clause, actors, source)
    if partner is not None:
        return dataclasses.replace(t, event_type="COOPERATE"), partner
    if t.event_type == "MOBILIZE" and sent_abroad(text, clause, actors, source, target):
        return dataclasses.replace(t, event_type="AID"), target  # troops sent to another state
    if t.event_type == "AID" and _sent_at_home(text, t, source, target):
        return dataclasses.replace(t, event_type="MOBILIZE"), target  # police sent to its own city
    return t, target


_KIND_RANK = {"official": 0, "institution": 1, "body": 2, "state": 3, "capital": 4}


def _kind_of(code: str | None, actors: list[ActorMention], ctx: ArticleContext) -> str | None:
    """How the sentence names the actor coded `code`: its most specific political kind, "learned" for a person
    the article tied to a state earlier, "place" when only a place of that state is named, None for no actor."""
    if code is None:
        return None
    kinds = sorted((a.kind for a in actors if a.code == code and a.kind in _KIND_RANK), key=_KIND_RANK.get)
    if kinds:
        return kinds[0]
    if code in ctx.person_codes.values() or code == ctx.last_speaker_code:
        return "learned"
    return "place"


_SENDING = frozenset({"send", "dispatch", "rush", "fly in", "airlift", "deploy", "move", "bring in", "send in"})


def _object_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One of `words` within the six words after a verb."""
    return re.compile(r"^(?:\s+[\w,$-]+){0,5}?\s+(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


_FORCES_AFTER = _object_of(WORD_CLASSES["personnel"] + WORD_CLASSES["weapons"])
_PERSONNEL_AFTER = _object_of(WORD_CLASSES["personnel"])


def _sent_at_home(text: str, t: Trigger, source: str | None, target: str | None) -> bool:
    """Troops or police sent with no other state receiving them, or sent to a border or for drills, are a show
    of force (CAMEO 15), not aid."""
    if t.pos != "verb" or t.lemma.split(">")[0] not in _SENDING or source is None:
        return False
    if target is not None and target != source and not SHOW_OF_FORCE.search(text[t.end : t.end + 160]):
        return False
    if target is None:  # warships or troops sent with nobody receiving them
        return bool(_FORCES_AFTER.match(text[t.end : t.end + 80]))
    return bool(_PERSONNEL_AFTER.match(text[t.end : t.end + 80]))


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


def _political_frame(f: Attribution) -> Attribution:
    """ "The Swedish company announced": the speaker is a firm, not Sweden."""
    if f.speaker_code and not f.is_person:
        head = [a for a in find_actors(f.subject) if a.code == f.speaker_code]
        if head and not political_mention(head[0], f.subject):
            return dataclasses.replace(f, speaker_code=None)
    return f


def _remember_speakers(frames: list[Attribution], ctx: ArticleContext) -> None:
    """Who speaks for whom: 'Jane Roe, the Freedonian envoy, said' teaches us Roe -> Freedonia."""
    for f in frames:
        if f.kind == "said" and frame_code(f, ctx):
            ctx.last_speaker_code = frame_code(f, ctx)
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


_OFFICE = (
    r"(?:(?:[a-z]+|Foreign|Defen[cs]e|Interior|Prime|Vice|Deputy|Finance|Justice|Army|Navy|Air|Chief)\s+){0,3}?"
    r"(?:president|minister|secretary|spokes(?:man|woman|person)|ambassador|envoy|chief|leader|premier|"
    r"chancellor|general|commander|adviser|advisor|governor|mayor|senator|official|king|queen|prince|emir|"
    r"President|Minister|Secretary|Ambassador|Envoy|Chief|Leader|Premier|Chancellor|General|Commander)"
)
_NAME = r"([A-Z][a-z’'-]+(?:\s+(?:al-|bin\s|de\s|van\s|von\s)?[A-Z][a-z’'-]+){1,2})"
# "Jean Dupont, the Belgian defence minister," and "the president of Ghana, John Mensah,"
_APPOSITION_AFTER_NAME = re.compile(rf"{_NAME},\s+(?:(?:the|a|an)\s+)?$")
_NAME_AFTER_OFFICE_OF = re.compile(rf"^\s*,\s+{_NAME}\b")


def _remember_names(actors: list[ActorMention], text: str, ctx: ArticleContext) -> None:
    for a in actors:
        if a.kind == "official" and " " in a.text:
            ctx.full_names.setdefault(a.text.split()[-1], a.text)
            ctx.person_codes.setdefault(a.text.split()[-1], a.code)  # "Assimi Goita ... Goita said"
        if a.kind == "official":
            ctx.person_codes.setdefault(a.text, a.code)
        if a.kind not in ("state", "capital", "institution"):
            continue
        # "Jean Dupont, the Belgian defence minister": the name before the state and its office
        before = _APPOSITION_AFTER_NAME.search(text[max(0, a.start - 80) : a.start])
        if before and re.match(rf"^(?:['’]s)?\s+{_OFFICE}\b", text[a.end : a.end + 60]):
            _learn_person(before.group(1), a.code, ctx)
        # "the president of Ghana, John Mensah"
        office = re.search(rf"\b{_OFFICE}\s+of\s+(?:the\s+)?$", text[max(0, a.start - 60) : a.start])
        after = _NAME_AFTER_OFFICE_OF.match(text[a.end : a.end + 60])
        if office and after:
            _learn_person(after.group(1), a.code, ctx)
    for m in re.finditer(r"\b([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)\s+([A-Z][a-z]+(?:-[a-z]+)?)\b", text):
        ctx.full_names.setdefault(m.group(2), m.group(0))


def _learn_person(name: str, code: str, ctx: ArticleContext) -> None:
    if normalize_actor(name) is not None:
        return
    ctx.person_codes.setdefault(name, code)
    ctx.person_codes.setdefault(name.split()[-1], code)
    ctx.full_names.setdefault(name.split()[-1], name)


_NON_POLITICAL_SUBJECT = re.compile(
    r"\b(?:team|squad|club|player|players|fans|runner|athlete|striker|coach|company|firm|carmaker|bank|shares|"
    r"stocks|singer|actress|actor|band|chef|orchestra|airline|retailer|startup)s?\b(?![^,]*\b(?:government|"
    r"minister|president|army|police|officials?)\b)",
    re.I,
)

_POLITICAL_ACTOR = re.compile(
    r"\b(?:government|governments|rebels?|police|army|armies|troops|forces|military|militia|militias|president|"
    r"minister|ministers|ministry|officials?|authorities|parliament|court|party|opposition|protesters|"
    r"demonstrators|militants?|guerrillas?|guerillas|soldiers|leaders?|embassy|diplomats?|insurgents?|separatists?|"
    r"regime|junta|council|union|unions|workers|strikers|students|refugees|prisoners|hostages|police|"
    r"(?:President|Minister|Premier|General|Gen\.|Sheikh|King|Emir|Prince)\s+[A-Z]\w+)\b",
    re.I,
)


def _certainty(text: str, t: Trigger, cues: list, frames: list[Attribution], source: str | None) -> Certainty:
    denial = t.event_type == "REJECT" or t.lemma.startswith("not ")
    level: Certainty = certainty_of(text, t.start, t.end, is_denial_trigger=denial, cues=cues)
    for f in frames:
        if f.kind == "according_to":
            level = strongest(level, "reported")
        elif (
            f.speaker_code
            and not f.is_person
            and len(f.speaker_code) == 3
            and f.speaker_code.isupper()
            and source
            and f.speaker_code != source
            and f.subject.split()[-1][:1].isupper()
            and not re.search(r"(?:official|spokes|minister|secretary|president)", f.subject, re.I)
        ):
            level = strongest(level, "reported")
    return level


def _speaker(
    frames: list[Attribution], actors: list[ActorMention], clause: Clause, t: Trigger, ctx: ArticleContext
) -> str | None:
    name: str | None = None
    frame = next((f for f in frames if f.kind == "according_to"), None) or next(iter(frames), None)
    if frame is not None:
        name = frame.speaker
        if name is None and frame.is_person:
            name = ctx.last_person
    elif t.event_type in VERBAL_TYPES:
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


def _quantity(quantities: list[Quantity], clause: Clause) -> Quantity | None:
    inside = [q for q in quantities if clause.start <= q.start < clause.end and q.unit]
    if not inside:
        inside = [q for q in quantities if clause.start <= q.start < clause.end]
    if not inside:
        return None
    return min(inside, key=lambda q: abs(q.start - clause.trigger.start))


def _location(text: str, actors: list[ActorMention], clause: Clause, t: Trigger) -> str | None:
    candidates: list[tuple[int, str]] = []
    for a in actors:
        if a.kind == "body":
            continue
        prep = LOCATION_PREP.search(left_of(text, a.start))
        if a.kind == "place" or (
            prep and not prep.group(0).lower().startswith("from") and a.kind in ("capital", "state")
        ):
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
