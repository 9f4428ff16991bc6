"""Source and target of an event cue: the clause subject (walking back over coordinations), the agent of a
passive, the possessor of a nominal cue, the speaker of a speech act; the first actor after the cue, with
fallbacks for domestic groups, "by" phrases and locations."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.events.actors import ActorMention, is_demonym, is_state_code
from pipeline.events.attribution import Attribution
from pipeline.events.clauses import RELATIVE_ASIDE, SUBORDINATE, Clause
from pipeline.events.context import ArticleContext, frame_code, left_of
from pipeline.events.triggers import (
    MATERIAL_CONFLICT_TYPES,
    SPEECH_ACT_TYPES,
    SYMMETRIC_TYPES,
    VERBAL_TYPES,
    Trigger,
    find_triggers,
)

# Words that make the actor after them a place rather than a participant.
LOCATION_PREP = re.compile(r"\b(?:in|at|near|outside|inside|across|throughout|within|around|from)\s+(?:the\s+)?$", re.I)

_PROVENANCE = re.compile(
    r"\b(?:troops|soldiers|forces|personnel|fighters|missiles|weapons|arms|shells|ammunition|drones|rockets|"
    r"equipment|aid|supplies|delegation|officials|envoys?|diplomats|offers?|demands?|requests?|calls?|appeals?|"
    r"proposals?|invitations?|pressure|support|messages?|letters?|threats?|warnings?|assistance|help|pleas?|"
    r"refugees|migrants|asylum[- ]seekers|nationals|citizens|prisoners|detainees|workers|pilgrims|fishermen|"
    r"immigrants|deportees|returnees|exiles|students)\s*$",
    re.I,
)

_TROOPS_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,1}(?:troops|soldiers|forces|service members|personnel|servicemen|fighters|units)\b",
    re.I,
)

_BE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|being|be|get|got)\s+(?:(?:also|reportedly|allegedly|apparently|being|not|never|"
    r"already|\w+ly)\s+){0,2}$",
    re.I,
)

_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|they|it|we)\s+(?:\w+\s+){0,2}$", re.I)

_ACCUSATION_OBJECT = re.compile(r"\b(?:accusations?|allegations?|claims?|charges?|reports?|them|it)\b", re.I)

_GOODS_AFTER = re.compile(
    r"^['’]?s?\s*(?:(?!(?:with|of|to|and|in|on|for|by|from|at|into)\b)[\w-]+\s+){0,1}(?:missiles?|weapons?|arms|shells?|ammunition|drones?|rockets?|equipment|tanks?|"
    r"artillery|munitions|technology|goods|products|exports?|aid|supplies|oil|gas|grain)\b"
    r"(?!\s+(?:inspectors?|experts?|negotiators?|officials?|workers?|agency|agencies|envoys?|monitors?|teams?|convoys?))",
    re.I,
)  # "North Korean missiles" is goods; "U.N. weapons inspectors" and "aid workers" are people

# A demonym before these nouns names a place or a property of the state, not a participant
# ("on the Thai border", "the use of the Russian language").
_ATTRIBUTE_AFTER = re.compile(
    r"^\s+(?:border|borders|frontier|language|side|territory|territorial|waters|airspace|coast|coastline|"
    r"soil|mainland|currency|flag|national anthem)\b(?!\s+(?:town|towns|region|regions|area|areas|village|villages|"
    r"city|cities|district|post|posts|guards?|troops|forces|police|units|patrols?))",
    re.I,
)

_NEAR_BY = re.compile(
    r"^(?:\s+(?:of|on|in|against|the|a|an|[\w-]+)){0,3}\s+by\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", re.I
)

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

_NON_STATE_SECTOR_AFTER = re.compile(
    r"^(?:['’]s)?\s*(?:[\w-]+\s+){0,2}(?:rebels?|opposition|protesters|demonstrators|students|workers|unions?|"
    r"guerrillas?|militants?|insurgents?|separatists?|activists|dissidents|villagers|farmers|parties|party|"
    r"groups?|movement|factions?|refugees|prisoners|strikers)\b",
    re.I,
)

_HOME_GOVERNMENT = re.compile(
    r"\bthe\s+(?:government|authorities|regime|junta|security forces|army|police|president)\b", re.I
)

_UNCODED_OBJECT = re.compile(
    r"^[^.;]{0,60}?\b(?:[A-Z][a-z]+\s+)?(?:rebels?|guerrillas?|forces|fighters|militias?|groups?|party|parties|"
    r"movement|front|factions?|leaders?|opposition|activists|students|workers|refugees|civilians|minority|"
    r"community|communities|tribes?|clans?|villagers|prisoners|detainees|temple|church|mosque|newspaper|"
    r"journalists?|President\s+[A-Z]\w+)\b"
)

_DOMESTIC_GROUP = re.compile(
    r"^[^.;]{0,60}?\b(?:rebels|opposition|students|workers|refugees|protesters|demonstrators|guerrillas|militants|"
    r"insurgents|separatists|villagers|prisoners|detainees|dissidents|strikers|activists|tribesmen|clans?|"
    r"(?:President|Prime Minister|Premier|Governor|Mayor|leader)\s+[A-Z]\w+)\b"
)

# People and institutions of a state that the gazetteer cannot name ("the energy minister", "a blogger",
# "opposition supporters"): as the object of a domestic story they belong to the acting state.
_DOMESTIC_OBJECT = re.compile(
    r"\b(?:government|minister|ministers|ministry|ministries|president|premier|cabinet|parliament|lawmakers|"
    r"legislators|deputies|senators?|mps|speaker|army|military|police|policemen|officers?|soldiers|troops|"
    r"forces|officials?|authorities|administration|regime|junta|court|judges?|prosecutors?|governor|mayor|"
    r"council|commission|party|parties|candidates?|leaders?|opposition|rebels?|guerrillas?|insurgents?|"
    r"militants?|militias?|separatists?|fighters|commanders?|protesters|demonstrators|strikers|organi[sz]ers|"
    r"activists?|dissidents?|bloggers?|journalists?|reporters?|newspapers?|broadcasters?|channel|media|"
    r"outlets?|students|workers|unions?|farmers|villagers|residents|civilians|citizens|people|families|"
    r"community|communities|minorit(?:y|ies)|worshippers|pilgrims|prisoners|detainees|inmates|migrants|"
    r"refugees|supporters|members|critics|rivals?|figures?|clerics?|priests?|bishops?|chiefs?|youths|crowds?|"
    r"mobs?|rioters|gunmen|militiamen|tribesmen|settlers|herders|fishermen|miners|traders|drivers|truckers|"
    r"teachers|doctors|nurses|monks|women|men|children|pensioners|lawyers|judiciary)\b",
    re.I,
)

_COORDINATION_GAP = re.compile(r"^(?:['’]s?)?[^.;:!?]{0,80}$")

_PREPOSITION_LEAD = re.compile(r"^\s*(?:on|in|at|from|during|after|before|under|across|along|near|over)\b", re.I)


# Heads that make a demonym before them a nationality, not a state acting ("the Kenyan runner",
# "Japanese carmakers", "the Swedish company"): sport, business, culture.
_NON_POLITICAL_HEAD = re.compile(
    r"^\s+(?:[\w-]+\s+)?(?:team|teams|squad|club|clubs|player|players|fans|runner|runners|athletes?|striker|"
    r"midfielder|goalkeeper|coach|cyclist|swimmer|boxer|golfer|champion|champions|cricket|football|soccer|"
    r"rugby|tennis|company|companies|firm|firms|carmakers?|automakers?|manufacturers?|bank|banks|lender|"
    r"shares|stocks|stock|markets?|exports?|imports?|brands?|airlines?|retailers?|investors|consumers|"
    r"tourists|cars|products|goods|rival|rivals|singer|actress|actor|artist|band|chef|restaurant|film|"
    r"director|writer|author|novelist|scientists?|researchers?|designer|model|startup|start-up|economy|"
    r"inflation|growth|currency|prices|league|cup|open)\b",
    re.I,
)


def political_mention(a: ActorMention, text: str) -> bool:
    """False for a demonym that only says where a team, firm or artist comes from."""
    return not (a.kind == "state" and is_demonym(a.text) and _NON_POLITICAL_HEAD.match(text[a.end : a.end + 60]))


_ETHNIC_BEFORE = re.compile(r"\b(?:ethnic|Ethnic)\s+$")


def _usable(a: ActorMention, text: str, frames: list[Attribution]) -> bool:
    if a.kind == "place":
        return False
    if not political_mention(a, text):
        return False
    if any(f.start <= a.start < f.end for f in frames):
        return False
    before = left_of(text, a.start)
    prep = LOCATION_PREP.search(before)
    if prep and prep.group(0).lower().startswith("from") and a.kind == "body":
        return True  # "retook the town from Islamic State": a body is never a place
    if prep and prep.group(0).lower().startswith("from") and _PROVENANCE.search(before[: prep.start()]):
        return True  # "troops from the DPRK": whose troops, not where
    if prep and prep.group(0).lower().startswith("from") and a.kind == "state" and _SECTOR_AFTER.match(text[a.end :]):
        return True  # "weapons seized from Freedonian rebels": a group of people, not a place
    return not prep


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:of|to|for|with|against|on|into|by|about|over|between|among|toward|towards|onto|upon|via|than|"
    r"like|despite|including)\s+(?:the\s+)?$",
    re.I,
)
_OF_AGENT_BEFORE = re.compile(
    r"\b(?:government|army|military|president|prime minister|king|leader|leaders|ministry|minister|"
    r"parliament|people|forces|police|authorities|embassy|foreign minister|navy|air force|junta|regime|"
    r"Government|Army|President|Prime Minister|King|Minister|Ministry|Parliament)\s+of\s+(?:the\s+)?$"
)


def _subject(left: list[ActorMention], text: str) -> ActorMention | None:
    """The clause subject: the actor nearest the verb, walking back over coordinations and appositions
    ("South Korean Minister Kim and the EU's chief, Josep Borrell, said" -> the first of them)."""
    heads = [a for a in left if not _GOODS_AFTER.match(text[a.end :])]  # not "North Korean missiles"
    left = heads or left
    # A subject never follows a preposition: not "Nigeria" in "Benin let in people ordered out of Nigeria,
    # but refused ...", yet "the government of Mali" is Mali's.
    free: list[ActorMention] = []
    dropped: ActorMention | None = None
    for a in left:
        after_prep = _PREPOSITION_BEFORE.search(left_of(text, a.start, 40)) and not _OF_AGENT_BEFORE.search(
            left_of(text, a.start, 60)
        )
        conjoined = dropped is not None and re.fullmatch(
            r"\s*(?:,|and|or|as well as|,\s*and)\s+(?:the\s+)?", text[dropped.end : a.start]
        )
        if after_prep or conjoined:
            dropped = a  # "including the United States and the European Union": both in the phrase
        else:
            free.append(a)
    left = free or left
    if not left:
        return None
    i = len(left) - 1
    while i > 0:
        gap = text[left[i - 1].end : left[i].start]
        joined = re.search(r",|\band\b|\bor\b|\bas well as\b|[–—(]", gap) or left[i - 1].code == left[i].code
        short = len(gap.split()) <= 6 and not SUBORDINATE.search(gap)
        in_phrase = _PREPOSITION_LEAD.search(_segment_before(text, left[i - 1].start))
        if _COORDINATION_GAP.match(gap) and joined and short and not in_phrase and not _has_verb(gap):
            i -= 1
            continue
        break
    return left[i]


def _segment_before(text: str, pos: int) -> str:
    """The words before `pos` since the last comma: "On the eastern Ukrainian front, Russia ..." ->
    "On the eastern "."""
    left = left_of(text, pos)
    cut = max(left.rfind(","), left.rfind(";"), left.rfind("—"))
    return left[cut + 1 :]


def _has_verb(gap: str) -> bool:
    return bool(re.search(r"\b(?:is|are|was|were|has|have|had|will|would|said|says)\b", gap)) or any(
        t.pos == "verb" for t in find_triggers(gap)
    )


@dataclass(frozen=True)
class _Scene:
    """What the participant rules look at for one clause."""

    text: str
    clause: Clause
    actors: list[ActorMention]  # every actor and place of the sentence
    usable: list[ActorMention]  # those that can take part (not places, not inside a frame, not after "in")
    left: list[ActorMention]  # usable, in the clause before the cue
    right_all: list[ActorMention]  # usable, in the clause after the cue
    right: list[ActorMention]  # right_all without agents of "by" and modifiers of goods ("North Korean missiles")
    frames: list[Attribution]
    ctx: ArticleContext
    addressee: ActorMention | None  # whom a reported statement is addressed to ("warned Finland that")


def participants(
    text: str, clause: Clause, actors: list[ActorMention], frames: list[Attribution], ctx: ArticleContext
) -> tuple[str | None, str | None]:
    """Source and target actor codes of a clause's main cue."""
    t = clause.trigger
    if t.lemma == "troops":
        home = [a for a in actors if a.end <= t.start][-1].code
        host = [a for a in actors if a.start >= t.end and a.code != home and is_state_code(a.code)]
        return home, host[0].code if host else None
    usable = [a for a in actors if _usable(a, text, frames)]
    right_all = [a for a in usable if t.end <= a.start < clause.end]
    scene = _Scene(
        text,
        clause,
        actors,
        usable,
        left=[
            a
            for a in usable
            if clause.start <= a.start
            and a.end <= t.start
            and not any(m.start() <= a.start and m.end() <= t.start for m in RELATIVE_ASIDE.finditer(text))
        ],  # not the objects of a relative aside: "Hamas, which has fought Israel, agreed"
        right_all=right_all,
        right=[
            a
            for a in right_all
            if not _BY_BEFORE.search(text[t.end : a.start])
            and not _GOODS_AFTER.match(text[a.end :])
            and not (a.kind == "state" and _ATTRIBUTE_AFTER.match(text[a.end :]))
        ],
        frames=frames,
        ctx=ctx,
        addressee=_addressee(text, actors, frames),
    )
    passive = (
        t.pos == "verb"
        and t.tense in ("pp", "past")
        and _BE_BEFORE.search(left_of(text, t.start))
        and not re.match(r"\s+(?:to|about|over|at|with|that|of)\b", text[t.end :], re.I)
    )
    if passive:
        return _passive_participants(scene)
    if t.lemma in _RECEIVING and t.event_type == "AID":
        giver = [a for a in right_all if re.search(r"\bfrom\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$", text[t.end : a.start])]
        receiver = _subject(scene.left, text)
        if giver or receiver:  # "Kyiv received a tranche from the European Union": the giver acts
            return (giver[0].code if giver else None), (receiver.code if receiver else None)
    source_m, source = _source(scene)
    target = _target(scene, source_m, source)
    if source is None:
        source = _home_state(scene, target)
    return source, target


