from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Certainty = Literal["asserted", "reported", "hedged", "denied"]

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@dataclass(frozen=True)
class EventMention:
    event_type: str  # one of PLOVER_TYPES
    source_actor: str | None  # alpha-3 code for a state, else canonical English name
    target_actor: str | None
    speaker: str | None  # person or body the report is attributed to
    location: str | None
    quantity: float | None  # lower (or only) bound
    quantity_max: float | None  # upper bound when a range or "as many as" is given
    quantity_unit: str | None  # "troops", "containers", ...
    certainty: Certainty
    event_date: str | None  # value in the temporal-expression format, or None
    sentence: str  # the sentence as it stands in the body
    start: int  # offsets of the sentence (or clause) in the body
    end: int
    confidence: float = 1.0  # eventness score, 0 to 1 (see pipeline.events.eventness)
