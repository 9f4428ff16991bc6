"""Who a claim is attributed to: "X said", "said X", "according to Y", "Z told a briefing"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from pipeline.events.actors import find_actors, is_state_code, normalize_actor

FrameKind = Literal["said", "according_to"]

SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|noted|notes|stated|states|announced|announces|explained|wrote|writes|"
    "claimed|claims|reported|reports|insisted|insists|argued|argues|confirmed|confirms|declared|declares|"
    "stressed|stresses|emphasized|emphasised|underscored|underlined|asserted|asserts|quoted|acknowledged|"
    "admitted|revealed|suggested|indicated|assessed|believes|believed|estimated|estimates|disclosed|"
    "announced|observed|remarked|commented|recalled|pointed out|made clear|warned"
)
_INVERTIBLE = r"said|says|added|adds|wrote|writes|noted|continued|asked|explained|warned|stated|declared"
OBJECT_PRONOUNS = {"him", "her", "them", "us", "me", "his", "its", "their"}
_ROLE = re.compile(
    r"\b(?:spokes\w+|officials?|ministry|ministers?|government|military|army|police|authorities|sources|"
    r"diplomats?|presidency|embassy|office|agency|command|administration)\b",
    re.I,
)
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
TITLE_WORDS = frozenset(
    """President Vice Prime Minister Foreign Defense Defence Secretary General Gen. Maj. Lt. Col. Capt. Adm.
    Spokesperson Spokesman Spokeswoman Chief Deputy Ambassador Envoy Senator Sen. Rep. Representative Mr Mr.
    Mrs Mrs. Ms Ms. Dr Dr. King Queen Prince Chancellor Premier Governor Mayor Commander Colonel Major
    Lieutenant Admiral Director Head Leader Press Security National Adviser Advisor Advisor Counselor
    Senior Top Former Acting Interior Finance Trade Justice State Home Supreme Speaker Chairman Chairwoman
    Secretary-General Minister's Army Navy Air Force Staff of the Office""".split()
)