_DOMESTIC_SUBJECT = re.compile(
    r"\b(?:(?:Vice[- ])?President|Prime Minister|Premier|Minister|Chancellor|King|Queen|Prince|Emir|Sheikh|"
    r"General|Gen\.|Colonel|Col\.|Governor|Mayor|Senator|Speaker|Chairman|Archbishop|Bishop|Imam|leaders?|"
    r"government|cabinet|parliament|legislature|court|judges?|prosecutors?|police|army|military|troops|soldiers|"
    r"forces|navy|party|parties|coalition|opposition|rebels?|guerrillas?|militants?|insurgents?|separatists?|"
    r"militias?|protesters|demonstrators|students|workers|unions?|strikers|farmers|villagers|residents|people|"
    r"prisoners|inmates|refugees|activists|dissidents|groups?|movement|front|officials?|authorities|ministry|"
    r"administration|council|commission|committee|newspaper|media|ethnic|youths|drivers|truckers|crowds?|mobs?|"
    r"fishermen|miners|teachers|doctors|nurses|traders|pilots|dockers|employees|staff|locals|supporters|members|"
    r"women|mothers|families|pensioners|vendors|merchants|shopkeepers|lawyers|clergy|monks|priests|militiamen|"
    r"tribesmen|clansmen|settlers|herders|peasants|landless|indigenous|veterans|retirees|rioters|"
    r"[Pp]rotesters|[Dd]emonstrators|[Ss]trikers)\b"
)


