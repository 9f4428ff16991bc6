"""Event mentions and their clustering. No Dagster here.

Public entry points: `extract_event_mentions`, `cluster_events`.

Rule-based and dependency-light (standard library and pandas only):
- `sentences`    sentence splitting with offsets (abbreviations, initials, run-on text);
- `rules_data`   the rules as data: gazetteer and event lexicon, CSV files in `data/`, read once;
- `actors`       our gazetteer: states, demonyms, capitals, seats of government, office holders -> ISO
                 alpha-3; international and non-state bodies -> canonical names; places;
- `triggers`     PLOVER event types from verb and noun cues, with inflection and context conditions;
- `attribution`  who a claim is attributed to ("X said", "said X", "according to Y", "Z told a briefing");
- `certainty`    asserted / reported / hedged / denied, with the scope of each cue;
- `quantities`   counts with units and bounds ("as many as", "up to", "between ... and ...");
- `dates`        the event date (governing temporal expression, statement date, anchor at the text's precision);
- `extract`      clauses, main cue, source and target, speaker, location: one mention per clause and event;
- `clusters`     mentions of one real-world event across articles and sources, with deterministic ids.
- `incremental`  which clusters a change of mentions can reach: the update that equals clustering again.
"""

from pipeline.events.clusters import cluster_events
from pipeline.events.extract import extract_event_mentions
from pipeline.events.model import EventMention

__all__ = ["EventMention", "extract_event_mentions", "cluster_events"]
