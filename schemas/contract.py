"""The Parquet contract: column names, Arrow types and meaning of every published table.

Downstream teams read these files with DuckDB, pandas, polars or Spark and never see our code, so this module
is the single source of truth for the physical schema. Derived from TABLES: the Arrow schema of every Parquet
file (`arrow_schema`), the DuckDB column types (`sql_types`), the pandas dtypes the stages build frames in
(`working_dtypes`, used by pipeline/stages.py) and docs/CONTRACT.md (`render_markdown`). The pandera models in
schemas/tables.py are written by hand, because they carry checks the contract does not (allowed values, ranges,
cross-column rules); tests/test_contract.py proves their columns, dtypes and nullability match TABLES.

Changing a column's name or type is a breaking change: bump SCHEMA_VERSION's major number and say so in
docs/CONTRACT.md. Adding a column is a minor bump.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

SCHEMA_VERSION = "1.4.0"

# Every version after 1.0.0, newest first: what changed and what a reader has to do about it.
CHANGELOG: tuple[tuple[str, str], ...] = (
    (
        "1.4.0",
        'Temporal values gain TimeML\'s weekend `YYYY-Www-WE` ("over the weekend", "this weekend", "last'
        ' weekend": the Saturday and Sunday of that ISO week) and `granularity` gains `weekend`; before 1.4.0 a'
        " weekend was given as its ISO week (`YYYY-Www`, granularity `week`). No column changes. `events.event_date`"
        ' and `event_clusters.date_first` / `date_last` take the weekend value too. A part of a day ("Tuesday'
        " night\") stays its day (`YYYY-MM-DD`, granularity `day`): TimeML's `2024-11-05TNI` is not produced.",
    ),
    (
        "1.3.0",
        "`events` and `event_clusters` gain `location_country` (ISO 3166-1 alpha-3), `location_admin1`, `latitude`,"
        " `longitude` and `geo_precision` (place, city, admin1, region, country or sea), from an offline"
        " gazetteer (GeoNames extracts and our own regions; pipeline/geo/data/README.md). All nullable: an event"
        " without a location, or whose location we cannot place, has nulls. A sea or a region across borders has"
        " coordinates but no country unless the text gives one. Rows written before 1.3.0 read as null.",
    ),
    (
        "1.2.0",
        "`events.confidence` (double, 0 to 1): the eventness model's estimate that the row reports a real"
        " political event of its type. Rows under the published threshold are no longer written on pages of five"
        " or more sentences, and articles in languages the coder does not read (all but English) give no events.",
    ),
    (
        "1.1.0",
        "Temporal values take the whole TimeML DATE vocabulary: quarters `YYYY-Qn`, halves `YYYY-Hn`, seasons"
        " `YYYY-SP|SU|FA|WI`, decades `YYY`, centuries `YY`, `PRESENT_REF` / `PAST_REF` / `FUTURE_REF`, and"
        " values with an unknown year (`XXXX-12-25`, `XXXX-WXX-2`) where the text gives none and no publication"
        " date anchors it (in `temporal_expressions.value`, `events.event_date`, `event_clusters.date_first` /"
        " `date_last`). `granularity` gains `quarter`, `half`, `season`, `decade`, `century`, `reference` and"
        " `underspecified`. No column changes. A `granularity = 'day'` row still holds a full `YYYY-MM-DD` day or"
        " null; quarters and seasons, which 1.0.0 gave as their year, now come at their own precision, so a"
        " reader that wants years takes the first four characters of any value that starts with a digit.",
    ),
)
PARTITION_COLUMN = "ingest_day"  # Hive partition key of every table: ingest_day=YYYY-MM-DD/


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    nullable: bool
    doc: str


def _c(name: str, type_: pa.DataType, nullable: bool, doc: str) -> Column:
    return Column(name, type_, nullable, doc)


TABLES: dict[str, tuple[Column, ...]] = {
    "articles": (
        _c("article_id", pa.string(), False, "Deterministic id of the report (hash of its input record and segment)."),
        _c(
            "record_id",
            pa.string(),
            False,
            "Id of the input record it came from (hash of input_path and record_index).",
        ),
        _c("input_path", pa.string(), False, "Path of the input file relative to the input folder."),
        _c("record_index", pa.int32(), False, "Record number inside the file (JSONL line, WARC record); 0 otherwise."),
        _c("segment", pa.int32(), False, "0-based report number; a round-up page gives one row per report."),
        _c("title", pa.string(), True, "Headline."),
        _c("author", pa.string(), True, "Byline."),
        _c("site", pa.string(), True, "Outlet or site name."),
        _c("url", pa.string(), True, "Canonical URL when known."),
        _c("published_date", pa.date32(), True, "Publication date; null when unknown."),
        _c("published_date_source", pa.string(), False, "metadata, manifest, text, inferred or unknown."),
        _c("language", pa.string(), True, "ISO 639-1 language code when known."),
        _c("body", pa.string(), False, "Clean text; paragraphs separated by a blank line."),
        _c("body_chars", pa.int32(), False, "Length of body in characters."),
        _c("duplicate_of", pa.string(), True, "article_id of an earlier article with the same body; null if first."),
        _c("encoding", pa.string(), False, "Character encoding the input bytes were decoded with."),
    ),
    "temporal_expressions": (
        _c("article_id", pa.string(), False, "Article the expression is in."),
        _c("text", pa.string(), False, "The expression exactly as in body."),
        _c("start", pa.int32(), False, "Start character offset into body."),
        _c("end", pa.int32(), False, "End character offset into body (exclusive)."),
        _c(
            "value",
            pa.string(),
            True,
            'TimeML DATE value: YYYY-MM-DD (also for a part of a day: "Tuesday night"), YYYY-Www (ISO week),'
            " YYYY-Www-WE (its weekend), YYYY-MM, YYYY-Qn (quarter), YYYY-Hn (half), YYYY-SP|SU|FA|WI (season, by"
            " the year it starts in), YYYY, YYY (decade), YY (century), PRESENT_REF, PAST_REF, FUTURE_REF, or with"
            " XXXX for a year the text does not give (XXXX-12-25, XXXX-WXX-2); null when unresolvable.",
        ),
        _c(
            "granularity",
            pa.string(),
            False,
            "day, week, weekend, month, quarter, half, season, year, decade, century, reference (PRESENT_REF,"
            " PAST_REF, FUTURE_REF), underspecified (an XXXX value) or unknown. A day row's value is a full date or"
            " null, a weekend row's YYYY-Www-WE or null.",
        ),
        _c("anchor_date", pa.date32(), True, "Date the expression was resolved against (the publication date)."),
    ),
    "events": (
        _c("event_id", pa.string(), False, "Deterministic id of the event mention."),
        _c("article_id", pa.string(), False, "Article the mention is in."),
        _c("cluster_id", pa.string(), False, "Real-world event the mention belongs to (see event_clusters)."),
        _c("event_type", pa.string(), False, "One of the 16 PLOVER types."),
        _c(
            "event_date",
            pa.string(),
            True,
            "When it happened, in the temporal value format; null when unknown.",
        ),
        _c("source_actor", pa.string(), True, "Who acts: ISO 3166-1 alpha-3 for a state, else a canonical name."),
        _c("target_actor", pa.string(), True, "Who is acted upon, same coding as source_actor."),
        _c("speaker", pa.string(), True, "Person or body the report is attributed to."),
        _c("location", pa.string(), True, "Where it happened."),
        _c(
            "location_country",
            pa.string(),
            True,
            "ISO 3166-1 alpha-3 of the country the location lies in; null for a sea or cross-border region.",
        ),
        _c("location_admin1", pa.string(), True, "First-level region (state, province, oblast) by name, when known."),
        _c("latitude", pa.float64(), True, "Latitude of the location in degrees (WGS84), at its geo_precision."),
        _c("longitude", pa.float64(), True, "Longitude of the location in degrees (WGS84)."),
        _c(
            "geo_precision",
            pa.string(),
            True,
            "What the coordinates stand for: place (a site or small town), city, admin1, region, country (its"
            " centroid) or sea (a sea, strait, lake or river); null when the location is not placed.",
        ),
        _c("quantity", pa.float64(), True, "Number involved (lower or only bound)."),
        _c("quantity_max", pa.float64(), True, "Upper bound when the text gives a range or 'as many as'."),
        _c("quantity_unit", pa.string(), True, "What is counted (troops, containers, ...)."),
        _c("certainty", pa.string(), False, "asserted, reported, hedged or denied."),
        _c("sentence", pa.string(), False, "The whole sentence the mention comes from."),
        _c("start", pa.int32(), False, "Start character offset of the clause holding the event in the body."),
        _c("end", pa.int32(), False, "End character offset of that clause in the body (exclusive)."),
        _c(
            "confidence",
            pa.float64(),
            False,
            "0 to 1: the eventness model's estimate that the row reports a real political event of its type"
            " (logistic, fitted on the development half of our labelled real pages). On pages, rows below the"
            " published threshold are not written: the threshold with the highest out-of-fold F0.5 (precision"
            " first) on the development half, lowered while the seed articles would miss their key-event targets"
            " (`pipeline/events/data/eventness_weights.json` gives it, and the out-of-fold precision and recall"
            " at every threshold from 0.1 to 0.5). Filter higher to trade recall for precision.",
        ),
    ),
    "event_clusters": (
        _c("cluster_id", pa.string(), False, "Deterministic id of the real-world event."),
        _c("event_type", pa.string(), False, "PLOVER type shared by the mentions."),
        _c("source_actor", pa.string(), True, "Source actor shared by the mentions."),
        _c("target_actor", pa.string(), True, "Target actor shared by the mentions."),
        _c("location", pa.string(), True, "Most specific location reported."),
        _c(
            "location_country",
            pa.string(),
            True,
            "ISO 3166-1 alpha-3 of the country that location lies in; null for a sea or cross-border region.",
        ),
        _c("location_admin1", pa.string(), True, "First-level region (state, province, oblast) by name, when known."),
        _c("latitude", pa.float64(), True, "Latitude of that location in degrees (WGS84), at its geo_precision."),
        _c("longitude", pa.float64(), True, "Longitude of that location in degrees (WGS84)."),
        _c(
            "geo_precision",
            pa.string(),
            True,
            "What the coordinates of that location stand for: place (a site or small town), city, admin1,"
            " region, country (its centroid) or sea (a sea, strait, lake or river); null when it is not placed.",
        ),
        _c("date_first", pa.string(), True, "Earliest event date among the mentions."),
        _c("date_last", pa.string(), True, "Latest event date among the mentions."),
        _c("n_mentions", pa.int32(), False, "Number of event mentions."),
        _c("n_articles", pa.int32(), False, "Number of distinct articles."),
        _c("n_sources", pa.int32(), False, "Number of distinct outlets."),
        _c("quantity_min", pa.float64(), True, "Smallest quantity reported."),
        _c("quantity_max", pa.float64(), True, "Largest quantity reported."),
    ),
    "rejected": (
        _c("input_path", pa.string(), False, "Path of the input file relative to the input folder."),
        _c("record_id", pa.string(), False, "Id of the input record (or of the whole file, record_index -1)."),
        _c("record_index", pa.int32(), False, "Record number inside the file; -1 for the whole file."),
        _c("stage", pa.string(), False, "Stage that rejected it: load, decode, extract, ..."),
        _c("reason", pa.string(), False, "Why, precisely."),
    ),
}


def column_names(table: str) -> list[str]:
    return [c.name for c in TABLES[table]]


def arrow_schema(table: str) -> pa.Schema:
    """Arrow schema of one Parquet file of a table, with the contract version attached.

    The partition column (ingest_day) lives only in the Hive path (`ingest_day=YYYY-MM-DD/`), as Spark,
    DuckDB, polars and pyarrow expect, not inside the files.
    """
    fields = [pa.field(c.name, c.type, nullable=c.nullable) for c in TABLES[table]]
    return pa.schema(
        fields,
        metadata={"news_events.schema_version": SCHEMA_VERSION, "news_events.table": table},
    )


_SQL_TYPES = {pa.date32(): "DATE", pa.int32(): "INTEGER", pa.float64(): "DOUBLE", pa.string(): "VARCHAR"}


def sql_types(table: str) -> dict[str, str]:
    """DuckDB column types of a table, derived from its Arrow contract."""
    return {c.name: _SQL_TYPES[c.type] for c in TABLES[table]}


# pandas dtype the stages compute a column in, by contract type. Integers and floats keep pandas' default
# widths while rows are built (the contract's int32 is applied when a table is validated and stored); strings
# stay Python objects, so they are not listed.
_WORKING_DTYPES = {pa.int32(): "int64", pa.float64(): "float64", pa.date32(): "datetime64[ns]"}


def working_dtypes() -> dict[str, str]:
    """Column -> pandas dtype for every non-string column of any table, derived from TABLES.

    A column name means the same thing in every table it appears in (`start` of events and of temporal
    expressions, `quantity_max` of events and of clusters), so one mapping serves all of them; a test keeps it so.
    """
    dtypes: dict[str, str] = {}
    for columns in TABLES.values():
        for c in columns:
            if c.type in _WORKING_DTYPES:
                dtypes[c.name] = _WORKING_DTYPES[c.type]
    return dtypes


def render_markdown() -> str:
    """docs/CONTRACT.md, generated from TABLES (a test keeps the committed file in step)."""
    lines = [
        "# Parquet contract",
        "",
        f"Schema version **{SCHEMA_VERSION}** (also stored in every file's metadata as"
        " `news_events.schema_version`, beside `news_events.table`).",
        "",
        "Layout: `<root>/<table>/ingest_day=YYYY-MM-DD/part-0.parquet`, one file per table and ingestion day.",
        f"The partition column `{PARTITION_COLUMN}` lives only in the folder name (Hive style); DuckDB",
        "(`read_parquet('<root>/articles/**/*.parquet', hive_partitioning=true)`), pandas/pyarrow",
        "(`pyarrow.dataset.dataset(path, partitioning='hive')`), "
        "polars (`pl.scan_parquet(path, hive_partitioning=True)`)",
        "and Spark (`spark.read.parquet(path)`) all restore it as a column. Files are replaced atomically: a reader",
        "sees a day's old file or its new one, never a partial file.",
        "",
        "Versioning: a new column or a wider value vocabulary is a minor version bump; renaming, dropping or",
        "retyping a column is a major bump, announced here first. Columns are never renamed or dropped silently.",
        "",
        "Generated from `schemas/contract.py` by `python -m schemas.contract > docs/CONTRACT.md`.",
        "",
        "## Changes",
        "",
    ]
    for version, change in CHANGELOG:
        lines.append(f"- **{version}**: {change}")
    lines.append("- **1.0.0**: first published contract.")
    for table, columns in TABLES.items():
        lines += ["", f"## `{table}`", "", "| column | type | nullable | meaning |", "| --- | --- | --- | --- |"]
        for c in columns:
            lines.append(f"| `{c.name}` | {c.type} | {'yes' if c.nullable else 'no'} | {c.doc} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(render_markdown(), end="")