def _home_state(scene: _Scene, target: str | None) -> str | None:
    """An actor we cannot code ("President Dos Santos", "the opposition coalition", "police in Baku") acts
    for the state where the clause happens, or for the only state the sentence names. Not for violence
    against that very state, where an unnamed attacker is as likely to come from outside."""
    text, clause, t = scene.text, scene.clause, scene.clause.trigger
    said = [f.subject for f in scene.frames if f.kind == "said" and f.end <= t.start]
    subject_end = t.end if t.pos == "noun" else t.start  # "Demonstrators packed the square": the cue is the subject
    if not _DOMESTIC_SUBJECT.search(text[clause.start : subject_end]) and not any(
        _DOMESTIC_SUBJECT.search(x) for x in said
    ):
        return None  # the subject, or the speaker whose words hold the cue ("Yoruba leaders announced they ...")
    states = [
        a
        for a in scene.actors
        if is_state_code(a.code)
        and not any(f.start <= a.start < f.end for f in scene.frames)
        and not _ETHNIC_BEFORE.search(left_of(text, a.start, 20))
        and political_mention(a, text)
    ]
    located = [
        a
        for a in states
        if a.kind == "place"
        or (
            LOCATION_PREP.search(left_of(text, a.start))
            and not re.search(r"\bfrom\s+(?:the\s+)?$", left_of(text, a.start), re.I)
        )
    ]
    codes = {a.code for a in located} or {a.code for a in states}
    if len(codes) != 1:
        return None
    home = codes.pop()
    if home == target and t.event_type == "ASSAULT":
        return None
    if home == target and t.event_type in ("ACCUSE", "REQUEST", "SANCTION") and not located:
        named = [a for a in states if a.code == home and t.end <= a.start]
        if named and not is_demonym(named[0].text) and not _SECTOR_AFTER.match(text[named[0].end :]):
            return None  # "Archbishop Tutu called for sanctions against Nigeria": a voice from outside as likely
    return home


