"""From one table to the next: plain functions over DataFrames, no Dagster.

The assets call these; so do tests and benchmarks. Each function takes the rows of the previous table for a
window of ingestion days and returns the rows of the next table (plus rejections where records can be lost).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from types import SimpleNamespace

import pandas as pd

from pipeline.dates import extract_temporal_expressions, find_publication_date
from pipeline.dates.model import TemporalExpression
from pipeline.events import cluster_events, extract_event_mentions
from pipeline.events.clusters import CLUSTER_COLUMNS, summarize
from pipeline.geo.geocode import geocode_mentions
from pipeline.parallel import batch_size_for, map_batches
from pipeline.sources.files import iter_input_folder, read_input_folder
from pipeline.sources.guards import html_nesting_depth
from pipeline.sources.records import RawRecord, Rejection
from pipeline.text import extract_articles
from schemas.contract import column_names, working_dtypes

log = logging.getLogger(__name__)

RAW_COLUMNS = [
    "ingest_day",
    "record_id",
    "input_path",
    "record_index",
    "format",
    "content",
    "encoding",
    "url",
    "published_hint",
    "title_hint",
    "source_hint",
    "nul_bytes_dropped",
]


def stable_id(*parts: object) -> str:
    """Deterministic id from content and source, never from time or order."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:20]


# Column types that cannot be told from the values when a frame is empty (or all-null); without them the
# first, empty, write of a day would create a DuckDB column of the wrong type for every later day. Derived
# from the Arrow contract (schemas/contract.py), the one declaration of every column's type: the stages work
# in pandas' default widths (int64, float64, datetime64[ns]); the contract narrows them when a table is stored.
COLUMN_DTYPES = working_dtypes()
INTERNAL_DTYPES = {"nul_bytes_dropped": "int64"}  # typed columns of internal tables (raw_articles), not published


def _frame(rows: list[dict], columns: Sequence[str]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(columns))
    dtypes = {**COLUMN_DTYPES, **INTERNAL_DTYPES}
    return frame.astype({c: t for c, t in dtypes.items() if c in frame.columns})


def rejected_frame(rejections: Iterable[Rejection], day: str) -> pd.DataFrame:
    rows = [
        {
            "ingest_day": day,
            "input_path": r.input_path,
            "record_id": r.record_id,
            "record_index": r.record_index,
            "stage": r.stage,
            "reason": r.reason,
        }
        for r in rejections
    ]
    return _frame(rows, ["ingest_day", *column_names("rejected")])


# --- raw records -------------------------------------------------------------------------------------------


