"""What one article's earlier sentences tell its later ones: names, speakers, the day it reports on."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.events.attribution import Attribution


def left_of(text: str, end: int, width: int = 120) -> str:
    """The text just before `end`: left-context patterns never need more, and long sentences stay linear."""
    return text[max(0, end - width) : end]


@dataclass
class ArticleContext:
    """What earlier sentences of the same article tell later ones."""

    full_names: dict[str, str] = field(default_factory=dict)  # surname -> full name
    person_codes: dict[str, str] = field(default_factory=dict)  # person name (and surname) -> state or body
    last_person: str | None = None
    last_person_code: str | None = None
    last_speaker_code: str | None = None  # state or body of the last attributed speaker ("we" in a quote)
    reported_paragraph: bool = False  # an "according to" frame still governs this paragraph
    reference: str | None = None  # the day the article reports on
    last_source: str | None = None
    accusers: list[str] = field(default_factory=list)  # sources of ACCUSE events, in order


def frame_code(f: Attribution, ctx: ArticleContext) -> str | None:
    """The state or body a frame's speaker stands for; a pronoun or a surname is resolved from the article."""
    if f.speaker_code:
        return f.speaker_code
    if f.is_person and f.speaker is None:
        return ctx.last_person_code
    if f.speaker:
        return ctx.person_codes.get(f.speaker) or ctx.person_codes.get(f.speaker.split()[-1])
    return None