def _passive_participants(scene: _Scene) -> tuple[str | None, str | None]:
    """ "Villages were shelled by Kenyan artillery": the agent of "by" acts on the subject."""
    text, t = scene.text, scene.clause.trigger
    agents = [
        a for a in scene.right_all if re.search(r"\bby\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", text[t.end : a.start])
    ]
    if not agents:
        agents = [a for a in scene.right_all if _ATTACK_NOUN_AFTER.match(text[a.end :])]
    source = agents[0].code if agents else None
    patient = _subject(scene.left, text)
    target = patient.code if patient else None
    if source is None and patient is not None and _TROOPS_AFTER.match(text[patient.end :]):
        # "North Korean soldiers are deployed in Russia's Kursk region": whose troops, sent where
        hosts = [
            a
            for a in scene.actors
            if t.end <= a.start < scene.clause.end and a.code != patient.code and is_state_code(a.code)
        ]
        return patient.code, hosts[0].code if hosts else None
    return source, target if target != source else None


# Verbs whose subject is on the receiving end: the one it comes "from" is the source.
_RECEIVING = frozenset({"receive"})


_TWO_SIDED = frozenset({"ASSAULT", "CONSULT", "AGREE", "COOPERATE"})


def _between(scene: _Scene) -> tuple[ActorMention, ActorMention] | None:
    """ "fighting between Kenyan troops and Somali militants", "talks between Chile and Peru": both sides."""
    t = scene.clause.trigger
    if t.event_type not in _TWO_SIDED or t.lemma.startswith("mediat"):
        return None  # a mediator is not one of the sides
    if t.pos != "noun" or not re.match(r"\s+(?:\w+\s+){0,2}?between\s", scene.text[t.end : t.end + 40]):
        return None
    sides = [a for a in scene.right_all if a.start < t.end + 120]
    for second in sides[1:]:
        if second.code != sides[0].code and re.search(r"\band\b", scene.text[sides[0].end : second.start]):
            return sides[0], second
    return None