def load_day(
    folder: Path, day: str, *, path_prefix: str, manifest: Path | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read one day's input folder into raw records and load rejections. A missing folder is an empty day."""
    if not folder.is_dir():
        return _frame([], RAW_COLUMNS), rejected_frame([], day)
    records, rejections = read_input_folder(folder, manifest=manifest, path_prefix=path_prefix)
    rows = [_raw_row(r, day) for r in records]
    return _frame(rows, RAW_COLUMNS), rejected_frame(rejections, day)


def load_day_empty() -> pd.DataFrame:
    """No raw records: a frame of their columns."""
    return _frame([], RAW_COLUMNS)


def load_day_batches(
    folder: Path,
    day: str,
    *,
    path_prefix: str,
    rejections: list[Rejection],
    manifest: Path | None = None,
    batch_rows: int = 1000,
) -> Iterator[pd.DataFrame]:
    """`load_day`'s raw records, `batch_rows` at a time, file by file, so a day of any size is never held at
    once; the load rejections are appended to `rejections` as they are met (`rejected_frame` turns them into
    rows once the batches are read)."""
    if not folder.is_dir():
        return
    batch: list[dict] = []
    for item in iter_input_folder(folder, manifest=manifest, path_prefix=path_prefix):
        if isinstance(item, Rejection):
            rejections.append(item)
            continue
        batch.append(_raw_row(item, day))
        if len(batch) >= batch_rows:
            yield _frame(batch, RAW_COLUMNS)
            batch = []
    if batch:
        yield _frame(batch, RAW_COLUMNS)


def _raw_row(record: RawRecord, day: str) -> dict:
    return {
        "ingest_day": day,
        "record_id": record.record_id,
        "input_path": record.input_path,
        "record_index": record.record_index,
        "format": record.format,
        "content": record.content,
        "encoding": record.encoding,
        "url": record.url,
        "published_hint": record.published_hint,
        "title_hint": record.title_hint,
        "source_hint": record.source_hint,
        "nul_bytes_dropped": record.nul_bytes_dropped,
    }


# --- articles ----------------------------------------------------------------------------------------------

# Beyond the contract: what the date stage read (published_text), the copy detector's key (body_hash), and why
# the date stage failed on this article (date_stage_error, null when it did not); none of them is published.
ARTICLE_COLUMNS = ["ingest_day", *column_names("articles"), "published_text", "body_hash", "date_stage_error"]


def body_hash(body: str) -> str:
    return hashlib.sha256(" ".join(body.split()).lower().encode()).hexdigest()[:20]


@dataclass(frozen=True)
class SizeLimits:
    """Inputs beyond these sizes are rejected with the reason instead of slowing every later stage.

    A news report's text rarely exceeds 100,000 characters; a page's HTML rarely 5 MB.
    """

    max_text_chars: int = 2_000_000  # flattened-text records, before extraction
    max_html_chars: int = 15_000_000  # HTML records, before extraction
    max_body_chars: int = 300_000  # one extracted body


def _too_large(rec, limits: SizeLimits) -> str | None:
    cap = limits.max_html_chars if rec.format == "html" else limits.max_text_chars
    if len(rec.content) > cap:
        return f"{rec.format} record of {len(rec.content):,} characters exceeds the {cap:,} character cap"
    return None


def build_articles(
    raw: pd.DataFrame,
    earlier_hashes: dict[str, str] | None = None,
    limits: SizeLimits = SizeLimits(),
    *,
    processes: int = 1,
    batch_size: int = 64,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Extract every report from the raw records; records with no article text become rejections.

    `earlier_hashes` maps body hashes of articles stored for earlier days to their article_id, so a copy of an
    article seen before is kept (nothing is lost) but marked with `duplicate_of`. `processes` > 1 extracts in
    that many worker processes; the result is the same whatever their number.
    """
    raw = raw.sort_values(["ingest_day", "input_path", "record_index"]) if len(raw) else raw
    size = batch_size_for(len(raw), processes, batch_size)
    batches = (raw.iloc[i : i + size] for i in range(0, len(raw), size))
    return build_articles_streamed(batches, earlier_hashes, limits, processes=processes)


def build_articles_streamed(
    batches: Iterable[pd.DataFrame],
    earlier_hashes: dict[str, str] | None = None,
    limits: SizeLimits = SizeLimits(),
    *,
    processes: int = 1,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`build_articles` over raw records that arrive in batches already sorted by (ingest_day, input_path,
    record_index): only a few batches of raw content are held at once."""
    pairs = list(article_batches(batches, earlier_hashes, limits, processes=processes))
    return _concat([a for a, _ in pairs], ARTICLE_COLUMNS), _concat([r for _, r in pairs], REJECTION_COLUMNS)


def _concat(frames: list[pd.DataFrame], columns: Sequence[str]) -> pd.DataFrame:
    """Batches of one table as one frame (the columns alone when there are no rows)."""
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else _frame([], columns)


REJECTION_COLUMNS = ["ingest_day", *column_names("rejected")]


def article_batches_empty() -> tuple[pd.DataFrame, pd.DataFrame]:
    """(articles, rejections) with no rows: the columns and types `article_batches` gives."""
    return _frame([], ARTICLE_COLUMNS), _frame([], REJECTION_COLUMNS)


def article_batches(
    batches: Iterable[pd.DataFrame],
    earlier_hashes: dict[str, str] | None = None,
    limits: SizeLimits = SizeLimits(),
    *,
    processes: int = 1,
) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """(articles, rejections) of each batch of raw records, in order, as the workers finish them: the caller
    writes each away, so neither the day's HTML nor its bodies are ever held at once. Copies of an earlier
    body (earlier days, or earlier in these batches) point to the first one (`duplicate_of`): only the body
    hashes are kept from batch to batch."""
    seen: dict[str, str] = dict(earlier_hashes or {})
    jobs = ((b.to_dict("records"), limits) for b in batches)
    for results in map_batches(_extract_batch, jobs, processes):
        rows: list[dict] = []
        rejections: list[dict] = []
        for found, rejection in results:
            if rejection is not None:
                rejections.append(rejection)
                continue
            for row in found:  # copies of an earlier body, in input order, point to the first one
                row["duplicate_of"] = seen.get(row["body_hash"])
                if row["duplicate_of"] is None:
                    seen[row["body_hash"]] = row["article_id"]
                rows.append(row)
        yield _frame(rows, ARTICLE_COLUMNS), _frame(rejections, REJECTION_COLUMNS)


def _extract_batch(job: tuple[list[dict], SizeLimits]) -> list[tuple[list[dict], dict | None]]:
    """Worker side of `build_articles`: (article rows, None) or ([], rejection) per raw record."""
    records, limits = job
    return [_extract_record(SimpleNamespace(**r), limits) for r in records]


def _extract_record(rec, limits: SizeLimits) -> tuple[list[dict], dict | None]:
    oversized = _too_large(rec, limits)
    if oversized:
        return [], _reject(rec, "extract", oversized)
    try:
        found = extract_articles(rec.content, rec.format, url=_opt(rec.url))
    except Exception as exc:  # one bad page never stops the run: it is rejected with the reason
        return [], _reject(rec, "extract", f"extraction failed: {type(exc).__name__}: {exc}"[:500])
    found = [a for a in found if a.body.strip()]
    if not found:
        return [], _reject(rec, "extract", _why_no_text(rec))
    longest = max(len(a.body) for a in found)
    if longest > limits.max_body_chars:
        return [], _reject(
            rec, "extract", f"article body of {longest:,} characters exceeds the {limits.max_body_chars:,} cap"
        )
    return [_article_row(rec, art) for art in found], None


def _article_row(rec, art) -> dict:
    pub_date, pub_source, date_error = _publication_date(rec, art)
    return {
        "ingest_day": rec.ingest_day,
        "article_id": stable_id(rec.record_id, art.segment),
        "record_id": rec.record_id,
        "input_path": rec.input_path,
        "record_index": int(rec.record_index),
        "segment": art.segment,
        "title": art.title or _opt(rec.title_hint),
        "author": art.author,
        "site": art.site or _opt(rec.source_hint),
        "url": art.url or _opt(rec.url),
        "published_date": pd.Timestamp(pub_date) if pub_date else pd.NaT,
        "published_date_source": pub_source,
        "language": art.language,
        "body": art.body,
        "body_chars": len(art.body),
        "duplicate_of": None,
        "encoding": rec.encoding,
        "published_text": art.published_text,
        "body_hash": body_hash(art.body),
        "date_stage_error": date_error,
    }


def _publication_date(rec, art) -> tuple[dt.date | None, str, str | None]:
    """(date, source, error) of one article. A failure of the date stage keeps the article, dated "unknown",
    and returns the reason, which the articles asset counts (date_stage_failures) and logs; it is logged here too."""
    try:
        pub = find_publication_date(
            body=art.body,
            html=rec.content if rec.format == "html" else None,
            url=art.url or _opt(rec.url),
            published_text=art.published_text,
            manifest_hint=_opt(rec.published_hint),
            fetched_at=dt.date.fromisoformat(rec.ingest_day),
        )
    except Exception as exc:  # one bad page never stops the run; the failure is counted, logged and kept
        reason = f"{type(exc).__name__}: {exc}"[:300]
        log.warning("date stage failed on %s (segment %s): %s", rec.input_path, art.segment, reason)
        return None, "unknown", reason
    return pub.date, pub.source if pub.date else "unknown", None


PARSER_MAX_DEPTH = 255  # libxml2 stops building the tree below this depth


def _why_no_text(rec) -> str:
    """The most precise reason we can give for a record that yielded no article text."""
    if rec.format == "html":
        depth = html_nesting_depth(rec.content, stop_at=PARSER_MAX_DEPTH)
        if depth >= PARSER_MAX_DEPTH:
            return f"no article text found: HTML nested deeper than the parser's {PARSER_MAX_DEPTH} levels"
    return "no article text found"


def _reject(rec, stage: str, reason: str) -> dict:
    return {
        "ingest_day": rec.ingest_day,
        "input_path": rec.input_path,
        "record_id": rec.record_id,
        "record_index": int(rec.record_index),
        "stage": stage,
        "reason": reason,
    }


def _opt(value: object) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    text = str(value).strip()
    return text or None


def _anchor(value: object) -> dt.date | None:
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).date()


# --- temporal expressions ----------------------------------------------------------------------------------

TEMPORAL_COLUMNS = ["ingest_day", *column_names("temporal_expressions")]


def build_temporal_expressions(articles: pd.DataFrame, *, processes: int = 1, batch_size: int = 256) -> pd.DataFrame:
    """Every date expression of every article; `processes` > 1 spreads the articles over worker processes
    (same rows, same order)."""
    size = batch_size_for(len(articles), processes, batch_size)
    batches = (articles.iloc[i : i + size] for i in range(0, len(articles), size))
    return _concat([t for _, t in temporal_batches(batches, processes=processes)], TEMPORAL_COLUMNS)


def temporal_batches(
    batches: Iterable[pd.DataFrame], *, processes: int = 1
) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """(articles, their date expressions) of each batch of articles, in order, as the workers finish them."""
    columns = ["ingest_day", "article_id", "body", "published_date"]
    held: deque = deque()

    def jobs():
        for batch in batches:
            held.append(batch)
            yield batch[columns].to_dict("records")

    for rows in map_batches(_temporal_batch, jobs(), processes):
        yield held.popleft(), _frame(rows, TEMPORAL_COLUMNS)


def _temporal_batch(articles: list[dict]) -> list[dict]:
    rows: list[dict] = []
    for art in articles:
        anchor = _anchor(art["published_date"])
        for te in extract_temporal_expressions(art["body"], anchor):
            rows.append(
                {
                    "ingest_day": art["ingest_day"],
                    "article_id": art["article_id"],
                    "text": te.text,
                    "start": te.start,
                    "end": te.end,
                    "value": te.value,
                    "granularity": te.granularity,
                    "anchor_date": pd.Timestamp(anchor) if anchor else pd.NaT,
                }
            )
    return rows


# --- events ------------------------------------------------------------------------------------------------

MENTION_COLUMNS = [
    "ingest_day",
    *[c for c in column_names("events") if c != "cluster_id"],
    "site",
]


# Languages the event coder reads; articles in any other language give no events (and are counted).
CODED_LANGUAGES = frozenset({"en"})


def skipped_for_language(articles: pd.DataFrame) -> dict[str, int]:
    """Original articles the event coder does not read, by language ("unknown" when none was detected)."""
    if not len(articles):
        return {}
    originals = articles[articles["duplicate_of"].isna()]
    skipped = originals[~originals["language"].isin(CODED_LANGUAGES)]
    return {str(k): int(v) for k, v in skipped["language"].fillna("unknown").value_counts().sort_index().items()}


def build_event_mentions(
    articles: pd.DataFrame, temporal: pd.DataFrame, *, processes: int = 1, batch_size: int = 256
) -> pd.DataFrame:
    """Event mentions of every original article (not a copy of an earlier one) in a coded language;
    `processes` > 1 spreads the articles over worker processes (same rows, same order)."""
    size = batch_size_for(len(articles), processes, batch_size)
    batches = (
        (part, temporal[temporal["article_id"].isin(part["article_id"])])
        for part in (articles.iloc[i : i + size] for i in range(0, len(articles), size))
    )
    return _concat([m for _, m in event_mention_batches(batches, processes=processes)], MENTION_COLUMNS)


def event_mention_batches(
    batches: Iterable[tuple[pd.DataFrame, pd.DataFrame]], *, processes: int = 1
) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """(articles, their event mentions) of each batch of (articles, date expressions of at least those
    articles), in order, as the workers finish them. Copies of an earlier article and articles in languages
    the coder does not read give no mentions."""
    columns = ["ingest_day", "article_id", "body", "published_date", "site"]
    held: deque = deque()

    def jobs():
        for articles, temporal in batches:
            held.append(articles)
            originals = articles[articles["duplicate_of"].isna() & articles["language"].isin(CODED_LANGUAGES)]
            by_article = _expressions_by_article(temporal, set(originals["article_id"]))
            yield [(art, by_article.get(art["article_id"], [])) for art in originals[columns].to_dict("records")]

    for rows in map_batches(_mentions_batch, jobs(), processes):
        frame = geocode_mentions(_frame(rows, MENTION_COLUMNS))
        yield held.popleft(), frame.drop_duplicates("event_id").reset_index(drop=True)


def mention_batches_empty() -> pd.DataFrame:
    """Event mentions with no rows: the columns and types `event_mention_batches` gives."""
    return _frame([], MENTION_COLUMNS)


def _expressions_by_article(temporal: pd.DataFrame, wanted: set[str]) -> dict[str, list[TemporalExpression]]:
    by_article: dict[str, list[TemporalExpression]] = {}
    for te in temporal.itertuples(index=False):
        if te.article_id in wanted:
            by_article.setdefault(te.article_id, []).append(
                TemporalExpression(te.text, int(te.start), int(te.end), _opt(te.value), te.granularity)
            )
    return by_article


def _mentions_batch(articles: list[tuple[dict, list[TemporalExpression]]]) -> list[dict]:
    rows: list[dict] = []
    for art, temporal in articles:
        mentions = extract_event_mentions(art["body"], _anchor(art["published_date"]), temporal)
        for m in mentions:
            row = asdict(m)
            row.update(
                {
                    "ingest_day": art["ingest_day"],
                    "article_id": art["article_id"],
                    "site": _opt(art["site"]),
                    "event_id": stable_id(
                        art["article_id"], m.start, m.end, m.event_type, m.source_actor, m.target_actor
                    ),
                }
            )
            rows.append(row)
    return rows


EVENTS_COLUMNS = ["ingest_day", *column_names("events")]
CLUSTERS_COLUMNS = ["ingest_day", *column_names("event_clusters")]
EVENTS_ORDER = ["ingest_day", "article_id", "start", "event_id"]


def build_events_and_clusters(mentions: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Cluster every stored mention; return the events table (mentions + cluster_id) and the clusters table."""
    if mentions.empty:
        return _frame([], EVENTS_COLUMNS), _frame([], CLUSTERS_COLUMNS)
    mentions = mentions.sort_values(EVENTS_ORDER).reset_index(drop=True)
    cluster_ids, clusters = cluster_events(mentions)
    events = mentions.assign(cluster_id=cluster_ids.values)[EVENTS_COLUMNS]
    return events, _with_first_day(clusters, events)


def build_cluster_update(
    clusters: dict[str, list[str]], assign: dict[str, str], mentions: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Rows an incremental update writes: `clusters` maps each cluster to rewrite to its member event_ids,
    `assign` each mention row to rewrite to its cluster_id, `mentions` holds the event_mentions rows of every
    member. Returns (events rows of `assign`, clusters rows of `clusters`)."""
    if not clusters:
        return _frame([], EVENTS_COLUMNS), _frame([], CLUSTERS_COLUMNS)
    owner = {e: cid for cid, members in clusters.items() for e in members}
    mentions = mentions.sort_values(EVENTS_ORDER).reset_index(drop=True)
    members = mentions.assign(cluster_id=mentions["event_id"].map(owner))
    records = [summarize(str(cid), rows) for cid, rows in members.groupby("cluster_id", sort=True)]
    first_day = members.groupby("cluster_id")["ingest_day"].min()
    clusters_frame = pd.DataFrame(records, columns=CLUSTER_COLUMNS)
    clusters_frame = clusters_frame.assign(ingest_day=clusters_frame["cluster_id"].map(first_day))[CLUSTERS_COLUMNS]
    events = members[members["event_id"].isin(list(assign))].reset_index(drop=True)[EVENTS_COLUMNS]
    return events, clusters_frame


def _with_first_day(clusters: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """A cluster's ingestion day is the first day one of its mentions was reported."""
    first_day = events.groupby("cluster_id")["ingest_day"].min()
    return clusters.assign(ingest_day=clusters["cluster_id"].map(first_day))[CLUSTERS_COLUMNS]


class StageTimer:
    """Wall-clock seconds of a block, for asset metadata and the CLI's _run.json."""

    def __enter__(self) -> StageTimer:
        self._start = time.perf_counter()
        self.seconds = 0.0
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self._start
