"""Clustering: mentions of one real-world event merge across articles and sources; distinct events do not."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pandas as pd

from pipeline.dates.model import TemporalExpression
from pipeline.events import cluster_events, extract_event_mentions
from pipeline.events.clusters import date_range

CORPUS = json.loads((Path(__file__).parent / "fixtures" / "events" / "cluster_corpus.json").read_text())
COLUMNS = [
    "event_id",
    "article_id",
    "site",
    "event_type",
    "source_actor",
    "target_actor",
    "location",
    "event_date",
    "quantity",
    "quantity_max",
]


def _mentions(articles: list[dict]) -> pd.DataFrame:
    rows = []
    for art in articles:
        body = art["body"]
        temporal = []
        for text, value, granularity in art["temporal"]:
            i = body.index(text)
            temporal.append(TemporalExpression(text, i, i + len(text), value, granularity))
        for m in extract_event_mentions(body, dt.date.fromisoformat(art["published"]), temporal):
            event_id = hashlib.sha256(f"{art['article_id']}:{m.start}:{m.event_type}".encode()).hexdigest()[:16]
            rows.append(
                {
                    "event_id": event_id,
                    "article_id": art["article_id"],
                    "site": art["site"],
                    **{k: getattr(m, k) for k in COLUMNS[3:]},
                }
            )
    return pd.DataFrame(rows, columns=COLUMNS)


def _row(
    event_type="AID",
    date=None,
    quantity=None,
    quantity_max=None,
    location=None,
    article="x",
    site="s",
    event_id=None,
    source="KEN",
    target="SOM",
) -> dict:
    return {
        "event_id": event_id or f"{article}-{date}-{quantity}",
        "article_id": article,
        "site": site,
        "event_type": event_type,
        "source_actor": source,
        "target_actor": target,
        "location": location,
        "event_date": date,
        "quantity": quantity,
        "quantity_max": quantity_max,
    }


def test_one_event_in_four_reports_is_one_cluster_with_the_right_counts():
    mentions = _mentions(CORPUS["one_event"])
    aid = mentions[mentions["event_type"] == "AID"]
    assert len(aid) == 4
    ids, clusters = cluster_events(aid)
    assert ids.nunique() == 1
    [c] = clusters.to_dict("records")
    assert (c["source_actor"], c["target_actor"]) == ("KEN", "SOM")
    assert (c["n_mentions"], c["n_articles"], c["n_sources"]) == (4, 4, 3)
    assert (c["date_first"], c["date_last"]) == ("2025-03-10", "2025-03-10")
    assert (c["quantity_min"], c["quantity_max"]) == (500, 600)


def test_every_mention_keeps_its_own_values():
    mentions = _mentions(CORPUS["one_event"])
    aid = mentions[mentions["event_type"] == "AID"].sort_values("article_id")
    assert list(aid["quantity"]) == [500, 550, 600, 500]
    assert list(aid["event_date"]) == ["2025-03-10", "2025-W11", "2025-03", "2025-03-10"]


def test_same_type_and_actors_on_different_days_are_two_clusters():
    mentions = _mentions(CORPUS["two_events"])
    ids, clusters = cluster_events(mentions)
    assert ids.nunique() == 2
    assert sorted(clusters["date_first"]) == ["2025-03-10", "2025-03-21"]
    assert list(clusters["n_mentions"]) == [1, 1]


def test_cluster_ids_do_not_depend_on_row_order():
    mentions = _mentions(CORPUS["one_event"] + CORPUS["two_events"])
    ids, _ = cluster_events(mentions)
    shuffled = mentions.iloc[::-1]
    ids_shuffled, _ = cluster_events(shuffled)
    before = dict(zip(mentions["event_id"], ids, strict=True))
    assert before == dict(zip(shuffled["event_id"], ids_shuffled, strict=True))


def test_returned_ids_are_aligned_with_the_input_index():
    frame = pd.DataFrame([_row(date="2025-03-10", article="a"), _row(date="2025-03-21", article="b")], index=[7, 3])
    ids, _ = cluster_events(frame)
    assert list(ids.index) == [7, 3]
    assert ids[7] != ids[3]


def test_a_day_falls_inside_its_week_and_month():
    frame = pd.DataFrame(
        [_row(date="2025-03-10", article="a"), _row(date="2025-W11", article="b"), _row(date="2025-03", article="c")]
    )
    ids, _ = cluster_events(frame)
    assert ids.nunique() == 1


def test_a_day_outside_the_week_is_another_event():
    frame = pd.DataFrame([_row(date="2025-03-17", article="a"), _row(date="2025-W11", article="b")])
    ids, _ = cluster_events(frame)
    assert ids.nunique() == 2


def test_different_types_or_actors_never_merge():
    frame = pd.DataFrame(
        [
            _row(date="2025-03-10", article="a"),
            _row("ASSAULT", date="2025-03-10", article="b"),
            _row(date="2025-03-10", article="c", target="ETH"),
        ]
    )
    ids, _ = cluster_events(frame)
    assert ids.nunique() == 3


def test_far_apart_quantities_are_different_events():
    frame = pd.DataFrame(
        [_row(date="2025-03", quantity=100, article="a"), _row(date="2025-03", quantity=10000, article="b")]
    )
    ids, _ = cluster_events(frame)
    assert ids.nunique() == 2


def test_locations_in_different_countries_are_different_events():
    frame = pd.DataFrame(
        [
            _row(date="2025-03-10", location="Kismayo (SOM)", article="a"),
            _row(date="2025-03-10", location="Garissa (KEN)", article="b"),
        ]
    )
    ids, _ = cluster_events(frame)
    assert ids.nunique() == 2


def test_undated_mention_joins_the_only_dated_cluster():
    frame = pd.DataFrame([_row(date="2025-03-10", article="a"), _row(date=None, article="b")])
    ids, clusters = cluster_events(frame)
    assert ids.nunique() == 1
    assert clusters.loc[0, "n_mentions"] == 2


def test_undated_mention_with_two_candidate_events_stays_apart():
    frame = pd.DataFrame(
        [_row(date="2025-03-10", article="a"), _row(date="2025-03-21", article="b"), _row(date=None, article="c")]
    )
    ids, _ = cluster_events(frame)
    assert ids.nunique() == 3


def test_date_range_of_each_precision():
    assert date_range("2025-03-10") == (dt.date(2025, 3, 10), dt.date(2025, 3, 10), "day")
    assert date_range("2025-W11") == (dt.date(2025, 3, 10), dt.date(2025, 3, 16), "week")
    assert date_range("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29), "month")
    assert date_range("2025") == (dt.date(2025, 1, 1), dt.date(2025, 12, 31), "year")
    assert date_range(None) is None
    assert date_range("2024-Q4") == (dt.date(2024, 10, 1), dt.date(2024, 12, 31), "quarter")
    assert date_range("2024-WI") == (dt.date(2024, 12, 1), dt.date(2025, 2, 28), "season")
    assert date_range("199") is None and date_range("PRESENT_REF") is None
    assert date_range("2025-W11-WE") == (dt.date(2025, 3, 15), dt.date(2025, 3, 16), "weekend")


def test_no_mentions_give_no_clusters():
    ids, clusters = cluster_events(pd.DataFrame(columns=COLUMNS))
    assert len(ids) == 0 and len(clusters) == 0
    assert list(clusters.columns) == [
        "cluster_id",
        "event_type",
        "source_actor",
        "target_actor",
        "location",
        "location_country",
        "location_admin1",
        "latitude",
        "longitude",
        "geo_precision",
        "date_first",
        "date_last",
        "n_mentions",
        "n_articles",
        "n_sources",
        "quantity_min",
        "quantity_max",
    ]


def test_a_report_without_site_counts_as_its_own_source():
    frame = pd.DataFrame(
        [
            _row(date="2025-03-10", article="a", site=None),
            _row(date="2025-03-10", article="b", site=None),
            _row(date="2025-03-10", article="c", site="Daily Ledger"),
            _row(date="2025-03-10", article="d", site="daily ledger"),
        ]
    )
    _, clusters = cluster_events(frame)
    assert (clusters.loc[0, "n_articles"], clusters.loc[0, "n_sources"]) == (4, 3)


def test_a_symmetric_event_written_both_ways_is_one_cluster():
    frame = pd.DataFrame(
        [
            _row("AGREE", date="2025-03-10", article="a", source="CHL", target="PER"),
            _row("AGREE", date="2025-03-10", article="b", source="PER", target="CHL"),
        ]
    )
    ids, clusters = cluster_events(frame)
    assert ids.nunique() == 1
    assert (clusters.loc[0, "source_actor"], clusters.loc[0, "target_actor"]) == ("CHL", "PER")


def test_a_directed_event_written_both_ways_is_two_clusters():
    frame = pd.DataFrame(
        [
            _row("ASSAULT", date="2025-03-10", article="a", source="KEN", target="SOM"),
            _row("ASSAULT", date="2025-03-10", article="b", source="SOM", target="KEN"),
        ]
    )
    ids, _ = cluster_events(frame)
    assert ids.nunique() == 2


def test_a_mention_missing_its_target_joins_the_only_event_of_that_source():
    frame = pd.DataFrame(
        [_row("ASSAULT", date="2025-03-10", article="a"), _row("ASSAULT", date="2025-03-10", article="b", target=None)]
    )
    ids, clusters = cluster_events(frame)
    assert ids.nunique() == 1
    assert (clusters.loc[0, "source_actor"], clusters.loc[0, "target_actor"]) == ("KEN", "SOM")


def test_a_mention_missing_its_target_with_two_candidate_targets_stays_apart():
    frame = pd.DataFrame(
        [
            _row("ASSAULT", date="2025-03-10", article="a"),
            _row("ASSAULT", date="2025-03-10", article="b", target="ETH"),
            _row("ASSAULT", date="2025-03-10", article="c", target=None),
        ]
    )
    ids, _ = cluster_events(frame)
    assert ids.nunique() == 3