def _source(scene: _Scene) -> tuple[ActorMention | None, str | None]:
    """The acting mention (when one is written) and the source code."""
    text, clause, frames, ctx = scene.text, scene.clause, scene.frames, scene.ctx
    t = clause.trigger
    left = scene.left
    source_m: ActorMention | None
    speech = _speech_source(text, t, frames, ctx)
    own_frame = next((f for f in frames if f.kind == "said" and f.start <= t.start < f.end), None)
    pair = _between(scene)
    if pair is not None:
        return pair[0], pair[0].code
    if t.pos == "noun":
        # "North Korea's transfer of missiles to Russia", "the attack on Kyiv by Russian forces"
        possessor = [
            a for a in left if re.fullmatch(r"['’]s?\s+(?:[\w-]+\s+){0,2}|\s+(?:[\w-]+\s+)?", text[a.end : t.start])
        ]  # "Russia's missile attack", "Russian air strikes"; not "Cypriot warships began war games"
        agents = [a for a in scene.right_all if _NEAR_BY.match(text[t.end : a.start])]
        if agents:
            source_m = agents[0]
        elif speech is not None and t.event_type in SPEECH_ACT_TYPES:
            source_m = None
        elif possessor:
            source_m = possessor[-1]
        else:
            source_m = _subject(left, text)
    else:
        source_m = _subject(left, text)
    source = source_m.code if source_m else None
    if source is None and own_frame is not None and frame_code(own_frame, ctx):
        source = frame_code(own_frame, ctx)  # "He insisted that ...": the speaker's own act
    if source is None and speech is not None and t.event_type in SPEECH_ACT_TYPES:
        source = speech
    if source is None:
        earlier = [a for a in scene.usable if a.end <= t.start and not any(f.start <= a.start < f.end for f in frames)]
        pronoun = _PRONOUN_SUBJECT.search(text[clause.start : t.start]) or re.search(
            r"\b(?:its|their|his|her|our)\s+(?:\w+\s+){0,2}$", text[clause.start : t.start], re.I
        )
        framed = next((f for f in frames if f.kind == "said" and f.end <= t.start), None)
        if pronoun and framed is not None and frame_code(framed, ctx):
            source = frame_code(framed, ctx)  # "Iraq said it would allow ..."
        elif earlier and not pronoun:
            source = earlier[0].code
        elif pronoun and re.search(r"\b(?:we|our|i)\b", pronoun.group(0), re.I):
            source = ctx.last_speaker_code  # "we" in a quote is the speaker
        elif pronoun or re.match(r"\s*$", left_of(text, t.start)):
            source = ctx.last_source
    if source is None:
        where = [
            a
            for a in scene.actors
            if clause.start <= a.start
            and a.end <= t.start
            and LOCATION_PREP.search(left_of(text, a.start))
            and is_state_code(a.code)
            and not any(f.start <= a.start < f.end for f in frames)
        ]
        if where:
            source = where[-1].code  # "Demonstrators in Baghdad blocked a road"
    if source is None:
        framed = next((f for f in frames if f.kind == "said" and f.start == 0 and f.end <= t.start), None)
        if framed is not None:
            source = frame_code(framed, ctx)  # "Italy announced a suspension of air links ..."
    return source_m, source