_NAME_RUN = re.compile(r"(?:[A-Z][\w.'’-]*(?:\s+(?:al-|bin\s|von\s|van\s|de\s|der\s)?)?)+")
_SPEECH = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+(?P<subj>[^,;.”\"]{1,120}?)(?=\s*[,;.”\"]|\s+(?:that|which)\b|$)")
_AUX = re.compile(r"(?:\s+(?:has|have|had|also|again|later|earlier|previously|then|had\s+earlier))+\s*$")
_TAIL_OK = re.compile(
    r"^(?:\s+(?:on|in|at|during|to|after|before|via|by|through|late|early|last|this|earlier|later|a|an|the|"
    r"his|her|their|its|reporters?|journalists|[A-Z][\w.’'-]*|\w+day|briefing|conference|statement|interview|"
    r"message|video|press|daily|news|televised|virtual|regular|call|afternoon|morning|evening|night|week|"
    r"told|when|responding|questions|program|programme|television|radio|meeting|separate|online|post|"
    r"social|media|of|with|\d+|[’'])){0,14}[\s.!?”\"]*$"
)


@dataclass(frozen=True)
class Attribution:
    """One attribution frame of a sentence."""

    speaker: str | None  # person or body as written, titles stripped ("Matthew Miller", "White House")
    speaker_code: str | None  # the state or body the speaker stands for ("USA", "United Nations")
    kind: FrameKind
    start: int  # span of the attribution frame within the sentence
    end: int
    subject: str  # the full subject phrase as written
    is_person: bool


def _strip_determiner(s: str) -> str:
    return re.sub(r"^(?:the|a|an|The|A|An)\s+", "", s.strip(" ,")).strip()


def speaker_name(subject: str) -> tuple[str | None, bool]:
    """The person named in a subject phrase, titles stripped; else the body itself. Also: is it a person?"""
    # "<someone>'s remarks come as <a body> (confirmed ...)": the speaker follows the subordinator.
    parts = re.split(r"\b(?:as|when|while|after|because|that|which|who|if|since|and then)\s+", subject)
    subject = _strip_determiner(parts[-1])
    # "a statement from <a ministry>", "a report received by <a government>": the issuer speaks.
    issuer = re.match(
        r"^(?:[\w-]+\s+){0,2}?(?:statement|release|report|reports|intelligence|letter|communiqu[eé]|readout|"
        r"assessment|briefing)\s+(?:[\w-]+\s+){0,1}?(?:from|by|of)\s+(?:the\s+)?(.+)$",
        subject,
        re.I,
    )
    if issuer:
        subject = issuer.group(1)
    if not subject:
        return None, False
    if subject.lower() in PRONOUNS | OBJECT_PRONOUNS:
        return None, True
    actors = find_actors(subject)
    officials = [
        a
        for a in actors
        if a.kind == "official"
        or (a.kind == "body" and " " in a.text and a.text[0].isupper() and _looks_like_person(a.text))
    ]
    if officials:
        return officials[-1].text, True
    runs = [m.group(0).strip() for m in _NAME_RUN.finditer(subject)]
    for run in reversed(runs):
        words = run.replace("’s", "").replace("'s", "").split()
        while words and (words[0] in TITLE_WORDS or normalize_actor(words[0]) is not None and _is_state_word(words[0])):
            words = words[1:]
        # Drop gazetteer prefixes such as "Ukrainian", "South Korean".
        rest = " ".join(words)
        for a in find_actors(rest):
            if a.start == 0 and a.kind in ("state", "capital", "institution"):
                rest = rest[a.end :].strip()
        words = [w for w in rest.split() if w not in TITLE_WORDS]
        if len(words) >= 2 and all(w[0].isupper() for w in words) and normalize_actor(" ".join(words)) is None:
            return " ".join(words), True
    if actors:
        only = actors[0]
        if len(actors) == 1 and only.text == subject:
            return only.text, False
        if len(actors) == 1 and len(subject.split()) > 8 and only.kind != "state":
            return only.text, False
        return (subject, False) if len(subject.split()) <= 8 else (only.text, False)
    if not any(w[:1].isupper() for w in subject.split()) and not _ROLE.search(subject):
        return None, False  # "the statement", "reports"
    return subject if len(subject) <= 60 else None, False


def _looks_like_person(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and text
        not in {
            "United Nations",
            "European Union",
            "Security Council",
            "African Union",
            "Arab League",
            "Red Cross",
            "World Bank",
            "Red Crescent",
            "General Assembly",
            "European Commission",
            "European Council",
            "European Parliament",
            "European Community",
            "Islamic State",
            "Human Rights Watch",
            "Amnesty International",
            "Atlantic Alliance",
        }
        and not any(
            x in text
            for x in (
                "UN ",
                "U.N. ",
                "International",
                "Organization",
                "Organisation",
                "Union",
                "Council",
                "Court",
                "Agency",
                "League",
                "Fund",
            )
        )
    )


def _is_state_word(word: str) -> bool:
    return (code := normalize_actor(word)) is not None and is_state_code(code)


def _make(subject: str, kind: FrameKind, start: int, end: int) -> Attribution | None:
    subject = subject.strip(" ,")
    if not subject or len(subject.split()) > 16:
        return None
    name, is_person = speaker_name(subject)
    code = normalize_actor(subject)
    return Attribution(name, code, kind, start, end, subject, is_person)


def find_attributions(sentence: str) -> list[Attribution]:
    """Attribution frames in one sentence: "according to" frames, then one reporting-verb frame."""
    found: list[Attribution] = []
    for m in _ACCORDING.finditer(sentence):
        a = _make(m.group("subj"), "according_to", m.start(), m.end())
        if a:
            found.append(a)
    for m in _SPEECH.finditer(sentence):
        frame = _speech_frame(sentence, m.start(), m.end())
        if frame:
            found.append(frame)
            break
    return found


def _speech_frame(sentence: str, vstart: int, vend: int) -> Attribution | None:
    before = sentence[:vstart]
    after = sentence[vend:]
    # Inverted: '..., said Matthew Miller, the spokesperson.'
    if re.search(r"[,”\"’]\s*$", before) and re.fullmatch(_INVERTIBLE, sentence[vstart:vend]):
        subj = re.sub(r"[.!?”\"]+$", "", after.strip()).strip()
        subj = re.split(
            r",|\s(?:after|on|in|at|during|when|while|who|as|before|following|in a|to|from)\s", subj, maxsplit=1
        )[0].strip()
        if subj and (subj[0].isupper() or subj.split()[0].lower() in ("the", "a", "an")) and len(subj.split()) <= 14:
            return _make(subj, "said", re.search(r"[,”\"’]\s*$", before).start(), len(sentence))  # type: ignore[union-attr]
    before_core = _AUX.sub("", before)
    cut = max(before_core.rfind(","), before_core.rfind("”"), before_core.rfind('"'), before_core.rfind(";"))
    subj = _LEADING_ADVERBIAL.sub("", before_core[cut + 1 :].strip())
    if not _plausible_subject(subj):
        # An appositive: "<Full Name>, the <role>, said"
        m = re.search(r"([A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+)+),\s+(?:the|a|an)\s[^,]{1,110},\s*$", before_core)
        if not m:
            return None
        subj, cut = m.group(1), m.start() - 1
    # Trailing: '... , a spokesman said on Friday.'  /  '... , <Name> told reporters.'
    if cut >= 0 and _TAIL_OK.match(after):
        return _make(subj, "said", cut, len(sentence))
    # Trailing, then a subordinate phrase: '..., an aide said <weekday>, amid <circumstances> ...'
    comma = re.search(r"[,;—–]", after)
    if cut >= 0 and comma and _TAIL_OK.match(after[: comma.start()]):
        return _make(subj, "said", cut, vend + comma.start())
    # Leading: 'Miller said (on Monday) (that) ...'  -> the frame ends after the verb (and "that").
    if cut < 0 or sentence[: cut + 1].strip() == "":
        m = re.match(
            r"(?:\s+(?:[\w’'-]+\s+){0,8}?that\b)|(?:\s+(?:on|in|at|during|last|this)\s+(?:[A-Z]\w+|\d+|week|month|year)(?:\s+\d+)?)?(?:\s+that\b)?",
            after,
        )
        return _make(subj, "said", 0, vend + (m.end() if m else 0))
    return None


_LEADING_ADVERBIAL = re.compile(
    r"^(?:(?:On|In|Early|Late|Last|This)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|week|month|year)"
    r"(?:\s+\d{1,2})?|Earlier|Later|Meanwhile|Separately|Also|However)\s*,?\s+"
)
_NOT_SUBJECT_START = frozenset(
    """regarding asked when after before in on at as if while although though despite according during since
    but and so yet also because with without for from to by of about amid following""".split()
)
_NOT_SUBJECT_END = re.compile(r"\b(?:the|a|an|of|to|in|on|at|for|with|by|and|or|has|have|had|that|which|who)$", re.I)


def _plausible_subject(subject: str) -> bool:
    s = subject.strip(" ,")
    if not s or len(s.split()) > 12 or _NOT_SUBJECT_END.search(s):
        return False
    from pipeline.events.triggers import find_triggers

    if any(t.pos == "verb" for t in find_triggers(s)) or re.search(
        r"\b(?:is|are|was|were|has|have|had|will|would)\b", s
    ):
        return False
    first = s.split()[0]
    if s.lower() in PRONOUNS:
        return True
    if first.lower().rstrip(",") in _NOT_SUBJECT_START:
        return False
    if "," in s and not re.search(r",\s*(?:the|a)\s", s):
        # "Matthew Miller, the spokesperson" is fine; a clause with commas is not a subject.
        return len(s.split()) <= 8
    return first[:1].isupper() or first.lower() in ("the", "a", "an", "his", "her", "their", "officials", "sources")