_ADDRESSEE_VERB = re.compile(
    r"\b(?:told|tells|tell|warned|warns|warn|assured|assures|informed|informs|reminded|reminds|notified|"
    r"notifies|cautioned|cautions|promised|promises|urged|urges|advised|advises|wrote to|writes to)\s+(?:the\s+)?$",
    re.I,
)


def _addressee(text: str, actors: list[ActorMention], frames: list[Attribution]) -> ActorMention | None:
    """The one a reported statement is addressed to: "Finland" in "The Kremlin warned Finland that ..."."""
    for f in frames:
        if f.kind != "said":
            continue
        for a in actors:
            if f.start <= a.start < f.end and a.kind != "place" and _ADDRESSEE_VERB.search(text[f.start : a.start]):
                return a
    return None


def _conjoined_partner(scene: _Scene, source_m: ActorMention | None, source: str | None, joiner: str) -> str | None:
    """The other actor of a compound subject: "Chile and Peru signed ..." -> Peru."""
    if source_m is None:
        return None
    partners = [a for a in scene.left if a.code != source and a.start > source_m.start]
    if partners and re.search(joiner, scene.text[source_m.end : partners[0].start]):
        return partners[0].code
    return None


def _target(scene: _Scene, source_m: ActorMention | None, source: str | None) -> str | None:
    """The first participant after the cue, then the fallbacks in order of how much the text says."""
    found = _target_in_clause(scene, source_m, source)
    addressee = scene.addressee
    if (
        found is None
        and addressee is not None
        and addressee.code != source
        and addressee.start > scene.clause.trigger.start - 80
    ):
        return addressee.code  # "Germany told Poland it would send tanks": the statement's addressee
    if found is None:
        partner = _conjoined_partner(scene, source_m, source, r"^\s*(?:and|,)\s+(?:the\s+)?$")
        if partner is not None:
            return partner  # "Cuba and the United States restored relations": each acts on the other
    if found is None and scene.clause.trigger.event_type in ("MOBILIZE", "THREATEN"):
        facing = _state_whose_border(scene)
        if facing is not None and facing != source:
            return facing  # "massed troops on the Ukrainian border": aimed at the neighbour
    if found is None and _self_directed(scene, source):
        return source
    return found


def _state_whose_border(scene: _Scene) -> str | None:
    t = scene.clause.trigger
    for a in scene.actors:
        if t.end <= a.start < scene.clause.end and is_state_code(a.code):
            if re.match(r"^(?:['’]s)?\s+(?:border|borders|frontier|coast|waters)\b", scene.text[a.end :]):
                return a.code
            if re.search(
                r"\b(?:border|frontier)\s+with\s+(?:the\s+)?$|\b(?:near|facing|opposite)\s+(?:the\s+)?$",
                left_of(scene.text, a.start),
            ):
                return a.code
    return None


# Events that, in a story naming no other state, a state does to its own people and institutions:
# concessions (a government yielding to its own opposition), repression, and protest against one's own rulers.
_INWARD_TYPES = frozenset({"CONCEDE", "COERCE", "PROTEST"})


def _self_directed(scene: _Scene, source: str | None) -> bool:
    if source is None or not is_state_code(source) or scene.clause.trigger.event_type not in _INWARD_TYPES:
        return False
    others = [a for a in scene.actors if a.code != source and not any(f.start <= a.start < f.end for f in scene.frames)]
    return not others


def _target_in_clause(scene: _Scene, source_m: ActorMention | None, source: str | None) -> str | None:
    text, clause, t = scene.text, scene.clause, scene.clause.trigger
    left, right = scene.left, scene.right
    pair = _between(scene)
    if pair is not None:
        return pair[1].code  # "talks between Chile and Peru"
    addressee = scene.addressee
    if (
        addressee is not None
        and addressee.start >= t.end
        and any(f.start <= t.start < f.end and f.start <= addressee.start < f.end for f in scene.frames)
        and addressee.code != source
    ):
        return addressee.code  # the frame's own verb is the event: "The Kremlin warned Finland that ..."
    if t.event_type in SYMMETRIC_TYPES:
        partner = _conjoined_partner(scene, source_m, source, r"\b(?:and|with)\b")
        if partner is not None:
            return partner  # "Chile and Peru agreed ..."
    if right and re.fullmatch(r"\s+(?:the\s+|a\s+|its\s+|their\s+)?", text[t.end : right[0].start]):
        if source_m is None or right[0].start != source_m.start:
            return right[0].code  # the direct object, even of the source's own state
    for a in right:
        if a.code != source and (source_m is None or a.start != source_m.start):
            return a.code
    if source_m is None and source is not None:
        # "The DPRK should be a growing concern, she said": the speaker's concern is about the subject.
        others = [a for a in left if a.code != source]
        if others:
            return others[0].code
    if t.event_type == "REJECT" and _ACCUSATION_OBJECT.search(text[t.end : t.end + 40]):
        others = [c for c in reversed(scene.ctx.accusers) if c != source]
        if others:
            return others[0]  # "Minsk denied the accusations": aimed at the accuser
    # A distinct actor of the source's own state ("the government ... Turkish Kurd refugees").
    same = [a for a in right if a.code == source and (source_m is None or a.start != source_m.start)]
    if same and (same[0].kind == "official" or _SECTOR_AFTER.match(text[same[0].end :])):
        return same[0].code
    if (
        source_m is not None
        and source == source_m.code
        and is_state_code(source)
        and _NON_STATE_SECTOR_AFTER.match(text[source_m.end :])
        and _HOME_GOVERNMENT.search(text[t.end : clause.end])
        and not any(
            t.end <= a.start < t.end + _HOME_GOVERNMENT.search(text[t.end : clause.end]).start() for a in scene.usable
        )
    ):
        return source  # "Colombia's main rebel group rejected the government's offer": their own government
    if source is not None and is_state_code(source):
        # An unnamed domestic group right after the cue ("accepted demands from Shona rebels") is of the
        # source's own state unless an actor names another one first.
        group = _DOMESTIC_GROUP.search(text[t.end : clause.end])
        if group and not any(t.end <= a.start < t.end + group.start() for a in scene.usable):
            return source
    if source is not None and is_state_code(source):
        # A domestic story: the sentence names no other state, and the cue has an object we cannot code
        # ("Bosnian Serbs demanded a truce with Moslem forces", "police will not tolerate rallies by the
        # Kifaya group"): the object belongs to the same state.
        codes = {a.code for a in scene.actors if is_state_code(a.code)}
        if codes == {source} and _UNCODED_OBJECT.search(text[t.end : clause.end]):
            return source
    agents = [a for a in scene.right_all if _BY_BEFORE.search(text[t.end : a.start]) and a.code != source]
    if agents and t.event_type in VERBAL_TYPES | {"CONCEDE"}:
        return agents[0].code  # "rejected calls by Belarus"
    where = [
        a
        for a in scene.actors
        if t.end <= a.start < clause.end
        and (a.kind == "place" or LOCATION_PREP.search(left_of(text, a.start)))
        and not any(f.start <= a.start < f.end for f in scene.frames)
        and is_state_code(a.code)
    ]
    if where and (where[0].code != source or t.event_type not in MATERIAL_CONFLICT_TYPES):
        return where[0].code
    return _domestic_object(scene, source)


def _domestic_object(scene: _Scene, source: str | None) -> str | None:
    """ "Opposition lawmakers in Ghana accused the energy minister of ...": an uncoded person or institution
    acted upon in a story that names no other state after the cue belongs to the source's state."""
    text, clause, t = scene.text, scene.clause, scene.clause.trigger
    if source is None or not is_state_code(source):
        return None
    after = [a for a in scene.actors if t.end <= a.start < clause.end and is_state_code(a.code)]
    if any(a.code != source for a in after):
        return None
    if any(a.code != source and not is_state_code(a.code) for a in scene.usable if t.end <= a.start < clause.end):
        return None  # an international body is named there
    obj = _DOMESTIC_OBJECT.search(text[t.end : clause.end])
    if obj is None or SUBORDINATE.search(text[t.end : t.end + obj.start()]):
        return None
    return source


def _speech_source(text: str, t: Trigger, frames: list[Attribution], ctx: ArticleContext) -> str | None:
    """The state or body of the speaker whose words hold the trigger, if any."""
    for f in frames:
        if f.kind == "said" and not (f.start <= t.start < f.end):
            return frame_code(f, ctx)
    return None


def sent_abroad(text: str, clause: Clause, actors: list[ActorMention], source: str | None, target: str | None) -> bool:
    """Deployed in or to another state's territory ("deployed to Russia's Kursk region") rather than at home."""
    if not source or not target or source == target or not is_state_code(target):
        return False
    if SHOW_OF_FORCE.search(text[clause.trigger.end : clause.end]):
        return False  # "deployed warships near Taiwan", "jets along the border": a show of force, not help
    for a in actors:
        if a.code == target and clause.start <= a.start < clause.end and a.start > clause.trigger.end:
            return bool(
                re.search(r"\b(?:in|to|into|inside)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}$", left_of(text, a.start))
            )
    return False


SHOW_OF_FORCE = re.compile(
    r"\b(?:near|along|off|close to|facing|opposite|around|toward|towards|bordering)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:border|frontier|coast|waters|island|islands|strait|line|boundary|[A-Z]\w+)\b|\bin a show of\b|\bwarning to\b|"
    r"\bexercises?\b|\bdrills?\b|\bon alert\b",
    re.I,
)


_EXERCISE = re.compile(r"(?:exercise|drill|war game|manoeuvre|maneuver)s?$", re.I)


def joint_exercise_partner(text: str, clause: Clause, actors: list[ActorMention], source: str | None) -> str | None:
    """'French and Egyptian warships launched war games': exercises held by two states together are
    cooperation (CAMEO 062), not a show of force; the partner is the other state."""
    t = clause.trigger
    if t.event_type != "MOBILIZE" or not _EXERCISE.search(t.lemma) or source is None:
        return None
    left = [a for a in actors if clause.start <= a.start and a.end <= t.start and is_state_code(a.code)]
    for first, second in zip(left, left[1:], strict=False):
        if (
            first.code == source
            and second.code != source
            and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[first.end : second.start])
        ):
            return second.code
    return None
